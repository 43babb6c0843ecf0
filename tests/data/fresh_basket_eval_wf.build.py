#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wf.jsonl -- 25 shopping lists of a retired couple who still call products by
their Soviet-era names and brands (докторская, сырок «Дружба», «Буратино», «Советское» шампанское, «Юбилейное»,
сгущёнка ГОСТ, «Дарницкий», «Мишка косолапый» ...), mixed with ordinary groceries and household items,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wf.build.py

LISTS below is literal data: the list texts exactly as written blind (before any offer was read) and saved in
fresh_basket_eval_wf.blind_lists.txt, and for every item the product ids of every in-stock offer of each store
that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded
to е) and read one by one; the note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable.  The
labels were made without reading korzina's matcher, its data files or the labels of any other set.

The script first checks that every list text equals the blind draft (apart from the items in REPLACED, which
is empty: no list was entirely missing in all four stores), then labelled_lists.build checks the data -- every
id exists in real_offers_g.jsonl *for that store* and is in stock, no id is repeated within an item, every item
has a note, the labels are exactly the list's items in order -- and writes the JSONL; labelled_lists.stats
prints the counts.  List ids are fwf01, fwf02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wf.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wf.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (blind item text, new item text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwf01
    ("колбаса докторская по госту 300гр\nсырок дружба 2шт\nнарезной батон свежий\nкефирчик 1% 900 гр", [
        ("колбаса докторская по госту 300гр", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "6e16b1777a"],
            "dixy": [],
            "perekrestok": ["4312573"],
        }, "Doktorskaya boiled sausage whose title says ГОСТ (any maker, whole or sliced, any pack); «по госту» "
           "is taken as a required qualifier, so Doktorskaya without ГОСТ in the title (Магнит Ближние горки, "
           "Мясницкий ряд, Клинский, Первый Одинцовский, Царицыно «Особая»; Дикси МД Бородина; Перекрёсток "
           "Велком, Клинский, Окраина) is left out; «300гр» read as the amount wanted of a weighed sausage, not "
           "a pack size; Doktorskiye сосиски and other ГОСТ sausages (Русская, Московская) excluded"),
        ("сырок дружба 2шт", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба»: only Магнит Карат «Сыр плавленый Дружба» 90 г; Магнит «Плавленый продукт "
           "ДРУЖБА 50%» and Моя цена «Продукт плавленый Дружба с сыром» are processed cheese *products* (not "
           "cheese) and are left out; халва «Дружба» and Увелка rice-millet mix «Дружба» are traps; «2шт» is a "
           "quantity"),
        ("нарезной батон свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "4102687", "4329402", "3680023"],
        }, "white loaf of the sort «Нарезной» (incl. «улучшенный», «классический», sliced); other batons "
           "(Горчичный, Зерновой, Молочный, Новый, к завтраку, Отрубной, Утренний, plain «Батон, 300г» without "
           "the sort) and snack/chocolate «батончики» excluded; «свежий» is a wish"),
        ("кефирчик 1% 900 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227476"],
            "perekrestok": ["4334308", "4328084", "3467794"],
        }, "kefir 1% in a pack labelled 900 (g or ml); the written size is taken as the pack, so 1% kefir of "
           "330/400/500/800 g, 930 g/ml, 970 ml and 1 l is left out; «кефирный/биокефирный продукт» and Bio "
           "Баланс «биопродукт кефирный» are not kefir and excluded (Магнит has only a 900 g «Биокефирный "
           "продукт» 1%)"),
    ]),
    # fwf02
    ("дарницкий хлеб полбуханки, молоко 3.2 % 2 пакета, яйца куриные 1 десяток", [
        ("дарницкий хлеб полбуханки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "3627134", "3953836", "2053660"],
        }, "rye-wheat bread of the sort «Дарницкий» in half-loaf size (320-350 g, incl. Пр!ст «часть изделия» "
           "325 g); «полбуханки» is taken as the pack, so full 650 g/700 g Дарницкий loaves are left out "
           "(judgement resting on outside knowledge: a full Дарницкий loaf is 650-700 g, the 320-350 g packs are "
           "the half loaves); bread of the brand «Дарница» (Двинский, ржаной подовый) is a trap"),
        ("молоко 3.2 % 2 пакета", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488",
                       "1000127183", "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272",
                       "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                     "10J0077073", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised, any pack; children's and "
           "lactose-free drinking milk included per the real_basket_eval convention); топлёное (Северная долина, "
           "Эго), Дикси Му-у «Для капучино», ranges 3.2-4 / 3.2-6, condensed and other fats excluded; «2 пакета» "
           "is a quantity"),
        ("яйца куриные 1 десяток", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, "chicken eggs of any class in packs of 10; packs of 6/15/20/30, quail eggs, chocolate eggs and "
           "mayonnaise «на яйце» excluded"),
    ]),
    # fwf03
    ("лимонад буратино 2 бут, печенье \"юбилейное\" 2 пачки, сгущенка гост жестяная банка, чай индийский со слоном", [
        ("лимонад буратино 2 бут", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3374813", "3359208"],
        }, "lemonade «Буратино» (Черноголовка 1 l and 2 l); other lemonades (Байкал, Дюшес, Тархун, lemon ones, "
           "Старые добрые традиции) excluded; «2 бут» is a quantity"),
        ("печенье \"юбилейное\" 2 пачки", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "biscuits of the brand «Юбилейное», every variant (traditional, milk, glazed, Дикси «Овсяное»); Дикси "
           "Останкино колбаса «Юбилейная» and Julius Meinl coffee «Юбилейный» are traps; «2 пачки» is a quantity"),
        ("сгущенка гост жестяная банка", {
            "pyaterochka": [],
            "magnit": ["be9bed5042", "66294fd8e5"],
            "dixy": ["2000186451"],
            "perekrestok": ["3491930"],
        }, "sweetened (not boiled) condensed milk whose title says ГОСТ; the tin form cannot be checked because "
           "no title states the pack form, so every ГОСТ pack not named otherwise is accepted (Дикси "
           "Алексеевское «сашет» would be excluded anyway, it lacks ГОСТ); condensed milk without ГОСТ in the "
           "title (Алексеевское, Рогачевъ, Молочный знак, Пр!ст ...) is left out as the qualifier cannot be "
           "verified; boiled ГОСТ (Магнит вареное) and Моя цена «Продукт молочный Сгущенка» excluded"),
        ("чай индийский со слоном", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«со слоном» names the old Indian tea brand with the elephant on the pack; no store carries it; the "
           "only Indian tea titles are Richman «Ассам» (Магнит, Перекрёсток), a different brand, left out "
           "(judgement resting on outside knowledge: «чай со слоном» is the Soviet-era brand «Индийский чай», "
           "not any Indian tea)"),
    ]),
    # fwf04
    ("шампанское советское полусладкое\nшпроты в масле рижские как раньше\nмайонез провансаль Calve", [
        ("шампанское советское полусладкое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, "«Советское Шампанское» white semi-sweet (Перекрёсток, titled «Вино игристое»); the pink brut of the "
           "same brand and other sparkling wines (Абрау-Дюрсо, Лыхны ...) excluded"),
        ("шпроты в масле рижские как раньше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«рижские» is taken as a required qualifier (Riga sprats); Магнит sprats in oil (5 морей, Барс, "
           "Вкусные консервы, Знак качества) are Russian Baltic sprats, none is titled «рижские», so they are "
           "left out (judgement); Рижский Хлеб breads and Рижский бальзам are traps"),
        ("майонез провансаль Calve", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Calve mayonnaise is not carried by any store (no Calve/Кальве title); Провансаль of other brands "
           "(Махеевъ, Слобода, Ряба, Московский Провансаль ...) is left out because the brand was written"),
    ]),
    # fwf05
    ("конфеты мишка косолапый 200 гр, зефир в шоколаде 1 коробка, вафли \"артек\", мятные пряники", [
        ("конфеты мишка косолапый 200 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "candies «Мишка косолапый» are not carried; Пятёрочка «Торт Мишка косолапый, вафельный» is a wafer "
           "cake, not candies, and is left out"),
        ("зефир в шоколаде 1 коробка", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98", "1000354755"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "zefir in chocolate / chocolate glaze: Магнит Шармэль «классический, в шоколаде», Магнит Пастухов "
           "«Десерт … Зефир молочный в бельгийском шоколаде» 60 г, Перекрёсток «Старые традиции белёвских "
           "мастеров Клюква в шоколадной глазури»; unglazed zefir (Коломенский, Сладкие истории, Семейные "
           "секреты, Eco Botanica, Шарлиз ...) excluded; «1 коробка» is a quantity"),
        ("вафли \"артек\"", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wafers «Артек» are not carried (no Артек title); other wafers are left out because the brand was "
           "written"),
        ("мятные пряники", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pryaniki titled as mint (мятные) in any store; chocolate (Lucky Days, Слана), Стойленские "
           "(flavour not stated), Дымка orange, Полёт cranberry and Северные pear pryaniki are left out"),
    ]),
    # fwf06
    ("гречка ядрица 2 пачечки, масло сливочное крестьянское 72.5%, сметанка 20 %, творог 9 % одна пачка", [
        ("гречка ядрица 2 пачечки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286",
                     "2000180341", "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                            "3603166", "39155", "3667612", "4059000", "3600743", "3696237", "3477255", "3231481",
                            "3493533", "3994791"],
        }, "buckwheat groats (any brand, pack, boil-in-bag and quick-cooking included); titles without «ядрица» "
           "are accepted too (judgement resting on outside knowledge: packed buckwheat groats are ядрица unless "
           "sold as «продел»); green buckwheat, buckwheat dishes (Дядя Ваня, Увелка с грибами, Cook Chart, "
           "Raisad, по-азиатски), flakes, flour, soba noodles, porridges and drinks excluded; Магнит has only "
           "dishes; «2 пачечки» is a quantity"),
        ("масло сливочное крестьянское 72.5%", {
            "pyaterochka": [],
            "magnit": ["3181241105", "1855599920", "1844000142", "1000457493"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "3423762",
                            "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031",
                            "3406593", "3371288"],
        }, "butter of the sort «Крестьянское» 72.5% (sweet-cream, salted or not); Перекрёсток Княгининское "
           "«Крестьянское» without a % is accepted (judgement resting on outside knowledge: Крестьянское is "
           "72.5% by its standard); 72.5% butter not titled Крестьянское (Danke, Брест-Литовск, Шахунья Гост, "
           "Первым делом, ЭкоНива, Кунгурский, безлактозное) and spreads excluded"),
        ("сметанка 20 %", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                       "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715",
                     "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20%, any brand and pack; 10/15/25/30% sour cream, «сметанный» mayonnaise and "
           "sour-cream flavoured chips/crackers excluded"),
        ("творог 9 % одна пачка", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84",
                       "1000122024", "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                     "2000280850", "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9% (crumbly, traditional, «пластовой» included); 0-5% and 18% "
           "cottage cheese, soft/granular/flavoured and children's curd excluded; «одна пачка» is a quantity"),
    ]),
    # fwf07
    ("хоз. мыло 72%, стиральный порошок подешевле, спичек 1 блок", [
        ("хоз. мыло 72%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap (хозяйственное мыло 72%) is not carried by any store; toilet, cream, liquid and bath "
           "soaps (Мыло БАННОЕ, Duru, Palmolive ...) are not laundry soap and are left out"),
        ("стиральный порошок подешевле", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "3c569d2305", "147d8a2d07", "cf77b09c0c", "a728270b73",
                       "eda27ccd92", "f93558c546", "2002145e39", "d8210473b5", "9570abee2a", "84c2d44059",
                       "e486f7b53f", "933f2db840", "e1ac0bab6d", "bed5eabde5", "240fe4229e", "95636dc9ca",
                       "4d919fe5ff", "cc70715e17", "8d8c8ce3af", "9ec3c6b343", "4a43abe881", "0cfa8dff0c",
                       "d01298315d", "eee3b0a174", "6d62d005d5", "e045589f41", "21dd0bf72c", "f7a5acd6cd",
                       "0998583ce9", "0306390d77", "f400bf3623", "467ad72946", "32662031ca", "e08459da72"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder of any brand, colour/white/children's, any pack (Ariel, Bimax, Losk, Persil, Sorti, "
           "Tide, Дося/Dosia, Synergetic, Миф, Завод братьев Крестовниковых); laundry gels, liquids and "
           "capsules, dishwasher powders (Somat, Finish) and scouring powders (Comet, Пемолюкс) excluded; "
           "«подешевле» is a wish, not a filter"),
        ("спичек 1 блок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches are not carried by any store (no спички title)"),
    ]),
    # fwf08
    ("сосиски молочные как раньше\nмакороны рожки\nкетчуп хайнц heinz\nбородинского хлеба буханку\nгорчичка ядреная", [
        ("сосиски молочные как раньше", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "frankfurters of the sort «Молочные» (any maker, ГОСТ or not, any category); Индилайт «Молочные из "
           "индейки» left out (turkey, not the classic sausage the writer means by «как раньше»), Вязанка "
           "«Молокуши» and Окраина «с натуральным молоком» are not «молочные»; «как раньше» is a wish"),
        ("макороны рожки", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000544352", "2000572794", "2000575212", "2000005384", "2000005385"],
            "perekrestok": ["4340660", "4328907", "3435299", "4273871", "82772", "4199587", "4274071"],
        }, "dry pasta of the horn shape: «рожки»/«рожок» incl. «витой рожок», «рожок-полубублик», «рожок "
           "крупный», Роллтон «Рожки с оливковым маслом», Бакалейщики «Рожок Малютка с томатами и шпинатом», and "
           "Перекрёсток Maltagliati «Chifferini Rigati» (judgement resting on outside knowledge: chifferi are "
           "the Italian elbow/horn shape); other shapes and ice-cream «рожки» excluded"),
        ("кетчуп хайнц heinz", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "every Heinz ketchup (томатный, острый, итальянский, для гриля, с чесноком, Перекрёсток «Heinz "
           "Pikador»); Heinz sauces (барбекю, сырный, карри ...), mayonnaise, peas and baby food excluded; Дикси "
           "«Pikador» without Heinz in the title left out; Магнит has only Heinz sauces"),
        ("бородинского хлеба буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3624125"],
        }, "Borodinsky rye bread loaves (sliced or not); Перекрёсток Маркет «Бородинский … часть изделия» is a "
           "part loaf and is left out because a whole loaf (буханка) was asked for; Магнит гренки BEERKA "
           "«Бородинские» and the brand МД Бородина (колбаса, сосиски) are traps"),
        ("горчичка ядреная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3332502"],
        }, "only mustard titled «Ядрёная» (ЕЖК Русская Ядрёная жгучая); «ядреная» is read as the variety/hotness "
           "asked for, so ordinary Русская, столовая, зернистая, дижонская, с хреном, с мёдом mustards, mustard "
           "powder, oil and sauces are left out (judgement)"),
    ]),
    # fwf09
    ("кильки в томатном соусе 2 банки, иваси селедочка, картофель 3 кило, лук репчатый 1 кг сетка", [
        ("кильки в томатном соусе 2 банки", {
            "pyaterochka": [],
            "magnit": ["b755c9549a", "3569961f1a"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprat (килька) in tomato sauce: Магнит Доброфлот балтийская and Лаатса «обжаренная с чили» (a "
           "flavour variant of the same product, accepted as nothing excludes it); бычки, sardines, mackerel in "
           "tomato sauce and sprats in oil (шпроты «из балтийской кильки») excluded; «2 банки» is a quantity"),
        ("иваси селедочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fish titled «иваси» in any store; Atlantic/Pacific herring (сельдь) of every kind is a different "
           "fish from иваси and is left out (judgement resting on outside knowledge: иваси is the Far-Eastern "
           "sardine, sold in Soviet times as «сельдь иваси»)"),
        ("картофель 3 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes, loose or packed, any colour/size (incl. Бэби, «для варки», «для жарки», «гигант», "
           "Чик-Чик 1 кг); «3 кило» is the amount wanted of a weighed vegetable, not a pack filter; sweet potato "
           "(батат), frozen fries, cooked/peeled-boiled potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready "
           "dish), potato chips and the cake/candy «Картошка» excluded"),
        ("лук репчатый 1 кг сетка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "81209", "3016772", "3368253"],
        }, "fresh yellow onions, loose, in a net or packed (peeled included); «1 кг сетка» is read as the amount "
           "wanted of a weighed vegetable, not a pack filter; red onion (Перекрёсток «Лук репчатый красный»), "
           "dried onion, onion-flavoured chips and dishes «с луком» excluded"),
    ]),
    # fwf10
    ("плавленый сырок дружба 3 шт, сыра российского кусочек, колбаса любительская, кофе растворимый пеле", [
        ("плавленый сырок дружба 3 шт", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба»: only Магнит Карат «Сыр плавленый Дружба» 90 г; Магнит «Плавленый продукт "
           "ДРУЖБА 50%» and Моя цена «Продукт плавленый Дружба с сыром» are processed cheese products, not "
           "cheese, and are left out; халва and Увелка «Дружба» are traps; «3 шт» is a quantity"),
        ("сыра российского кусочек", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "cheese of the sort «Российский» (incl. «молодой», weighed or in a piece); Магнит Брест-Литовск "
           "«Российский слайсами» left out because a piece was asked for; Магнит «Продукт По-Российски … на "
           "основе растительного жира» is not cheese; карбонад/коньяк/какао «Российский» are traps"),
        ("колбаса любительская", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sausage «Любительская» is not carried by any store; Makfa «Перья Любительские» pasta, лечо "
           "«Любительское» and шашлык «любительский» are traps"),
        ("кофе растворимый пеле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the old instant coffee brand «Пеле» (Pelé) is not carried (no Пеле/Pele title); instant coffee of "
           "other brands is left out because the brand was written"),
    ]),
    # fwf11
    ("паста зубная \"жемчуг\", бумага туалетная 4 рул, средство посуду мыть самое дешевое", [
        ("паста зубная \"жемчуг\"", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste «Жемчуг» is not carried; «Чёрный жемчуг» is face cosmetics (a trap); toothpastes of other "
           "brands are left out because the brand was written"),
        ("бумага туалетная 4 рул", {
            "pyaterochka": [],
            "magnit": ["11634cf6c9", "e01188fba0", "be21812bf9", "24f2c70304", "b0339ecad9", "f88b88076f",
                       "0f9bdfbe08", "475d902330"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": [],
        }, "dry toilet paper in packs of 4 rolls (Zewa/Зева, Папия/Papia, any ply); the written count is taken "
           "as the pack, so packs of 6/8/12 rolls (Familia, Soffione, Zewa, Перекрёсток Zewa 8 шт) are left out; "
           "wet toilet paper, paper towels, tissues and toilet blocks excluded"),
        ("средство посуду мыть самое дешевое", {
            "pyaterochka": [],
            "magnit": ["4e35e08ada", "5fd6de4bb5", "7b4b7f0a59", "76379a4e64", "c4e892e413", "a9dfde88f9",
                       "d3ea3a9828", "1cd0606d7d", "0cc102b359", "e5a0684ec7", "97c928414d", "e62ea315f2",
                       "d458f25c78", "963399e98a", "d076c21852", "186ff3d636", "4cf63843e3", "a401696a68",
                       "514b218200", "a8a6d84ae6", "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49",
                       "551d8403a9", "df2c291ad1", "7c5bd74e06", "7caeebbd02", "cd27c8307b", "ddcc463812",
                       "3dc9a1ed43", "43a0e3032e", "381aaf5d64", "05e81b9637", "2d790e73ea", "4a060084e4"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000289255", "2000323096", "2000321808",
                     "2000591971", "2000371202"],
            "perekrestok": ["3984598", "4141118", "4011474"],
        }, "hand dishwashing liquid/gel of any brand and size (Fairy/Фэйри, AOS, Sorti, Synergetic, Biomio, "
           "Palmia, Sanita, Гарденика, Крестовниковых), incl. ones also for children's dishes, fruit or toys; "
           "dishwasher tablets, powders, rinse aid, salt and cleaners, and sponges excluded; «самое дешевое» is "
           "a wish, not a filter"),
    ]),
    # fwf12
    ("ряженки 1 бут, простоквашу 1 пакет, ацидофилин, варенец 1 стакан", [
        ("ряженки 1 бут", {
            "pyaterochka": [],
            "magnit": ["1000385205", "1000439736", "1000451592", "1000371474", "1000348552"],
            "dixy": ["2000536771", "2000587053", "2000543673", "2000313789"],
            "perekrestok": ["4230794", "4173940"],
        }, "plain ryazhenka of any fat and pack (incl. Агуша children's plain 3.2% and Домик в деревне «Топленое "
           "молоко»); flavoured ryazhenka (клубника, груша, малина, печёное яблоко, банан-карамель, "
           "курага-чернослив) excluded; «1 бут» is read as a quantity since no title states the pack form"),
        ("простоквашу 1 пакет", {
            "pyaterochka": [],
            "magnit": ["26c8070a70", "1000284419"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "простокваша of any kind (Эго термостатная, Эго «Мечниковская»); the brand Простоквашино (milk, "
           "kefir, sour cream ...) is a trap; «1 пакет» is a quantity"),
        ("ацидофилин", {
            "pyaterochka": [],
            "magnit": ["1000171695", "1000348551"],
            "dixy": [],
            "perekrestok": ["4230793"],
        }, "acidophilin (Пискаревский «сладкий» 2.2%, Славянские Кружева 3.2%, Молочный знак 3.2%); the sweet "
           "one is a classic variety of the same drink and is accepted as nothing in the item excludes it"),
        ("варенец 1 стакан", {
            "pyaterochka": [],
            "magnit": ["1000560511", "8000093609"],
            "dixy": ["2000581091"],
            "perekrestok": [],
        }, "варенец of any fat (Ростагроэкспорт термостатный, Славянские Кружева); «1 стакан» is a quantity"),
    ]),
    # fwf13
    ("пломбир стаканчик вафельный 2 шт, эскимо ленинградское, тортик \"птичье молоко\"", [
        ("пломбир стаканчик вафельный 2 шт", {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323"],
        }, "plain (vanilla) plombir whose title names the cup: «в вафельном стаканчике» or «стаканчик» "
           "(judgement resting on outside knowledge: a plombir «стаканчик» is the wafer cup; Пятёрочка titles "
           "the same Вологодский пломбир 100 г «в вафельном стаканчике»); flavoured cups (арбуз, фисташка, "
           "черника, изюм, шоколадная крошка, Чистая Линия «Радуга», Пятёрочка Вологодский пломбир «с вареным "
           "сгущенным молоком»), Дикси «Первым делом» 4% (not plombir), Перекрёсток Ирбитское «сливочное», cones "
           "(рожок), eskimo and tubs excluded; Дикси Коровка из Кореновки «Пломбир ванильный 15%, 100г» left out "
           "because its title does not name the cup; «2 шт» is a quantity"),
        ("эскимо ленинградское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4296328"],
        }, "eskimo «Ленинградское» (Перекрёсток, vanilla cream ice cream in chocolate glaze with hazelnut and "
           "cashew - today's version of the brand); the 450 g tub «Мороженое сливочное Ленинградское» is not an "
           "eskimo; other eskimos excluded"),
        ("тортик \"птичье молоко\"", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cake «Птичье молоко» in any store; Дикси РотФронт «Птичье Молоко» are candies, not a cake, and "
           "are left out"),
    ]),
    # fwf14
    ("перловой крупы пачку\nпшенка 1 кг\nмука в/с 2 кг\nсухие дрожжи 2 пакетика\nпищевая сода 1 пачка", [
        ("перловой крупы пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley (перловая/ячменная крупа) is not carried by any store; barley-chickpea drinks and "
           "«Перл» cat food are traps"),
        ("пшенка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no millet groats in a 1 kg pack: the written size is taken as the pack (as for «сахар 1кг» in the "
           "shared conventions), and the only millet groats are Пятёрочка «пшено шлифованное в пакетиках для "
           "варки 400 гр.», left out; Myllyn Paras «Каша пшенная» (flakes), Увелка «Дружба» rice-millet mix and "
           "a ready porridge excluded"),
        ("мука в/с 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765",
                            "3626914", "2107396", "2112692"],
        }, "wheat flour whose title says высший сорт / в/с, in a 2 kg pack (the written size is taken as the "
           "pack; 1 kg packs left out); flour of grade «экстра», «особая» or with no grade stated (Магнит "
           "Пышечка пшеничная 2кг, Старооскольская хлебопекарная ГОСТ, Дикси хлебопекарная 2 кг), pancake, "
           "wholegrain, rye, rice, corn and gluten-free flours excluded"),
        ("сухие дрожжи 2 пакетика", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry baker's yeast: Саф-Момент 11 г (Магнит title does not say «сухие»; judgement resting on outside "
           "knowledge: Саф-Момент is instant dry yeast; Дикси titles the same sachet «сухие быстродействующие»); "
           "pressed yeast (Магнит Люкс Экстра 100 г) and Дикси «Люкс Экстра сухие хлебопекарные прессованные, "
           "100 г» (a pressed-yeast block, judgement resting on outside knowledge) excluded; «2 пакетика» is a "
           "quantity"),
        ("пищевая сода 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda (Дикси «Сода пищевая, 500 г»); baking powder (Dr.Bakers разрыхлитель), soda-containing "
           "dish liquid and hydrocarbonate mineral water are not it"),
    ]),
    # fwf15
    ("тушенка говяжья гост 2 банки, вареная сгущенка 1 банка, сайра натур. 1 банка", [
        ("тушенка говяжья гост 2 банки", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684"],
            "perekrestok": [],
        }, "canned stewed beef whose title says ГОСТ (Главпродукт, Иван Мясоедов, Мясные ряды, Семейный бюджет); "
           "stewed beef without ГОСТ in the title (Богатырская, Великолукский, Русь, Барс, Совок, Гродфуд, "
           "Первым делом, Курганский, Пр!ст) is left out as the qualifier cannot be verified; stewed "
           "pork/turkey/horse meat excluded; «2 банки» is a quantity"),
        ("вареная сгущенка 1 банка", {
            "pyaterochka": [],
            "magnit": ["8000034109", "1000346225", "1000244735", "205bde5081", "1000379971", "1000244512",
                       "3ab993278c"],
            "dixy": ["2000335387", "2000311392"],
            "perekrestok": ["3684740", "4250610", "4245765"],
        }, "boiled sweetened condensed milk (варёное сгущённое молоко) of any brand and pack; Перекрёсток "
           "Зелёная Линия «в вафельной трубочке» (a pastry), and ice creams, pastries, curd bars, croissants «с "
           "варёной сгущёнкой» excluded; «1 банка» is a quantity"),
        ("сайра натур. 1 банка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury (сайра) is not carried by any store; sardines and other fish «натуральная» are "
           "different fish and are left out"),
    ]),
    # fwf16
    ("газировка тархун 1.5л, квасу очаковского 2 л, ессентуки №17, боржоми в стеклянной бутылке", [
        ("газировка тархун 1.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Тархун soda exists only in 0.5 l (Магнит Старые добрые традиции, Перекрёсток Чудесное далеко), 1 l "
           "(Черноголовка) and 2 l (Пр!ст, Маркет); the written bottle size 1.5 l is respected, so none is "
           "accepted; cucumbers «с тархуном» are a trap"),
        ("квасу очаковского 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kvass «Очаковский» is not carried (only Пятёрочка Русский узор «Летний» 2.5 l and Перекрёсток "
           "Зелёная Линия «Медовый» 1 l, other brands, left out)"),
        ("ессентуки №17", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000336236"],
            "perekrestok": ["3977406"],
        }, "mineral water Ессентуки №17 (0.45 l, the only size carried); Ессентуки №4, unnumbered «Ессентуки "
           "целебная» and Aqua bene «Ессентуки» excluded"),
        ("боржоми в стеклянной бутылке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000188861"],
            "perekrestok": [],
        }, "Borjomi whose title says glass (Дикси «в стекле, 0,5 л»); Borjomi in PET (Дикси 0.5/0.75/1.25 l ПЭТ) "
           "excluded, and Магнит 1.25 l and Перекрёсток 750 ml left out because the title does not say glass; "
           "Боржоми «Флейворд Вотер» flavoured drinks excluded"),
    ]),
    # fwf17
    ("колбаса отдельная, сарделек пол кило, пельмени сибирские 1 кг, сало соленое кусок с прослойкой", [
        ("колбаса отдельная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sausage «Отдельная» is not carried by any store (no title with «отдельн»); other boiled sausages are "
           "left out because the sort was written"),
        ("сарделек пол кило", {
            "pyaterochka": ["3411852"],
            "magnit": ["d7c3fb2448", "1d9befa508"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        }, "сардельки of any kind (pork ГОСТ, «Сочные» by weight, Мясоедов свиные ГОСТ, Пятёрочка Велком "
           "«Велкомовские копченые» - a smoked sardelka is still a sardelka and nothing in the item excludes "
           "it); «пол кило» is the amount wanted, not a pack size; сосиски and колбаски excluded"),
        ("пельмени сибирские 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pelmeni of the sort «Сибирские» in any store; «Сибирская коллекция» (Магнит, Дикси, 700 g) is a "
           "brand, not the classic sort «Сибирские», and Дикси Цезарь «Гордость Сибири» 800 g likewise - both "
           "left out (judgement); «1 кг» is read as the amount wanted"),
        ("сало соленое кусок с прослойкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no salted lard with a meat streak (с прослойкой) in any store; Дикси Мясоедов «Шпик бутербродный с "
           "чесноком» and Перекрёсток Зелёная Линия «Сало из свиного шпика с черным перцем и чесноком» are plain "
           "fatback without a meat layer and are left out; smoked-boiled грудинка and raw pork belly on the bone "
           "are different products"),
    ]),
    # fwf18
    ("чай грузинский, кофейный напиток ячменный, какао порошок \"золотой ярлык\", сахар рафинад 1 кг пачка", [
        ("чай грузинский", {
            "pyaterochka": [],
            "magnit": ["d7f2406271"],
            "dixy": [],
            "perekrestok": [],
        }, "Georgian black tea (Магнит Sun Field «Грузинский черный»); the blackcurrant-flavoured Sun Field "
           "Грузинский is left out (flavour not asked); Georgian-style sauces, salt and хинкали are traps"),
        ("кофейный напиток ячменный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no barley coffee drink in any store; 3-in-1 coffee drinks (Nescafe, Jacobs, Жокей, МакКофе), chicory "
           "and barley-chickpea plant drinks (Green Milk) are different products and are left out"),
        ("какао порошок \"золотой ярлык\"", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4"],
            "dixy": [],
            "perekrestok": [],
        }, "cocoa powder «Золотой ярлык» (Магнит, Красный Октябрь 100 г); other cocoa powders and cocoa drinks "
           "(Какао-порошок Российский, Чукка, Хрутка, Nesquik) left out because the brand was written"),
        ("сахар рафинад 1 кг пачка", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar in a 1 kg pack: «прессованный» and «кусковой» white sugar (judgement resting on "
           "outside knowledge: pressed/lump white sugar is рафинад); 250 g/500 g packs, cane lump sugar, "
           "granulated sugar (incl. Магнит Чайкофский «Сахар-песок … Рафинированный», which is granulated) and "
           "Перекрёсток «Сахар Советский Экстра» (form not stated) excluded"),
    ]),
    # fwf19
    ("карамель взлетная, ириски \"кис-кис\" 300 гр, конфеты красная шапочка, печенье мария не сладкое", [
        ("карамель взлетная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "caramel «Взлётная» is not carried by any store"),
        ("ириски \"кис-кис\" 300 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toffee «Кис-кис» is not carried; Meller «Ирис с шоколадом» and Перекрёсток Маркет «Ирис Сливочный» "
           "are other brands and are left out"),
        ("конфеты красная шапочка", {
            "pyaterochka": ["2057828"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "candies «Красная Шапочка» (Пятёрочка, 250 г)"),
        ("печенье мария не сладкое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "biscuits «Мария» are not carried by any store (no Мария/Maria biscuit title; Санта Мария is pears "
           "and pepper)"),
    ]),
    # fwf20
    ("масло подсолн. нерафинированное пахучее, уксус столовый 9 %, лаврового листа, горчица русская баночка", [
        ("масло подсолн. нерафинированное пахучее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "3608379", "74883", "3653773", "4311768", "3683883", "2071663",
                            "4149438"],
        }, "unrefined sunflower oil of any brand and bottle (incl. «из жареных семечек» and Getuva high-oleic "
           "unrefined); «пахучее» describes unrefined oil and is not a further filter; refined and deodorised "
           "oils, sunflower oil blended with olive/linseed/almond oil, flavoured oils (Almador) and sunflower "
           "seeds excluded; Магнит carries no sunflower oil"),
        ("уксус столовый 9 %", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "table vinegar 9% is not carried; the only vinegar is Перекрёсток «Уксус виноградный … 6%» (wine "
           "vinegar, other strength), left out"),
        ("лаврового листа", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Магнит Kotanyi «Лист лавровый» 5 г, Перекрёсток Пр!ст 10 г)"),
        ("горчица русская баночка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044", "4337617",
                            "4273279", "3416298", "4229364", "2153858"],
        }, "mustard of the sort «Русская» (incl. «столовая Русская», ЕЖК «Русская Ядрёная жгучая»); the jar form "
           "cannot be checked (no title states the pack), so «баночка» is read as a wish; ЕЖК «Русская "
           "Зернистая» (whole-grain) and «Русская С хреном» (with horseradish), дижонская, баварская, столовая "
           "without «Русская», mustard powder and sauces excluded"),
    ]),
    # fwf21
    ("икра кабачковая по госту, капустки квашеной 500 гр, огурцы бочковые соленые как раньше", [
        ("икра кабачковая по госту", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«по госту» is taken as a required qualifier; the only squash caviar titles (Магнит Ресторация "
           "Обломов «Икра из кабачков», Семейные секреты «Икра кабачковое») do not say ГОСТ and are left out"),
        ("капустки квашеной 500 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651"],
            "perekrestok": ["2068014", "4243262", "4116723"],
        }, "plain sauerkraut, with carrot (the usual recipe) or without; «500 гр» is read as the amount wanted "
           "of a product commonly sold by weight, so pack size is not a filter; sauerkraut with cranberry, "
           "caraway or apple, kimchi and Korean-style cabbage excluded"),
        ("огурцы бочковые соленые как раньше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["2145531", "4260395", "4379607", "3609120"],
        }, "salted cucumbers titled «бочковые» (any brand and jar); salted cucumbers not called бочковые, "
           "gherkins, «малосольные бочковые» (lightly salted), pickled/marinated cucumbers and flavoured ones (с "
           "мёдом и клюквой, с тархуном) excluded; «как раньше» is a wish"),
    ]),
    # fwf22
    ("сливки 10 % в кофе, сыр пошехонский 300 гр, масло вологодское", [
        ("сливки 10 % в кофе", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream of exactly 10% (sterilised or UHT, bottles, packs and 10 g coffee portions); 11%, 20% "
           "and 33% cream, ice cream «со сливками 10%», curd «в сливках» and cream-flavoured tea excluded; «в "
           "кофе» is a purpose, not a filter"),
        ("сыр пошехонский 300 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cheese «Пошехонский» is not carried by any store; other semi-hard cheeses are left out because the "
           "sort was written"),
        ("масло вологодское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["86149"],
        }, "butter of the sort «Вологодское» (Перекрёсток Из Вологды «Вологодское» 82.5%); butters only made in "
           "Vologda but of another sort (Перекрёсток «Вологодское Крестьянское» 72.5%, Магнит «ИЗ ВОЛОГДЫ, "
           "Традиционное», Магнит Северное Молоко «Крестьянское из Вологды») are left out (judgement resting on "
           "outside knowledge: «Вологодское масло» is its own protected sort made from heated cream)"),
    ]),
    # fwf23
    ("батон подмосковный, сушек с маком 2 пачки, баранки сдобные", [
        ("батон подмосковный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white loaf «Подмосковный» is not carried by any store; other batons (Нарезной, Горчичный, Молочный "
           "...) are left out because the sort was written"),
        ("сушек с маком 2 пачки", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "сушки with poppy seeds (Магнит Невская сушка «Сушки-мини … маковые»); plain сушки (Ладожский "
           "малышок) and Nina Farina garlic taralli excluded; «2 пачки» is a quantity"),
        ("баранки сдобные", {
            "pyaterochka": [],
            "magnit": ["4b508529e8"],
            "dixy": [],
            "perekrestok": [],
        }, "baranki titled «сдобные» (Магнит Каравай «Оригинальные, сдобные»); Магнит Семейка Озби «Баранки "
           "Ванильные» left out because the title does not say сдобные"),
    ]),
    # fwf24
    ("белизну 1 литр, губки посуду мыть 5 шт, мешки для мусора 30л", [
        ("белизну 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chlorine bleach «Белизна» of 1 l: the only «белизна» title is Пятёрочка Sanfor «гель белизна 3в1, "
           "700 г» (a cleaning gel, 700 g), left out; ACE and Synergetic laundry bleaches are other products"),
        ("губки посуду мыть 5 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges in a pack of 5 (Магнит Нужные вещи «Губки для посуды Макси, 5шт.»); the shoe sponge is "
           "a trap"),
        ("мешки для мусора 30л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 30 l bin bags; the only bin bags are Магнит «Био ушки 60л», left out because the written size is "
           "respected"),
    ]),
    # fwf25
    ("водка столичная, пиво жигулевское 2 бут, минтая мороженого 1 кг, сельдь бочковая", [
        ("водка столичная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vodka «Столичная» is not carried; other vodkas are left out because the brand was written; "
           "колбаса/ветчина «Столичная», mustard «Столичная» and bread «Столичный» are traps"),
        ("пиво жигулевское 2 бут", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no beer of the sort «Жигулёвское» in any store; Магнит «Жигули Барное/Экспорт/ИПА» and Дикси «Жигули "
           "Барное Манго-маракуйя» are the brand Жигули, not the sort Жигулёвское, and are left out (judgement; "
           "as in the shared convention, a similar brand word does not make the product); apples «Жигулевские» "
           "are a trap"),
        ("минтая мороженого 1 кг", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86", "21f5feb583"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen pollock, whole gutted (тушка) or fillet, any pack (Магнит Borealis тушка, Магнит филе "
           "«свежемороженый», Дикси Мореслав тушка, Перекрёсток Люди любят тушка); «1 кг» is the amount wanted, "
           "not a pack filter; Магнит «МИНТАЙ (филе) полуфабрикат из замороженного сырья» is thawed fish sold "
           "chilled and is left out (judgement resting on outside knowledge); pollock roe, mince and fish dishes "
           "excluded"),
        ("сельдь бочковая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3454388"],
        }, "herring titled «бочковая» (Перекрёсток Русское Море «бочковая слабосолёная филе»); other salted "
           "herring not called бочковая is left out; the brand «Капитанская Бочка» is a trap"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each follows a line '## fwfNN' up to the next blank line."""
    with open(path, encoding="utf-8") as fh:
        body = fh.read().split("\n\n", 1)[1]
    parts = re.split(r"^## fwf(\d\d)\n", body, flags=re.M)
    return [parts[i + 1].rstrip("\n") for i in range(1, len(parts), 2)]


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, (btext)) in enumerate(zip([t for t, _ in lists], blind), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            btext = btext.replace(old, new, 1)
        if text != btext:
            errors.append("fwf%02d: text differs from the blind draft: %r vs %r" % (n, text, btext))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwf"))
