#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zl.jsonl -- fasting / vegetarian / fish-day shopping lists hand-labelled
against the real offers in real_offers_g.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zl.build.py

LISTS below is literal data: 25 household lists (3-4 items) written for Великий пост, vegetarians and
fish days (plant milks, tofu, beans and grains, vegetables and fruit by variety, fish and seafood fresh /
frozen / canned / salted) plus what the meat-eaters of the same household still ask for, typed as to a
Telegram bot.  The lists were written first, before any offer was read (fresh_basket_eval_zl.blind_lists.txt);
the texts here are byte-identical to that draft.  For every item and store LISTS holds the product ids of
every in-stock offer a reasonable shopper who wrote exactly that item would accept.  Candidates were
grepped broadly in real_offers_g.jsonl (stems, synonyms, Latin/Cyrillic brands, the chains' abbreviations,
ё/е) and read one by one; each item was re-checked by listing all titles of its stem that were not
accepted.  The note of each item records what was deliberately left out and any judgement resting on
outside knowledge.  An empty list means the store has nothing acceptable ("missing").  Made without
reading korzina's matcher or its data files.

The script only checks the data (labelled_lists.build: ids exist for that store and are in stock, no
duplicates, notes present, labels = the list's items in order) and writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are fzl01, fzl02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zl.jsonl")

LEMONS = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["10E0074364"],
    "perekrestok": ["1536", "3148269", "3677353", "49780"],
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 vegan breakfast / lent
    ("молоко овсяное без сахара 1л, тофу натуральный пару упаковок, чечевица красная для супа, авокадо спелые 2 шт", [
        ("молоко овсяное без сахара 1л", {
            "pyaterochka": [],
            "magnit": ["1000233192"],
            "dixy": ["2000589173", "2000597691"],
            "perekrestok": [],
        }, "unflavoured oat drinks of 1 l: Nemoloko Классический 3.2% 1л, Vega Natura «Родной овес», «Hi» 3,2%; "
           "taken as without (added) sugar because unflavoured (outside knowledge); chocolate/vanilla/banana and "
           "Nemoloko Professional Банан, 200/250 ml packs (incl. Пятёрочка NEMOLOKO овс. кл. 0,25л), buckwheat "
           "drinks (Nemoloko гречневый, Овсяша, Vega Natura Гречка) and Овсянка Сэр! (250 ml, flavoured) excluded"),
        ("тофу натуральный пару упаковок", {
            "pyaterochka": [],
            "magnit": ["8000092760"],
            "dixy": [],
            "perekrestok": [],
        }, "Россоя «Сыр Тофу натуральный» 120 г; soy asparagus (фучжу) and soy drinks are not tofu; «пару упаковок» "
           "is a quantity"),
        ("чечевица красная для супа", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no lentils (чечевиц*) at all in the offers; missing everywhere"),
        ("авокадо спелые 2 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["2131945", "3216120", "3445047", "3948371", "3954359", "3954360", "4065597", "4068450",
                            "4090374", "4127617", "4254512", "4266346", "4266407", "4272853", "4379376", "49622"],
        }, "whole fresh avocados of any variety/pack (Хасс, Ready-to-eat, органик, loose); «спелые» is a wish and "
           "«2 шт» a quantity; Перекрёсток «Авокадо свежий без косточки, 300г» (cut/pitted flesh), avocado oil, "
           "mayonnaise, cheese and cosmetics excluded"),
    ]),
    # L2
    ("фасоль красная консервированная 2 банки, гречка ядрица 2 пачки по 900, шампиньоны полкило", [
        ("фасоль красная консервированная 2 банки", {
            "pyaterochka": ["20063"],
            "magnit": ["751c38594f"],
            "dixy": [],
            "perekrestok": ["3472093"],
        }, "canned red kidney beans: Bonduelle «КЛАССИЧ. крас. ж/б», Глобус красная, Пр!ст «красная натуральная» "
           "360 г (taken as canned); white beans, beans in tomato sauce, «Фасоль с овощами» and dog food excluded"),
        ("гречка ядрица 2 пачки по 900", {
            "pyaterochka": ["3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "3231481", "3276128", "3477255", "3600743", "3694322", "4019310", "53673", "6847"],
        }, "buckwheat groats in 900 g (0,9 кг) packs; plain «гречка»/«крупа гречневая» without a stated form taken "
           "as ядрица (outside knowledge: продел is always labelled; the same Агро-Альянс Экстра is «ядрица» at "
           "Дикси), steamed (пропаренная) and quick-cooking ядрица accepted; 400/450/500/750/800 g, 2-3 kg, "
           "boil-in-bag 5-8x80 g, loose «Гречка» without weight, green buckwheat, flakes, soba, buckwheat drinks and "
           "ready meals excluded («по 900» names the pack)"),
        ("шампиньоны полкило", {
            "pyaterochka": ["af18b48e5a"],
            "magnit": ["4de59ad542"],
            "dixy": ["1100074529", "2000088639", "2000332389", "DI00079986", "ЦТ0046651"],
            "perekrestok": ["2071820", "3622668", "3669839", "3683919", "3685051", "3950281", "4270844", "4280106",
                            "4355283", "59120", "6176"],
        }, "fresh champignons of any pack (white, королевские, мини, organic, «для гриля», «свежие нарезанные в в/у»); "
           "«полкило» is a quantity, not a pack size; Пятёрочка «ДСК Грибы Шампиньоны 400 г» is in «Овощи и фрукты» "
           "(taken as fresh); canned, marinated, frozen, «по-корейски», truffle-flavoured Pucci, «Шампиньоны-гриль с "
           "зеленью» (cooked), «Смесь мини микс» and Перекрёсток «Шампиньоны резаные, 300г» / «кубики, 300г» (not "
           "stated fresh or frozen) excluded"),
    ]),
    # L3
    ("минтай тушка мороженый, рис длиннозерный пропаренный 900г, морковка кило, лук репчатый 2 кг", [
        ("минтай тушка мороженый", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen headless pollock carcass (тушка, свежемороженая/замороженная); fillets, pollock mince, roe and "
           "Магнит «МИНТАЙ полуфабрикат из замороженного сырья, 1кг» (thawed, sold chilled) excluded"),
        ("рис длиннозерный пропаренный 900г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002128", "0230703063"],
            "perekrestok": ["57930"],
        }, "long-grain parboiled rice in 900 g packs: Мистраль Янтарь (Дикси, Перекрёсток) and Националь «Пропаренный "
           "золотистый» (taken as long-grain, outside knowledge); parboiled rice whose grain length is not stated "
           "(Зернышко к зернышку, Агро-Альянс Gold, Маркет/unbranded «шлифованный пропаренный»), non-parboiled "
           "long-grain, 5x80 g bags and 450 g packs excluded"),
        ("морковка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh raw carrots of any pack incl. «мини» and «для сока» (fresh carrots); «кило» is a quantity; boiled "
           "peeled carrot, Korean carrot salads, mixes and juices excluded"),
        ("лук репчатый 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions, yellow or red, loose, net or peeled; «2 кг» is a quantity; dried onion (Айдиго, "
           "Kotanyi) and onion-ring snacks excluded"),
    ]),
    # L4
    ("скумбрия х/к кусочками, картошка молодая кило, укроп пучочек", [
        ("скумбрия х/к кусочками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "cold-smoked mackerel in pieces: Мореслав «кусочки холодного копчения»; Рыбная миля «Косичка» х/к "
           "(braided strips, another form), hot-smoked, canned, thawed and whole mackerel excluded"),
        ("картошка молодая кило", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no potato offer is labelled молодой/молодая (new crop) except a cooked «Картофель молодой с паприкой … "
           "запеченный»; Перекрёсток «Картофель Бэби» (small size, not new crop) and ordinary potatoes excluded; "
           "missing everywhere"),
        ("укроп пучочек", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh dill in the offers (only herring, cheese and croutons «с укропом», Дикси fresh parsley); "
           "missing everywhere"),
    ]),
    # L5
    ("селедка слабосоленая филе в масле, бородинский нарезка, огурцы короткоплодные полкило", [
        ("селедка слабосоленая филе в масле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275608", "4366965"],
        }, "herring fillet in oil stated as слабосолёная: Маркет «Филе сельди атлантической слабосоленое в масле», "
           "«Филе сельди атлантической слабосолёной с приправами в масле»; fillets in oil without a stated salting "
           "degree or stated «солёная» (Vici, Мореслав, Русский Невод, Балтийский Берег, Пр!ст …), whole "
           "слабосолёная herring, fillets in marinade/wine/mayonnaise, «бочковая … филе» (no oil) and cold-smoked "
           "excluded"),
        ("бородинский нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "sliced Borodinsky bread (Аютинский, Самарский БКК, Маркет, Пр!ст); Бородинские croutons and МД Бородина "
           "sausages excluded"),
        ("огурцы короткоплодные полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["4072", "3368260"],
        }, "fresh short-fruited cucumbers: «Огурцы короткоплодные», «Огурцы Бакинские» and Дикси fresh «Огурцы "
           "корнишоны, в упаковке, 300 г» (both short-fruited types, outside knowledge); гладкие/колючие "
           "среднеплодные, длинные/длинноплодные, unspecified «Огурцы, 600 г»/«фасованные»/«Хрустящие», and all "
           "pickled/salted cucumbers excluded; «полкило» is a quantity"),
    ]),
    # L6
    ("кальмары тушка, креветки королевские 2 пачки, лимоны штуки 3", [
        ("кальмары тушка", {
            "pyaterochka": ["c4476447bc"],
            "magnit": ["92c8a76c40", "b1aba46ee4"],
            "dixy": ["2000602540"],
            "perekrestok": [],
        }, "frozen squid carcasses (тушка); dried/salted squid snacks, Korean squid salads and «Кальмар … рубленый в "
           "соусе» excluded"),
        ("креветки королевские 2 пачки", {
            "pyaterochka": [],
            "magnit": ["d757ba985f", "daa53ea23d"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["3331822", "3420956", "3464112", "4269762", "69215", "4360313", "4364088", "4296609",
                            "4301249"],
        }, "king prawns (королевские) frozen or cooked-frozen, any size/peeling, plus Ваннамей white-leg prawns "
           "(sold as «королевские белоногие» by Polar; outside knowledge); Argentine red, tiger, northern shrimp, "
           "«Креветки 120/150», prawns in brine (Два Капитана ванамей, Санта Бремор/Русское Море в заливке), shrimp "
           "on skewers/шашлык, dumplings and cheese with shrimps excluded; «2 пачки» is a quantity"),
        ("лимоны штуки 3", LEMONS,
         "fresh lemons loose or packed (Узбекистан, Маркет Fresh 2 шт); «Микс Лайм-лимон», olives/oil/tonic with "
         "lemon, household goods excluded"),
    ]),
    # L7
    ("горох колотый желтый, нут сухой 500г, булгур, перловка самая дешевая", [
        ("горох колотый желтый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306938"],
        }, "Маркет «Горох шлифованный колотый» (polished split peas are yellow, outside knowledge); Пятёрочка «Горох "
           "Увелка, 800 г» (form not stated), green peas, pea soup and pea pasta excluded"),
        ("нут сухой 500г", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no dry chickpeas; only chickpea flour (Garnec) and chickpea chips; missing everywhere"),
        ("булгур", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no bulgur in the offers; missing everywhere"),
        ("перловка самая дешевая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no pearl barley (перловая/ячневая) in the offers; «самая дешевая» is a wish; missing everywhere"),
    ]),
    # L8
    ("альпро миндальное, яблоки гала кило, бананчики связку, хурма королек", [
        ("альпро миндальное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000411028"],
            "perekrestok": ["4312739", "4312740", "4312743"],
        }, "Alpro almond drink: Дикси «Alpro»/«Planto» Миндальный and Перекрёсток Planto Almond, Barista Almond and "
           "Almond No Sugars (Planto is the Russian-market name of Alpro, outside knowledge, confirmed by the Дикси "
           "title); Nemoloko миндальный, Take a bite, 137 Degrees, Magnit Planto «соевый миндальный вкус карамель» "
           "(soy-based, flavoured) and Alpro/Planto coconut-rice and soy drinks excluded"),
        ("яблоки гала кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3366336", "3366339", "4039875", "4047904", "4152138", "4194479", "77001777"],
        }, "Gala apples of any pack incl. «Гала баккей» and «Роял гала» (Gala clones); «кило» is a quantity; "
           "other varieties, unnamed red/green apples excluded"),
        ("бананчики связку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Бананы Био and red bananas); «Бананы для жарки» (plantains), dried bananas and "
           "banana-flavoured goods excluded"),
        ("хурма королек", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "the only persimmon is Дикси plain «Хурма» without the variety королёк; excluded; missing everywhere"),
    ]),
    # L9
    ("икра кабачковая пару банок, кукуруза бондюэль 2 банки, горошек зеленый консерв.", [
        ("икра кабачковая пару банок", {
            "pyaterochka": [],
            "magnit": ["381b954c56", "946989d11a"],
            "dixy": [],
            "perekrestok": [],
        }, "squash caviar: Ресторация Обломов «Икра из кабачков», Семейные секреты «Икра кабачковое»; Пятёрочка "
           "«Икра из бакалажанов» (eggplant), zucchini in adjika and frozen zucchini excluded"),
        ("кукуруза бондюэль 2 банки", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["10E0064890", "2000279948", "DI00079261"],
            "perekrestok": [],
        }, "canned Bonduelle/БОНДЮЭЛЬ sweet corn of any size (incl. «Молодая»); other brands (Globus, Green Ray, "
           "Heinz, 6 соток, Пр!ст, Маркет) excluded"),
        ("горошек зеленый консерв.", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3360308", "3447858",
                            "3483842", "3504837", "3628006", "3635251", "3951175", "4004677", "4011800", "4059535",
                            "4188483", "4192227", "4206921", "4211849", "4273266", "4274246", "4283761", "4380317",
                            "77114"],
        }, "canned green peas of every brand and size (incl. «молодой», «нежный», «деликатесный», «без сахара» and "
           "the 4.15 kg Бояринъ can); frozen peas, fresh «Горошек сладкий», «Горошек … с морковью» (a mix), pea "
           "microgreens and black pepper «горошек» excluded"),
    ]),
    # L10
    ("тунец в собственном соку 2 банки, оливки без косточки зеленые, салат айсберг кочан, черри на веточке", [
        ("тунец в собственном соку 2 банки", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["2000301085", "2000533434", "D000010279"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice = «натуральный» (Магуро «филе натуральное», Знак Качества «натуральный "
           "кусочками», Магуро «натуральные», Fortuna «в собственном соку»); Новый Океан «Тунец скипджек "
           "рубленый» and «филе-кусок» taken as natural (their siblings are labelled «в масле»; outside inference); tuna in oil, «д/м», Капитан вкусов «для салата» and "
           "ВК «филе рубленное» (medium not stated), tuna pâté/rillettes, frozen and fresh tuna excluded"),
        ("оливки без косточки зеленые", {
            "pyaterochka": ["3008503"],
            "magnit": ["3d09e4fe73", "94f4173a31"],
            "dixy": ["2000180495", "2000240819", "2000280421", "2000300244", "2000535133", "2000573832"],
            "perekrestok": ["3008503", "3468534", "3651521", "4054381", "4334902"],
        }, "plain pitted green olives («оливки» without colour taken as green, outside knowledge) incl. Gordal and "
           "Халкидики «без косточки в маринаде»; olives with stone, stuffed or flavoured olives (лимон, анчоус, "
           "сыр, перец, лосось, креветки, халапеньо, томаты, чеснок и специи, клюква-изюм, мандарин), Kalamata "
           "(dark), маслины and olive mayonnaise excluded"),
        ("салат айсберг кочан", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no iceberg lettuce (only spinach, chard, rucola mix and ready salads); missing everywhere"),
        ("черри на веточке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000580827", "2000601472"],
            "perekrestok": ["4381951", "4381952"],
        }, "fresh cherry tomatoes on the vine («на ветке»); loose/packed cherry not on the vine, cocktail tomatoes "
           "on the vine (not cherry) and marinated cherry excluded"),
    ]),
    # L11
    ("сайра в масле пару банок, шпроты рижское золото, хлеб ржаной нарезка", [
        ("сайра в масле пару банок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no saury (сайра) in the offers; missing everywhere"),
        ("шпроты рижское золото", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no Рижское золото / Riga Gold sprats; sprats of other brands (Вкусные консервы, Знак качества, 5 Морей, "
           "Барс) excluded because the brand is required; missing everywhere"),
        ("хлеб ржаной нарезка", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0", "fb4c130c20"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["3455614", "3455615", "3658457", "3965436", "4276930", "3382146", "3624125", "3974719",
                            "4329404"],
        }, "sliced rye or rye-wheat bread: «Ржаной край» (заварной, зерновой), Каравай «Ржаной половинка нарезка», "
           "Экохлеб «Фермерский ржаной нарезка», Коломенский «Даниловский ржано-пшеничный нарезка» and sliced "
           "Бородинский (a rye-wheat bread, outside knowledge); unsliced rye breads, «Хлебец пшенично-ржаной» "
           "(wheat-first), rye flour, crispbreads and croutons excluded"),
    ]),
    # L12
    ("семга охлажденная стейк, брокколи замороженая 400г, лимончик один", [
        ("семга охлажденная стейк", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2068358"],
        }, "Перекрёсток «Лосось Чили стейк» (counter salmon steak, taken as chilled; salmon = сёмга, outside "
           "knowledge); Магнит «СТЕЙК ИЗ ЛОСОСЯ полуфабрикат из замороженного сырья» (thawed) and Люди любят сёмга "
           "стейк мороженый (frozen) excluded because «охлажденная» is required; fillets, pieces, trout steaks, "
           "caviar and canned salmon excluded"),
        ("брокколи замороженая 400г", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["2059262", "2125852", "3405386", "3444750", "3489151", "4019915", "4152339", "4225833",
                            "4238817", "74445"],
        }, "frozen broccoli in 400 g packs (Магнит Hortex 400 г taken as frozen — Hortex is a frozen-food brand); "
           "300/700/900 g and 1 kg packs, fresh broccoli/broccolini, cauliflower-broccoli mixes, puree and seeds "
           "excluded"),
        ("лимончик один", LEMONS, "fresh lemons as for fzl06 «лимоны штуки 3»; «один» is a quantity"),
    ]),
    # L13
    ("соевый соус классический, лапша рисовая, тофу копченый если будет, имбирь свежий корень", [
        ("соевый соус классический", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000260452", "2000322380"],
            "perekrestok": ["4130566"],
        }, "plain soy sauce (titles saying «классический» or no flavour: Стебель Бамбука, Магнит 1 л, Sen Soy, "
           "Mivimex, Перекрёсток «Соус соевый, 30г»); no flavoured soy sauce was found to exclude"),
        ("лапша рисовая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no dry rice noodles; ready meals with rice noodles (Фо Бо, Фо Га, «Лапша рисовая с морепродуктами Шеф»), "
           "фунчоза (bean/starch glass noodles: Домшим, Зелёная Линия), soba and wheat noodles excluded; missing "
           "everywhere"),
        ("тофу копченый если будет", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "the only tofu is Россоя «натуральный» (not smoked); missing everywhere"),
        ("имбирь свежий корень", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root (loose «Имбирь», «Имбирь, 300г»); pickled, candied, dried/ground, sugar-coated ginger "
           "and ginger sets excluded"),
    ]),
    # L14
    ("груши конференция, мандарины абхазия кило, киви голд", [
        ("груши конференция", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, "Conference pears (Дикси «Груша Конференц», Перекрёсток «Груша конференция Россия»); other varieties and "
           "unnamed pears excluded"),
        ("мандарины абхазия кило", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "the only mandarins are Дикси «Мандарины сладкие» without origin; Abkhazian origin is required; missing "
           "everywhere"),
        ("киви голд", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2094491", "3638652", "4156364", "4177001"],
        }, "gold kiwi (Киви Gold, голд, Artfruit Gold, Zespri Gold); green, red, mini and cut kiwi excluded"),
    ]),
    # L15
    ("геркулес долгой варки, изюм без косточек светлый, орехи грецкие очищенные, медок гречишный", [
        ("геркулес долгой варки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "rolled oats sold as «Геркулес» (традиционный, Монастырский, Экстра, Фермерский, Финский, plain) taken as "
           "long-cooking; «быстрого приготовления», 1-minute, 3-5 min, Ясно Солнышко №1-3, Магнит ГЕРКУЛЕС «Нежный» "
           "(thin, quick flakes — outside knowledge), flavoured flakes and porridge packets excluded"),
        ("изюм без косточек светлый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3640864", "4316951"],
        }, "light raisins: Маркет «Изюм светлый» and «Изюм Голден» (golden = light; both taken as seedless, outside "
           "knowledge); nut-raisin mixes and goods with raisins excluded"),
        ("орехи грецкие очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, "Пр!ст «Грецкий орех», 100 г (taken as shelled kernels); «Орехи грецкие в скорлупе» and cheese/dates with "
           "walnuts excluded"),
        ("медок гречишный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3687699", "4320671"],
        }, "buckwheat honey (Маркет «Мёд гречишный»); other honeys and медовуха excluded"),
    ]),
    # L16 meat-eaters
    ("сосиски мужу, пельмени сибирская коллекция свино-говяжьи, колбаска докторская, котлеты куриные для детей", [
        ("сосиски мужу", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "1e5c44f755", "2dd98ca456", "37c028c01a", "5215d6a234",
                       "5ee4bc3c3d", "61299796c8", "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4",
                       "b2525e4143", "c09ecd22ea", "c7e784766f", "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644",
                     "2000286260", "2000300143", "2000308550", "2000316003", "2000318804", "2000322511",
                     "2000324158", "2000326151", "2000330718", "2000418174", "2000424551", "2000513172",
                     "2000528072", "2000563472", "2000565391", "2000566631", "2000566633", "2000572752",
                     "2000577622", "2000592098", "2000595013", "2000600471", "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253", "3434237",
                            "3443810", "3460864", "3464086", "3464088", "3486631", "3489558", "3635837", "3653933",
                            "3697463", "4045571", "4051414", "4062689", "4077764", "4081069", "4100627", "4100629",
                            "4135356", "4169216", "4169220", "4175216", "4221323", "4241464", "4276248", "4276249",
                            "4279045", "4316920", "4321243", "4329781", "4332703", "4337765", "4337767", "4339153",
                            "4342912", "4343709", "4344479", "4353596"],
        }, "every сосиски offer (pork/beef/poultry, with cheese, smoked, children's); «мужу» is a purpose; "
           "«Капуста с сосисками»/«тушеная с сосисками» (dishes), сардельки and колбаски excluded"),
        ("пельмени сибирская коллекция свино-говяжьи", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": [],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni with a pork-beef filling (Новосибирские and Фирменные говядина-свинина); "
           "Сибирская коллекция «с мраморной говядиной» (beef) and «Сочные со сливочным маслом» (meat not stated), "
           "other brands excluded"),
        ("колбаска докторская", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Докторская boiled sausage of any brand, weight, piece or slices (incl. Царицыно «Докторская, Особая» and "
           "Мясницкий ряд «Докторская от шефа»); «Сосиски … Докторские» excluded"),
        ("котлеты куриные для детей", {
            "pyaterochka": [],
            "magnit": ["8706d861f4", "910795c409"],
            "dixy": [],
            "perekrestok": ["4285026"],
        }, "chicken cutlets: Ложкаревъ «куриные в панировке», Первая свежесть «Сливочные куриные охлажденные», "
           "Перекрёсток counter «Котлета из филе курицы рубленая жареная»; «для детей» is a purpose; котлеты по-"
           "киевски (Петелинка, Мираторг; a stuffed dish), Наша Птичка «рубленые по-французски» (topped dish), "
           "Пятёрочка Петелинка «Котл. ПО-ПЕТЕЛ. сл. пер/сыр», turkey/beef/«Люкс» cutlets and cutlet-with-puree "
           "meals excluded"),
    ]),
    # L17
    ("кета соленая кусок, треска филе замороженое, картофель мытый", [
        ("кета соленая кусок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "the only salted chum salmon is Люди Любят «Кета слабосоленая филе-ломтики» 120 г (slices, not a piece) — "
           "excluded; cold-smoked slices, thawed «ПФ из рыбы Кета» and Русское Море «Рыбка красная руб.» excluded; "
           "missing everywhere"),
        ("треска филе замороженое", {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «Треска филе без кожи, свежемороженая, 600г»; Магнит «ТРЕСКА полуфабрикат из замороженного сырья» "
           "(thawed, form not stated), cod liver, roe, fish triangles and cod pelmeni excluded"),
        ("картофель мытый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "potatoes stated as washed (Дикси «Картофель белый/красный мытый в упаковке»); potatoes without «мытый», "
           "sweet potato, fries and cooked potatoes excluded"),
    ]),
    # L18
    ("майонез постный на 56%, кетчуп махеев, маслины черные без косточки", [
        ("майонез постный на 56%", {
            "pyaterochka": [],
            "magnit": ["1000070834"],
            "dixy": [],
            "perekrestok": ["3311552"],
        }, "Слобода «Постный» 56% mayonnaise sauce; Ряба «Постный» 50% and non-lenten 55% mayonnaises excluded"),
        ("кетчуп махеев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207280", "2000207290", "2000309687", "2000551592", "2000603860"],
            "perekrestok": ["2157566", "2157567", "3446697", "3673189", "3673190", "3941584", "3941585", "3970015",
                            "4044938"],
        }, "every Махеевъ ketchup (Томатный, Шашлычный, Чили, Лечо, Кавказский, без сахара, any size); Махеевъ "
           "mayonnaise, jam, mustard, horseradish and marinades excluded"),
        ("маслины черные без косточки", {
            "pyaterochka": [],
            "magnit": ["67a5bec16c", "a4c260b58b", "ffc8624869"],
            "dixy": ["2000280423", "2000284987", "2000293466", "2000300243", "2000573831", "D000011668"],
            "perekrestok": ["3013064", "3468532", "3628531", "4049135", "4102524", "4340420", "4340423", "4340492",
                            "4340498"],
        }, "pitted black olives (маслины, any brand/size incl. Delphi in brine and «крупные»); маслины with stone, "
           "stuffed Bonduelle Охибланка (фета, лосось), Olivea «вяленые в масле с косточкой», 28Olives Белла ди "
           "Серигнола and green olives excluded"),
    ]),
    # L19
    ("кокосовое молоко для карри, рис басмати килограмм, нут консервированный", [
        ("кокосовое молоко для карри", {
            "pyaterochka": [],
            "magnit": ["1000389522"],
            "dixy": [],
            "perekrestok": [],
        }, "cooking coconut milk (Thai Coco 5-7% 400 мл); «для карри» is a purpose; Alpro/Planto «Кокосовый с рисом» "
           "(a drink), coconut-flavoured milkshakes and cosmetics excluded"),
        ("рис басмати килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634155", "3635865", "4254250"],
        }, "basmati rice of any pack (Увелка 5x80 г, Dunar 500 г, Shanti Селла 1 кг); «килограмм» read as a quantity "
           "(as «кило» elsewhere); jasmine and other long-grain rice excluded"),
        ("нут консервированный", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no canned (or dry) chickpeas; only chickpea flour and chips; missing everywhere"),
    ]),
    # L20
    ("капустка квашеная с морковкой, грибочки маринованные опята, огурчики соленые бочковые, лук зеленый пару пучков", [
        ("капустка квашеная с морковкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2068014", "4116723", "4243262", "4006123", "4006250"],
        }, "sauerkraut with carrot (Белоручка, Зелёная Линия шинкованная, Маркет «с морковью и яблоком» / «с морковью "
           "и тмином» — they contain carrot); Дикси «с клюквой» and «Фитнес» (no carrot stated), marinated cabbage "
           "and fresh cabbage salads excluded"),
        ("грибочки маринованные опята", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no honey mushrooms (опята) except a ready meal «Опята жареные с луком и картофельным пюре»; marinated "
           "champignons/белые excluded (variety required); missing everywhere"),
        ("огурчики соленые бочковые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000324334", "2000406194"],
            "perekrestok": ["2145531", "3609120", "4260395", "4379607"],
        }, "salted barrel cucumbers («соленые бочковые»: Скатерть-самобранка, Круглое лето, Меленъ, Павловские, "
           "Станичные); Лукашинские «малосольные бочковые» (lightly salted, another product), salted cucumbers not "
           "stated as бочковые and all marinated cucumbers excluded"),
        ("лук зеленый пару пучков", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh green onions in the offers (only Lay's «молодой зеленый лук» chips); missing everywhere"),
    ]),
    # L21
    ("печенье постное овсяное, халва подсолнечная ванильная, сушки с маком 2 пачки", [
        ("печенье постное овсяное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4024594"],
        }, "Пастарель «Постное овсяное»; oat cookies not labelled постное (may contain butter/eggs/milk) excluded"),
        ("халва подсолнечная ванильная", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "only peanut halva (Дружба «с арахисом»), almond halva sweets, chocolate-covered halva and glazed halva "
           "candies; no sunflower vanilla halva; missing everywhere"),
        ("сушки с маком 2 пачки", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "Невская сушка «Сушки-мини маковые»; Тараллини с чесноком and «Ладожский малышок без сахара» (no poppy) "
           "excluded; «2 пачки» is a quantity"),
    ]),
    # L22
    ("фарш говяжий для мужа, форель слабосол. нарезка, помидоры сливки", [
        ("фарш говяжий для мужа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "beef mince (Иван Мясоедов, Мираторг, Перекрёсток «Фарш говяжий», Хороший Кусок «из говядины»); pork, turkey, pollock and mixed/"
           "unspecified minces (Домашний, Фермерский, Деревенский) excluded; «для мужа» is a purpose"),
        ("форель слабосол. нарезка", {
            "pyaterochka": [],
            "magnit": ["af11d0a75a"],
            "dixy": [],
            "perekrestok": ["4362529"],
        }, "lightly salted trout slices (Меридиан «слабо-соленая филе ломтики», Люди Любят «слабосолёная филе-"
           "ломтики»); salted trout «филе-кусок» (Океан, Пр!ст, Люди Любят — a piece, not sliced), 3 FISH «Пивной "
           "набор» (beer snack), Пятёрочка Балтийский Берег «Форель, 200 г» (salting and "
           "form not stated), frozen steak and trout caviar excluded"),
        ("помидоры сливки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0019904", "2000410142"],
            "perekrestok": ["14811", "14809", "2100224", "3657325", "4214021", "4327416", "82521"],
        }, "fresh plum tomatoes («сливка», «сливовидные», red or yellow, incl. «коктейль сливовидные»); cherry plum "
           "tomatoes (Дикси «черри сливовидные»), round/pink/other tomatoes and marinated tomatoes excluded"),
    ]),
    # L23
    ("перец болгарский красный 3 шт, баклажаны, кабачки пару штук, чеснок головка", [
        ("перец болгарский красный 3 шт", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh sweet pepper in the offers (only marinated pepper and olives/cabbage with pepper); missing "
           "everywhere"),
        ("баклажаны", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh eggplants; Ресторация Обломов «Баклажаны на гриле» (canned) and eggplant caviar excluded "
           "(produce words mean fresh produce); missing everywhere"),
        ("кабачки пару штук", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh zucchini; frozen cut zucchini (4 Сезона), zucchini in adjika, squash caviar and baby purees "
           "excluded; missing everywhere"),
        ("чеснок головка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic bulbs (loose, «в упаковке, 1 шт», Фермерский отборный 1 шт / 150 г, ранний); peeled cloves "
           "(«отборный зубчиками»), grated, salted, dried, smoked garlic and garlic-flavoured oil excluded"),
    ]),
    # L24
    ("мидии в масле, крабовые палочки вичи 2 уп, морская капуста салат", [
        ("мидии в масле", {
            "pyaterochka": [],
            "magnit": ["9b6dce8d88"],
            "dixy": [],
            "perekrestok": ["2083156", "2083157", "2083158", "3293742", "3407773", "3497728", "4045866", "4058679",
                            "4236416", "3413571", "3492209", "3613883", "3999671"],
        }, "mussels / mussel meat preserved in oil of any flavour (plain, с пряностями, подкопчённые/копчёные, "
           "маринованные в масле, южные пряности, в оливковом масле, Меридиан «в масле с томатами, чесноком, "
           "зеленью», loose «Пресервы Мидии в растительном масле»); mussels in brine/заливка/marinade without oil, "
           "white wine, creamy/garlic/tomato/piquant sauces, РРК «с копченой паприкой…» (medium not stated), frozen "
           "mussels, mussel salads and seafood cocktails excluded"),
        ("крабовые палочки вичи 2 уп", {
            "pyaterochka": [],
            "magnit": ["4f11f65802"],
            "dixy": ["2000307177"],
            "perekrestok": ["2154175", "2154177", "26084", "3169222", "3204340", "4124683", "4157138", "3408151",
                            "4105474", "4105475", "4112613"],
        }, "Vici/ВИЧИ crab sticks of any size and variant, chilled or frozen (incl. «Снежный краб», «с натуральным "
           "мясом краба», «для рулетиков», Crabe De L’amour with filling); Vici "
           "«Палочки сурими» (not sold as crab sticks), Vici fish sticks/other seafood and other crab-stick brands "
           "excluded; «2 уп» is a quantity"),
        ("морская капуста салат", {
            "pyaterochka": [],
            "magnit": ["b81df9d11a"],
            "dixy": ["2000579691", "2000597411"],
            "perekrestok": [],
        }, "sea-kale salads (Балтийский Берег «в сырном соусе», Мореслав «с крабовыми палочками», «с морковью по-"
           "корейски»); Midori fried seaweed snack excluded"),
    ]),
    # L25
    ("сок томатный 1л с солью, масло подсолнечное нерафинированное ароматное, мука для пирога", [
        ("сок томатный 1л с солью", {
            "pyaterochka": [],
            "magnit": ["c31db3f9e2"],
            "dixy": [],
            "perekrestok": ["3612826"],
        }, "1 l tomato juice stated «с солью» (Сады Придонья, Маркет); Добрый/Rich 1 л and Любимый 0,97 л (salt not "
           "stated), Rich «с солью» 200 мл and Пр!ст «с солью и сахаром» 950 мл (size), Пятёрочка 0,75 л, vegetable "
           "detox juices and tomatoes in tomato juice excluded"),
        ("масло подсолнечное нерафинированное ароматное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["2071663", "3608379", "3653773", "3683883", "4067112", "4149438", "4307791", "4311768",
                            "74883"],
        }, "unrefined sunflower oil of any brand/size («ароматное» taken as the everyday word for unrefined, seed-"
           "scented oil, outside knowledge; Ароматы Жизни «из жареных семечек» included); Getuva New Way and Аведовъ (refining not stated), refined oils, Almador "
           "«с ароматом чеснока/базилика/трав» (flavoured refined), blends with linseed/olive oil excluded"),
        ("мука для пирога", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "2000576791", "2000578792", "D000002191", "ЦТ0035253",
                     "ЦТ0037862", "ЦТ0044481", "ЦТ0044544", "2000534249"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "2112693", "3193726", "3292690", "3305673",
                            "3346668", "3373613", "3394693", "3502351", "3505430", "3605057", "3626914", "3681817",
                            "3915409", "4215036", "4262616", "4278294", "4326495", "91320", "91321", "3394703",
                            "4029085"],
        }, "wheat flour of any grade/brand/size (высший сорт, хлебопекарная, экстра, самоподнимающаяся кондитерская, "
           "цельносмолотая, Manitoba; Мука Царь and Тихорецкая «особая» taken as wheat); «для пирога» is a purpose; "
           "rye, buckwheat, rice, chickpea and other non-wheat flours, gluten-free «универсальная», «7 Злаков» and "
           "«блинная» pancake flours excluded; whole-grain wheat flours (Французская штучка, С.Пудовъ) accepted"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzl"))
