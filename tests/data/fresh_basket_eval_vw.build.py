#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vw.jsonl -- shopping lists of a man who loves Italian cooking (pasta, risotto, pizza,
tiramisu) plus his ordinary groceries, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vw.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as such a shopper would type them to a Telegram bot, and
for every item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that
item would accept.  The lists were written first, before any offer was read, and saved as
fresh_basket_eval_vw.blind_lists.txt (read-only); this script checks that every list text here is identical to that
blind draft (apart from the items recorded in REPLACED, which is empty: nothing was replaced).  Candidate titles were
grepped broadly in real_offers_g.jsonl (case-insensitive, ё folded to е; stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings) and read one by one, and every item was re-checked by listing all titles matching
its stem that were not accepted.  The note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without seeing the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the
format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvw01, fvw02, ... in LISTS
order; every list is in split "fresh".
"""
import hashlib
import json
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vw.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vw.blind_lists.txt")
BLIND_SHA256 = "16b09706802b86e0372dd3a4801678b8ef90b45b58c9f57397ad771fc8a6d8c4"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: [(blind item text, new item text, reason), ...]}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvw01 carbonara
    ("спагетти barilla n5 две пачки, пармезан граммов 200, бекончик в нарезке", [
        ("спагетти barilla n5 две пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti No. 5 only (Дикси «Barilla спагетти №5»); Barilla Spaghettini №3, Spaghettoni, "
           "Bavette №13 and the other Barilla shapes, and spaghetti of other brands excluded; «две пачки» is a "
           "quantity"),
        ("пармезан граммов 200", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "0dc02300a0", "b10071458c",
                       "632a4664e6", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "any cheese sold as Parmesan/«Пармезан» (piece, by weight, grated); «граммов 200» is the quantity "
           "wanted, not a pack size; Магнит cream-cheese snack ITALIAN SNACK «из пармезана с гриссини» and "
           "Перекрёсток ravioli with parmesan excluded"),
        ("бекончик в нарезке", {
            "pyaterochka": [],
            "magnit": ["d705bc4e4d"],
            "dixy": ["2000572451", "2000414199"],
            "perekrestok": ["3649811", "4165825", "4191111", "4296355"],
        }, "packaged bacon (smoked, smoked-cooked or raw for frying, incl. Мираторг beef bacon); only Магнит's "
           "title says «нарезка» — the other 150-260 g packs are taken as sliced (outside knowledge: such packs "
           "are sold sliced); Магнит «Грудинка ДОМАШНЯЯ» (pork belly, not bacon), Перекрёсток pork belly on the "
           "bone, beef brisket, sausages «с беконом», bacon-flavoured peanuts and cat food excluded"),
    ]),
    # fvw02 risotto
    ("рис arborio кило\nвино белое сухое для ризотто\nпармезан одним куском на терку\nлучок репчатый пару головок\nмасло слив. 82.5 для ризотто", [
        ("рис arborio кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Arborio rice was asked for by name and no chain's title names Arborio; the risotto rices on offer "
           "(Дикси Националь «Адриатика» and «Бальдо», Перекрёсток Мистраль «Италика») are other varieties and "
           "round-grain Krasnodar rice is not arborio, so all are excluded; «кило» is moot"),
        ("вино белое сухое для ризотто", {
            "pyaterochka": [],
            "magnit": ["01de06b977", "02507ad3f8", "04516a47c7", "0b845d9920", "0dacfed04a", "0f4d49c5a1",
                       "15025c63db", "505d47a56d", "55db4467cc", "58c42ead4d", "715024d773", "81e5535fde",
                       "8664bd4027", "8fc27edd40", "9111e6bce0", "9e45b7a262", "9e6ee9ccf9", "be67f7ed8c",
                       "c6c844d469", "c96b9bca7c", "cd9e940465", "e216d600a4", "e37dec0c08", "e387b9ab8b",
                       "eb1742ab37"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still wine labelled white dry (белое сухое) of any country and grape; «для ризотто» is a purpose, not "
           "a filter; semi-dry (полусухое), semi-sweet, sweet, sparkling (incl. Cava «белое сухое», Prosecco, "
           "Asti), vermouth and wine drinks excluded"),
        ("пармезан одним куском на терку", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "0dc02300a0", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "Parmesan in a piece (packed piece or by weight) to grate at home; grated parmesan (Магнит Дольче "
           "тертый, Dolce Granto тёртый, Перекрёсток Parmesan тёртый, Пармезан тёртый Маркет / Зелёная Линия) "
           "excluded because the user wants a piece; Магнит «ЧИЗ ГАЛЛЕРИ пармезан 32%, 100г» does not state its "
           "form and is taken as a piece (outside knowledge); parmesan snacks and ravioli excluded"),
        ("лучок репчатый пару головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onion titled «Лук репчатый» (loose, net, pack, peeled, incl. Перекрёсток «Лук репчатый "
           "красный»); dried/ground onion (Kotanyi, Айдиго) and onion-flavoured chips/crackers/rings excluded; "
           "«пару головок» is a quantity"),
        ("масло слив. 82.5 для ризотто", {
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
        }, "butter of exactly 82.5% (any brand and size, incl. lactose-free Тысяча Озёр); 72.5% Крестьянское, 82% "
           "(JALO KERMA, Arla Natura, President, Молочный знак, Киприно), butter without a fat value, spreads and "
           "ghee excluded; «для ризотто» is a purpose"),
    ]),
    # fvw03 tiramisu
    ("маскарпоне две баночки, савоярди пачки две на тирамису, кофе молотый пачку, какао-порошок не сладкий", [
        ("маскарпоне две баночки", {
            "pyaterochka": [],
            "magnit": ["1000216596", "7bf2a13355", "e0645613c9"],
            "dixy": [],
            "perekrestok": ["4154662"],
        }, "mascarpone cheese (Pretto, Бонфесто, Зелёная Линия); Магнит Viola yoghurt «с сыром Маскарпоне» "
           "excluded; «две баночки» is a quantity"),
        ("савоярди пачки две на тирамису", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chain carries savoiardi / ladyfinger biscuits (grepped савоярд, savoiard, пальч, бискв, тирами): "
           "sponge cakes (Медвежонок Барни, Kinder, Milka), biscuit rolls and Перекрёсток «Торт Шоколадный "
           "тирамизу» are not savoiardi"),
        ("кофе молотый пачку", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["0fe86f8472", "112396b31e", "222418c5e4", "2700f5e3b1", "3bb33c0c9e", "4522417a72",
                       "46bb6aa6cb", "7046b50e4e", "76b0197955", "79b9a44edb", "7d84ba5b6e", "80d20f5714",
                       "8269b24f19", "8d3366ce51", "97373908ef", "a2b0f72440", "a46592e215", "a6281deb0c",
                       "ab6f2df0cf", "be3079e158", "bf33a13d25", "c2e5e0f5ec", "f083873ce2", "f32af3a996"],
            "dixy": ["10E0076694", "2000054819", "2000056820", "2000183725", "2000186346", "2000193927",
                     "2000228092", "2000235411", "2000263796", "2000267720", "2000277619", "2000303593",
                     "2000362026", "2000546071", "2000552471", "2000557192", "2000557193", "2000568376",
                     "2000574432", "2000582491", "2000604152", "2000605231"],
            "perekrestok": ["2147872", "29278", "3171130", "3395339", "3395340", "3606929", "3612036", "3644175",
                            "3689956", "3965705", "4058107", "4108341", "4122814", "4129183", "4150051", "4166073",
                            "4166074", "4253960", "4261910", "4261911", "4261915", "4262483", "4291307", "4295649",
                            "4315506", "4320251", "4320252", "4325139", "4340948", "4342549", "4345201", "4345202",
                            "4347224", "4351047", "6944", "72110", "72112"],
        }, "packs of roasted ground coffee of any brand/blend (incl. «мол.»/«помол» titles: Пятёрочка «Принц Лебо "
           "мол100г», Магнит «ЖИВОЙ КОФЕ ... жар мол200г», «ПЕТР ВЕЛИКИЙ Императорский помол»); Магнит «ЖОКЕЙ "
           "По-восточному, Арабика» (sold as ground in Дикси/Перекрёсток) and «МОСКОВСКАЯ КОФЕЙНЯ НА ПАЯХЪ, Мокко, "
           "250г» (Магнит lists the bean version separately «в зернах, мокко») are taken as ground (outside "
           "knowledge); beans, instant/freeze-dried incl. «с молотым»/«молотый в растворимом», capsules and "
           "T-discs (L'OR 52 г, Tassimo), drip/filter bags (Coffesso 5 пакетиков/5x9 г/45 г, Verle incl. "
           "«Гватемала 66г» taken as filter bags, Маркет Collection дрип-пакеты) and flavoured coffee (Jardin "
           "Синнамон Кейк, Жокей Ирландские сливки) excluded; «пачку» is a quantity"),
        ("какао-порошок не сладкий", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        }, "unsweetened cocoa powder: Магнит «Какао натуральный ЗОЛОТОЙ ЯРЛЫК» and «Какао-порошок РОССИЙСКИЙ»; "
           "sweetened instant cocoa drinks (Nesquik, Скрепыши, Хрутка, MacChoco) and Магнит «Какао ЧУККА "
           "Гранулированный» (an instant cocoa drink with sugar — outside knowledge) excluded as not «не сладкий»"),
    ]),
    # fvw04 pizza dough and topping
    ("мука для пиццы, сухих дрожжей пакетика 3, томаты в собственном соку mutti, моцарелла для пиццы, орегано сушеный пакетик", [
        ("мука для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no flour sold for pizza in any chain (grepped «пицц», «pizz», all «Мука» titles): ordinary wheat/bread "
           "flour (высший сорт, хлебопекарная), Перекрёсток Storie di Farine «Манитоба» (strong flour, not "
           "labelled for pizza), blini and gluten-free flours excluded"),
        ("сухих дрожжей пакетика 3", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry (instant) yeast: Дикси «Саф-Момент сухие быстродействующие», Магнит «Дрожжи САФ-МОМЕНТ, 11г» "
           "(title does not say «сухие»; Saf-Moment is dry instant yeast — outside knowledge); pressed yeast "
           "(Магнит «ДРОЖЖИ ПРЕССОВАННЫЕ Люкс Экстра», Дикси «Люкс Экстра сухие хлебопекарные прессованные, 100 г» "
           "— the same 100 g pressed block, taken as fresh yeast despite «сухие») and yeast dough excluded"),
        ("томаты в собственном соку mutti", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Mutti was asked for and no chain carries Mutti (grepped mutti/мутти); Дикси Botanica «Томаты "
           "целые очищенные в собственном соку», Перекрёсток «Томаты резаные Маркет», Bonduelle «очищенные в "
           "томатной мякоти», Дядя Ваня/Круглое лето/Маркет «в томатном соке» and Пятёрочка Дядя Ваня «в томатном "
           "соусе» are other brands and excluded"),
        ("моцарелла для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668945"],
        }, "mozzarella sold for pizza: Перекрёсток «Сыр мягкий Моцарелла для пиццы 45% Зелёная Линия»; «для пиццы» "
           "is read as naming the kind (pizza mozzarella), as for «мука для пиццы» in this list; fresh mozzarella "
           "balls, mini/чильеджина, кубики, fior di latte, боккончини and protein sticks whose titles do not say "
           "pizza (Galbani, Pretto, Unagrande, VitaLat, Premiere of Taste, Маркет) excluded (judgement), as are "
           "scamorza, stracciatella and sausages «с моцареллой»"),
        ("орегано сушеный пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried oregano in any chain (grepped орегано/oregano/душиц); Магнит «Прованские травы» (a herb mix), "
           "crackers «с томатом и орегано» and herb salts excluded"),
    ]),
    # fvw05 penne with tomato and basil
    ("пенне rigate, свежего базилика пучочек, помидорки черри граммов 500, масло оливковое extra virgin подешевле", [
        ("пенне rigate", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000573915"],
            "perekrestok": ["4273869"],
        }, "ridged penne: Дикси Maltagliati «№074 Перья рифленые», Перекрёсток «Перья рифленые Маркет»; "
           "penne/перья whose titles do not say ridged (Перекрёсток «Пенне Market Collection», "
           "Makfa/АИДА/Baisad/Маркет/Пр!ст/Gusto di Roma «Перья») excluded because «rigate» was written; "
           "Barilla/Pasteroni «Pipe rigate» and Maltagliati «Chifferini Rigati» are other shapes"),
        ("свежего базилика пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh basil in any chain (grepped базилик/basil/зелень/травы): basil-flavoured ketchup, sauces, "
           "cheese, seasonings and basil-seed drinks excluded"),
        ("помидорки черри граммов 500", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000601471", "2000601472", "2000580827", "2000186544"],
            "perekrestok": ["3373662", "4217379", "11971", "3410591", "3634714", "4381951", "4381952", "4371254"],
        }, "fresh cherry tomatoes of any colour/shape (on the vine, plum-shaped, mix, Кумато черри мини; Магнит "
           "PREMIERE OF TASTE «Черри Горячее сердце» taken as fresh); «граммов 500» is the quantity wanted, not a "
           "pack size; marinated, salted, canned cherry tomatoes, assortments, «коктейль» tomatoes, cherry ketchup "
           "and Теличерри pepper excluded"),
        ("масло оливковое extra virgin подешевле", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000580798", "T000000850", "2000534311", "T000000852", "2000347675"],
            "perekrestok": ["4321136", "4218015", "4365079", "3617469", "4063916", "27062", "4130610", "3666262",
                            "3501258", "3501259", "3444927", "3444926", "4333525", "3336247", "4197654", "2153521",
                            "7581", "61549", "4343608", "4343609", "4361247", "4137208"],
        }, "olive oil labelled Extra Virgin/Extra Vergine (Пятёрочка «EXTR.VIR.», Дикси «ФИЛИПП БЕРИО ОЛИВКОВОЕ "
           "EV»), incl. the Altaria spray, and oils labelled «нерафинированное высшего качества/высший сорт», the "
           "Russian legal name of the extra-virgin grade (Sita, Colavita Mediterranean 1 л); unrefined oils with "
           "no grade stated (Anfosso, Cobram, De Cecco, Monini, Frantoi, Costa d'Oro, Gonnelli), flavoured EV oils "
           "(лимон, чеснок, трюфель), refined, pomace, «100%»/Classic blends and oil mixes excluded; «подешевле» "
           "is a wish"),
    ]),
    # fvw06 weekday breakfast staples
    ("молочко 2.5% литра два на кашу, хлебушек белый нарезной, бананов штук пять-шесть", [
        ("молочко 2.5% литра два на кашу", {
            "pyaterochka": [],
            "magnit": ["1051242602", "1000143306", "1812450029", "cfca1c1906", "ef94b89629", "1000418036",
                       "8000029029", "1000563706", "1000035016", "1000037901", "1000445487", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk of exactly 2.5% (pasteurised or UHT, any size, incl. Агуша children's sterilised "
           "milk 2.5%); топлёное (Зелёная Линия 2.5%), kefir, ряженка, yoghurt and other fat levels excluded; "
           "«литра два» is a quantity, «на кашу» a purpose"),
        ("хлебушек белый нарезной", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4", "7fa10b807d"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402", "4318510", "4264947", "4329401"],
        }, "white wheat bread: «Батон нарезной» of any make (sliced or not — «белый нарезной» is the colloquial "
           "name of this loaf) and other white wheat loaves sold sliced (Магнит Хлеб ГОРЧИЧНЫЙ пшеничный нарезка, "
           "Хлеб ТОСТОВЫЙ пшеничный нарезанный, Батон ХЛЕБНЫЙ ДОМ Утренний нарезка; Перекрёсток Батон Горчичный/к "
           "завтраку/Молочный нарезанный); unsliced white loaves (Французский, Батон Новый, Батон 300г, чиабатта, "
           "Хлеб ЧАЙНЫЙ), rye-wheat bread (Дарницкий, Столичный, Измайловский, Бородинский…), "
           "bran/grain/multigrain loaves (Батон ОТРУБНОЙ, Батон Зерновой, Хлеб ТОСТОВЫЙ злаковый), loaves whose "
           "flour is not stated (Крестьянский формовой нарезанный, Смак Бабушкин нарезанный) and хлебцы/гренки "
           "excluded"),
        ("бананов штук пять-шесть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. organic and red bananas); Перекрёсток «Бананы для жарки» (plantains — outside "
           "knowledge), banana-flavoured yoghurts, purees, chips, cosmetics and toys excluded; «штук пять-шесть» "
           "is a quantity"),
    ]),
    # fvw07 bolognese
    ("фарш говяжий килограмм для болоньезе\nморковка пара штук\nчерешковый сельдерей\nтоматная паста баночку\nвино красное сухое для соуса недорогое", [
        ("фарш говяжий килограмм для болоньезе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "minced beef (Мираторг, Иван Мясоедов, Перекрёсток by weight, Хороший Кусок «из говядины»); mixed "
           "«Домашний»/«деревенский»/«мясной» mince, Магнит ЧЕРКИЗОВО «Фермерский» (meat not stated), pork, turkey "
           "(Индилайт) and fish mince excluded; «килограмм» is the quantity wanted, «для болоньезе» a purpose"),
        ("морковка пара штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots (loose, washed, packed, mini, Перекрёсток «Морковь для сока, 1кг»); Перекрёсток "
           "Дмитровские Овощи «Морковь … варёная очищенная», Korean carrot salad, juices, purees, sauerkraut «с "
           "морковью» and pet food excluded; «пара штук» is a quantity"),
        ("черешковый сельдерей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh celery in any chain (grepped сельдер/celer): only juices «яблоко-сельдерей» and a cream soup, "
           "excluded"),
        ("томатная паста баночку", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack (jar, pyramid, sachet); «баночку» is a quantity; ketchup (Помидорка "
           "кетчуп), tomato sauces and passata excluded"),
        ("вино красное сухое для соуса недорогое", {
            "pyaterochka": [],
            "magnit": ["0d69bc12b7", "1128713b37", "179454ad06", "1aeecf4fbf", "20076532cf", "25e2e0b426",
                       "282e3b100c", "2843dc2427", "2f74e42279", "316badec71", "3c061d5267", "4a0256aba7",
                       "63ce59d607", "66dc79b1bd", "6c75cc20c2", "6dec98c122", "6fea0b8f60", "70de72738c",
                       "7b8fa4bd5e", "97edfb5844", "984016a189", "992027187d", "9995f68840", "9a7baeb044",
                       "a05527a9ea", "ac836556b8", "adea6d56aa", "aefb2f40d1", "b8cc734787", "ba4136257e",
                       "d05962e7be", "d408e7403a", "d73ee8f4f1", "d982768147", "da35009364", "e3b2e41081",
                       "eb4f5b53b5", "f076430c9a"],
            "dixy": [],
            "perekrestok": ["2141096", "3502899"],
        }, "still wine labelled red dry (красное сухое, «красн сух», Tinto Seco) of any country/grape; «недорогое» "
           "is a wish and «для соуса» a purpose, neither a filter; semi-dry, semi-sweet, sparkling (Lambrusco), "
           "port and fortified wines excluded"),
    ]),
    # fvw08 creamy mushroom tagliatelle
    ("тальятелле с яйцом, сливки 20% под соус для тальятелле, шампиньоны свежие лоток, чесночок головки три", [
        ("тальятелле с яйцом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["52306"],
        }, "egg tagliatelle: Перекрёсток De Cecco «Tagliatelle all'uovo n.107 со шпинатом» (egg tagliatelle, "
           "spinach-green — accepted, spinach adds nothing the user excluded); Russian egg noodles (Верони «Лапша "
           "яичная», Маркет «Лапша Домашняя яичная», Домшим), Мальтальятти «Гнезда» (egg content not stated) and "
           "other shapes excluded"),
        ("сливки 20% под соус для тальятелле", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1812420003", "1000290041", "1000549783"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "cow cream of exactly 20% (sterilised or UHT, any size); 10/11/33% cream, Пятёрочка President «Крем "
           "слив.взбит. 20%» (whipped cream in a can), sour cream and ice cream excluded; «под соус для "
           "тальятелле» is a purpose"),
        ("шампиньоны свежие лоток", {
            "pyaterochka": ["af18b48e5a"],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "2000332389", "2000088639", "1100074529", "ЦТ0046651"],
            "perekrestok": ["4270844", "4051468", "59120", "3669839", "2071820", "4280106", "3685051", "4136012",
                            "3622668", "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh champignons (white, royal/brown, mini, mixes, for grilling, loose or in trays, incl. fresh "
           "sliced/diced 200-300 g trays); Пятёрочка «ДСК Грибы Шампиньоны 400 г» is listed under «Овощи и фрукты» "
           "and taken as fresh, Перекрёсток «Смесь мини микс шампиньоны 200г» taken as a fresh mix (both "
           "judgements); canned (Bonduelle, Lutik, Pucci, Бояринъ, Lorado, Перекрёсток «резаные Маркет "
           "400г»/«резаные Пр!ст 400г» taken as canned), marinated, frozen champignons and ready dishes excluded; "
           "«лоток» is a quantity"),
        ("чесночок головки три", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157", "4090538"],
        }, "fresh garlic (loose, packed, «ранний», Фермерский Чеснок heads and fresh peeled cloves «отборный "
           "зубчиками»); «головки три» is a quantity; dried, granulated, chopped, grated (Фермерский «тёртый» 80 "
           "г), salted and smoked garlic and garlic seasonings excluded"),
    ]),
    # fvw09 lasagne
    ("лазанья листы пачку, рикотту баночку, шпинат замороженный пакет, моцарелла галбани", [
        ("лазанья листы пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4300261"],
        }, "dry lasagne sheets: Перекрёсток «Макаронные изделия лазанья … Маркет»; Магнит Золотой Петушок «Лазанья "
           "мясная» (a ready dish) excluded; «пачку» is a quantity"),
        ("рикотту баночку", {
            "pyaterochka": [],
            "magnit": ["1000216595", "98e01d64dc"],
            "dixy": [],
            "perekrestok": ["4158126", "4284063", "4290096"],
        }, "plain ricotta cheese (Pretto, Зелёная Линия, Маркет); Магнит Бонджорно «Рикотта с шоколадом», ricotta "
           "casserole and cake excluded; «баночку» is a quantity"),
        ("шпинат замороженный пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3444912", "4089745", "4150062"],
        }, "frozen spinach (Hortex, И Зимой и Летом, Маркет Перекрёсток); fresh spinach (bunches, 50-75 g packs, "
           "pots, by weight), salad mixes, ready meals and pasta/dumplings with spinach excluded; «пакет» is a "
           "quantity"),
        ("моцарелла галбани", {
            "pyaterochka": [],
            "magnit": ["1000070528", "3ceec6b968", "8fafbefa0d"],
            "dixy": [],
            "perekrestok": [],
        }, "Galbani mozzarella (Galbani 125 г, ГАЛЬБАНИ Макси 250 г, Гальбани 1 штука 150 г); mozzarella of other "
           "brands (Pretto, Unagrande, Зелёная Линия…) and Магнит «Сыр ГАЛЬБАНИ Пиканте с голубой плесенью» "
           "(another Galbani cheese) excluded"),
    ]),
    # fvw10 pizza toppings from the deli shelf
    ("оливочки без косточки банку, каперсы баночку, анчоусы в масле для пиццы", [
        ("оливочки без косточки банку", {
            "pyaterochka": ["3008503"],
            "magnit": ["3d09e4fe73", "94f4173a31"],
            "dixy": ["2000280421", "2000573832", "2000535133", "2000300244", "2000180495", "2000240819"],
            "perekrestok": ["4334902", "3008503", "4054381", "3651521", "3468534", "4077569"],
        }, "plain pitted olives titled «Оливки … без косточки/б/косточки» (Bonduelle, Spainolli, Botanica, ITLV, "
           "Первым Делом, Premiere of Taste, Маркет, Пр!ст, Gordal, 28Olives Халкидики, Каламата без косточки); "
           "«Маслины» (black olives) excluded because «оливки» was written; stuffed or flavoured olives (с "
           "анчоусом, лимоном, лососем, перцем, халапеньо, хамоном, креветками, чесноком, мандарином, клюквой) and "
           "olives with stones excluded; «банку» is a quantity"),
        ("каперсы баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no capers in any chain (grepped каперс/caper)"),
        ("анчоусы в масле для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no anchovy fillets in oil in any chain: Магнит «Анчоус ПРОЛИВ обжаренный в масле» (canned fried Black "
           "Sea anchovy, not the salted fillets used on pizza — outside knowledge), Магнит SOLONINA dried anchovy "
           "snack and olives «с анчоусом» excluded"),
    ]),
    # fvw11 ordinary dinner
    ("куриная грудка на ужин, картохи кило два, сметанка 15% к курице", [
        ("куриная грудка на ужин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "3689116", "3669585", "53105", "4242120", "4208844", "3694848", "4323072",
                            "3273915", "3653837", "2173555", "3946764", "4329298", "3191300", "52888", "78003876",
                            "3362832", "3336397", "3940063", "4312563", "3678985", "3649232", "3609675", "4116904",
                            "4306879", "3034277", "4347498", "3216279"],
        }, "raw chicken breast: breast fillet (with or without skin), breast on the bone, «малое филе», medallions "
           "of breast fillet and Перекрёсток «Филе курицы в маринаде» (raw, marinated); «филе цыплёнка(-бройлера)» "
           "/ «филе куриное» taken as breast fillet (outside knowledge: thigh fillet is always titled «филе "
           "бедра»); thigh fillets, thighs, wings, whole birds, cooked/sous-vide dishes, sausages and pet food "
           "excluded; «на ужин» is a purpose"),
        ("картохи кило два", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450",
                            "4265670"],
        }, "fresh potatoes (loose, net, washed, red, baby, for boiling/frying, packs of 1-3 kg; Перекрёсток "
           "«Картофель Чик-Чик, 1кг» taken as fresh potatoes — judgement); sweet potato (батат), boiled peeled "
           "potatoes, frozen cut potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish), fried-potato dishes, "
           "chips and sweets «Картошка» excluded; «кило два» is a quantity"),
        ("сметанка 15% к курице", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "sour cream of exactly 15% (any brand/size, incl. lactose-free and «из топлёных сливок»); 10/20/25/30% "
           "sour cream, Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), «сметанный» mayonnaise, "
           "cheese «Сметанковый» and sour-cream-flavoured snacks excluded; «к курице» is a purpose"),
    ]),
    # fvw12 aperitivo (spritz)
    ("апероль, просекко 2 бутылки, апельсины для спритца", [
        ("апероль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Aperol in any chain (grepped апероль/aperol/биттер/bitter/кампари/spritz); Магнит ТУНДРА «Биттер» "
           "liqueur, bitter-lemon sodas and tonics are other products"),
        ("просекко 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["36e4ecf3ef"],
            "dixy": [],
            "perekrestok": [],
        }, "Prosecco: Магнит «Вино игристое ИЛЬ МОССИЕРЕ Просекко белое брют (Италия)»; other sparkling wines "
           "(Asti, Lambrusco, Cava, Crémant, Абрау-Дюрсо, Советское шампанское) excluded; «2 бутылки» is a quantity"),
        ("апельсины для спритца", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "48651", "77001353", "55655", "3022836", "3663839",
                            "98632", "60619", "4209029"],
        }, "fresh oranges (incl. red/blood oranges, Навелин, packed or loose); Перекрёсток «Апельсин … резанный "
           "кусочками» (cut fruit cup), juices, drinks, orange-scented detergents and desserts excluded; «для "
           "спритца» is a purpose"),
    ]),
    # fvw13 gnocchi with pesto
    ("ньокки картофельные, песто дженовезе, пармезан уже тертый", [
        ("ньокки картофельные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no gnocchi in any chain (grepped ньокк/gnocc/клецк)"),
        ("песто дженовезе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pesto sauce in any chain (grepped песто/pesto/дженовезе): Магнит «Сыр ПЕСТО Грин/Рэд» is a cheese "
           "and Пятёрочка Dr.Oetker pizza «с песто» a pizza, both excluded"),
        ("пармезан уже тертый", {
            "pyaterochka": [],
            "magnit": ["b10071458c", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784"],
        }, "grated parmesan (Магнит «Сыр тертый ПАРМЕЗАН, Дольче», «Тёртый пармезан Dolce Granto»; Перекрёсток "
           "«Parmesan … тёртый», «Пармезан тёртый» Маркет / Зелёная Линия); parmesan in a piece or by weight "
           "excluded because «уже тертый» was written"),
    ]),
    # fvw14 cheap pasta with tuna and corn
    ("фузилли самые дешевые, тунца в собств. соку пару банок, кукуруза консервированная банку", [
        ("фузилли самые дешевые", {
            "pyaterochka": ["94430"],
            "magnit": ["7e1d66d2df", "8ec199aafc", "4cae925c1a"],
            "dixy": ["2000002143", "2000347024", "2000411998", "2000418252", "2000288871", "2000572792"],
            "perekrestok": ["62190", "4266382", "3501219", "4336730", "4340662", "82766", "4273872", "4117157"],
        }, "fusilli: titles «Fusilli/Фузилли» and the Russian name «спирали/спираль/спиральки» (Baisad, Barilla, "
           "АИДА, Makfa incl. Станичные, Старооскольские, Pasteroni, Роллтон «Спирали с оливковым маслом», Маркет, "
           "Шебекинские); «пружинки» (Маркет), «Серпантин» (Верони), Makfa «Витки», Barilla «Джирандоле» (other "
           "twisted shapes — judgement) and buckwheat-flour «Спиральки» (Зелёная Линия) excluded; «самые дешевые» "
           "is a wish, not a filter"),
        ("тунца в собств. соку пару банок", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice: «в собственном соку» or «натуральный/натуральное» (Магуро, Fortuna, Знак "
           "Качества); Перекрёсток Новый Океан «рубленый» and «филе-кусок» without «в масле» taken as natural "
           "because the same line is sold separately «в масле» (judgement); tuna in oil, tins whose medium is not "
           "stated (Магнит ФОРТУНА «рубл. д/м», Дикси ВК «филе рубленное», «ТУНЕЦ ДЛЯ САЛАТА КАПИТАН ВКУСОВ»), "
           "frozen/fresh tuna, rillettes, salads and pet food excluded; «пару банок» is a quantity"),
        ("кукуруза консервированная банку", {
            "pyaterochka": [],
            "magnit": ["cfc404aebb", "a869e5b9ba", "d2de35fd7c", "27836bac30", "fb00d5f8b1"],
            "dixy": ["2000163950", "2000279948", "DI00079261", "10E0064890", "1041027555", "2000313796",
                     "2000556891", "2000318963"],
            "perekrestok": ["3447859", "4321444", "4316301"],
        }, "canned sweet corn of any brand/size; corn flakes, sticks, flour, popcorn, baby puree and salads "
           "excluded; «банку» is a quantity"),
    ]),
    # fvw15 household
    ("туалетной бумаги упаковку\nжидкость для мытья посуды подешевле\nпакеты мусорные 60л рулон", [
        ("туалетной бумаги упаковку", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                       "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9",
                       "2300103434", "f88b88076f", "0f9bdfbe08", "be65d013c1", "475d902330"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "dry toilet paper rolls of any brand, ply and pack size (Familia, Soffione, Zewa/ЗЕВА, Папия/Papia, "
           "scented incl.); wet toilet paper (KLEENEX «Влажная туал/бум», МОН РУЛОН «влажная» incl. the children's "
           "one), paper towels and facial tissues excluded; «упаковку» is a quantity"),
        ("жидкость для мытья посуды подешевле", {
            "pyaterochka": [],
            "magnit": ["05e81b9637", "0cc102b359", "186ff3d636", "1cd0606d7d", "2d790e73ea", "381aaf5d64",
                       "3dc9a1ed43", "43a0e3032e", "4a060084e4", "4cf63843e3", "4e35e08ada", "514b218200",
                       "551d8403a9", "5fd6de4bb5", "76379a4e64", "7b4b7f0a59", "7c5bd74e06", "7caeebbd02",
                       "8d877b13ce", "8fa6f85cbf", "963399e98a", "97c928414d", "a401696a68", "a8a6d84ae6",
                       "a9dfde88f9", "b3ebaa28e5", "bbb10983dd", "c4e892e413", "cd27c8307b", "d076c21852",
                       "d0bd1a2d49", "d3ea3a9828", "d458f25c78", "ddcc463812", "df2c291ad1", "e5a0684ec7",
                       "e62ea315f2"],
            "dixy": ["2000265727", "2000274013", "2000289255", "2000321808", "2000323096", "2000371202",
                     "2000517533", "2000591971"],
            "perekrestok": ["3984598", "4011474", "4141118"],
        }, "liquid/gel hand dish-washing detergents of any brand, scent and size (Fairy/ФЭЙРИ, AOS, Sorti, "
           "Synergetic incl. «для посуды, овощей, фруктов и игрушек», Biomio, Гарденика, Sanita, Palmia incl. "
           "«д/мыт пос», and baby-dish detergents Palmia Bambini, Synergetic, ЗБК — still dish detergents); "
           "dishwasher tablets, powders, salts, rinse aids and machine cleaners, sponges and general cleaners "
           "(Mr.Proper) excluded; «подешевле» is a wish"),
        ("пакеты мусорные 60л рулон", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "garbage bags of 60 l: Магнит «Мешки для мусора МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л, 20шт.»; no other bin "
           "bags in the offers; «рулон» is a quantity"),
    ]),
    # fvw16 pear and gorgonzola
    ("горгонзола, груши конференс пару штук, орехи грецкие граммов 100", [
        ("горгонзола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cheese titled gorgonzola in any chain except Перекрёсток Craft&Eco «горгонзола в темном шоколаде с "
           "конфи из груши» (a chocolate-coated snack) and pear-gorgonzola pizzas, all excluded; other blue "
           "cheeses (Магнит «ГАЛЬБАНИ Пиканте с голубой плесенью», «Рокфорти», Чиз Галлери «БЛФОРТ», Premiere of "
           "Taste; Дикси «Grand Blu»; «Крем-сыр ДОРБЛЮ») do not name gorgonzola and are excluded (judgement: "
           "«горгонзола» names the cheese)"),
        ("груши конференс пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, "fresh pears of the Conference variety (Дикси «Груша Конференц», Перекрёсток «Груша конференция "
           "Россия»); other pear varieties (Вильямс, Санта Мария, Аббат, Форелл, китайская…) and pear-flavoured "
           "products excluded; «пару штук» is a quantity"),
        ("орехи грецкие граммов 100", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995", "4259321"],
        }, "walnuts, shelled (Перекрёсток «Грецкий орех Пр!ст, 100г») or in shell («Орехи грецкие в скорлупе»); "
           "«граммов 100» is a quantity; cheeses, yoghurts, jam and sweets «с грецким орехом» excluded"),
    ]),
    # fvw17 prosciutto e melone
    ("прошутто граммов 100, дыня, руккола свежая, уксус бальзамический бутылочку", [
        ("прошутто граммов 100", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no prosciutto in any chain: Магнит ЧЕРКИЗОВО «Ассорти колбас Сальчичон/Прошутто» (a mixed sausage "
           "assortment) and Дикси Егорьевская «Окорок свиной … Хамон сырокопченый» (a jamón-style ham, not "
           "prosciutto) excluded; «граммов 100» is a quantity"),
        ("дыня", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2031513", "4216256", "380", "79043", "4216165", "8063", "78658", "48675", "47368",
                            "3001579", "3095133", "81785", "79042", "79041", "4306919", "4137856", "81795"],
        }, "fresh melon of any variety (Галия, Канталупа, Торпеда incl. the cut «Торпеда резаная», медовая, Хани "
           "дью…); «Арбуз и дыня» and «Смесь … Арбуз Дыня нарезанная» fruit cups, dried melon, melon-flavoured "
           "sweets and drinks excluded"),
        ("руккола свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rocket/arugula sold on its own: Дикси «Салат Микс Руккола мангольд и шпинат» and Перекрёсток "
           "rucola-chard-spinach/mizuna salad mixes are mixes, excluded"),
        ("уксус бальзамический бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balsamic vinegar in any chain (grepped бальзам/balsam/модена/уксус): Магнит ГУРМИКС «Заправка "
           "салатная Бальзамик» (a dressing), Перекрёсток Кинто «Соус-крем бальзамический гранат» (a cream sauce) "
           "and grape vinegar 6% excluded"),
    ]),
    # fvw18 espresso corner
    ("кофе лавацца зерновой, молоко для капучино пару литров, сахар тростниковый к кофе", [
        ("кофе лавацца зерновой", {
            "pyaterochka": ["3396617"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans: Пятёрочка «LAVAZZA Кофе CREMA E AROMA зер.в/у 1кг»; Lavazza ground coffee "
           "(Дикси, Перекрёсток) and beans of other brands excluded"),
        ("молоко для капучино пару литров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000589411"],
            "perekrestok": [],
        }, "milk sold for cappuccino: Дикси «Молоко … Му-у Для капучино 3,2%»; «для капучино» names the kind "
           "(barista milk); ordinary drinking milk, plant «Barista» drinks (Planto almond/soy), cappuccino drinks "
           "and coffee creamers excluded; «пару литров» is a quantity"),
        ("сахар тростниковый к кофе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000598451"],
            "perekrestok": ["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"],
        }, "cane sugar, granulated or cubes (Брауни, Мистраль, Маркет, Market Collection); white beet sugar "
           "excluded; «к кофе» is a purpose"),
    ]),
    # fvw19 cold cuts and butter
    ("салями для пиццы, гауду кусочек граммов 300, маслице сливочное одну пачку", [
        ("салями для пиццы", {
            "pyaterochka": [],
            "magnit": ["494e727a2c", "47ef8a1460", "6c0ebbb571", "274740067e", "e2e8ea4b7d", "b69bc113b5",
                       "faac9e377e", "48c30df1cf", "d5889cdb3d", "bc94db809e", "6f8b49cfc4", "21cb360c4b",
                       "d5f097ae4c"],
            "dixy": ["2000546175", "2000579172"],
            "perekrestok": ["4095329"],
        }, "sausage titled salami/«салями» of any kind (dry-cured, semi-smoked, smoked-cooked, sliced or whole); "
           "«для пиццы» is a purpose (no product is sold as pizza salami); Миланская/Итальянская/Чоризо sausages "
           "not titled salami, assortments and processed cheese «с салями» excluded"),
        ("гауду кусочек граммов 300", {
            "pyaterochka": [],
            "magnit": ["1000500641", "1000387429", "07ea28435e", "8000032665"],
            "dixy": [],
            "perekrestok": ["4003954", "4353316"],
        }, "Gouda cheese in a piece (prepacked 180-200 g or by weight); sliced Gouda (Село Зелёное «нарезка», "
           "Маркет «ломтики») excluded because «кусочек» was written; «граммов 300» is the quantity wanted"),
        ("маслице сливочное одну пачку", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000262381", "1000312970",
                       "1000384151", "1000433642", "1000457493", "1000458136", "1000521208", "1000566266",
                       "1844000142", "1855599920", "1899900309", "1899911038", "3181241105", "8000045816",
                       "8000058591", "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645", "a1a2b1e98a"],
            "dixy": ["10J0079578", "2000186964", "2000288309", "2000401635", "2000509906", "2000538793",
                     "2000575412", "2000581831", "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["2029217", "2043237", "2068941", "2071031", "3026226", "3226314", "3287314", "3347817",
                            "3355277", "3363741", "3369241", "3371288", "3384196", "3396544", "3406593", "3413519",
                            "3423762", "3434127", "3472940", "34890", "3612778", "3628337", "3637761", "3643092",
                            "3645266", "3654551", "3657363", "3698785", "3917028", "3922315", "3953367", "3963777",
                            "3980020", "3999749", "4035287", "4051359", "4055506", "4068626", "4135603", "4147662",
                            "4188102", "4196090", "4260609", "4260610", "4281083", "4292462", "4310021", "4343792",
                            "86149", "86150", "3699369", "4113532", "4175276", "4188099"],
        }, "cow butter of any fat level and size (72.5% Крестьянское, 82%, 82.5% Традиционное, butter without a "
           "stated fat such as Княгининское/Волгодонское, lactose-free); spreads (Кремлёвское), ghee (Гхи "
           "топлёное), chocolate butter (Маслом вверх «Шоколадное») and vegetable oils excluded; «одну пачку» is a "
           "quantity"),
    ]),
    # fvw20 porcini risotto
    ("рис для ризотто, белые грибы сушеные, бульонные кубики куриные, вермут белый", [
        ("рис для ризотто", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000350727", "2000350733"],
            "perekrestok": ["4332035"],
        }, "rice sold for risotto / Italian risotto varieties: Дикси Националь «Адриатика» (marketed as risotto "
           "rice) and «Бальдо» (Baldo, an Italian risotto variety), Перекрёсток Мистраль «Италика» (Italian-type "
           "round rice for risotto) — all three rest on outside knowledge, no title says «для ризотто»; ordinary "
           "round-grain Krasnodar rice, pilaf, sushi, Spanish (paella) and long-grain rice and the frozen «Ризотто "
           "с курицей» ready meal excluded"),
        ("белые грибы сушеные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["94668", "4254816"],
        }, "dried porcini (Перекрёсток «Грибы белые Кедровый Бор Таежные сушёные», «Грибы белые сушеные Зелёная "
           "Линия»); frozen, salted, marinated and fresh porcini, and porcini-flavoured croutons excluded"),
        ("бульонные кубики куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken bouillon cubes in any chain (grepped бульон/кубик/Maggi/Knorr/Galina Blanca): Дикси Роллтон "
           "«Бульон говяжий» is beef, Maggi/Knorr seasonings and «На второе» mixes are not bouillon, all excluded"),
        ("вермут белый", {
            "pyaterochka": [],
            "magnit": ["382ab29b1b"],
            "dixy": [],
            "perekrestok": [],
        }, "white vermouth: Магнит «Вермут DELASY Botanica Herb белый сладкий» (bianco); Перекрёсток Martini Rosso "
           "(red), MARTINI Fiero and the beer drink «Вермут и персик» excluded"),
    ]),
    # fvw21 eggs, cottage cheese, yoghurt
    ("яйца с1 два десятка для пасты, творог жирность 5%, йогурт греческий пару баночек", [
        ("яйца с1 два десятка для пасты", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393", "44e0856421"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "4088955", "2109476", "4085791", "2131763", "3950938", "3182856"],
        }, "chicken eggs of class С1 (incl. «1 категории», Latin «C1») in packs of 10 or 20 («два десятка»); "
           "С0/СО/отборные, С2, «высшей категории», packs of 6/15/30, quail eggs and egg white/yolk/melange "
           "excluded; «для пасты» is a purpose"),
        ("творог жирность 5%", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "8000030462", "1000377235", "1000512632", "1720c2be05", "9aeeb10b64",
                       "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167", "1000208909",
                       "1079990193", "1000306424", "1000224037", "1000453157", "1000426473", "161690c563",
                       "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                            "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% (crumbly, traditional, soft «мягкий/нежный», from baked milk, "
           "lactose-free); 5.5%/4.5% and other fat levels, grained cottage cheese in cream (101 Зерно, «зерненый в "
           "сливках», Зелёная Линия «Зёрнышко» taken as such), cottage cheese with jam, raisins or fruit, "
           "children's «Биотворог» (Тема, Зелёная Линия «с 6 месяцев»), curd desserts and cheese spreads excluded"),
        ("йогурт греческий пару баночек", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "1000313702", "dafd7c4dc4", "fc153f8070", "60f70a8dd4"],
            "dixy": ["2000585835", "2000339952", "2000403060", "2000596134", "2000297751", "2000328570",
                     "2000327453", "2000253975", "2000323039", "2000601711", "2000601712"],
            "perekrestok": ["4323782", "3601418", "4202758", "3601420", "3687295", "4261361", "4068960", "4068958",
                            "4068959", "4219295"],
        }, "yoghurt titled Greek/«греческий» of any flavour and fat (plain, fruit, honey-nut, two-layer); no "
           "flavour was written, so flavoured Greek yoghurts are not excluded; ordinary yoghurts and green "
           "buckwheat/«гречишный» honey excluded; «пару баночек» is a quantity"),
    ]),
    # fvw22 farfalle with salmon
    ("фарфалле, лосось слабосоленый граммов 200, сливки 10-процентные для соуса с лососем, пучок укропа свежего", [
        ("фарфалле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4117113"],
        }, "farfalle (bow-tie pasta): Перекрёсток «Фарфалле из твёрдых сортов пшеницы Market Collection»; no other "
           "chain sells farfalle (grepped фарфал/farfal/бабочк/бантик)"),
        ("лосось слабосоленый граммов 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lightly salted salmon (лосось/сёмга) in any chain: lightly salted trout (Меридиан, Океан, Люди "
           "Любят, Пр!ст), pink salmon (горбуша) and chum salmon (кета) slices are other fish, frozen raw salmon "
           "pieces/steaks, chopped smoked salmon, pâtés and olives «с лососем» excluded"),
        ("сливки 10-процентные для соуса с лососем", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "cow cream of exactly 10% (sterilised or UHT, any size, incl. cream sold «для кофе» and 10x10 g portion "
           "packs); 11% (Parmalat), 20/33% cream and ice cream «со сливками 10%» excluded; «для соуса с лососем» "
           "is a purpose"),
        ("пучок укропа свежего", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain (grepped укроп/зелень/пучок; Дикси sells only parsley and coriander packs): "
           "dill-flavoured ketchup, croutons and olives excluded"),
    ]),
    # fvw23 carbonara, the Roman way
    ("пекорино романо настоящий, гуанчале, перчик черный молотый пакетиком, спагетти де чекко", [
        ("пекорино романо настоящий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pecorino in any chain (grepped пекорин/pecorin/romano); parmesan and other hard cheeses are other "
           "cheeses"),
        ("гуанчале", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no guanciale in any chain (grepped гуанча/guancia/щековин); bacon, pork belly and hams are other "
           "products"),
        ("перчик черный молотый пакетиком", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["2000259286", "ЦТ0046005", "2000535254", "2000315784"],
            "perekrestok": ["4207246", "4285102", "4117709", "20279", "4202527", "88780", "4088822", "9382",
                            "4078639", "3166456", "3166496", "2127636", "49761", "3481016", "3687602", "3500194",
                            "3481330", "2029582"],
        }, "ground black pepper of any brand and pack (sachet, jar, by weight); black peppercorns "
           "(горошек/целый/горошком), pepper in a grinder (Kotanyi «в мельнице»), crushed pepper (Spice Expert "
           "«дроблёный»), packs whose form is not stated (Kamis 42 г, Маркет 36/50 г), pepper mixes, Теличерри "
           "whole pepper and pepper-flavoured products excluded; «пакетиком» is a quantity"),
        ("спагетти де чекко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand De Cecco was asked for and no chain sells De Cecco spaghetti (Перекрёсток has only De Cecco "
           "tagliatelle and olive oil); spaghetti of other brands excluded"),
    ]),
    # fvw24 football evening
    ("пиво светлое пару бутылок, чипсы к пиву, куриные крылышки", [
        ("пиво светлое пару бутылок", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00",
                       "4b9214b25a", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0",
                       "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240", "b4204a2237", "b7be4e1cdf",
                       "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122",
                       "ee4fd3d93d", "f66314d40a", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer (светлое: lager, pilsner, wheat, IPA, filtered or not, bottle or can — «пару "
           "бутылок» is a quantity), incl. Магнит «BAVARIA Premium Пиво свет фильтр» and «Напиток пивной ЭДЕЛЬВАЙС "
           "нефильтрованный» (a light wheat beer sold as a beer drink — outside knowledge); dark beer (Крушовице "
           "тёмное, Wolpertinger), alcohol-free and flavoured beer drinks (Мишенька под вишенкой, Доктор Дизель, "
           "Green Beat, Tony's Garret, Essa, ALKO, KONIX Cherie), медовуха and cider excluded; Дикси and "
           "Перекрёсток hold no beer of this kind"),
        ("чипсы к пиву", {
            "pyaterochka": ["3453317", "3453319", "3453321", "33080", "2167938"],
            "magnit": ["e32606ff89", "2d4cf9b9bd"],
            "dixy": ["2000587093", "2000568012", "2000001186", "ЦТ0036304", "ЦТ0044994", "2000330912", "10J0079471",
                     "2000587092", "2000020978", "2000325823", "2000603177", "2000578773", "2000431160",
                     "2000314963", "2000186543", "2000265269", "2000412095", "2000175977", "2000583612"],
            "perekrestok": ["4332583", "4376005", "4094200", "3326764", "4035356", "4179187", "4210938", "3425680",
                            "4250245", "4351841", "4351842", "33080"],
        }, "potato chips of any brand and flavour (Lay's incl. Stax and rifled, Pomsticks straws, Русская "
           "картошка, Хрустящий картофель, Московский картофель, Bruto, El Valle, Kixx, San Carlo, Flat Food) and "
           "corn tortilla chips (Delicados Nachos); meat «chips» (Мит Хаус, Дымов — dried meat snacks), coconut, "
           "nori, sweet-potato/vegetable, chickpea and grain «флайчипсы», Cheetos corn puffs excluded; «к пиву» is "
           "a purpose"),
        ("куриные крылышки", {
            "pyaterochka": [],
            "magnit": ["99331702b7"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken wings: Магнит «Крыло ПЕТРУХА цыпленка-бройлера, плечевая часть»; wing-flavoured chips "
           "excluded"),
    ]),
    # fvw25 fresh pasta and passata
    ("мука тип 00, манка из твердой пшеницы, соль морская крупного помола, пассата томатная", [
        ("мука тип 00", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «tipo 00» flour in any chain (grepped «00», tipo, тип): ordinary Russian wheat flour (высший сорт, "
           "хлебопекарная, экстра) and Перекрёсток «Манитоба» are other grades, excluded"),
        ("манка из твердой пшеницы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina at all in any chain (grepped манк/манн/semol/крупка); instant semolina porridge excluded"),
        ("соль морская крупного помола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coarse sea salt in any chain: Магнит Мареман sea salt «Средняя» and Дикси «Крымская» "
           "«мелкий/средний помол» are finer, Перекрёсток Зелёная Линия «Соль Крымская Морская» does not state its "
           "grind, coarse rock salt («поваренная крупная») is not sea salt — all excluded"),
        ("пассата томатная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000198869"],
            "perekrestok": [],
        }, "passata: Дикси «Протертая мякоть томатов Пиканта» (sieved tomato pulp = passata — outside knowledge); "
           "tomato paste, chopped tomatoes (Перекрёсток «Томаты резаные»), tomato sauces and juice excluded"),
    ]),
]


def blind_lists():
    """The list texts of the blind draft, by id (lines "<id>\\t<JSON string>" after the '#' header)."""
    texts = {}
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            rid, _, payload = line.rstrip("\n").partition("\t")
            texts[rid] = json.loads(payload)
    return texts


def check_against_blind():
    """Every list text must equal the blind draft, except for the items recorded in REPLACED."""
    blind = blind_lists()
    errors = []
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        errors.append("blind draft sha256 %s != recorded %s" % (digest, BLIND_SHA256))
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, (text, _items) in enumerate(LISTS, 1):
        rid = "fvw%02d" % n
        expected = blind.get(rid)
        if expected is None:
            errors.append("%s: not in the blind draft" % rid)
            continue
        for old, new, _reason in REPLACED.get(rid, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind()
    stats(build(LISTS, OFFERS, OUT, "fvw"))
