#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vm.jsonl -- shopping lists of a young couple who moved from Belarus to a Russian city
(Belarusian brands and words: Савушкин, Брест-Литовск, Бабушкина крынка, Коммунарка, Рогачёв, Лидское, Аливария, Белита,
драники, клецки, колдуны, мачанка, холодник, бульба, цыбуля, морква, кроп, часнок, бурак) plus ordinary groceries,
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vm.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a couple would type them to a Telegram bot, and for every
item the product ids of every store that a reasonable shopper who wrote exactly that item would accept (in-stock
offers only). The lists were written before any offer was read and saved, read-only, as
fresh_basket_eval_vm.blind_lists.txt; this script first checks the sha256 of that draft and that every list text here
equals it (apart from the items in REPLACED, which is empty: no item was replaced). Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read
one by one, and every item was re-checked by listing all in-stock titles matching its stem that were not accepted; the
note of each item records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge. An empty list means the store has nothing acceptable (the item is "missing" there). The labels were made
without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) then checks the data -- every id exists in real_offers.jsonl *for that
store* and is in stock, no id is repeated within an item, every item has a note, and the labels are exactly the list's
items in order (an item is the text between commas / new lines) -- and writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvm01, fvm02, ... in LISTS order; every
list is in split "fresh".
"""
import hashlib
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vm.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vm.blind_lists.txt")
# sha256 of the blind draft, recorded when it was saved (read-only) before any offer was read
BLIND_SHA256 = "1eee8608ef6422fee1a1a04d5287b3c316abb9c82828833bceaa8f19525d8afe"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: [(item as in the blind draft, replacement item), ...]}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvm01 Савушкин dairy run
    ("творог савушкин 5% 2 пачки, сметанку 20% баночку, молочко 3.2 подешевле", [
        ("творог савушкин 5% 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain cottage cheese of Савушкин (incl. its brand Брест-Литовск) with exactly 5% fat: none in stock. "
           "Пятёрочка «САВ.ПР.Творог 101 ЗЕРНО+СЛ.5%» черника/клубника are flavoured grained curd in cream "
           "(excluded, as «зерненый в сливках» in set zh); Савушкин «Паста творожная» 3.5% and Дикси «Творог "
           "Брест-Литовск Клинок 3%» fail the fat; 5% cottage cheese of other brands (Село Зелёное, Молочный "
           "знак) fails the brand; «2 пачки» is a quantity"),
        ("сметанку 20% баночку", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "4314537", "3444929", "4262694", "3634033", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% of any brand, incl. the lactose-free Parmalat Comfort 20% and "
           "Брест-Литовск 20%; 15/25/30% and 10% термостатная, «соус сметанный», chips/croutons «со вкусом "
           "сметаны» excluded; «баночку» is a quantity (all sour creams are sold in tubs). Магнит has only 15% "
           "sour cream"),
        ("молочко 3.2 подешевле", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised, incl. children's Агуша «от 3л» "
           "and Сарафаново детское, as in real_basket_eval); топлёное 3.2% (Простоквашино, Домик в деревне), "
           "ranges 3.2-4 / 3.2-4.5 / 3.2-6 (Дикси Романов луг, Правильное Молоко, Из Вологды), oat drink NEMOL "
           "3.2%, milkshakes excluded; Перекрёсток «Молоко ультрапастеризованное М 3.2%» accepted (М = "
           "Лианозовское brand, outside knowledge); «подешевле» is a wish, not a filter"),
    ]),
    # fvm02 драники night
    ("драники замороженные 2 пачки\nсметаны 15% к драникам\nшампиньонов на подливку\nлучок репчатый пару штук", [
        ("драники замороженные 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen potato pancakes (драники / деруны / картофельные оладьи): none in the offers. Пятёрочка "
           "«СОЛНЦЕПЕК Оладьи 275г» (wheat pancakes), vareniki «с картофелем», Knorr «Картошка по-деревенски», "
           "potato chips and «Картофель хрустящий» excluded"),
        ("сметаны 15% к драникам", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15%, any brand, incl. the lactose-free Parmalat Comfort 15% and Простоквашино "
           "безлактозная 15% and Брест-Литовск 15%; 10/20/25/30% and sour-cream-flavoured chips/croutons "
           "excluded; «к драникам» is a purpose, not a filter"),
        ("шампиньонов на подливку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280106", "3210027"],
        }, "fresh champignons (Перекрёсток «Шампиньоны Королевские Маркет Collection» 300 g and «Шампиньоны "
           "Маркет Fresh» 400 g); Пятёрочка Bonduelle marinated champignons, oyster mushrooms (вешенки, Магнит "
           "and Перекрёсток), salads «с шампиньонами» and mushroom-filled vareniki excluded; «на подливку» is a "
           "purpose"),
        ("лучок репчатый пару штук", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "fresh bulb onions: Магнит «Лук Светофор (3 шт)», Ялтинский, red репчатый; Перекрёсток Ялтинский "
           "(loose and 350 g), white and red репчатый and «Лук салатный» (sold by kg, taken as a sweet bulb "
           "onion -- outside knowledge); shallots («Лук Шалот»), green onion, herb sets «петрушка-укроп-лук», "
           "FEDERICI «Луковки» (pickled) and herring «с луком» excluded; «пару штук» is a quantity"),
    ]),
    # fvm03 Брест-Литовск breakfast
    ("сыр брест-литовск, масло брест литовск 82.5, черняшки буханку, докторской колбаски граммов 300", [
        ("сыр брест-литовск", {
            "pyaterochka": ["4046889", "3919797", "3670271", "3670270", "3672506"],
            "magnit": ["a75e794e26", "fb96cc90aa"],
            "dixy": [],
            "perekrestok": [],
        }, "every cheese of the Брест-Литовск brand (Пятёрочка российский 50%, классический 200 g and 500 g, "
           "Легкий, Сливочный; Магнит Голландский 45% and «САВУШКИН Сыр Брест-литовс слив 50%»); Савушкин «Сыр "
           "творожный» (a cream cheese of another line) and Дикси «Творог Брест-Литовск» (cottage cheese) "
           "excluded"),
        ("масло брест литовск 82.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Брест-Литовск butter with 82.5% fat: none. Пятёрочка «Масло сливочное, Брест Литовск, 72,5%» fails "
           "the fat; 82.5% butters of other brands (Вкуснотеево, Тысяча озёр, Традиционное) fail the brand"),
        ("черняшки буханку", {
            "pyaterochka": ["3500217", "3480920", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black (rye / rye-wheat) bread loaves: Пятёрочка Коломенское «Хлеб Ржано-пшеничный, Даниловский» and "
           "«Хлеб Даниловский» (taken as the same rye-wheat loaf), Хлебный дом «Хлеб Марьин, заварной» (taken as "
           "a dark scalded rye-wheat bread -- outside knowledge); Ржаной Край «Хлеб зерновой» and «Хреб Ржаной "
           "Край» (type not stated; the brand word does not make it rye bread), «Батон» loaves, хлебцы "
           "«бородинские», rye croutons / гренки, rye flour and sausage «Бородинская» excluded. Магнит, Дикси "
           "and Перекрёсток have no black bread; «черняшка» = colloquial black bread, «буханку» a quantity"),
        ("докторской колбаски граммов 300", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any brand and size (sliced, 100-500 g packs and sold by weight); "
           "«граммов 300» reads as the amount wanted, not a pack size; сардельки / сосиски «Докторские» and the "
           "energy drink «The Doctor» excluded"),
    ]),
    # fvm04 kefir and bananas
    ("кефир бабушкина крынка, ряженочки 4% бутылку, бананов на перекус", [
        ("кефир бабушкина крынка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir of Бабушкина крынка: no kefir of any brand is in the offers (no «кефир» title at all), and no "
           "Бабушкина крынка product; Пятёрочка «Шиповник, Бабушкин Хуторок» and Перекрёсток «Торт Бабушкин "
           "Сметанник» are traps"),
        ("ряженочки 4% бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка with exactly 4% fat: none. Пятёрочка «Ряженка Агуша, клубника, 2,9%» fails fat and is "
           "flavoured; «Варенец термостатный 4%» is a different fermented product; «бутылку» is a quantity"),
        ("бананов на перекус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. Перекрёсток «Бананы мини», «Бананы фасованные» and «Банан Organic Зелёная "
           "Линия»; dried bananas, banana-flavoured yoghurts, purees, smoothies, nectar, candies excluded; «на "
           "перекус» is a purpose"),
    ]),
    # fvm05 chicken soup with клецки
    ("клецки\nкурица на суп\nморквы\nкропу пучок", [
        ("клецки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "клецки (Belarusian dumplings for soup) or similar (галушки, ньокки): none in the offers"),
        ("курица на суп", {
            "pyaterochka": ["2160026", "3364509", "3963723", "4007208"],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["2160041", "2073281", "4328959", "2160026", "3068079", "3153446", "4068157", "4312266",
                            "4214722", "4250498", "4007208", "3692842", "4328962", "2160069", "3658841", "2173555",
                            "4328961", "4306577", "4252168", "4318771"],
        }, "raw chilled chicken, whole or parts (тушка, цыплёнок-бройлер, корнишон, бедро incl. Пятёрочка «Бедро "
           "цыпл-табака», голень, грудка, филе грудки / бедра incl. Пятёрочка «Филе бедра без кожи ЦБ» (ЦБ = "
           "цыплёнок-бройлер; Перекрёсток sells the same id as Петелинка «Филе бедра цыплёнка»), крылья "
           "(Перекрёсток Первая Свежесть «Крылья … локтевая часть»), «Филе цыплёнка малое»); «на суп» is a "
           "purpose, not a filter. Excluded: smoked-boiled «ПАВЛОВСКАЯ КУРОЧКА Голень к/в», Горячая штучка "
           "«Хрустящие Крылышки острые к пиву» (breaded, ready), Перекрёсток grilled / baked fillets «гриль» / "
           "«запеченное» (cooked), Магнит «Голень куриная, в маринаде «Алабама»» (judgement: a barbecue marinade "
           "is not what one buys for soup), купаты, котлеты, наггетсы, «Шарики куриные», canned chicken, pet "
           "food"),
        ("морквы", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Belarusian «морква»): Магнит «Морковь мытая, 1 кг», Перекрёсток «Морковь мытая»; "
           "Korean-style carrot salads, carrot juices / nectars, sauerkraut «с морковью» and baby purees "
           "excluded"),
        ("кропу пучок", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Belarusian «кроп»): Магнит «Укроп, 100 г», Перекрёсток «Укроп зеленый Маркет Fresh»; "
           "dried dill (Восточный гость), mixed herb packs (петрушка-укроп-лук, «Набор зелени») and herring / "
           "cheese «с укропом» excluded; «пучок» is a quantity"),
    ]),
    # fvm06 home-made драники
    ("бульба 5 кг, яйки десяток, муки пшеничной, цыбуля", [
        ("бульба 5 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes (Belarusian «бульба»), any variety and pack: Магнит Новый урожай, для варки 3 kg, для "
           "жарки 3 kg, красный, мытый 2.5 kg; Дикси «Картофель молодой»; Перекрёсток мытый and красный мытый; "
           "«5 кг» reads as the amount wanted, not a pack size. Chips / «Картофель хрустящий», potato starch, "
           "Knorr «Картошка по-деревенски», vareniki and salads with potato excluded"),
        ("яйки десяток", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10 of any category (С1, СО/отборные, Экстра СО, «Деревенское», Зелёная "
           "Линия «активита»); packs of 6 (Волжанин) and 20 (Лето), quail eggs and mayonnaise «на перепелином "
           "яйце» excluded; «яйки» is the Belarusian-flavoured word for eggs"),
        ("муки пшеничной", {
            "pyaterochka": ["3605057", "3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "wheat flour for baking of any grade and size (Рязаночка Экстра, Рязаночка «из цельносмолотого "
           "зерна», Makfa высшего сорта 1 and 2 kg, Перекрёсток «Мука Пшеничная 2кг», Пышечка хлебопекарная); "
           "rye and rice flour, С.Пудовъ «Мука из твердой пшеницы (крупка)» (durum semolina flour for pasta -- "
           "judgement), starch and breading mixes excluded"),
        ("цыбуля", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "«цыбуля» = Belarusian for onion; fresh bulb onions: Магнит «Лук Светофор (3 шт)», Ялтинский, red "
           "репчатый; Перекрёсток Ялтинский (loose and 350 g), white and red репчатый and «Лук салатный» (sold "
           "by kg, taken as a sweet bulb onion -- outside knowledge); shallots («Лук Шалот»), green onion, herb "
           "sets «петрушка-укроп-лук», FEDERICI «Луковки» (pickled) and herring «с луком» excluded"),
    ]),
    # fvm07 сало evening
    ("сальца соленого, часнок, бородинского, огурчиков малосольных", [
        ("сальца соленого", {
            "pyaterochka": ["3628186"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4383346", "4105487", "4313593", "4415868"],
        }, "salted pork fat (сало): Перекрёсток «Сало Белорусское» Маркет (100 g and by weight), Заповедные "
           "«Белорусское» and «Русское солёное»; Пятёрочка Копченов «Сало домашнее, с чесноком» taken as salted "
           "(the title does not say salted or smoked -- judgement, the usual «домашнее сало с чесноком» is "
           "salted). Bacon, грудинка (smoked / cooked, incl. «Лардо»), шпикачки and sausages «со шпиком» "
           "excluded"),
        ("часнок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic (Belarusian «часнок»): Перекрёсток «Чеснок, 3шт»; Перекрёсток ФЭГ «Чеснок белый "
           "солёный» (pickled), Магнит dried granulated garlic, seasonings and garlic-flavoured goods excluded"),
        ("бородинского", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Borodinsky rye bread: none. Пятёрочка «ЩЕДРЫЕ Хлебцы тонкие бородинские» (crispbread), Магнит "
           "«Колбаса Бородинская» and the brand «Мясной дом Бородина» are traps; other dark breads are not "
           "Бородинский"),
        ("огурчиков малосольных", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted (малосольные) cucumbers: none. Fully salted / barrel cucumbers (Глобус "
           "«Старорусские», Магнит Мелень «Муромские» and «Огурцы соленые, Корнишоны», Перекрёсток «солёные "
           "бочковые»), marinated cucumbers and pickles and fresh cucumbers excluded -- малосольные are a "
           "distinct product"),
    ]),
    # fvm08 тушёнка pantry
    ("тушенка белорусская говядина, гречки ядрица пару пачек, рожки макароны", [
        ("тушенка белорусская говядина", {
            "pyaterochka": ["3488763"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef made in Belarus: Пятёрочка «Говядина тушеная, АК СНОВ, 338 г» (Агрокомбинат "
           "«Снов» is a Belarusian producer -- outside knowledge). Stewed beef of Russian producers (Семейный "
           "Бюджет, Великолукский, Барс, Лужская марка, Любимый дом, Магнит «Русь Экстра») fails «белорусская»; "
           "stewed pork, venison, buckwheat porridge with beef excluded"),
        ("гречки ядрица пару пачек", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г» taken as ядрица (the title does not say "
           "ядрица or продел; ordinary buckwheat groats are ядрица -- judgement). Buckwheat flakes (Увелка, "
           "Мистраль), «Рис и греча» mix, soba noodles, baby porridge, buckwheat-with-meat conserves and meal "
           "kits excluded; «пару пачек» is a quantity"),
        ("рожки макароны", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "elbow pasta (рожки): Пятёрочка «Макаронные изделия … Витой рожок» (twisted horns); other shapes "
           "(перья, спирали, улитки, ракушки, спагетти, вермишель, бантики, пружинки, свитки, фарфалле) fail the "
           "written shape; ice cream «в рожке» excluded"),
    ]),
    # fvm09 tea with сгущёнка
    ("рогачевскую сгущенку, печенья овсяного к чаю, черный чай в пакетиках", [
        ("рогачевскую сгущенку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweetened condensed milk of Рогачёв: none. The only Рогачёв condensed milks are boiled (Пятёрочка "
           "«Молоко сгущенное вареное с сахаром «Егорка» Рогачев», Магнит «Молоко сгущеное Рогачев, вареное») -- "
           "варёная сгущёнка is a different product (as in set g); Алексеевское condensed milk fails the brand; "
           "Перекрёсток «Молоко Рогачевъ питьевое» is drinking milk"),
        ("печенья овсяного к чаю", {
            "pyaterochka": ["3995521", "3995522", "3655049", "3639541", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal cookies of any brand and variant (Пятёрочка «Печенье овсяное «Классическое»» plain and with "
           "chocolate pieces, «Печенье овсяное, Юбилейное», «Печенье Миндальное овсяное», Хлебный Спас «Овсяное "
           "«Мультизлаковое»» with apple-cinnamon filling; Магнит Хлебный спас «Овсяное» Злаковое ассорти and "
           "Особое); other cookies, oat flakes / bran, VELLE oat desserts and oat drinks excluded; «к чаю» is a "
           "purpose"),
        ("черный чай в пакетиках", {
            "pyaterochka": ["3470341", "4002510", "3998702", "3378327", "15545", "15492", "3662837", "3469500",
                            "3950803", "3628990", "3620106", "3635756", "3634052", "3378336", "3424384", "3418513",
                            "3499718", "3446638", "3649730", "2070472", "3600100", "3971162", "11200", "3689577"],
            "magnit": ["a37d9d8522", "159991", "112311", "206041", "109361", "199261", "111701"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags, plain (Ceylon, Kenyan, Indian, English breakfast, Azerchay Букет, Принцесса Нури "
           "/ Канди, Краснодарский, Lipton Yellow Label, ШАХ Голд, Saito Asian Ceylon and «Japanese Morning» -- "
           "no flavour stated) or with bergamot (Earl Grey / Lord Grey, Azercay «бергамот»: the classic black "
           "tea). Excluded: loose-leaf tea, green / oolong / herbal / hibiscus teas, black teas flavoured with "
           "fruit, berries or herbs (чабрец, смородина-мята, Spring Melody, mango, quince, rosehip), Tess "
           "«Pleasure» (Магнит «черный» 25 bags: taken as the fruit-flavoured Pleasure, cf. Магнит «Tess "
           "Pleasure, черный, фруктовый» -- outside knowledge), iced-tea drinks"),
    ]),
    # fvm10 pelmeni dinner
    ("пельменей, майонезу провансаль на пельмени, сметана savushkin", [
        ("пельменей", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (incl. Горячая штучка «Бульмени» big pelmeni); хинкали, "
           "vareniki, pelmeni sauces excluded"),
        ("майонезу провансаль на пельмени", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769", "3695167"],
        }, "mayonnaise named Провансаль (Ряба, Слобода, Скит, Махеевъ «с лимонным соком», Я люблю готовить "
           "«Классический провансаль» and «Московский Провансаль», incl. the оливковый Провансаль variants). "
           "Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) accepted: Перекрёсток sells the same id as "
           "«Слобода Провансаль 67%»; Перекрёсток «Я люблю готовить на перепелиных яйцах 67%, 600мл» (3695167) "
           "accepted: Пятёрочка sells the same id as «МОС.ПРОВАНС.Майон.на переп.яйц.» (X5 chains share ids). "
           "Mayonnaises not named Провансаль (Heinz Классический, Mr.Ricco, Слобода «Оливковый», Махеевъ «С "
           "перепелиным яйцом», ЯЛГ «домашний») excluded; «на пельмени» is a purpose"),
        ("сметана savushkin", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4262697", "4262694"],
        }, "sour cream of Савушкин: Перекрёсток «Сметана Брест-Литовск» 15% and 20% accepted (Брест-Литовск is "
           "Савушкин's brand -- Магнит titles its Брест-Литовск cheese «…(Савушкин)»); other sour creams fail "
           "the brand"),
    ]),
    # fvm11 breakfast snacks
    ("сырков глазированных 5 штучек, йогурт teos греческий, мюсли несладкие", [
        ("сырков глазированных 5 штучек", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523", "3636506", "3636507"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks (глазированные сырки / «десерт творожный глазированный») of any brand and "
           "flavour: Б.Ю.Александров «Картошка» in milk chocolate, with pistachios, in white chocolate, "
           "ванильный 5%, «Суфле глазированный»; РАЭ «Десерт твор.гл. … в/рож.» 60 g (vanilla and "
           "vanilla/condensed milk -- «в/рож» is unclear, taken as glazed curd bars, judgement). Excluded: "
           "Свитлогорье «Сырок … творожный, 120 г» (not stated glazed), Б.Ю.Александров «Десерт ЧИЗКЕЙК» (not "
           "stated glazed), glazed zefir, curd pastes; «5 штучек» is a quantity"),
        ("йогурт teos греческий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3601417", "3697856"],
        }, "Teos (Савушкин) Greek yoghurt 2% in 140 g and 250 g; Greek yoghurts of other brands (Neo, "
           "Простоквашино, Зелёная Линия, Viola, unnamed Пятёрочка «Греческий» with fruit filling) fail the "
           "brand"),
        ("мюсли несладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unsweetened muesli: none. No title says без сахара / unsweetened; AXA «медовые» (honey), Kellogg's "
           "with milk chocolate, ОГО «МЮСЛИ зап.» (baked, sweetened), Matti (banana-chocolate, berry and "
           "nut-apple: taken as sweetened crunchy muesli -- outside knowledge) excluded, as are muesli cookies, "
           "yoghurts «с мюсли», oat flakes and cereals"),
    ]),
    # fvm12 холодник
    ("свекла молодая, кефир 2.5% на холодник, огурцов на холодник, яиц, зеленого лучку", [
        ("свекла молодая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "young beetroot (молодая): none. The only beets (Магнит «Свекла мытая, 1 кг», Перекрёсток «Свекла "
           "мытая фасованная») are not sold as young -- the written variety is respected (the chains do label "
           "young vegetables, e.g. Дикси «Картофель молодой»)"),
        ("кефир 2.5% на холодник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 2.5%: no kefir of any brand or fat is in the offers; ряженка, варенец, yoghurt and milk 2.5% "
           "excluded"),
        ("огурцов на холодник", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные and среднеплодные пупырчатые; Перекрёсток Ботаника, «Огурцы "
           "Хрустящие», fresh «Огурцы корнишоны» 300 g); salted / marinated cucumbers, pickles, Магнит «Ассорти "
           "Черри и Корнишоны» (a mixed pack), cucumber juice and cream cheese «с огурцами» excluded; «на "
           "холодник» is a purpose"),
        ("яиц", {
            "pyaterochka": ["3446505", "3341462", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202935", "3062835", "3446505", "3341462", "3062836", "44323", "4068694", "3634491",
                            "3662512"],
        }, "chicken eggs of any category and pack (6, 10, 20); quail eggs, mayonnaise «на перепелином яйце», "
           "Kinder eggs and salads with egg excluded"),
        ("зеленого лучку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "green onion: Перекрёсток «Лук зеленый Маркет Fresh, 100г»; herb mixes containing green onion "
           "(«Ассорти петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка»), bulb onions, onion-flavoured "
           "chips and cream cheese excluded"),
    ]),
    # fvm13 мачанка
    ("ребрышки свиные на мачанку, колбаски для жарки, муки, сметанки 20", [
        ("ребрышки свиные на мачанку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork ribs: none in the offers (other pork cuts -- корейка на кости, грудинка, шейка, рулька -- are "
           "not ribs); «на мачанку» is a purpose"),
        ("колбаски для жарки", {
            "pyaterochka": ["3492564", "3651808"],
            "magnit": ["199531"],
            "dixy": ["4792481012"],
            "perekrestok": [],
        }, "raw sausages for frying: купаты (Магнит «Купаты куриные», Дикси «Купаты Ямское подворье "
           "охлажденные») and raw чевапчичи (Мираторг beef, Ближние Горки pork); cooked шпикачки / сосиски / "
           "сардельки, smoked snack sausages (Черкизово «Колбаски Снек», МясоТакМясо «Кнуты») and boiled "
           "sausages excluded"),
        ("муки", {
            "pyaterochka": ["3605057", "3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "«мука» alone = ordinary wheat flour; wheat flour for baking of any grade and size (Рязаночка Экстра, "
           "Рязаночка «из цельносмолотого зерна», Makfa высшего сорта 1 and 2 kg, Перекрёсток «Мука Пшеничная "
           "2кг», Пышечка хлебопекарная); rye and rice flour, С.Пудовъ «Мука из твердой пшеницы (крупка)» (durum "
           "semolina flour for pasta -- judgement), starch and breading mixes excluded"),
        ("сметанки 20", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "4314537", "3444929", "4262694", "3634033", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% (as «сметанку 20% баночку» in fvm01): Пятёрочка Домик в деревне 20%, "
           "Перекрёсток 20% of all brands incl. Parmalat Comfort безлактозная and Брест-Литовск; other fats and "
           "sour-cream-flavoured snacks excluded"),
    ]),
    # fvm14 sweets from home
    ("шоколад коммунарка, белого зефира, пастилу", [
        ("шоколад коммунарка", {
            "pyaterochka": ["3624516", "3608921"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Коммунарка chocolate bars of any variant (горький с апельсином, трюфельный); Коммунарка cocoa powder "
           "and chocolates of other brands excluded"),
        ("белого зефира", {
            "pyaterochka": ["3489477"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white unglazed zefir: Пятёрочка Белёвская пастильная мануфактура «Зефир Белевский Антоновский» "
           "(white apple zefir -- outside knowledge). Excluded: zefir in chocolate glaze (Шарлиз, 1 kg "
           "ванильный, Белёвский «с ароматом ванили гл.», Вдохновение), coloured / flavoured zefir "
           "(черносмородиновый, клубника, абрикос-манго), Белёвский «Зефирное детство» (colour not stated), LOVE "
           "IS «воздушный зефир для десертов» (marshmallows), pastila and marmalade"),
        ("пастилу", {
            "pyaterochka": ["4049946", "4086820", "4086821"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pastila of any flavour (Белёвская классическая без сахара, с кедровым орехом, с корицей); Магнит "
           "«БЕЛЕВСКАЯ ПАСТИЛА Мармелад Ассорти» (marmalade of the brand), zefir and a donut «с посыпкой из "
           "пастилы» excluded"),
    ]),
    # fvm15 beer with friends
    ("пиво лидское 2 бутылки, аливария светлое, семечек, ржаные сухарики", [
        ("пиво лидское 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Лидское beer (Belarus): none in the offers; beers of other brands fail the brand; «2 бутылки» is a "
           "quantity"),
        ("аливария светлое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Аливария light beer (Belarus): none in the offers; light beers of other brands fail the brand"),
        ("семечек", {
            "pyaterochka": ["3135484", "3453003", "3695680", "3403508", "3630849", "3613320"],
            "magnit": ["2cc5876614", "1000229533", "104971"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted sunflower seeds of any brand, salted or not, incl. Богучарские «очищенные» (shelled); "
           "pumpkin seeds (Бабкины тыквенные, От Мартина тыквы), halva «подсолнечная» and sunflower oil excluded "
           "-- «семечки» alone means sunflower seeds"),
        ("ржаные сухарики", {
            "pyaterochka": ["3611032"],
            "magnit": ["38f3e441a4", "4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4300171", "4383071", "4192519",
                            "3916635", "4301063", "4300950", "2063964", "63021", "2063961", "3911761", "3427611",
                            "3492417", "3492421", "3611033", "3014253", "3611032"],
        }, "rye croutons of any flavour, сухарики or гренки, titled ржаные / «рж» or ржано-пшеничные (taken as "
           "rye croutons); Кириешки (Магнит, rye croutons -- outside knowledge), Перекрёсток «Три корочки со "
           "вкусом сёмга с сыром + соус тартар» (the brand's titles elsewhere say ржаные) and Перекрёсток "
           "«Сухарики-гренки Три Семёрки со вкусом чеснока» (same id as Пятёрочка «ржано-пшеничные») accepted. "
           "Excluded: baguette / wheat croutons (Хрусteam Багет, ХРУСТИМ Багет), croutons whose bread is not "
           "stated (Фишка, Хрусteam, Хруст, Волнистые, Богатырские традиции), Крутец «пшеничные с шашлыком - "
           "ржаные с томат» (mixed wheat/rye pack, judgement), Finn Crisp crispbread «Сухарики», soups «с "
           "сухариками»"),
    ]),
    # fvm16 crab salad
    ("крабовые палочки santa bremor, банку кукурузы консервированной, майонезику, рису", [
        ("крабовые палочки santa bremor", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Santa Bremor crab sticks: none. Crab sticks / crab meat of other brands (Vici, Русское море, "
           "Меридиан, Люди Любят) fail the brand; Santa Bremor capelin roe, tuna paste and herring / trout are "
           "other products"),
        ("банку кукурузы консервированной", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet corn kernels of any brand and size (Heinz, Bonduelle/Бондюэль, Globus, 6 соток, Знак "
           "Заботы, Юнона, Пятёрочка vacuum-packed «Молодая» and «молочная кукуруза без сахара»); Перекрёсток "
           "«Кукуруза молодая в початках» (jarred baby corn cobs -- not the kernels for a salad, judgement), "
           "corn flakes, sticks, starch, oil and popcorn excluded; «банку» is a quantity"),
        ("майонезику", {
            "pyaterochka": ["3640161", "3695167", "3982578", "3425670", "4002440", "3163111", "3355228", "3193489",
                            "3355242"],
            "magnit": ["204681", "104941"],
            "dixy": [],
            "perekrestok": ["4284062", "3425669", "4352557", "2047206", "4312243", "4233420", "3467275", "3674577",
                            "3193489", "4412152", "2108609", "3163111", "3495835", "4199312", "4112954", "4297313",
                            "4105769", "3695167"],
        }, "mayonnaise of any brand, fat and pack (Провансаль, оливковый, классический, на перепелином яйце, с "
           "маслом авокадо, «домашний» 55%); mayonnaise-based sauces (Махеевъ «Соус ЦЕЗАРЬ майонезный», Calve "
           "sauces) excluded"),
        ("рису", {
            "pyaterochka": ["2167599", "3992161", "3483037", "39747", "5722", "3413111"],
            "magnit": ["7936bf2f6b", "199371", "106641", "448fba0b94", "106651", "106021"],
            "dixy": [],
            "perekrestok": [],
        }, "plain rice groats of any kind (round, long-grain, basmati, jasmine, for plov, brown); rice mixes "
           "(Мистраль «Акватика MIX», PROSTO «Рис и греча»), Увелка «Девзира с зирой» (seasoned), rice flour, "
           "flakes, crispbread, rice balls and porridge excluded"),
    ]),
    # fvm17 sandwiches
    ("масло савушкин 82%, сыра гауда, салями, нарезного батона", [
        ("масло савушкин 82%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Савушкин butter with 82% (82.5%) fat: none. Its only butter in the offers, Пятёрочка «Масло "
           "сливочное, Брест Литовск, 72,5%», fails the fat; 82-82.5% butters of other brands (Простоквашино, "
           "Президент, Вкуснотеево, Тысяча озёр) fail the brand"),
        ("сыра гауда", {
            "pyaterochka": ["3926818"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gouda cheese: Пятёрочка LIEBENDORF «Сыр Гауда 45% 1кг»; Laime «Ассорти … «Гауда» и «Тильзитер»» "
           "(half Tilsiter -- judgement) and other semi-hard cheeses (Голландский, Эдам, Маасдам, Российский) "
           "excluded"),
        ("салями", {
            "pyaterochka": ["3345854", "3620876", "3460891", "4045569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4263500", "4263497", "4425557", "4397813", "4273259", "3345854", "3140747"],
        }, "sausages named салями (Клинский мини-салями and Венская, Егорьевский «Салями Парма», Черкизово "
           "«Салями Астория», Solemici salami incl. Strolgino di Culatello, Маркет «Пражская салями» and "
           "«Палермо-Салями Монреаль-Флоренция» assortment, Рублевский «Салями Лучеза», Останкино "
           "«Итальянская»); сервелат, other сырокопчёные sausages not called салями (Миланская, Сальчичон, "
           "Брауншвейгская) and processed cheese «с колбасой Салями» excluded"),
        ("нарезного батона", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "sliced white loaf «Батон нарезной»: Пятёрочка Хлебный Дом «Батон «Звездный» нар[езной]», Перекрёсток "
           "«Батон Нарезной нарезка Маркет»; bars «батончик», crispbread and other breads excluded"),
    ]),
    # fvm18 syrniki breakfast
    ("творожную массу с изюмом, замороженные сырники, вишневое варенье", [
        ("творожную массу с изюмом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweet curd mass with raisins: none. Даниссимо / Данон «Продукт творожный» with fruit, glazed curd "
           "snacks, raisin buns and Перекрёсток «Сырники с изюмом» are other products"),
        ("замороженные сырники", {
            "pyaterochka": ["3656807"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen syrniki: Пятёрочка «ОТ ИЛЬИНОЙ Сырники ПО-ДОМАШ. п/ф зам. 260г»; Перекрёсток Select «Сырники "
           "жареные» / «Сырники с изюмом» and Зелёная Линия «Сырники творожные 5%» are chilled ready-to-eat "
           "syrniki (not frozen, judgement from the ready-meal categories), excluded"),
        ("вишневое варенье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cherry varenye: none. Other varenye (белая черешня, грецкие орехи, черничное, клубничное, "
           "малиновое), jams (варенье ≠ джем, set d) and cherry-flavoured goods excluded"),
    ]),
    # fvm19 селёдка под шубой
    ("бурак, селедочка филе, майонез какой самый дешевый, яиц 10 штук, моркву", [
        ("бурак", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Belarusian «бурак»): Магнит «Свекла мытая, 1 кг», Перекрёсток «Свекла мытая "
           "фасованная»; beet salads, vegetable juices with beet excluded"),
        ("селедочка филе", {
            "pyaterochka": ["3637884", "4043492", "3401016", "3497722", "3603143", "3603144", "3682728", "3626055"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "79544", "4360965",
                            "4364450", "4034451", "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "salted herring fillet / fillet pieces in oil, brine or spiced brine, incl. with dill, onion or smoke "
           "aroma (Матиас, Санта Бремор «Матиас XXL», Русское море, Балтийский берег, Vici, Меридиан, Смоленская "
           "коллекция, Атлантика, Люди Любят); Тесей «Сельдь Царская» в масле / с укропом taken as fillet pieces "
           "(the «Царская» herring is sold as fillet pieces, cf. Люди Любят). Excluded: whole herring (Fish "
           "House спец. посола 1 kg, Русское Море «атлантическая» 400 g), Магнит «Сельдь тихоокеанская, 245 г» "
           "(canned), fillets in wine marinades (Меридиан, Русское Море «Исландка») and sweet «По-шведски» / «в "
           "с.вик.» sauces (judgement), иваси, herring roe, salad «Сельдь под шубой»"),
        ("майонез какой самый дешевый", {
            "pyaterochka": ["3640161", "3695167", "3982578", "3425670", "4002440", "3163111", "3355228", "3193489",
                            "3355242"],
            "magnit": ["204681", "104941"],
            "dixy": [],
            "perekrestok": ["4284062", "3425669", "4352557", "2047206", "4312243", "4233420", "3467275", "3674577",
                            "3193489", "4412152", "2108609", "3163111", "3495835", "4199312", "4112954", "4297313",
                            "4105769", "3695167"],
        }, "mayonnaise of any brand, fat and pack (Провансаль, оливковый, классический, на перепелином яйце, с "
           "маслом авокадо, «домашний» 55%); mayonnaise-based sauces (Махеевъ «Соус ЦЕЗАРЬ майонезный», Calve "
           "sauces) excluded; «какой самый дешевый» is a wish, not a filter"),
        ("яиц 10 штук", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10 of any category (С1, СО/отборные, Экстра СО, «Деревенское», Зелёная "
           "Линия «активита»); packs of 6 (Волжанин) and 20 (Лето), quail eggs and mayonnaise «на перепелином "
           "яйце» excluded; «10 штук» names the pack, like «десяток»"),
        ("моркву", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots: Магнит «Морковь мытая, 1 кг», Перекрёсток «Морковь мытая»; Korean carrot salads, "
           "juices, baby purees excluded"),
    ]),
    # fvm20 the baby
    ("пюрешку фрутоняня яблоко, кашка безмолочная, подгузники размер 4, влажных салфеток пару пачек", [
        ("пюрешку фрутоняня яблоко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня apple puree (apple only): none. ФрутоНяня purees of apple with banana/pear and biscuit or "
           "with raspberry and cream (mixed fruit), «Кусочки фр. из ябл.» (dried apple pieces), ФрутоНяня nectar "
           "/ juice and Агуша apple purees excluded"),
        ("кашка безмолочная", {
            "pyaterochka": ["3415416"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry dairy-free baby porridge: Пятёрочка «NESTLE Каша ГРЕЧНЕВАЯ сухая безмол.»; milk porridges "
           "(Nestlé, Heinz, Тема, ФрутоНяня «с мол.»), ФрутоНяня «Каша мультизлак. ябл/бан/земл.» (milk or not "
           "not stated), adult oat / semolina porridge excluded"),
        ("подгузники размер 4", {
            "pyaterochka": [],
            "magnit": ["160221"],
            "dixy": [],
            "perekrestok": ["4295222"],
        }, "taped diapers of size 4 (Magnit Huggies Ultra Comfort 4 (8-14 кг), Перекрёсток Kokoro Maxi р.4 "
           "9-14кг); pants diapers (трусики-подгузники / подгузники-трусики: Huggies р4, Pampers Premium Care "
           "Pants р4, Pampers Pants Maxi, Kokoro Maxi р.4 pants) excluded as a different form (judgement), other "
           "sizes excluded"),
        ("влажных салфеток пару пачек", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (Tolli Plus, SALFETI and Home Story antibacterial / antiseptic, Пр!ст "
           "cosmetic, Kokoro for newborns); paper napkins, paper towels and panty liners «салфетки» excluded; "
           "«пару пачек» is a quantity"),
    ]),
    # fvm21 the cat
    ("сухой корм коту\nнаполнителя древесного\nпаучи вискас", [
        ("сухой корм коту", {
            "pyaterochka": ["3691531", "3455947"],
            "magnit": ["baa5749d3a", "854cad46ea", "2871c38926", "c42755d5d4"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for adult cats: Magnit Perfect Fit dry (для домашних, стерилизованных, чувствительное "
           "пищеварение) and Darling dry 1.75 kg; Пятёрочка «Корм для кошек Purina One, индейка, 1,5 кг» (taken "
           "as dry, as in set zh) and «PUR.ONE Корм сух. кур/цел. злак. 750г» (the Purina One cat line «курица и "
           "цельные злаки» -- the title does not say for cats, outside knowledge). Wet food, kitten food, treats "
           "(Dreamies) and dog food (Purina One мини, Pedigree) excluded"),
        ("наполнителя древесного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood cat litter: no cat litter of any kind is in the offers («наполнитель» occurs only in ice cream "
           "and yoghurt titles)"),
        ("паучи вискас", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["205991", "109231"],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas wet food pouches for adult cats (85 g in sauce / jelly / «мини-филе»; the Пятёрочка «Корм "
           "консервированный … Whiskas … 85г» are the 85 g pouches -- outside knowledge); Whiskas for kittens "
           "(Магнит «Корм для котят Whiskas, курица», two ids) and other brands' pouches excluded"),
    ]),
    # fvm22 household
    ("шампунь белита, порошка стирального автомат, губок для посуды упаковочку, туалетной бумаги упаковку 8 рулонов", [
        ("шампунь белита", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Белита (Белита-Витэкс, Belarus) shampoo: none in the offers; shampoos of other brands fail the brand"),
        ("порошка стирального автомат", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528", "2161508",
                            "3023899", "2070686", "2155021"],
            "magnit": ["262159b924", "168231", "111621", "105881", "105891", "198901", "106541", "105941", "167921",
                       "1000286457", "50ee5ea8b5"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder for automatic machines, any brand and size: titles saying авт./автомат accepted, and "
           "powders whose title does not state the machine type (Ariel «СМС … пор. 3кг», Persil 3 kg and Магнит "
           "1.5 kg, Bimax 3 kg, Биолан Color, BIOMIO, Лоск 2.7 kg, Tide Lenor Color 2.5 kg) taken as machine "
           "powders (these brands' packs are sold for automatic machines; no hand-wash powder is in the offers "
           "-- judgement). Gels, liquids, capsules, conditioners and cleaning powders (Comet, Пемолюкс) excluded"),
        ("губок для посуды упаковочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges: none in the offers (no «губк» / «губоч» title)"),
        ("туалетной бумаги упаковку 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls (Papia White De Luxe, Papia 3 слоя, Zewa Deluxe, Zewa Just 1); "
           "packs of 4 and 12 rolls (Zewa Just 1 4 рул, Zewa Plus / Familia Plus 12 рулонов incl. Магнит's), "
           "moist toilet paper and paper napkins excluded"),
    ]),
    # fvm23 coffee corner
    ("молотый кофе, сливок 10%, сахару 1 кг, корицу", [
        ("молотый кофе", {
            "pyaterochka": ["3683616", "3689956", "7765", "72110", "2100058", "3980976", "3452816", "3046297",
                            "3395340", "3395339", "3607723", "3607740", "3664256", "2147888", "3353391", "46293",
                            "4034432", "3900893"],
            "magnit": ["159961", "111661", "14d2756c10"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted ground coffee of any brand and pack (incl. «для заваривания в чашке», Жокей «Ирландские "
           "сливки» flavoured ground coffee and an unbranded «кофе натуральный жареный молотый»). Excluded: "
           "beans (зерн./зер.), instant coffee incl. «растворимый с добавлением молотого» / «молотый в "
           "растворимом», MONARCH Lungo «молотый 52г 10шт» (capsules, judgement), Магнит «Московская Кофейня на "
           "паяхъ, Коломбо, 95 г» (type not stated, 95 g = instant jar size, judgement), ready coffee drinks"),
        ("сливок 10%", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking / cooking cream of exactly 10% (Сарафаново children's cream 10%, Домик в деревне 10% 950 g, "
           "Молочный знак 10%); Parmalat Comfort 11%, 20% and 33% creams, creamers «Сопьо Крима» / «Mr. Сливкин» "
           "and Baileys excluded"),
        ("сахару 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar in a 1 kg pack: none. Магнит «РУССКИЙ Сахар белый прессованный 1кг» (sugar "
           "cubes -- a different form, judgement) and Пятёрочка cane sugar «Демерара» 500 g excluded"),
        ("корицу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ground / stick cinnamon: none; only goods flavoured «с корицей» (pastila, cookies, tea, cereals, "
           "drinks), excluded"),
    ]),
    # fvm24 a plate of cold cuts and vegetables
    ("полендвица, моцареллы шарик, помидорчиков грамм 500, пару огурчиков", [
        ("полендвица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "полендвица (Belarusian cured pork loin): none. Smoked-boiled карбонад / корейка / шейка, balyk "
           "sausages, Panchetta and raw pork loin are different products"),
        ("моцареллы шарик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["15105", "3025963", "4263132", "3432218", "3480834", "4418717"],
        }, "a mozzarella ball (soft mozzarella in brine): Galbani Моцарелла 125 g and «макси» 250 g, Unagrande "
           "«Фиор ди латте в воде», Bonfesto «1 шарик»; Перекрёсток «Сыр мягкий Моцарелла 45% Маркет» 130 g and "
           "Bonfesto «Моцарелла мягкий 30%» 250 g taken as balls (soft mozzarella, form not stated -- "
           "judgement). Excluded: mini balls / чильеджина (many small balls), sticks, grated, for pizza "
           "(Пятёрочка «Моцарелла Пицца», Маркет «для пиццы»), for sandwiches, protein portions, processed "
           "«Моцарелла» slices, burrata"),
        ("помидорчиков грамм 500", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry (as in real_basket_eval): Магнит Черри «Дольче Вита», черри, "
           "сливовидные черри, коктейльные, на ветке, розовые, сливовидные, «Томаты 600 г»; Перекрёсток Дагестан "
           "розовый, Flamenco, Бакинские, Медовые черри, черри на ветке. Магнит «Ассорти Черри и Корнишоны» "
           "(mixed pack), tomato juice / paste / sauce, marinated, salted and sun-dried tomatoes excluded; "
           "«грамм 500» is the amount wanted"),
        ("пару огурчиков", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные and среднеплодные пупырчатые; Перекрёсток Ботаника, «Огурцы "
           "Хрустящие», fresh «Огурцы корнишоны» 300 g); salted / marinated cucumbers, pickles, Магнит «Ассорти "
           "Черри и Корнишоны» (a mixed pack), cucumber juice and cream cheese «с огурцами» excluded; «пару» is "
           "a quantity"),
    ]),
    # fvm25 колдуны
    ("колдуны замороженные, сметана здравушка 25%, зелени", [
        ("колдуны замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen колдуны (potato pancakes stuffed with meat): none; no potato pancakes of any kind are in the "
           "offers; pelmeni, vareniki with potato and «Котлеты Белорусские» excluded"),
        ("сметана здравушка 25%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sour cream of Здравушка (Бабушкина крынка brand) 25%: none; Перекрёсток «Сметана Домик в деревне "
           "25%» fails the brand"),
        ("зелени", {
            "pyaterochka": [],
            "magnit": ["200411", "109841"],
            "dixy": [],
            "perekrestok": ["3364060", "4295465", "4297656", "4295468"],
        }, "fresh culinary herbs (зелень): Магнит «Петрушка» and «Укроп»; Перекрёсток «Ассорти свежие "
           "петрушка-укроп-лук», «Лук зеленый», «Набор зелени Лук, Укроп и Петрушка», «Укроп зеленый». Lettuces, "
           "rucola, spinach, celery, dried herbs and goods «с зеленью» excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each '=== fvmNN ===' marker up to the next blank line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("#") and cur is None:
                continue
            m = re.match(r"^=== fvm(\d\d) ===$", line)
            if m:
                if int(m.group(1)) != len(texts) + 1:
                    sys.exit("blind draft: unexpected marker %r" % line)
                cur = []
                continue
            if cur is not None:
                if line == "":
                    texts.append("\n".join(cur))
                    cur = None
                else:
                    cur.append(line)
    if cur:
        texts.append("\n".join(cur))
    return texts


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        sys.exit("blind draft changed: sha256 %s, recorded %s" % (digest, BLIND_SHA256))
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, (text, (ltext, _)) in enumerate(zip(blind, LISTS), 1):
        expected = text
        for old, new in REPLACED.get(n, []):
            parts = re.split(r"([,\n])", expected)
            hits = [i for i, p in enumerate(parts) if p.strip() == old]
            if len(hits) != 1:
                errors.append("fvm%02d: replaced item %r not found once in the blind text" % (n, old))
                continue
            parts[hits[0]] = parts[hits[0]].replace(old, new)
            expected = "".join(parts)
        if ltext != expected:
            errors.append("fvm%02d: list text %r differs from the blind draft %r" % (n, ltext, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvm"))
