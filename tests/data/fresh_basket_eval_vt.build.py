#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vt.jsonl -- 25 shopping lists of an Armenian family in Rostov (home cooking:
lavash, matsun, brined cheese, bulgur, lamb, eggplant, greens by the bunch, dried apricots, cognac for guests,
coffee for the cezve) plus their ordinary groceries, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vt.build.py

LISTS below is literal data: 25 lists (3-4 items) as the family would type them to a Telegram bot, and for every
item the product ids of every store that a reasonable shopper who wrote exactly that item would accept.  The list
texts were written before any offer was read and saved as fresh_basket_eval_vt.blind_lists.txt (read-only, never
edited); this script checks that every list text equals that blind draft, apart from the replacements recorded in
REPLACED (an item replaced only because its whole list was empty in all four stores).  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and
read one by one; every item was re-checked by listing all titles matching its stem that were not accepted.  The note
of each item records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were made
without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers_g.jsonl *for that store*
and is in stock, that no id repeats within an item, that every item has a note and that the labels are exactly the
list's items in order (an item is the text between commas / new lines), then writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvt01, fvt02, ... in LISTS order; every
list is in split "fresh".
"""
import hashlib
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vt.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vt.blind_lists.txt")
BLIND_SHA256 = "aaf61fe880e9db0fb5ea55298472acdaf97be243564cd236a469a5067bbf691d"

# list id -> (item as written in the blind draft, item used instead, why)
REPLACED = {
    "fvt24": ("розмарин веточки", "розмарин сушеный",
              "the whole list (каре ягненка, розмарин веточки, вино красное сухое армянское) was empty in all four "
              "stores; fresh rosemary sprigs exist nowhere, dried rosemary (Магнит Kotanyi) does"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvt01 breakfast with lavash, matsun, brynza and coriander
    ("лаваш армянский 3 шт, мацун домашний, брынзу коровью, кинза один пучок", [
        ("лаваш армянский 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash: Перекрёсток Маркет «Лаваш Армянский» and Коломенский «Армянский тонкий»; "
           "tandoor лепёшки (с чесноком, сырная) excluded; «3 шт» is a quantity"),
        ("мацун домашний", {
            "pyaterochka": [],
            "magnit": ["1000230773"],
            "dixy": ["2000182622"],
            "perekrestok": [],
        }, "matsoni = мацун (Armenian name of the same cultured milk): Магнит РостАгроКомплекс 3.2% and Дикси "
           "«Напиток Мацони» РостАгроЭкспорт; «домашний» taken as a wish (no chain sells home-made matsun, no "
           "title says домашний); тан, айран and other cultured drinks excluded"),
        ("брынзу коровью", {
            "pyaterochka": ["3356581"],
            "magnit": ["1000358774", "9c07667d61"],
            "dixy": [],
            "perekrestok": [],
        }, "brynza cheese: Пятёрочка/Магнит «Сербская брынза» 45% and Магнит Sveza «Брынза» 45%; no title states "
           "the milk — taken as cow's milk (outside knowledge: brynza sold in Russia is cow's milk unless "
           "labelled овечья/козья, Sveza and Сербская брынза Фармаком are cow's milk); Фетакса, Фетика, "
           "Сиртаки/«Продукт рассольный», халуми and feta-stuffed goods excluded"),
        ("кинза один пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander: Дикси «КИНЗА 1 УПАКОВКА 75Г» (a 75 g pack stands for a bunch); ground coriander "
           "seed (Восточный гость), juices, yoghurt and cheese with кинза excluded"),
    ]),
    # fvt02 ajapsandal vegetables
    ("баклажаны 2 кг\nперец сладкий красный 1 кг\nпомидорки кило\nрейхан пучок", [
        ("баклажаны 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh eggplant: none in any chain; Магнит «Баклажаны на гриле РЕСТОРАЦИЯ ОБЛОМОВ» (a ready antipasto "
           "in a jar) excluded"),
        ("перец сладкий красный 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red bell pepper: none in any chain; black pepper, paprika powder, marinated peppers, lecho and "
           "goods «со сладким перцем» excluded"),
        ("помидорки кило", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["10E0075437", "2000003231", "2000186544", "2000285867", "2000303785", "2000327738",
                     "2000331828", "2000410142", "2000580825", "2000580827", "2000601471", "2000601472",
                     "D000004968", "ЦТ0019904"],
            "perekrestok": ["11971", "14809", "14811", "2100224", "21292", "2166", "3373662", "3383460", "3383465",
                            "3410591", "3634714", "3657325", "3695580", "4125409", "42138", "4214021", "4217379",
                            "4255159", "4261327", "4272752", "4327416", "4335742", "4335744", "4371254", "4375133",
                            "4377073", "4378622", "4381951", "4381952", "82521"],
        }, "fresh tomatoes of any kind and size (round, plum, pink, yellow, cocktail, cherry, on the vine; "
           "Перекрёсток «Голубая Леди», «Панамера» are tomato varieties); Магнит PREMIERE OF TASTE «Черри "
           "Горячее сердце» 200 г taken as fresh cherry tomatoes in a tray (outside knowledge); marinated, "
           "salted, canned (in juice, chopped «резаные», peeled), sun-dried tomatoes, tomato paste, juice, "
           "ketchup and sauces excluded; «кило» is a quantity"),
        ("рейхан пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "рейхан = purple basil, fresh bunch: no fresh basil in any chain; dried seasonings with basil, "
           "basil-flavoured goods and «Томаты с базиликом» excluded"),
    ]),
    # fvt03 bulgur pilaf with lamb
    ("булгур для плова, баранина на кости полкило, лук репчатый 3 шт, томат-паста маленькая банка", [
        ("булгур для плова", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bulgur: none in any chain; rice «для плова», пшено and other groats are different grains and "
           "excluded"),
        ("баранина на кости полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lamb/mutton on the bone: no raw lamb in any chain; Дикси Мираторг «Кебабчичи говядина и ягнятина» "
           "(minced semi-finished) and pet food with lamb excluded"),
        ("лук репчатый 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions incl. net bags, peeled onions and Перекрёсток «Лук репчатый красный» (its title "
           "says репчатый); dried/ground onion (Kotanyi, Айдиго), onion-flavoured chips and crackers excluded; "
           "«3 шт» is a quantity"),
        ("томат-паста маленькая банка", {
            "pyaterochka": [],
            "magnit": ["d176b4306a", "2c160abf20"],
            "dixy": ["2000322276"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste in a small pack, taken as up to 300 g: Магнит Кухмастер 270 г and Помидорка 70 г, Дикси "
           "Кухмастер 270 г, Перекрёсток Пр!ст 70 г and Маркет 140 г (the container of the 70/140 g packs is not "
           "stated; taken as a small jar/tin); Дикси «пирамидка» 70 г and «саше» 30 г excluded (not a jar), "
           "380–490 g jars excluded (not small), ketchup excluded"),
    ]),
    # fvt04 dried fruit and nuts
    ("курага полкило, грецкий орех очищенный 200г, изюм черный без косточек", [
        ("курага полкило", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots: Магнит СЕМУШКА 150 г («полкило» is a quantity); chocolate-covered apricots, sweets, "
           "curd with курага and apricot jam excluded"),
        ("грецкий орех очищенный 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts in a 200 g pack: none — «200г» written after a packaged product names the pack size "
           "and is respected (as «сахар 1кг» in fresh_basket_eval_g), and the only shelled walnuts are "
           "Перекрёсток «Грецкий орех Пр!ст, 100г» (excluded: 100 g); «Орехи грецкие в скорлупе» excluded (in "
           "shell), cheese, yoghurt, jam and sweets with walnuts excluded"),
        ("изюм черный без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark seedless raisins: none; Перекрёсток «Изюм Голден» and «Изюм светлый» are light raisins and "
           "excluded, dried grapes «Виноград сушёный» (colour not stated) excluded, goods with raisins excluded"),
    ]),
    # fvt05 cognac for guests
    ("коньяк арарат 5 звезд 0.5, лимончик к коньяку, шоколад горький к кофе 70%", [
        ("коньяк арарат 5 звезд 0.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ararat brandy: not in any chain (Перекрёсток «Ararat» are juices/nectar/beetroot of another brand); "
           "other Armenian cognacs (Ной, Жемчужина Армении, Шахназарян, Арвест, Армянская крепость, Armenian "
           "Mosaic) and Фазерс Олд Баррель «5 звезд» excluded because a brand was written"),
        ("лимончик к коньяку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (single, 2-packs, by weight); Перекрёсток «Микс Лайм-лимон» (a pack mixing lime and "
           "lemon) excluded, lemon-flavoured goods, lemonades and cleaners excluded"),
        ("шоколад горький к кофе 70%", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate labelled exactly 70%: Lindt горький 70%, Alpen Gold Горький 70%, Россия «Российский "
           "горький 70%», Зелёная Линия «Шоколад на меду классический 70%» (sweetened with honey, still dark "
           "70%); 75/85/65% and dark chocolates without a stated % (Бабаевский горький, Коммунарка, Ritter, "
           "Зелёная Линия «Классический горький на меду» 70 г without %) excluded"),
    ]),
    # fvt06 coffee in the cezve
    ("кофе lebo для турки, сахар кусковой к кофе, минералка джермук", [
        ("кофе lebo для турки", {
            "pyaterochka": ["1e481d9846"],
            "magnit": ["8269b24f19"],
            "dixy": [],
            "perekrestok": ["3606929", "3612036", "4129183"],
        }, "Lebo ground coffee (Пятёрочка «Принц Лебо мол.», Магнит Classic «для турки», Перекрёсток Extra «для "
           "турки» 75 г, Extra 200 г, Классик 200 г); «для турки» taken as ground coffee — the grind is not "
           "stated on most titles and Магнит sells the same Classic 200 г as «для турки» (outside knowledge); "
           "Lebo beans (Магнит «в зернах») excluded"),
        ("сахар кусковой к кофе", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["2113550", "4092763", "4269180", "4282808"],
        }, "lump/cube sugar: white pressed sugar («прессованный», «кусковой») and cane sugar cubes (no colour "
           "was written); granulated sugar incl. Магнит Чайкофский «Сахар-песок Рафинированный» (refined but "
           "granulated), vanilla and coconut sugar excluded"),
        ("минералка джермук", {
            "pyaterochka": ["3193325"],
            "magnit": [],
            "dixy": ["2000283682"],
            "perekrestok": [],
        }, "Jermuk mineral water: Пятёрочка «ДЖЕРМУК ... ПЭТ 1л» and Дикси «Джермук» 1 л; other mineral waters "
           "(Боржоми, Нарзан, Ессентуки…) excluded because the brand was written"),
    ]),
    # fvt07 weekday breakfast staples
    ("молока 2 пакета 2.5%, яиц десяток на завтрак, масло сливочное 82.5 на бутерброды, нарезной батон один к чаю", [
        ("молока 2 пакета 2.5%", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706",
                       "1051242602", "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT, incl. Магнит Агуша «детское» 2.5% 200 мл "
           "as in real_basket_eval); Перекрёсток Зелёная Линия «топленое 2.5%», kefir, yoghurt, ряженка "
           "«Топленое молоко» and butter brands containing «молоко» excluded; «2 пакета» is a quantity"),
        ("яиц десяток на завтрак", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853", "2109476"],
        }, "hen eggs in packs of 10, any category (С0/СО, С1, С2, отборные, высшей категории); packs of "
           "6/15/20/30, quail eggs (Молодецкие 10 шт), liquid egg white/yolk/melange, chocolate eggs (Kinder, "
           "Шоки-токи), mayonnaise «на перепелиных яйцах», «Филе куриное в яйце», soup and liver sausage "
           "«яичная» excluded; «на завтрак» is a purpose"),
        ("масло сливочное 82.5 на бутерброды", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                     "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                            "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        }, "butter labelled 82.5% (incl. «сладко-сливочное», unsalted, lactose-free and Магнит «Масло ИЗ ВОЛОГДЫ "
           "Традиционное 82,5%» whose title omits сливочное); 82% (Jalo Kerma, Arla Natura, Киприно, President, "
           "Молочный знак 82%) and 72.5% excluded — the written fat must match"),
        ("нарезной батон один к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "«батон нарезной» taken as the loaf variety «Нарезной» (sliced or not): Коломенское Нарезной, Пр!ст "
           "Нарезной классический, Маркет Нарезной нарезанный and Нарезной улучшенный; other batons sold sliced "
           "(Отрубной, Утренний, Горчичный, Зерновой, Молочный, «к завтраку», «Новый», plain «Батон, 300г») "
           "excluded"),
    ]),
    # fvt08 dolma
    ("фарш говяжий 1кг, рис круглозерный для долмы, виноградный лист для долмы, мацони 2 банки", [
        ("фарш говяжий 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw minced beef: Мираторг, Иван Мясоедов, Перекрёсток «Фарш говяжий», Хороший Кусок «из говядины»; "
           "mixed or unstated mince (Магнит Домашний, Черкизово Фермерский, Ближние Горки деревенский, Хороший "
           "Кусок домашний мясной), pork, turkey and fish mince excluded; «1кг» is a quantity"),
        ("рис круглозерный для долмы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000180350", "ЦТ0042579", "DI00079260"],
            "perekrestok": ["4332035", "3231277", "3469127"],
        }, "loose round-grain rice whose title says круглый/круглозерный/круглозернистый; boil-in-bag packs "
           "(5х80 г, 4х125 г) excluded because rice in bags cannot be used to stuff dolma, rice whose grain is "
           "not stated (Агро-Альянс «кубанский», Националь Адриатика/Бальдо) and medium/long grain excluded, "
           "Увелка «Дружба» rice+millet excluded"),
        ("виноградный лист для долмы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320850"],
        }, "vine leaves: Перекрёсток «Листья Ecofood виноградные» 500 г; grapes, raisins and grape drinks "
           "excluded"),
        ("мацони 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000230773"],
            "dixy": ["2000182622"],
            "perekrestok": [],
        }, "matsoni: Магнит РостАгроКомплекс 3.2% and Дикси РостАгроЭкспорт «Напиток Мацони» 3.2%; тан, айран, "
           "kefir excluded; «2 банки» is a quantity"),
    ]),
    # fvt09 brined cheese and salad
    ("сулугуни полкило, чечил косичка копченый, огурцы для салата кило, редиска на салат пучок", [
        ("сулугуни полкило", {
            "pyaterochka": [],
            "magnit": ["1000368974", "6d81c195d5"],
            "dixy": [],
            "perekrestok": ["4133358"],
        }, "suluguni cheese (Магнит М Свежесть by weight and 100 г, Перекрёсток Зелёная Линия 280 г); «полкило» "
           "is a quantity; chechil and other brined cheeses excluded"),
        ("чечил косичка копченый", {
            "pyaterochka": [],
            "magnit": ["1000368975", "8000075315"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "smoked chechil in a braid: Магнит «Чечил косичка копченая М Свежесть», Магнит «Сыр М Свежесть "
           "Косичка копченая» and Перекрёсток «Сыр Косичка копченый» (a cheese «косичка» is chechil — outside "
           "knowledge); unsmoked chechil «спагетти», smoked strands (Василеостровская «Пряди домашние копченые», "
           "Перекрёсток «Спагетти копченый»), chechil by weight without form/smoke (Гиагинский), Магнит "
           "Станицыно «Коса копченая» (a «молокосодержащий продукт», not cheese) and smoked fish «косичка» "
           "excluded"),
        ("огурцы для салата кило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                            "2131726"],
        }, "fresh cucumbers of any type (smooth, prickly, long, short, Бакинские, Хрустящие by weight) incl. "
           "Дикси «Огурцы корнишоны, в упаковке» 300 г (fresh baby cucumbers; Дикси lists salted корнишоны "
           "separately); jarred, salted, marinated, pickled cucumbers and корнишоны in jars, cucumber-flavoured "
           "goods excluded; «кило» is a quantity"),
        ("редиска на салат пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh radish: none in any chain"),
    ]),
    # fvt10 red lentil soup
    ("чечевицы красной пачку, луковицы 2-3 штуки, лимончики 2 штуки, мята сушеная", [
        ("чечевицы красной пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "red lentils: no lentils at all in any chain"),
        ("луковицы 2-3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (same set as «лук репчатый»: loose, net bags, peeled, red «Лук репчатый красный»); "
           "dried/ground onion and onion-flavoured snacks excluded; «2-3 штуки» is a quantity"),
        ("лимончики 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons; Перекрёсток «Микс Лайм-лимон» excluded (mixed pack), lemon-flavoured goods excluded; "
           "«2 штуки» is a quantity"),
        ("мята сушеная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried mint (the herb): none; black teas with mint (Майский, ТЕСС), mint-flavoured drinks, sweets and "
           "cosmetics excluded"),
    ]),
    # fvt11 khorovats (pork shashlik) at the dacha
    ("свиная шея на шашлык 3 кг\nлук красный 1 кг\nтан 1.5 л\nтонкий лаваш 2 пачки", [
        ("свиная шея на шашлык 3 кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "912", "78003999"],
        }, "raw pork neck (шейка свиная: Черкизово охлаждённая, Хороший Кусок, Перекрёсток без кости) and "
           "Перекрёсток «Шашлык из свиной шейки охлаждённый» (raw marinated pork neck for shashlik); shashlik "
           "whose cut is not stated (Мираторг «Шашлык свиной Деликатесный», Перекрёсток «любительский», "
           "«по-московски»), fried shashlik, smoked/cooked шейка and neck-cut cold cuts excluded; «3 кг» is a "
           "quantity"),
        ("лук красный 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3016771"],
        }, "fresh red onion: Перекрёсток «Лук репчатый красный, 500г» («1 кг» is a quantity); yellow onions "
           "excluded"),
        ("тан 1.5 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tan in a 1.5 l bottle: none — Магнит (РостАгроЭкспорт, Дар Гор) and Дикси (РостАгроЭкспорт) sell tan "
           "only in 1 l, and «1.5 л» names the bottle size, so it is respected; айран excluded"),
        ("тонкий лаваш 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin lavash: Перекрёсток Маркет «Лаваш Армянский» and Коломенский «Армянский тонкий» (Armenian "
           "lavash is the thin kind); tandoor лепёшки excluded; «2 пачки» is a quantity"),
    ]),
    # fvt12 guests' table
    ("гранатовый сок 100%, сыр чанах, маслины б/к", [
        ("гранатовый сок 100%", {
            "pyaterochka": ["40350"],
            "magnit": ["1af6e004b6"],
            "dixy": [],
            "perekrestok": ["3165884", "3497974", "4222320", "3497977", "3427396", "2045973", "3684607", "4331160",
                            "4331161", "4100581", "4145061"],
        }, "single-fruit pomegranate juice sold as «сок» (direct or reconstituted, incl. NAR «для детского "
           "питания»); Barinoff «гранатовый с сахаром» excluded as not 100% (Перекрёсток title says с сахаром; "
           "Магнит Barinoff 250 мл is the same product — outside knowledge), Ideas ананас-апельсин-гранат, "
           "pomegranate sauces (наршараб, Heinz), tonics and flavoured drinks excluded"),
        ("сыр чанах", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chanakh (Armenian brined cheese): none; brynza, suluguni, chechil, адыгейский and feta-type brined "
           "cheeses are other cheeses and excluded"),
        ("маслины б/к", {
            "pyaterochka": [],
            "magnit": ["67a5bec16c", "a4c260b58b", "ffc8624869"],
            "dixy": ["2000280423", "2000284987", "2000293466", "2000300243", "2000573831", "D000011668"],
            "perekrestok": ["3013064", "3468532", "3628531", "4049135", "4102524", "4340420", "4340423", "4340492",
                            "4340498"],
        }, "pitted black olives titled «маслины … без косточки/косточек» (incl. «крупные», «Mini черные», Delphi "
           "«в рассоле»); маслины с косточкой, stuffed Охибланка (лосось, фета), Белла ди Серигнола (pit not "
           "stated), sun-dried маслины, Spainolli «Оливки чёрные с косточкой», green olives and Kalamata olives "
           "excluded"),
    ]),
    # fvt13 lobio
    ("красная фасоль консервы, орехов грецких 300 г, кинза 2 пучка побольше, гранаты 2 шт", [
        ("красная фасоль консервы", {
            "pyaterochka": ["20063"],
            "magnit": ["751c38594f"],
            "dixy": [],
            "perekrestok": ["3472093"],
        }, "canned red kidney beans: Bonduelle «КЛАССИЧ.крас.ж/б», Глобус «красная» 425 мл, Пр!ст «красная "
           "натуральная» 360 г (taken as canned — a 360 g «натуральная» pack is a tin, outside knowledge); white "
           "beans, beans in tomato sauce, beans with vegetables and dog food excluded"),
        ("орехов грецких 300 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995", "4259321"],
        }, "walnuts, shelled or in shell (nothing about shelling was written): Перекрёсток Пр!ст «Грецкий орех» "
           "100 г and «Орехи грецкие в скорлупе» by weight; «300 г» is a quantity; walnut jam, cheese, yoghurt "
           "and sweets with walnuts excluded"),
        ("кинза 2 пучка побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander: Дикси «КИНЗА 1 УПАКОВКА 75Г»; ground coriander and goods with кинза excluded; «2 "
           "пучка побольше» is a quantity"),
        ("гранаты 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015855"],
            "perekrestok": ["50828", "3695843", "4371417", "4371415", "4335750"],
        }, "fresh pomegranates (incl. Перекрёсток «Гранат для сока Азербайджан» — fresh fruit); pomegranate "
           "juice, sauces, lukum, ice, scented and flavoured goods excluded"),
    ]),
    # fvt14 pantry staples
    ("гречневая крупа 2 пачки, макароны любые самые дешевые, тушенки говяжьей три банки, масло подсолнечное рафинир. для жарки", [
        ("гречневая крупа 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322",
                            "3696237", "39155", "3994791", "4009020", "4019310", "4059000", "4061364", "4090171",
                            "4204902", "53673", "6847", "4353613"],
        }, "dry buckwheat groats (ядрица, продел, quick-cooking, boil-in-bag); incl. Prosto «для гарнира "
           "быстроразваривающаяся» 8х62.5 г (dry groats in bags); green buckwheat, ready buckwheat dishes (Cook "
           "Chart охлаждённая, Raisad гарнир, Дядя Ваня/Увелка с грибами, по-азиатски), buckwheat flakes, "
           "drinks, flour, noodles, bread, porridge and Greek yoghurts excluded; «2 пачки» is a quantity"),
        ("макароны любые самые дешевые", {
            "pyaterochka": ["2049747", "94425", "94430", "94429"],
            "magnit": ["06594d00ff", "0facf2dd98", "2c49a7a5d2", "3563bce441", "3578fbe574", "367d4ecfc8",
                       "3bb34798f6", "4cae925c1a", "5296e76f4b", "54953eed21", "61313f9ca5", "6d2462031e",
                       "6e98aa8b36", "7d3bf66fd0", "7e1d66d2df", "811f1a2896", "8ec199aafc", "9332b0bf64",
                       "a5c4322325", "af7a5a4e7c", "bcb882d827", "c058112781", "e60106f6b1", "eb8a3570e8",
                       "f20a2d2027"],
            "dixy": ["2000002143", "2000004708", "2000005384", "2000005385", "2000005386", "2000016649",
                     "2000224712", "2000280926", "2000288865", "2000288871", "2000299086", "2000302407",
                     "2000320175", "2000347024", "2000349519", "2000411998", "2000418252", "2000437863",
                     "2000544352", "2000572792", "2000572794", "2000573915", "2000575212", "2000588314",
                     "2000590812", "T000015329", "T000015331", "ЦТ0021284", "ЦТ0046806", "ЦТ0046807", "ЦТ0046808"],
            "perekrestok": ["3435295", "3435297", "3435299", "3435300", "3446522", "3501218", "3501219", "3501222",
                            "3501223", "3623096", "4117113", "4117154", "4117157", "4117174", "4199587", "4266382",
                            "4273869", "4273870", "4273871", "4273872", "4274071", "4274091", "4274093", "4300261",
                            "4300500", "4323866", "4324026", "4328907", "4329570", "4329571", "4336730", "4340660",
                            "4340661", "4340662", "4347044", "4351513", "4360107", "52306", "62190", "82760",
                            "82761", "82766", "82772"],
        }, "any dry pasta (spaghetti, vermicelli, рожки, перья, спирали, ракушки, звёздочки, risoni, nests, "
           "lasagne sheets, птитим, vegetable-coloured and gluten-free pasta, Роллтон «макаронные изделия с "
           "оливковым маслом», «Макароны/Макаронные изделия … Лапша»); noodles sold as «Лапша» (домашняя яичная, "
           "лагманная, бешбармачная, soba, udon, фунчоза, instant), ready pasta dishes, «Макароны по-флотски», "
           "chechil «спагетти», macaron cakes and pasta sauces excluded; «любые самые дешевые» is a wish"),
        ("тушенки говяжьей три банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120",
                     "2000415753", "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef «Говядина тушеная» of any brand/size; pork, turkey, horse meat stew and stewed "
           "cabbage excluded; «три банки» is a quantity"),
        ("масло подсолнечное рафинир. для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000283309", "2000154498", "2000005808",
                     "2000555852", "DI00079242", "2000005809", "2000003488", "ЦТ0039503", "2000563791", "2000210260"],
            "perekrestok": ["4218020", "6275", "64128", "2046261", "3340103", "2093709", "2043188", "2068955",
                            "4022580", "2007886", "3426152", "3426155", "23714", "3454645", "21676", "3478098",
                            "2147548", "4277755", "4269569", "4269568", "3642040"],
        }, "refined sunflower oil (incl. дезодорированное, вымороженное, high-oleic refined and the Altaria "
           "refined spray); unrefined, oils whose refining is not stated (Аведовъ, Getuva New Way), blends with "
           "olive/almond/wheat-germ/linseed oil, flavoured oils (базилик, чеснок, травы), mustard and olive oil "
           "excluded; «для жарки» is a purpose"),
    ]),
    # fvt15 household chemicals
    ("туалетную бумагу большую пачку 8 рулонов, моющее для посуды подешевле, стиральный порошок для машинки автомат", [
        ("туалетную бумагу большую пачку 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "dry toilet paper in packs of 8 rolls (Soffione Премио, Soffione Премио лаванда, Зева Сирень, Zewa "
           "Deluxe Персик 8 шт); packs of 4/6/12 rolls excluded (the pack count was written), moist toilet "
           "paper, paper towels, tissues excluded"),
        ("моющее для посуды подешевле", {
            "pyaterochka": [],
            "magnit": ["05e81b9637", "0cc102b359", "186ff3d636", "1cd0606d7d", "2d790e73ea", "381aaf5d64",
                       "3dc9a1ed43", "43a0e3032e", "4a060084e4", "4cf63843e3", "4e35e08ada", "514b218200",
                       "551d8403a9", "5fd6de4bb5", "76379a4e64", "7b4b7f0a59", "7c5bd74e06", "7caeebbd02",
                       "8d877b13ce", "963399e98a", "97c928414d", "a401696a68", "a8a6d84ae6", "a9dfde88f9",
                       "b3ebaa28e5", "bbb10983dd", "c4e892e413", "cd27c8307b", "d076c21852", "d0bd1a2d49",
                       "d3ea3a9828", "d458f25c78", "ddcc463812", "df2c291ad1", "e5a0684ec7", "e62ea315f2",
                       "8fa6f85cbf"],
            "dixy": ["2000265727", "2000274013", "2000289255", "2000321808", "2000323096", "2000371202",
                     "2000517533", "2000591971"],
            "perekrestok": ["3984598", "4011474", "4141118"],
        }, "hand dishwashing liquids/gels of any brand (Fairy, AOS, Sorti, Synergetic, Palmia incl. «Сред д/мыт "
           "пос» 0,5 л, Sanita, Biomio, Гарденика, ЗБК, incl. «для детской посуды» and «посуды, овощей, "
           "фруктов»); dishwasher tablets/powder/salt/rinse aid, sponges, floor and universal cleaners "
           "(Mr.Proper, Уникум) excluded; «подешевле» is a wish"),
        ("стиральный порошок для машинки автомат", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "147d8a2d07", "2002145e39", "21dd0bf72c", "240fe4229e", "32662031ca",
                       "3372dfb7f6", "3c569d2305", "4a43abe881", "4d919fe5ff", "6d62d005d5", "8d8c8ce3af",
                       "95636dc9ca", "9570abee2a", "9ec3c6b343", "a728270b73", "cc70715e17", "cf77b09c0c",
                       "d8210473b5", "d8aa9ce5e8", "e045589f41", "e1ac0bab6d", "eda27ccd92", "eee3b0a174",
                       "f400bf3623", "f93558c546"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powders whose title says «автомат» (Ariel, Bimax, Losk, Persil, Sorti, Tide, Дося, Миф, ЗБК "
           "детский); powders whose title does not say автомат (Persil Сенситив/Сов, Sorti Колор, Tide детский "
           "колор, Dosia, Synergetic, Миф Морозная свежесть, ЗБК для белого) excluded although probably "
           "machine-suitable, laundry gels and capsules, dishwasher powders, bleach and cleaning powders "
           "excluded"),
    ]),
    # fvt16 the kids
    ("йогурт для детей, бананчики детям, печенье юбилейное для малого, сок яблочный для ребенка", [
        ("йогурт для детей", {
            "pyaterochka": ["21842"],
            "magnit": ["1000138066", "1000094173", "1000461609", "1000211109", "8000022363", "1000559788",
                       "1000568730", "1059990444", "1000334603", "1000206971", "1000206972", "1000272455"],
            "dixy": ["2000280864", "2000580591"],
            "perekrestok": ["2151254", "3629034", "4356575", "4038857", "4023796", "4341332", "4159721", "4159716"],
        }, "«йогурт для детей» read as children's yoghurt: yoghurts (spoonable or drinking, biojoghurt) of "
           "children's lines — Агуша, Тёма, ФрутоНяня, Растишка, Мама Лама «с 3 лет», СуперКид (a yoghurt line "
           "for children — outside knowledge); adult yoghurts (Чудо, Epica, Teos, Lucky Days…), Биолакт, "
           "biotvorog, Имунеле kids and other cultured drinks, puree and juices excluded"),
        ("бананчики детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Перекрёсток «Бананы Био» and «Бананы красные»); «Бананы для жарки» (plantains — "
           "outside knowledge), dried bananas, sweets and marmalade «Бананы» excluded; «детям» is a purpose"),
        ("печенье юбилейное для малого", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (traditional, молочное, with glaze, овсяное); Останкино «Юбилейная» "
           "sausage and Julius Meinl «Юбилейный» coffee excluded; «для малого» is a purpose"),
        ("сок яблочный для ребенка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "ЦТ0017501", "DI00080427", "2000177649"],
            "perekrestok": ["3646063", "4340742", "4340738", "67047", "3270265"],
        }, "«для ребенка» read as children's juice: single-fruit apple juice sold for children (J7 «для детского "
           "питания», ФрутоНяня яблочный, Сады Придонья «с 4 месяцев»/Kids/«3 месяца+», Волжский Посад «для "
           "детского питания»); ordinary apple juices (Добрый, Рич, Сады Придонья 1 л, Barinoff), mixed "
           "children's juices (яблоко-вишня, яблоко-виноград, яблоко-персик), nectars and Агуша «вода+сок» "
           "excluded"),
    ]),
    # fvt17 table for guests
    ("коньяк ной, вино гранатовое не сладкое, виноград без косточек 1 кг, пахлава к чаю", [
        ("коньяк ной", {
            "pyaterochka": [],
            "magnit": ["0aa1d8edbb", "791193d2ba", "9a3a05cd33"],
            "dixy": [],
            "perekrestok": [],
        }, "Noy Armenian brandy: Магнит НОЙ Подарочный 3-летний 0,5 л, 5-летний 0,5 л and 0,25 л; other Armenian "
           "brandies excluded because a brand was written"),
        ("вино гранатовое не сладкое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pomegranate wine: none in any chain; grape wines, pomegranate juice and Graf Ledoff «Гранат» (a "
           "sweet liqueur) excluded"),
        ("виноград без косточек 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes: Дикси «Виноград Мускат, без косточки»; Перекрёсток grapes whose title does "
           "not say seedless (Artfrut белый, чёрный; Ред Глоб and Тайфи are seeded varieties — outside "
           "knowledge) and dried grapes «без косточек» excluded; «1 кг» is a quantity"),
        ("пахлава к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baklava: none in any chain; lukum, chak-chak and хворост are other oriental sweets and excluded"),
    ]),
    # fvt18 greens by the bunch
    ("петрушка 1 пучок, укроп свежий один пучок, лук зеленый один пучок, тархун свежий пучок", [
        ("петрушка 1 пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley: Дикси «ПЕТРУШКА УПАК 75Г» (a 75 g pack stands for a bunch); dried seasonings and "
           "ketchup «укроп-петрушка» excluded"),
        ("укроп свежий один пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: none; dill-flavoured croutons, cheese, pickles and ketchup excluded"),
        ("лук зеленый один пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green onions: none; Lay's «Молодой зеленый лук» chips and bulb onions excluded"),
        ("тархун свежий пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh tarragon: none; Маркет «Тархун» soda and pickles «с тархуном» excluded"),
    ]),
    # fvt19 oven dinner
    ("кабачков 3 шт, картофеля 5 кг, курицу целиком для духовки", [
        ("кабачков 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh courgettes: none; frozen sliced courgettes (4 СЕЗОНА), кабачковая икра, canned кабачки and "
           "baby puree excluded"),
        ("картофеля 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes (loose, nets, washed, red, white, baby, «для варки», «для жарки», «гигант», «Чик-Чик» "
           "1 кг); sweet potato (батат), boiled peeled potatoes, frozen cut potatoes, chips and ready dishes "
           "excluded; «5 кг» is a quantity"),
        ("курицу целиком для духовки", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА» and the whole spatchcocked «Цыпленок "
           "табака» (СВОЯ охлаждённый, ПЕТРУХА в маринаде — raw whole birds, taken as acceptable for roasting); "
           "chicken parts, duck, smoked/grilled chicken and ready meals excluded"),
    ]),
    # fvt20 coffee and sweets
    ("кофе жокей молотый для турки, рахат-лукум, печенье курабье", [
        ("кофе жокей молотый для турки", {
            "pyaterochka": [],
            "magnit": ["80d20f5714", "3bb33c0c9e", "7d84ba5b6e"],
            "dixy": ["10E0076694"],
            "perekrestok": ["29278"],
        }, "Жокей ground coffee: Италиано молотый, Традиционный молотый, По-восточному (Магнит «По-восточному, "
           "Арабика, 250г» without «молотый» taken as the same ground product sold by Дикси/Перекрёсток — "
           "outside knowledge); «для турки» taken as ground coffee (grind not stated); Жокей beans, instant "
           "(Триумф), 3в1 and the flavoured «Ирландские сливки» (form not stated) excluded"),
        ("рахат-лукум", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4281441", "4317487"],
        }, "lukum/rahat-lukum of any flavour: Перекрёсток «Лукум Восточный Шарм гранатовый с барбарисом» and "
           "«Рахат-лукум Азовская КФ с клюквой и кешью»; other oriental sweets excluded"),
        ("печенье курабье", {
            "pyaterochka": ["3281716"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kurabye cookies: Пятёрочка «ПЕЧЕНЬЕ КУРАБЬЕ, ШАРЛИЗ»; other shortbread cookies excluded"),
    ]),
    # fvt21 khash morning
    ("говяжьи ножки на хаш, чеснока головки 3 шт, лаваш сухой, водки бутылку", [
        ("говяжьи ножки на хаш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef feet/shanks for khash: no beef offal or feet in any chain"),
        ("чеснока головки 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic bulbs (loose, «в упаковке 1 шт», Фермерский отборный 1 шт and 150 г, «ранний»); peeled "
           "cloves «зубчиками», grated, crushed, dried, smoked, salted garlic and garlic-flavoured goods "
           "excluded; «3 шт» is a quantity"),
        ("лаваш сухой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried lavash (for khash): none; the fresh thin lavash of Перекрёсток excluded because «сухой» was "
           "written"),
        ("водки бутылку", {
            "pyaterochka": [],
            "magnit": ["090152c9de", "14a1b27e63", "1636091191", "1ecbe55218", "32795289f4", "36a3390683",
                       "3efd9c7544", "44eddf9c93", "483a8735b1", "534137b00f", "5566ab37c4", "56c2c0738a",
                       "5a09151d49", "5d4a3d8744", "73f83e02e5", "9a3d8b810b", "9b40ea11bf", "a773f41952",
                       "b96abc4aba", "c9634f2599", "d53928992f", "eafc6715dd", "ec5692e08e", "f8bb91864d",
                       "f98a033259"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka of any brand and bottle size (incl. «особая» without a flavour: Baikal Стронг, "
           "Архангельская Хлебная, Бульбашъ); flavoured vodkas (можжевельник, кедровая, lemon, клюква), Кизлярка "
           "«виноградная» (grape spirit), настойки and vodka-based cocktails excluded"),
    ]),
    # fvt22 dairy
    ("сметана 20% к долме, творог 9% полкило, адыгейский сыр на завтрак", [
        ("сметана 20% к долме", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream labelled 20% of any brand/size; 15%, 25%, «сметанный продукт», Пятёрочка РостАгроЭкспорт "
           "«пикантная с чесноком 15%» and Lay's «Сметана и зелень» excluded; «к долме» is a purpose"),
        ("творог 9% полкило", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486",
                       "8000055235", "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese labelled 9% (incl. рассыпчатый, пластовой, Никон «Домашний», Зелёная Линия "
           "«Зернышко 9%»); 5%, 0%, Агуша 3.9% children's curd, curd desserts and сырки excluded; «полкило» is a "
           "quantity"),
        ("адыгейский сыр на завтрак", {
            "pyaterochka": [],
            "magnit": ["1000464833", "1899800173", "de08dbdc63"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any brand/size (Гиагинский 100 г and by weight, Предгорье Кавказа by weight and 110 "
           "г, Зелёная Линия «Адыгейский мягкий»); Adyghe salt excluded; «на завтрак» is a purpose"),
    ]),
    # fvt23 baking gata
    ("мука в/с 2 кг, дрожжей сухих пакетик, маслице топленое, ванилина пару пакетиков", [
        ("мука в/с 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765",
                            "3626914", "2107396", "2112692"],
        }, "wheat flour высшего сорта in 2 kg packs (в/с = высший сорт; «2 кг» names the usual pack size and is "
           "respected, as «сахар 1кг» in fresh_basket_eval_g); 1 kg packs, сорт «экстра», flours whose grade is "
           "not stated (Магнит Пышечка and Старооскольская 2 кг, Дикси «хлебопекарная, 2 кг», Старооскольская, "
           "Тихорецкая особая), whole-grain, rye, rice, corn and other flours excluded"),
        ("дрожжей сухих пакетик", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast sachets: Саф-Момент 11 г (Магнит title omits «сухие»; Саф-Момент is instant dry yeast — "
           "outside knowledge); Магнит «ДРОЖЖИ ПРЕССОВАННЫЕ Люкс Экстра» and Дикси «Люкс Экстра сухие … "
           "прессованные, 100 г» (the same pressed fresh yeast; the Дикси title is self-contradictory) excluded"),
        ("маслице топленое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202027"],
        }, "ghee/clarified butter: Перекрёсток «Масло Гхи топлёное 99% Зелёная Линия»; Магнит «Смесь топленая "
           "ХОЗЯЮШКА 99,7%» (a blend with vegetable fat, not butter), baked milk and other «топлёное» goods "
           "excluded"),
        ("ванилина пару пакетиков", {
            "pyaterochka": [],
            "magnit": ["029c368571"],
            "dixy": [],
            "perekrestok": [],
        }, "vanillin: Магнит «Ванилин ХААС, 1,5г»; vanilla sugar (Dr.Bakers «Сахар ванильный»), vanilla ice "
           "cream and сырки «с ванилином» excluded; «пару пакетиков» is a quantity"),
    ]),
    # fvt24 rack of lamb dinner
    ("каре ягненка, розмарин сушеный, вино красное сухое армянское", [
        ("каре ягненка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rack of lamb: no raw lamb in any chain; pet food with lamb and beef-lamb kebabchichi excluded"),
        ("розмарин сушеный", {
            "pyaterochka": [],
            "magnit": ["2c6456acd6"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (the blind «розмарин веточки» was empty in all four stores, as was the whole list): "
           "dried rosemary — Магнит «Розмарин КОТАНИ, Нарезанный, 15г»; crackers and bread with rosemary "
           "excluded"),
        ("вино красное сухое армянское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Armenian dry red wine: no Armenian wine in any chain; red dry wines of other countries excluded (the "
           "origin was written)"),
    ]),
    # fvt25 tea and compote
    ("смесь сухофруктов для компота, черный чай листовой, сахар рафинад пачка кило, варенье кизиловое", [
        ("смесь сухофруктов для компота", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a dried-fruit mix for compote: none; nut-and-dried-fruit snack mixes (Натурфудс, Маркет), mixed "
           "dried grapes, узвар (a ready drink) and children's компот drink excluded"),
        ("черный чай листовой", {
            "pyaterochka": ["3380940", "3380950", "55923", "2049940"],
            "magnit": ["cbfbcf3730", "4720a7f85f", "65054e7b15", "e5f644b54b", "d7f2406271", "d19e923d5f",
                       "d35e2f82d3", "03fb2db2be", "a510289c84", "fdaeb671e9", "278651b790", "8cdd8e4398",
                       "bdf50ca6e6", "6e48f23b2b", "c8696b4f23", "6cfa07362e", "fe3343d282", "913e5216b1",
                       "f2c67c596a", "f619b0597f"],
            "dixy": ["2000203431", "2000361849", "DI00080603"],
            "perekrestok": ["3605415", "3636930", "3440336", "3506750", "3439925", "4131561", "2049940"],
        }, "plain black loose tea in weight packs (ceylon, assam, kenya, english breakfast, pekoe, Азерчай "
           "Букет/Ленкорань, Майский Корона; the leaf form is taken from the loose pack where the title does not "
           "say листовой); tea bags and pyramids, flavoured black teas (bergamot/Earl Grey, thyme, berries, "
           "fruit pieces, Richman Orange Pekoe — Перекрёсток's title of the same product says «с ароматом "
           "бергамота»), green, herbal, Иван-чай and iced teas excluded"),
        ("сахар рафинад пачка кило", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white refined cube sugar in 1 kg packs («пачка кило» names the pack): Магнит Русский прессованный 1 "
           "кг, Дикси Русский сахар прессованный 1 кг and «Сахар прессованный, 1 кг», Перекрёсток Русский Сахар "
           "кусковой 1 кг; 250/500 g packs, cane (нерафинированный) cubes and granulated sugar (incl. Чайкофский "
           "«Рафинированный» 900 г, which is granulated) excluded"),
        ("варенье кизиловое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4304134"],
        }, "cornelian-cherry jam: Перекрёсток «Варенье из кизила Маркет»; the Мёда арбуз-кизил soda excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft, in order (each list follows a line "=== fvtNN ===")."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("#") and cur is None:
                continue
            if re.fullmatch(r"=== fvt\d\d ===", line):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    errors = []
    if digest != BLIND_SHA256:
        errors.append("blind draft changed: sha256 %s != %s" % (digest, BLIND_SHA256))
    blind = read_blind(BLIND)
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, (text, _) in enumerate(LISTS, 1):
        rid = "fvt%02d" % n
        if n > len(blind):
            break
        want = blind[n - 1]
        if rid in REPLACED:
            old, new, _why = REPLACED[rid]
            if want.count(old) != 1:
                errors.append("%s: replaced item %r not found once in the blind text" % (rid, old))
            want = want.replace(old, new)
        if text != want:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, want))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvt"))
