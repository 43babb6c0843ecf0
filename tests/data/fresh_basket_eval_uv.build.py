#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uv.jsonl -- 25 shopping lists of three girls sharing a dorm room who keep one shopping list in
a group chat (each adds her items with her name or initials: «лена: …», «(к)», «мне тоже», corrections such as «ой нет 3.2
давай» or «2л не лучше 1.5»), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uv.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was read)
and saved read-only as fresh_basket_eval_uv.blind_lists.txt, and for every item the product ids of every in-stock offer
of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly
in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е)
and read one by one, then every item was re-checked by listing all titles matching its stem that were not accepted; the
note of each item records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were made
without reading or running the tool under test.  A name or initial, a quantity, a wish («подешевле», «самые дешевые»)
or a purpose («на суп», «для пирога») written with an item is not a filter; a correction in the same message («ой нет
3.2 давай», «не лучше 1.5», «но черничную») states what is wanted.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in REPLACED
(one item of a list that was empty in all four stores; none was needed in this set).  labelled_lists.build then checks
the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every
item has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuv01, fuv02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uv.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uv.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; no list of this set was
# empty in all four stores, so nothing was replaced
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 first week staples
    ("лена: гречка пару пачек\nкатя: макарошки любые подешевле\nнастя: яйца с0 один десяток\nлена: масла подсолнечного бутылку литровую", [
        ("лена: гречка пару пачек", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995",
                      "2000219613", "1030037286"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                             "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                             "4090171", "4019310", "3603166", "39155", "3667612", "4059000", "3696237", "3477255",
                             "3231481", "3600743", "3493533", "3994791"],
        }, "plain buckwheat groats of any brand and pack, incl. quick-cooking and boil-in-bag packs and the loose "
           "Перекрёсток «Гречка»; «пару пачек» is a quantity; green buckwheat (Агро-Альянс «зелёная», Зелёная Линия "
           "«зелёная ядрица»), buckwheat porridges (instant, baby, Магнит «Каша … гречневая с грибами» 40 г), ready "
           "dishes (Cook Chart «По-Купечески», Raisad гарнир, Дядя Ваня/Увелка «с грибами», «по-азиатски», "
           "«по-купечески»), flakes, flour, soba, drinks and bread excluded; Магнит carries no buckwheat groats"),
        ("катя: макарошки любые подешевле", {
            "pyaterochka": ["94425", "2049747", "94429", "94430"],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "7d3bf66fd0", "6e98aa8b36", "f20a2d2027", "5296e76f4b",
                        "3578fbe574", "c058112781", "54953eed21", "9332b0bf64", "7e1d66d2df", "af7a5a4e7c",
                        "eb8a3570e8", "8ec199aafc", "6d2462031e", "61313f9ca5", "06594d00ff", "4cae925c1a",
                        "3bb34798f6", "a5c4322325", "3563bce441", "0facf2dd98", "bcb882d827", "367d4ecfc8",
                        "811f1a2896"],
            "dixy": ["2000224712", "2000280926", "2000320175", "2000016649", "2000590812", "2000302407", "ЦТ0046806",
                      "T000015331", "ЦТ0046807", "ЦТ0046808", "2000002143", "2000347024", "T000015329", "ЦТ0021284",
                      "2000573915", "2000575212", "2000588314", "2000544352", "2000411998", "2000004708",
                      "2000005384", "2000005385", "2000005386", "2000418252", "2000288871", "2000288865",
                      "2000572794", "2000437863", "2000572792", "2000349519", "2000299086"],
            "perekrestok": ["3501218", "3435295", "82761", "4360107", "62190", "4199587", "4266382", "4300500",
                             "4329570", "3435300", "3501222", "4329571", "4340660", "3435299", "4328907", "4340661",
                             "3501219", "4336730", "4340662", "82772", "82766", "4117154", "4273869", "4273871",
                             "4347044", "3623096", "3501223", "3435297", "4273870", "4117174", "82760", "4273872",
                             "4117113", "4117157"],
        }, "«макарошки любые» = any plain dry wheat pasta of any shape and brand (spaghetti, vermicelli incl. soup "
           "shapes, feathers, horns, spirals, shells, nests, risoni, ptitim, products titled «Макароны/Макаронные "
           "изделия … Лапша»; Роллтон pasta «с оливковым маслом» is ordinary dry pasta); «подешевле» is a wish, not a "
           "filter; excluded: noodles (egg «Лапша … яичная», lagman, beshbarmak, «Лапша НЕАПОЛИТАНСКАЯ», soba, somen, "
           "funchoza, instant), lasagne sheets (Маркет «лазанья», a special product), vegetable-coloured pastas (Makfa "
           "«шпинатная», De Cecco «со шпинатом», Бакалейщики «с томатами и шпинатом / со свёклой»), gluten-free pastas "
           "from pea / corn-rice / buckwheat flour (Зелёная Линия), ready pasta dishes (БЕРИЛОЖ «по- флотски», Спагетти "
           "Неро …), pasta sauces, chechil «спагетти» cheese, macaron cakes"),
        ("настя: яйца с0 один десяток", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000284425", "2000212529", "2000601652", "2000269325"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "3421287", "3914040",
                             "4236458", "4085790", "4352464", "3182853", "4012802", "3356111", "3432532", "2131762"],
        }, "chicken eggs of class С0 (= «СО», «отборные/отборной категории», incl. Роскар «Экстра категория С0») in "
           "packs of 10 («один десяток»); С1, С2, СВ / «высшей категории» (Лето 4339427), packs of 6/15/20/30, quail "
           "eggs and liquid egg products excluded; Пятёрочка carries no eggs"),
        ("лена: масла подсолнечного бутылку литровую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000005808", "2000296713", "2000555852",
                      "DI00079242", "2000005809", "2000003488", "2000210260", "2000559953"],
            "perekrestok": ["97647", "6275", "2093709", "2043188", "2068955", "2007886", "74883", "64128", "3426155",
                             "23714", "21676", "4269568", "4022580", "3642040", "4277755", "2071663"],
        }, "sunflower oil in litre bottles, refined or unrefined (the item names neither); «бутылку литровую» names the "
           "pack: the standard litre bottle of 0.9-1 l is accepted (judgement: «литровая бутылка» is the colloquial name"
           " of that pack class, the same reading as «молочко … литровое» in fuv02), 0.25-0.81 l and 1.7-2.7 l bottles "
           "are excluded; blends «с добавлением оливкового / миндального / льняного», «смесь подсолнечного и "
           "оливкового», flavoured Almador oils, the Altaria spray, sunflower seeds and kozinaki excluded; Магнит and "
           "Пятёрочка carry no sunflower oil"),
    ]),
    # L02 breakfasts
    ("н: геркулес овсяный на завтраки, к: молочко 3.2 литровое, л: бананов штуки 4-5, н: мёд липовый баночку", [
        ("н: геркулес овсяный на завтраки", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791",
                      "2000604115", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "9056", "3503161", "3469028", "2105514", "4078263", "3933387",
                             "23772", "3421663", "6752", "4321219", "24926", "2122914", "2122915", "2122919",
                             "3469027"],
        }, "plain rolled oat flakes of any brand, type and cooking time («геркулес» is the everyday name of oat flakes; "
           "flakes titled «Геркулес», «Экстра», «№1-№3», «быстрого приготовления», «1 минута», gluten-free and naked-oat"
           " flakes are all plain oat flakes - judgement); «на завтраки» is a purpose; flavoured flakes (Ясно Солнышко "
           "клюква-яблоко, Быстров с вишней), oat flakes «с отрубями» (a mix), instant porridge sachets "
           "(Геркулес/Магнит/Пр!ст «Каша овсяная … 35 г», Быстров ассорти), baby and ready porridges, oat drinks, "
           "cookies, flour, cut oat groats (Лакоме «резаная») and the unclear Vila Natura «Овсянка», Myllyn Paras «Каша "
           "овсяная» and Nordic «Ленивая овсянка» excluded"),
        ("к: молочко 3.2 литровое", {
            "pyaterochka": [],
            "magnit": ["1000122658", "1000172272", "8000026014", "1812450001", "1000323041", "1000139951",
                        "1000049786", "1000445488", "be3e0e74c3", "8000058295", "18ca387556"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": ["3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2 % in litre packs; «литровое» names the pack: the standard litre pack of "
           "0.9-1 l (900 ml, 925-973 ml, 950 g, 1 l, 1 kg) is accepted (judgement: that is what a «литровый пакет» of "
           "milk is), 200-500 ml, 1.4-2 l packs excluded; incl. Агуша children's milk 925 ml (children's drinking milk "
           "counts as milk, as in the earlier sets); ranges 3.2-4 % / 3.2-6 %, топлёное, «для капучино» (Му-у), kefir "
           "and condensed milk excluded; Пятёрочка has no 3.2 % litre pack"),
        ("л: бананов штуки 4-5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (loose, organic «Био», red bananas - the item names no variety); «штуки 4-5» is a quantity; "
           "plantains («Бананы для жарки»), dried bananas and banana-flavoured goods excluded; Пятёрочка and Магнит "
           "carry no fresh bananas"),
        ("н: мёд липовый баночку", {
            "pyaterochka": [],
            "magnit": ["dadb78005d"],
            "dixy": [],
            "perekrestok": ["3687698", "4316603"],
        }, "linden honey (БАШКИРХАН «Мед липовый», Маркет «липовый»), any jar size; «баночку» is a unit; other honeys "
           "(цветочный, гречишный, акациевый, горный, лесной, луговой, донниковый …), cream honeys with berries and "
           "honey-flavoured goods excluded"),
    ]),
    # L03 pancake night
    ("лена: мука на блины 2 кг\nкатя: молоко 2 пачки 2.5 ой нет 3.2 давай\nнастя: сгущенку рогачевскую банку\nлена: сметанка 20 к блинам", [
        ("лена: мука на блины 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875", "2000317163"],
            "perekrestok": ["3505430", "3915409", "3292690", "3193726", "3305673", "4215036", "91321", "4326495",
                             "3681817", "4262616", "2037765", "3346668", "3626914", "2107396", "3394693", "2112692"],
        }, "white wheat flour (высший сорт, экстра, хлебопекарная) in 2 kg packs: «2 кг» names the pack of a packaged "
           "good (as «мука в/с 2 кг» in set vy); «на блины» is a purpose, so plain wheat flour qualifies; the pancake "
           "flours (Пышечка / Маркет / С.Пудовъ «блинная») are sold in 1 kg packs only and are excluded with all other 1"
           " kg packs; whole-grain, rye, rice, corn, oat, buckwheat, chickpea, almond, coconut and gluten-free flours "
           "excluded; Тихорецкая «Мука … особая, 2кг» taken as wheat flour (outside knowledge: a wheat flour line)"),
        ("катя: молоко 2 пачки 2.5 ой нет 3.2 давай", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "1000172272", "1899800825", "8000026015",
                        "1000553875", "8000026014", "1812450001", "1000323041", "1000139951", "1000049786",
                        "1000445488", "be3e0e74c3", "1000127183", "1059990140", "8000058295", "4aff59ccac",
                        "18ca387556"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                      "10J0077073", "2000600213"],
            "perekrestok": ["3668699", "4162259"],
        }, "the correction in the chat («2.5 ой нет 3.2 давай») makes the wanted milk 3.2 %: drinking cow milk of "
           "exactly 3.2 %, any pack size (no size written; «2 пачки» is a quantity), incl. children's drinking milk "
           "(Агуша, Тема) as in the earlier sets; 2.5 % milk (the corrected value), ranges 3.2-4 % / 3.2-6 %, топлёное, "
           "«для капучино» (Му-у), infant milks «с 8 месяцев» (Аммм, Зелёная Линия - products for babies), kefir and "
           "condensed milk excluded"),
        ("настя: сгущенку рогачевскую банку", {
            "pyaterochka": [],
            "magnit": ["1000129520", "dedd707721", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk («с сахаром» / «цельное … с сахаром»; the Магнит «РОГАЧЕВЪ цельное 8,5%» "
           "is Рогачёв's classic whole condensed milk with sugar - outside knowledge), any can size; «банку» is a unit; "
           "Рогачевъ варёная (incl. «Егорка»), Рогачевъ «с кофе», Рогачевъ butter and condensed milk of other brands "
           "excluded"),
        ("лена: сметанка 20 к блинам", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000102474",
                        "1000429067", "1000574404", "1000574405", "30145abd36"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000509715", "2000544033",
                      "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                             "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of 20 % fat («20» after сметанка is read as the fat %), any brand and pack; «к блинам» is a "
           "purpose; 10/15/25/30 % sour cream, «сметанный» mayonnaise, Сметанковый cheese and sour-cream flavoured "
           "snacks excluded; Пятёрочка has no 20 % sour cream"),
    ]),
    # L04 exam night
    ("нескафе голд растворимый банку (л)\nэнергетик адреналин 2 банки + мне тоже (к)\nн: шоколадку милку с орешками", [
        ("нескафе голд растворимый банку (л)", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13",
                        "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any variant and size (Gold, Gold Арома, Gold Barista / «молотый в "
           "растворимом» and «сублимированный с молотым» are Nescafé Gold instant coffees; Дикси «Gold Alta Rica» is "
           "titled as Gold); «банку» is read as a unit (the titles do not say jar or refill pack); Nescafé Classic / "
           "Classic Crema, 3в1 drinks and other brands' «Голд» (Jacobs, Jardin, Черная карта, Чибо, Milagro, Monarch) "
           "excluded"),
        ("энергетик адреналин 2 банки + мне тоже (к)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline (Rush) energy drink; «2 банки + мне тоже» is a quantity; the only Adrenaline on sale is the "
           "sugar-free version, accepted (judgement: same brand and taste line, the item names no variant); Burn, Red "
           "Bull, Gorilla, Volt, Tornado, Lit, E-on, Drango, Flash Up excluded; Пятёрочка and Магнит carry no Adrenaline"),
        ("н: шоколадку милку с орешками", {
            "pyaterochka": [],
            "magnit": ["2a48a6605c", "fbdae9857e"],
            "dixy": ["2000283718"],
            "perekrestok": [],
        }, "Milka chocolate bar with nuts (с фундуком, с цельным фундуком, с цельным миндалем); Milka with nuts plus "
           "something else (фундук и изюм, карамель и фундук, миндаль/лесные ягоды, арахис-карамель-хлопья), Milka "
           "«ореховая паста с фундуком/миндалем» (a nut-paste filling, not nuts), the white porous Bubbles «фундук» "
           "(unclear whether nut pieces; a different line), plain Milka, Milka sweets, paste and cakes excluded; "
           "Перекрёсток has only «с фундуком и изюмом»"),
    ]),
    # L05 chicken soup
    ("катя: куру на суп\nлена: картохи кило 2\nнастя: морковку пару штук\nкатя: лучку репчатого пару головок", [
        ("катя: куру на суп", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145", "7abe5505c4", "99331702b7", "f8e8bcfe75",
                        "1782102a6a", "bba6e25510"],
            "dixy": ["2000581594", "2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "2160076", "3689116", "2160048", "3683728", "78004576", "3669585", "53105",
                             "4242120", "4208844", "4323072", "3273915", "3653837", "2173555", "3946764", "4329298",
                             "3191300", "52888", "78003876", "3362832", "3336397", "3940063", "4312563", "3678985",
                             "3649232", "3609675", "4116904", "4306879", "3034277", "4347498", "3216279"],
        }, "«кура» = chicken: raw chicken, whole bird or parts (тушка, цыплёнок табака, бедро, филе бедра, голень, "
           "крыло, грудка, филе, медальоны), incl. raw parts in marinade as in the earlier sets («Алабама», Петруха "
           "табака, «Филе курицы в маринаде»); «на суп» is a purpose, not a filter; chicken шашлык (a barbecue product, "
           "cf. set vy), minced шницель, котлеты, breaded strips, smoked/cooked chicken, canned chicken, soups, ready "
           "meals and pet food excluded; Дикси «Набор для супа Слово мясника» (no species in the title) and Перекрёсток "
           "«Филе грудки фермерское» (no species) excluded; Пятёрочка carries no raw chicken"),
        ("лена: картохи кило 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450",
                             "4265670"],
        }, "fresh potatoes (loose, net, washed, red, baby, «для варки/жарки», 1-3 kg bags); «кило 2» is a quantity; "
           "Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (as in set vy); sweet potato (батат), boiled "
           "peeled potatoes, frozen fries, Магнит «Картофель АЙДАХО» (a ready dish, as in set g), crisps, seasonings and"
           " «Картошка» sweets excluded"),
        ("настя: морковку пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh raw carrots of any pack (loose, washed, net, «для сока» 1 kg, mini carrots); «пару штук» is a "
           "quantity; boiled peeled carrots (Дмитровские Овощи), Korean carrot salads, vegetable mixes, juices, purees "
           "and pet food excluded"),
        ("катя: лучку репчатого пару головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый loose, in a net, packed, peeled, and the red «Лук репчатый красный» - titled"
           " репчатый); «пару головок» is a quantity; dried onion (Kotanyi, Айдиго), onion-flavoured snacks, зажарка and"
           " other goods excluded"),
    ]),
    # L06 pasta night
    ("л: спагетти barilla одну пачку на троих, к: фаршика говяжьего пол кило, н: томатной пасты баночку для соуса, л: сыр уже тертый для пасты", [
        ("л: спагетти barilla одну пачку на троих", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti of the spaghetti family (Spaghetti №5, Spaghettini №3, Spaghettoni - thinner/thicker "
           "spaghetti of the same line, judgement); «одну пачку на троих» is a quantity and purpose; other Barilla "
           "shapes (Bavette - flat, Bucatini - hollow, Pipe Rigate, Filini, Risoni, Festivi, Girandole, Stelline, "
           "Spirali) and spaghetti of other brands excluded; Перекрёсток and Пятёрочка carry no Barilla spaghetti"),
        ("к: фаршика говяжьего пол кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "beef mince (Мираторг, Иван Мясоедов, Перекрёсток «говяжий» by weight, Хороший Кусок «из говядины»), any "
           "pack; «пол кило» is a quantity; mixed mince («Домашний», «Фермерский», «деревенский», «домашний мясной»), "
           "pork, turkey and pollock mince excluded"),
        ("н: томатной пасты баночку для соуса", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack (jar, tin, pyramid, sachet: «баночку» is read as a unit, the titles "
           "mostly do not say the pack form); «для соуса» is a purpose; ketchup, tomato puree/passata («Протертая мякоть"
           " томатов»), tomato sauces and canned tomatoes excluded"),
        ("л: сыр уже тертый для пасты", {
            "pyaterochka": [],
            "magnit": ["1000471929", "b10071458c", "1000526832", "8000027253"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784", "4271631"],
        }, "ready grated cheese of any kind (parmesan, Голландский, «микс 4 сыра», «Три сыра»); «для пасты» is a "
           "purpose; cheese in a piece or slices (to be grated at home), mozzarella «для пиццы» in a block, cheese "
           "spreads and pizza excluded"),
    ]),
    # L07 film night
    ("н: чипсы лейс сметана-лук\nк: принглс с паприкой тубу\nл: попкорн в микроволновку 2 пакета\nк: колу 2л не лучше 1.5", [
        ("н: чипсы лейс сметана-лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000568012", "ЦТ0044994", "2000330912"],
            "perekrestok": [],
        }, "Lay's crisps with sour cream and onion flavour (incl. Lay's «Рифленые Сметана и лук»), any pack; other Lay's"
           " flavours («Сметана и зелень», «Молодой зелёный лук», «Белые грибы со сметаной», the 37 g assortment "
           "«Зеленый лук/Сметана и зелень/Краб» sold as one item) and other brands' sour-cream-and-onion crisps (Русская"
           " картошка, Хрустящий картофель) excluded"),
        ("к: принглс с паприкой тубу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles paprika crisps; no Pringles at all in any chain; other brands' paprika crisps are not Pringles (a "
           "named brand is not replaced by another)"),
        ("л: попкорн в микроволновку 2 пакета", {
            "pyaterochka": ["3468690", "3468689"],
            "magnit": ["fa4c1add36", "ef99bfd896", "46f4e81d8d"],
            "dixy": ["2000284017"],
            "perekrestok": [],
        }, "popcorn for the microwave («для СВЧ», «для микроволновой печи») of any flavour (the item names none; popcorn"
           " is always seasoned); «2 пакета» is a quantity; ready-popped popcorn (LUCKY DAYS солёный 150 г, шоколад 250 "
           "г) and corn sticks/flakes excluded"),
        ("к: колу 2л не лучше 1.5", {
            "pyaterochka": [],
            "magnit": ["93578a0da7"],
            "dixy": ["2000562693"],
            "perekrestok": [],
        }, "the correction («2л не лучше 1.5») makes the wanted pack 1.5 l: cola of any brand in 1.5 l bottles (Добрый "
           "кола; Добрый Кола без сахара accepted - the item names no variant, as for Adrenaline in fuv04); colas of "
           "0.33-1 l (Coca-Cola 0.33 l, Добрый 1 l, Черноголовка/Funky Monkey 0.5 l, Pepsi Dark Vanilla 0.5 l), Evervess"
           " Блэк Роял (not a cola), rum-cola beer drinks and cola sweets excluded"),
    ]),
    # L08 Настя's diet
    ("настя: творог обезжиренный 0% 2 пачки\nнастя: огурчиков штук 5 на салатик\nнастя: куриную грудку кило\nлена: и мне творог только 5%", [
        ("настя: творог обезжиренный 0% 2 пачки", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1eb57431af", "1899910741", "1000453156"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "fat-free cottage cheese: titles with 0 % (Савушкин Нежный 0 %) and titles «обезжиренный» that state no other"
           " fat level (Пятёрочка «Творог обезжиренный» 300 г, Моя цена, Danone «мягкий обезжиренный», Село Зелёное) - "
           "judgement: «обезжиренный» with no % is read as 0 %; Резной Палисад «обезжиренный 1.8%» (states 1.8 %), "
           "Lactica 1.5 %, 2 % and fatter cottage cheese, flavoured curds and desserts excluded; «2 пачки» is a quantity"),
        ("настя: огурчиков штук 5 на салатик", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205",
                             "2131726"],
        }, "fresh cucumbers (smooth, prickly, long, short, packed; Дикси «Огурцы корнишоны, в упаковке, 300 г», "
           "Перекрёсток «Огурцы Хрустящие» and «Бакинские, 300г» and Магнит «ОГУРЦЫ гладкие, 1кг» taken as fresh - "
           "outside knowledge, as in set vy); «штук 5» and «на салатик» are quantity and purpose; pickled, marinated and"
           " salted cucumbers, assortments, cucumber-flavoured goods and ready salads excluded"),
        ("настя: куриную грудку кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "2160076", "3689116", "3669585", "53105", "4242120", "4208844", "4323072",
                             "3273915", "3653837", "2173555", "3946764", "4329298", "3191300", "52888", "78003876",
                             "3362832", "3336397", "3940063", "4312563", "3678985", "3649232", "3609675", "4116904",
                             "4306879", "3034277", "4347498", "3216279"],
        }, "raw chicken breast: breast fillet with or without skin, breast on the bone, inner fillet («малое»), breast "
           "medallions, and «Филе курицы/цыплёнка» / «Филе куриное» taken as breast fillet (as in set g), incl. raw "
           "fillet in marinade (earlier sets' convention); «кило» is a quantity; thigh fillet («Филе бедра»), thighs, "
           "wings, carcasses, breaded strips, cooked/fried fillet, шашлык, «Филе грудки фермерское» (no species in the "
           "title) and turkey excluded; Магнит and Пятёрочка carry no chicken breast"),
        ("лена: и мне творог только 5%", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                        "1000441658", "8000030462", "1000400388", "1000377235", "1000512632", "1720c2be05",
                        "9aeeb10b64", "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167",
                        "1000208909", "1079990193", "1000306424", "1000224037", "1000453157", "1000426473",
                        "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000584511",
                      "2000227595", "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4223080",
                             "3668864", "4294066", "4274201", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5 % (classic, crumbly, soft «мягкий/нежный», granular «зерненый в "
           "сливках»/«Зёрнышко», lactose-free, «из топленого молока»), any pack; «только 5%» is the fat filter; "
           "flavoured 5 % curds (101 Зерно/Савушкин with fruit, «с изюмом», «с вареньем», «со сметаной»), baby "
           "bio-curds, 4-4.5 %, 5.5 %, 6 % and 9 % cottage cheese, curd desserts and сырки excluded; Пятёрочка has no 5 "
           "% cottage cheese"),
    ]),
    # L09 tea with sweets
    ("к: зеленого чая в пакетиках коробку на всех, л: зефирок бело-розовых к чаю, н: вафельки какие нибудь", [
        ("к: зеленого чая в пакетиках коробку на всех", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "e1b666c6ef", "6af760c408"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (unflavoured) green tea in tea bags (Ahmad «Зеленый» 25 пак., Kensington «зеленый» 25 пак., Richard "
           "«Роял Грин» 25 пак.); «коробку на всех» is a quantity; flavoured green teas (Tess Лайм/Флирт/Джинджер "
           "Мохито/Гет Детокс, Принцесса Ява жасмин/клубника-ваниль, Кертис Хьюго/Фреш Мохито, Richard Дижестив), loose "
           "green tea (Ahmad, Richard, Tess Стайл «байховый» 100 г), bottled green tea drinks and black teas excluded"),
        ("л: зефирок бело-розовых к чаю", {
            "pyaterochka": ["3416715"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the classic white-and-pink zefir (Шарлиз «Бело-розовый»); «к чаю» is a purpose; single-flavour zefirs "
           "(брусника, смородина, Антоновка, клюква, клубника, малина, шампанское-клубника, яблочный), chocolate-covered"
           " zefir and Коломенский «Ваниль и малина» (colours not stated in the title) excluded"),
        ("н: вафельки какие нибудь", {
            "pyaterochka": ["3000449", "3673372", "3957302", "1191"],
            "magnit": ["005ccfcf56", "98361dfdef", "c66dcb1c29", "ff8a1f323c", "3112081001", "df2cfb12b6"],
            "dixy": ["2000575912", "2000571911", "2000395386"],
            "perekrestok": ["4323197", "4323148", "4323149"],
        }, "any wafers («какие нибудь»): products titled «Вафли» of any flavour (incl. Коровка, Коломенское, Lucky Days,"
           " Джек, Любимые традиции, Акульчев «венские», Take a Bitey, Kinder Maxi King «Вафли»), mini-wafers and wafer "
           "rolls (Яшкино «Вафельные рулетики»); cream-filled wafer tubes sold as desserts (Русский свиток «Трубочка "
           "вафельная … Пломбир», Snapico «крем-десерт в вафельной трубочке» - may be chilled desserts, not checkable), "
           "wafer cakes (Мишка косолапый, Шоколадница, Маркет «Торт Вафельный»), wafer sweets (Конфеты …вафельные, "
           "Боярушка), chocolate bars with wafer pieces, ice cream in wafer cones/cups and rye «вафельный» crispbread "
           "excluded"),
    ]),
    # L10 girls' evening
    ("лена: винишко белое полусладкое\nкатя: сыр с плесенью любой\nнастя: винограда без косточек гроздь", [
        ("лена: винишко белое полусладкое", {
            "pyaterochka": [],
            "magnit": ["2441fbd675", "972e6a1879", "386f5c8f61", "eb954782ea", "192fc56485", "8d10f0be34",
                        "b4de84479c", "8e3e417710", "1c6259d676"],
            "dixy": [],
            "perekrestok": [],
        }, "still white semi-sweet wine of any grape, country and size; sparkling white semi-sweet wines (Абрау-Дюрсо, "
           "Ка ди Валле, Лыхны, Шато Тамань, Советское Шампанское), red/rosé semi-sweet, white dry wines and wine drinks"
           " excluded; only Магнит sells white semi-sweet still wine"),
        ("катя: сыр с плесенью любой", {
            "pyaterochka": [],
            "magnit": ["1000261594", "1000280920", "4cef7f7bed", "9b0afa1bae", "8000077476", "f58b273104",
                        "6fea2c6791", "30f7475df3", "1a90d33db1", "1000417247"],
            "dixy": ["2000317363", "2000331952"],
            "perekrestok": ["4203083"],
        }, "any mould cheese («любой»): white-mould (Camembert, Brie, President «Снэк а ля Франсэ с плесенью», Supreme) "
           "and blue-mould (Блфорт, Гальбани Пиканте, Рокфорти, Premiere of Taste, Grand Blu) cheeses; Дорблю «Крем-сыр "
           "… с голубой плесенью» (a cheese spread), Craft&Eco gorgonzola in dark chocolate (a dessert), "
           "blue-cheese-flavoured olives and gorgonzola pizzas excluded"),
        ("настя: винограда без косточек гроздь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes (Дикси «Виноград Мускат, без косточки»); «гроздь» is a quantity; Перекрёсток's grapes "
           "(Artfrut белый, Ред Глоб, Тайфи, чёрный) are not titled seedless (Red Globe and Taifi are seeded varieties) "
           "and are excluded, as are raisins («Виноград сушёный без косточек»), juices and grape-flavoured goods"),
    ]),
    # L11 Лена is ill
    ("для лены: лимона 2 штуки, корешок имбиря свежего, варенье из малины баночку, ромашковый чаек", [
        ("для лены: лимона 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, Маркет Fresh 2 шт, Узбекистан); «2 штуки» is a quantity; lemon-flavoured goods, lemon "
           "juice and cleaning products «Лимон» excluded"),
        ("корешок имбиря свежего", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root (Перекрёсток «Имбирь» by weight and «Имбирь, 300г», taken as fresh root - outside "
           "knowledge); ground, marinated, candied and dried ginger, the «Набор иммунный имбирь-лимон» (a mix) and "
           "ginger-flavoured goods excluded"),
        ("варенье из малины баночку", {
            "pyaterochka": [],
            "magnit": ["bb783c4961"],
            "dixy": ["2000318053", "2000546998"],
            "perekrestok": ["4253746", "4252161", "4204893"],
        }, "raspberry varenye (Mr.Ricco/RICCO, Круглое лето, Пр!ст, Маркет Перекрёсток, Ратибор «малина»), any jar; "
           "«баночку» is a unit; raspberry jams (Mr.Ricco/Махеевъ/Пр!ст/Ратибор «Джем»), raspberries «протёртая с "
           "сахаром» and other berries' varenye excluded (варенье ≠ джем, as in set d)"),
        ("ромашковый чаек", {
            "pyaterochka": [],
            "magnit": ["41c45cd02f"],
            "dixy": [],
            "perekrestok": [],
        }, "chamomile herbal tea (Травы Башкирии «Ромашка», 40 г); teas with chamomile aroma among other herbs and "
           "cosmetics/paper «с ромашкой» excluded"),
    ]),
    # L12 before the stipend
    ("к: роллтон 4 шт, л: хлеб самый дешевый, н: сосиски подешевле (и мне!! к)", [
        ("к: роллтон 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3947754"],
        }, "Роллтон's classic product, instant noodles/vermicelli (Перекрёсток «Вермишель Роллтон По-домашнему с "
           "говядиной, 85г»); «4 шт» is a quantity; other Роллтон products - dry pasta «с оливковым маслом», instant "
           "mashed potatoes, bouillon (Дикси) - and instant noodles of other brands (Доширак, BigBon) excluded"),
        ("л: хлеб самый дешевый", {
            "pyaterochka": [],
            "magnit": ["a37c992f14", "d3cf97a497", "643727af2a", "54f3720614", "fb4c130c20", "6929a8d5f0",
                        "30c269d29a", "67f076fea4", "71b3f9704a", "7fa10b807d"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["4318510", "4318511", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402",
                             "4157283", "78011178", "4149554", "78020935", "78034523", "3945535", "3126329",
                             "3974720", "4074396", "3627134", "4148558", "4318513", "3658457", "2060872", "4276930",
                             "2065126", "3953836", "4148561", "4159802", "78034683", "78010499", "66538", "66541",
                             "49457", "4361611", "78034786", "3455614", "3455615", "4361612", "3484089", "3427407",
                             "3357380", "3631465", "78009384", "3246712", "3617422", "2000243", "78000800", "4291434",
                             "78009545", "78009395", "4354623", "4049144", "4164733", "2053660", "3634576", "3965436",
                             "4323653", "4323654", "4323651", "78007697", "78001023", "78010859", "78033782",
                             "3382146", "3624125", "3974719", "4329404", "2024150", "3455248", "3931337", "4287370"],
        }, "any plain bread loaf - white, rye, rye-wheat, grain, toast bread, baguettes, ciabatta - incl. батоны (as "
           "«хлеб» in the earlier sets), whole or sliced, halves; «самый дешевый» is a wish; breads with raisins "
           "(Мариинский, Ароматный с изюмом), with rosemary, garlic/«пикантный» baguettes, the sesame плетёнка, brioche "
           "buns, the 53 g Рижская булка, the sweet «Хлеб ЧАЙНЫЙ» (a sweet loaf - outside knowledge), crispbreads "
           "(«хлебцы», Елизавета «вафельный»), rusks and croutons excluded"),
        ("н: сосиски подешевле (и мне!! к)", {
            "pyaterochka": ["3631905", "3306014", "16676bb3f8"],
            "magnit": ["9323828a10", "5ee4bc3c3d", "d08287067b", "9b4b38b86e", "7c9f298d18", "c7e784766f",
                        "c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83", "a71ef90bc4", "c09ecd22ea",
                        "37c028c01a", "61299796c8", "5215d6a234", "2dd98ca456", "119aa8a644"],
            "dixy": ["2000513172", "2000418174", "2000565391", "2000308550", "2000566633", "2000300143",
                      "2000190007", "2000279644", "2000174171", "2000330718", "2000326151", "2000324158",
                      "2000577622", "2000322511", "2000286260", "2000566631", "2000316003", "2000563472", "ЦТ0047282",
                      "2000125037", "2000602632", "2000318804", "2000231293", "2000572752", "2000600471",
                      "2000424551", "2000528072", "2000181981"],
            "perekrestok": ["3416253", "4051414", "3198697", "3207022", "4169220", "3653933", "4175216", "4100627",
                             "4100629", "3347588", "4062689", "4045571", "4279045", "4339153", "4337767", "4081069",
                             "4337765", "3464088", "3464086", "4241464", "3359555", "4353596", "4316920", "3460864",
                             "3330134", "3390152", "3486631", "3443810", "4276248", "3697463", "3635837", "3434237",
                             "4342912", "4329781", "4343709", "4332703", "4321243", "4344479"],
        }, "sausages (сосиски) of any kind, meat and pack - молочные, сливочные, венские, баварские, детские, "
           "poultry/turkey, smoked («подкопчённые/копчёные») - «подешевле» is a wish and «(и мне!! к)» a quantity; "
           "sausages with added cheese, bacon, mozzarella and basil, pumpkin or vegetables (flavoured variants), stewed "
           "cabbage with sausages, сардельки and колбаса excluded"),
    ]),
    # L13 sushi after the stipend
    ("лена: рыбка красная слабосол.\nкатя: авокадики 2 штучки спелые\nнастя: креветок пачку\nлена: рис для суши пачку", [
        ("лена: рыбка красная слабосол.", {
            "pyaterochka": [],
            "magnit": ["af11d0a75a", "d049c4430b"],
            "dixy": [],
            "perekrestok": ["4352643", "4362600", "4362529", "4362530", "4066444"],
        }, "lightly salted red fish («слабосол.» = слабосолёная): trout, кета, горбуша fillet slices or piece; herring "
           "and other white fish, smoked, frozen and canned red fish, the 3 FISH «Пивной набор» (a beer-snack "
           "assortment), Пятёрочка «Форель, Балтийский Берег» (state not given in the title), olives/cheese/pâté «с "
           "лососем» and caviar excluded"),
        ("катя: авокадики 2 штучки спелые", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                             "4272853", "3216120", "4254512", "4379376", "3954359", "3948371", "3445047", "3954360"],
        }, "fresh whole avocados of any variety and pack (loose, 1-2 pcs, 500 g-1 kg, Hass, «Ready-to-eat», organic); «2"
           " штучки» is a quantity and «спелые» a wish; «Авокадо свежий без косточки, 300г» (pitted halves, a processed "
           "pack), avocado oil, mayonnaise, cosmetics and toys excluded"),
        ("настя: креветок пачку", {
            "pyaterochka": [],
            "magnit": ["543e4295ac", "4377bbfd5b", "acf5d0e7eb", "daa53ea23d", "d757ba985f"],
            "dixy": ["2000559411", "2000283070", "2000578411", "2000415852", "2000563411", "2000595631"],
            "perekrestok": ["4362236", "4328813", "4277440", "4301249", "3647723", "4296609", "4360313", "4364088",
                             "3627766", "4323674", "4116769", "69215", "3464112", "3420956", "3331822", "4269762",
                             "4357329", "3686756", "4363720", "4269760", "4343270", "4289266"],
        }, "shrimps themselves: frozen raw or cooked-frozen, peeled or not, any size/count, packed or by weight, and "
           "shrimps in brine (Санта Бремор «в заливке», Русское Море «в заливке», Два Капитана «в рассоле»); «пачку» is "
           "a quantity; shrimps in garlic marinade on skewers and shrimp шашлык (seasoned products), dumplings, poke, "
           "rice and pasta dishes, shrimp-flavoured chips, cheese, caviar and fish paste «с креветкой», olives with "
           "shrimps and pet food excluded"),
        ("лена: рис для суши пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3143475", "4285358"],
        }, "sushi rice (Sen Soy «для суши», Market Collection «для японской кухни»); ordinary round-grain rice (Кубань, "
           "Краснодарский, Италика, Увелка/Мистраль/Маркет круглозёрный) is a different product from «рис для суши» and "
           "is excluded (as set vy kept the two apart)"),
    ]),
    # L14 room inspection: cleaning
    ("к: фэйри посуду мыть\nл: губок для посуды пачку новую\nн: мешки для мусора 30 литров рулон\nк: туалетной бумаги трехслойной упаковку", [
        ("к: фэйри посуду мыть", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                        "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                        "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dishwashing liquid of any scent and size (Fairy/ФЭЙРИ, Platinum, Pure&Clean, Нежные руки); "
           "«посуду мыть» is the product's purpose; Fairy dishwasher tablets («для посудомоечных машин … All in 1 / Все "
           "в 1»), other brands' dish liquids and goods «для мытья посуды» of other brands excluded"),
        ("л: губок для посуды пачку новую", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes (Магнит Нужные Вещи «Губки для посуды Макси, 5шт.»); «пачку новую» is a quantity;"
           " the shoe sponge and anything else excluded"),
        ("н: мешки для мусора 30 литров рулон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 30 l («30 литров» names the bag size); the only bin bags on sale are Магнит «Био ушки 60л» - "
           "another size, excluded"),
        ("к: туалетной бумаги трехслойной упаковку", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "939f14debe", "11634cf6c9", "be21812bf9", "6189f05c16", "cdc752b01e",
                        "24f2c70304", "f88b88076f", "0f9bdfbe08"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "dry 3-ply toilet paper of any brand and pack (Soffione Премио, Zewa Deluxe, Папия), incl. scented/printed "
           "Deluxe variants (judgement: scent is a minor variant of the same paper and the item names none); Зева Делюкс"
           " «Белая с ароматом ромашки» taken as 3-ply (Zewa Deluxe is the 3-ply line - outside knowledge); 2-ply "
           "(Familia Плюс, Zewa Plus/Сирень) and 4-ply (Soffione Империал, Zewa Natural Soft, Zewa Just1) paper, wet "
           "toilet paper, paper towels, tissues and handkerchiefs excluded"),
    ]),
    # L15 laundry
    ("л: стирального порошка для автомата пачку, к: ленор кондицонер для белья любой запах, н: пятновыводитель vanish (у меня кофе на кофте)", [
        ("л: стирального порошка для автомата пачку", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "3c569d2305", "cf77b09c0c", "a728270b73", "eda27ccd92",
                        "f93558c546", "2002145e39", "147d8a2d07", "d8210473b5", "9570abee2a", "e1ac0bab6d",
                        "240fe4229e", "95636dc9ca", "4d919fe5ff", "cc70715e17", "8d8c8ce3af", "9ec3c6b343",
                        "4a43abe881", "eee3b0a174", "6d62d005d5", "21dd0bf72c", "e045589f41", "0306390d77",
                        "f400bf3623", "32662031ca"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder whose title says it is for automatic machines («автомат»), any brand, scent, "
           "colour/white/children's line and pack; powders whose titles do not say «автомат» (Persil Сенситив/Сов, Sorti"
           " Колор актив/Цветущий лен, Tide детский колор, Dosia, Миф Морозная свежесть, Synergetic, Заводъ «Традиции "
           "качества» - can be hand-wash or universal, not checkable), gels, capsules, stain removers and dishwasher "
           "powder (Сомат) excluded; only Магнит sells washing powder"),
        ("к: ленор кондицонер для белья любой запах", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner of any scent (Пятёрочка «Lenor, скандинавская весна, 2 л»); Ariel powder «Ленор "
           "фреш» (a powder), Vernel, Синергетик, Е, Магнит and other conditioners excluded"),
        ("н: пятновыводитель vanish (у меня кофе на кофте)", {
            "pyaterochka": [],
            "magnit": ["ac176ffbd4", "6a5dfe63c5"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish laundry stain remover (Oxi Action liquid, Oxi Advance gel); Vanish carpet cleaners («Средство для "
           "чистки ковров ВАНИШ»), ACE Oxi and Synergetic stain removers excluded"),
    ]),
    # L16 hygiene
    ("н: олвейс ночные прокладки пачку\nк: пасты зубной колгейт тюбик\nн: шампунь для жирных волос какой нибудь", [
        ("н: олвейс ночные прокладки пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always night pads; no Always products in any chain; other brands' night pads (Ola! Ultra Найт, Lin Yun "
           "Ночные) are not Always (a named brand is not replaced)"),
        ("к: пасты зубной колгейт тюбик", {
            "pyaterochka": ["2157107"],
            "magnit": ["81453183d1", "bf8f2e67c9", "bfa8bafe8c", "6979fdd12e", "fe74f3aca3", "d03e638466",
                        "02007f5dd2", "5d575a5319", "350131f5fe", "8708609287", "b432da8011", "b6d0eea1fc",
                        "65ee960a88", "34c642c8c6"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste of any adult variant (Тотал 12, Naturals, уголь, отбеливание, прополис, травы, тройное "
           "действие …); Магнит «Гель для полости рта COLGATE Тотал12 Профессиональная чистка» taken as the gel "
           "toothpaste of that line (outside knowledge; the same line is also titled «Зубная паста»); children's Colgate"
           " toothpastes (3-5 лет, 6-9 лет, Доктор Заяц - products for children), Colgate toothbrushes, the Colgate-made"
           " Tahiti shower gel and other brands excluded"),
        ("н: шампунь для жирных волос какой нибудь", {
            "pyaterochka": [],
            "magnit": ["e55ac39ae7", "fa1fcb3709", "03b46117d4"],
            "dixy": [],
            "perekrestok": [],
        }, "any shampoo for oily hair: LIKATO «для тонких и жирных» and Head&Shoulders «Цитрусовая свежесть» (sold as "
           "the anti-dandruff shampoo for oily hair - outside knowledge); shampoos for other hair types and those whose "
           "titles do not say oily hair (Fructis «Огуречная свежесть», Timotei «Прохлада и свежесть», Clear men, "
           "LIBREDERM pH-Баланс) excluded"),
    ]),
    # L17 Катя's birthday
    ("лена: тортик медовик на др кати\nнастя: шампусик полусладкий бутылку\nлена: мандаринок килограмм", [
        ("лена: тортик медовик на др кати", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a whole honey cake «Медовик»; no Медовик cake on sale - Перекрёсток has only single-portion «Пирожное "
           "Медовик» (90-110 g), a pastry, not a birthday cake, excluded; other cakes excluded"),
        ("настя: шампусик полусладкий бутылку", {
            "pyaterochka": [],
            "magnit": ["c808d17741", "5cb7d177c0", "be45bd3a54", "6189a8f90e", "8fffc021cf"],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, "«шампусик» = sparkling wine («Вино игристое», incl. Советское Шампанское), semi-sweet, white or rosé "
           "(Абрау-Дюрсо, Ка ди Валле Lambrusco white/rosé, Лыхны, Шато Тамань, Советское Шампанское); «бутылку» is a "
           "unit; red sparkling wines (Lambrusco red, Лыхны red - not what «шампанское» means, judgement), brut, dry, "
           "semi-dry and sweet/Asti sparkling wines and still wines excluded"),
        ("лена: мандаринок килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); «килограмм» is a quantity of a weighed good; mandarin-flavoured"
           " drinks, juices, yoghurts, sweets and olives «с мандарином» excluded"),
    ]),
    # L18 apple pie
    ("катя: яблоки для пирога 1 кг\nкатя: сахарный песок пачку\nлена: разрыхлитель для теста пару пакетиков\nнастя: маслице сливочное 82% пачку", [
        ("катя: яблоки для пирога 1 кг", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0074363", "10E0076186", "10E0076185", "2000499049"],
            "perekrestok": ["48645", "99994", "4039875", "3366336", "3366339", "4047904", "4194479", "4152138",
                             "4194477", "3366324", "4152181", "4097665", "3366327", "4097664", "4258744", "3366346",
                             "3980656", "4047567", "4194478", "4152180", "3283268", "4194480", "3616014", "4287238",
                             "4374590", "4381176", "4271017", "4381173", "3639577", "3366344", "4047903", "79341",
                             "77001777", "4381179", "4342539", "4341473", "3171926", "2168511", "81962", "4208423",
                             "4286927", "3356276", "4258743"],
        }, "fresh apples of any variety and pack (loose, 2-4 pcs, 1-2 kg bags); «1 кг» is a quantity of a weighed good "
           "and «для пирога» a purpose; fruit mixes with apple, apple juice, purees, dried apples, chips and "
           "apple-flavoured goods excluded"),
        ("катя: сахарный песок пачку", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar (сахар-песок) of any pack size; Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» is "
           "granulated (refined) sugar and Перекрёсток Чайкофский «белый кристаллический свекловичный» is granulated "
           "beet sugar; Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated sugar (as in set vy); sugar cubes "
           "(«прессованный», «кусковой»), cane sugar, coconut sugar, vanilla sugar and sweeteners excluded"),
        ("лена: разрыхлитель для теста пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder (Dr.Bakers «Разрыхлитель теста», 10 g sachet); «пару пакетиков» is a quantity; baking soda, "
           "yeast, vanilla sugar and gelatine excluded"),
        ("настя: маслице сливочное 82% пачку", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                        "1000433642", "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad",
                        "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                      "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337", "4260609",
                             "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3612778",
                             "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544", "3657363",
                             "4292462", "4343792", "3699369", "4196090", "3953367", "4135603", "3922315", "3654551"],
        }, "butter of 82 % fat (82 % and 82.5 % - 82,5 % counts as «82», as in the earlier sets), sweet-cream, salted or"
           " unsalted, lactose-free, any pack; «пачку» is a unit; 72.5 % (Крестьянское), butter without a stated fat "
           "(Волгодонское), spreads and melted butter excluded"),
    ]),
    # L19 sandwiches
    ("л: булку белую нарезную, к: докторской колбаски граммов 300 на бутеры, н: сыра гауда в нарезке упаковку, л: молотого кофе для турки пачку", [
        ("л: булку белую нарезную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "«булка белая нарезная» is the St Petersburg name of the white loaf «батон нарезной»: white «Батон Нарезной» "
           "of any brand, whole or sliced (Коломенское, Пр!ст, Маркет Перекрёсток, Маркет «улучшенный»); the written "
           "type «нарезной» is required, so other white батоны (к завтраку, Молочный, Новый, plain «Батон»), Горчичный, "
           "Зерновой and Отрубной батоны, bread, baguettes and small buns (Рижская булка) excluded"),
        ("к: докторской колбаски граммов 300 на бутеры", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a",
                        "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3",
                        "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["3385812", "2170372", "3434232", "4312573"],
        }, "Докторская boiled sausage of any brand and pack, whole, piece or sliced (incl. Царицыно «ДОКТОРСКАЯ, Особая»"
           " and Мясницкий ряд «от шефа»); «граммов 300» is a quantity and «на бутеры» a purpose; Докторские сосиски and"
           " other boiled sausages excluded"),
        ("н: сыра гауда в нарезке упаковку", {
            "pyaterochka": [],
            "magnit": ["1000452314"],
            "dixy": [],
            "perekrestok": ["4353317", "4003953"],
        }, "Gouda cheese sliced («в нарезке» = нарезка/ломтики): Село Зелёное «Гауда Премиум нарезка», Маркет «Гауда "
           "ломтики»; Gouda in a piece or by weight (Landkaas, Брест-Литовск, Молокавоз, Маркет 200 г) and other sliced "
           "cheeses excluded"),
        ("л: молотого кофе для турки пачку", {
            "pyaterochka": ["3607723"],
            "magnit": ["222418c5e4", "bf33a13d25", "2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2",
                        "0fe86f8472", "a6281deb0c", "76b0197955", "80d20f5714", "3bb33c0c9e", "a28ce67e42",
                        "9e69cdf19d", "46bb6aa6cb", "8269b24f19", "7046b50e4e", "a46592e215", "97373908ef",
                        "4522417a72", "79b9a44edb", "8d3366ce51", "a2b0f72440"],
            "dixy": ["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725",
                      "2000193927", "2000267720", "10E0076694", "2000056820", "2000362026", "2000582491",
                      "2000263796", "2000574432", "2000546071", "2000568376", "2000557192", "2000557193",
                      "2000279848", "2000605231", "2000235411", "2000604152", "2000552471"],
            "perekrestok": ["4058107", "3965705", "4108341", "4345202", "3493876", "3493875", "4345201", "4340948",
                             "4325139", "3395340", "4150051", "3395339", "3689956", "4166073", "4166074", "2147872",
                             "4320251", "4320252", "72112", "72110", "3606929", "3612036", "4129183", "4122814",
                             "4347224", "4291307", "4315506", "4253960", "4351047", "4295649", "4261915", "4261911",
                             "4262483", "6944", "4342549", "4332738", "3644175", "3171130", "29278", "4261910"],
        }, "plain roasted ground coffee of any brand and pack, incl. single-serve sachets of ground coffee (Coffesso 5 "
           "пакетиков / 5x9 г); «для турки» is read as a purpose (judgement: any ground coffee can be brewed in a cezve;"
           " packs labelled «для турки»/«По- восточному» are included, nothing restricted to them); instant coffee and "
           "«молотый в растворимом» / «сублимированный с молотым», beans, Tassimo discs, L'OR 52 g (capsules - outside "
           "knowledge), drip and filter bags (Маркет Collection дрип, Verle «в фильтр-пакетах») and flavoured coffee "
           "(Jardin «Синнамон Кейк … ароматизированный») excluded"),
    ]),
    # L20 yoghurts and curd snacks
    ("Лена: йогурт активиа клубника\nКатя: мне тоже активию но черничную\nнастя: ряженки 4% бутылку\nлена: сырков глазированных 3 штучки", [
        ("Лена: йогурт активиа клубника", {
            "pyaterochka": [],
            "magnit": ["264dcf04cc"],
            "dixy": ["2000596133"],
            "perekrestok": [],
        }, "Activia strawberry yoghurt, spoonable or drinking: Магнит «Йогурт питьевой АКТИВИА Клубника-земляника» and "
           "Дикси «Биойогурт Актибио Клубника» (Актибио is the Russian renamed Activia line of the same producer - "
           "outside knowledge); mixed-fruit Activia/Актибио (клубника-яблоко-питахайя, яблоко-клубника-черника, "
           "клубника-черника, дыня-клубника-земляника), other flavours and other brands' strawberry yoghurts excluded"),
        ("Катя: мне тоже активию но черничную", {
            "pyaterochka": [],
            "magnit": ["1000508290", "dcef614113"],
            "dixy": ["2000537896", "2000326717"],
            "perekrestok": [],
        }, "Activia/Актибио with blueberry (the correction «но черничную» makes the flavour blueberry): «с черникой 5 "
           "злаками и семенами льна», «Черника-злаки-семена льна», «Черника и 5 злаков» (blueberry is the fruit; cereals"
           " and flax are texture - judgement); mixed-fruit blends (груша-черника, клубника-черника, "
           "яблоко-клубника-черника), strawberry and other flavours excluded"),
        ("настя: ряженки 4% бутылку", {
            "pyaterochka": [],
            "magnit": ["1000451592", "1000439736", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka of exactly 4 % (Большая кружка 500/800 г, Из Молока Нашей Дойки 900 г), any pack; «бутылку» is a "
           "unit; 2.1-3.2 % ryazhenka, children's and flavoured ryazhenka (клубника, груша, малина, печёное яблоко, "
           "банан-карамель) excluded"),
        ("лена: сырков глазированных 3 штучки", {
            "pyaterochka": ["4061730", "f17a948634"],
            "magnit": ["8000070532", "1000305762", "42cd196db0", "1000059925", "1899801136", "1000518913",
                        "1000581120", "1000274202", "8000078945", "d7df85a8e4", "1000580175", "1000149410",
                        "61ab02df21", "2a844a0718", "1432ba3e24", "b3f3665e14", "1000359365", "1000238205",
                        "1000172948", "1000238206", "1000167330", "1000122409", "1000167329", "1000149411",
                        "1000186648", "1000186649", "1000059932", "1000138236", "1000351466", "1000359364",
                        "8000061673", "8000061566", "1000580174", "a436bb1f2b", "2a66b2b012", "1000117018",
                        "1000077349"],
            "dixy": ["2000597331", "2000597332", "2000179854"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614", "3041670", "20615", "3666242", "3666241",
                             "4208433", "3427052", "3454107", "3463779"],
        }, "glazed curd snack bars (сырок глазированный / «в глазури» / «в молочном шоколаде») of any filling and glaze "
           "(the item names none: vanilla, cocoa, condensed milk, coconut, caramel, strawberry, «Картошка» …), single or"
           " multipack; «3 штучки» is a quantity; unglazed curd bars (Сыркофф, Ростагроэкспорт/РостАгроКомплекс «Сырок "
           "творожный» 90 г, Хозяйство Васильевой, «с изюмом»), Коровка из Кореновки «Сырок … ваниль» (glaze not "
           "stated), Чудо «Десерт» bars (glaze not stated), the Магнит сырок in a wafer cone and raw-smoked sausages "
           "(«сырокопчёная») excluded"),
    ]),
    # L21 fruit
    ("н: яблок зеленых кило\nк: апельсины 2 кило\nл: киви штучек 6 витаминки\nк: ой апельсинов лучше 3 кило", [
        ("н: яблок зеленых кило", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4047567", "4194478", "4152180", "3171926"],
        }, "fresh green apples: Granny Smith and titles «зелёные», plus Симиренко (a green variety - outside knowledge);"
           " «кило» is a quantity; red, yellow (Голден) and other varieties, apples whose colour is not given (Муцу, "
           "Садовые, Уральское, Кубанские, ранние …) and Зелёная Линия «Органика» (Зелёная Линия is a brand, not the "
           "colour) excluded"),
        ("к: апельсины 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "48651", "77001353", "55655", "3022836", "3663839",
                             "98632", "60619", "4209029"],
        }, "fresh whole oranges of any variety and pack (Навелин, red/blood oranges, отборные, фасованные, 2 шт, 1 kg); "
           "«2 кило» is a quantity; cut orange pieces (Перекрёсток «резанный кусочками»), juices, orange-flavoured "
           "drinks, sweets and cosmetics excluded"),
        ("л: киви штучек 6 витаминки", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4177001", "4156364", "4175544", "2094491", "14017", "3638652", "4322057",
                             "4104587"],
        }, "fresh kiwi fruit of any kind and pack (green, Gold, red, loose, 2-6 pcs, 300-900 g); «штучек 6» is a "
           "quantity and «витаминки» a purpose; «Киви мини, 125г» (kiwiberries - a different small fruit, outside "
           "knowledge), cut kiwi pieces, kiwi jam, yoghurts and kiwi-flavoured goods excluded"),
        ("к: ой апельсинов лучше 3 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "48651", "77001353", "55655", "3022836", "3663839",
                             "98632", "60619", "4209029"],
        }, "the same oranges as «апельсины 2 кило» above: the message only corrects the quantity («ой … лучше 3 кило»), "
           "so the product is fresh whole oranges of any variety and pack; cut pieces, juices and orange-flavoured goods"
           " excluded"),
    ]),
    # L22 lazy dinner
    ("катя: пельмешек самых дешевых пачку\nлена: замороженную пиццу 2 шт\nнастя: наггетсы куриные пачку\nкатя: майонэз провансаль", [
        ("катя: пельмешек самых дешевых пачку", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                        "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000596852", "2000596851", "2000282673", "2000558274", "2000318344", "2000411354",
                      "2000565192", "2000596853"],
            "perekrestok": [],
        }, "meat pelmeni of any brand, meat and pack (incl. Горячая штучка Бульмени and Бигбули - Магнит titles Бигбули "
           "«Пельмени»); «самых дешевых» is a wish, «пачку» a quantity; fish pelmeni with spinach (Четверг - a different"
           " filling; pelmeni without a qualifier are meat pelmeni), vareniki, khinkali, manti, dumplings and chebureki "
           "excluded"),
        ("лена: замороженную пиццу 2 шт", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "frozen pizza of any kind: Dr.Oetker Ristorante, Ла Траттория (frozen pizzas - outside knowledge), Цезарь "
           "(accepted as frozen as in set d), Zotman Ice (the frozen line - outside knowledge); «2 шт» is a quantity; "
           "Маркет Collection «Пицца Римская» (not stated frozen, may be chilled), Горячая штучка «Чебупицца» (a snack, "
           "not pizza), pizza sauces and cheese excluded"),
        ("настя: наггетсы куриные пачку", {
            "pyaterochka": [],
            "magnit": ["a36ebb7d8a", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets (Золотой Петушок «традиционные» - a chicken brand -, Мираторг «НАГГЕТСЫ КУРИНЫЕ»); turkey "
           "nuggets (Индилайт), breaded strips, medallions and cutlets excluded"),
        ("катя: майонэз провансаль", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "ddda8365b8",
                        "2c23c84574", "1799700138", "1000501598", "1000554514", "1000556519", "7d31b46ae3",
                        "1000277219", "1000169172", "f0f427f9d4", "8000045827", "1000233673", "1728400030",
                        "7a519275b4", "1000422623", "1000014596", "1000356802", "1000348713"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "ЦТ0027566", "2000204803", "2000156539",
                      "1100075125", "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000602611",
                      "2000202369", "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819", "3677986",
                             "4331515", "4331500", "4331497", "3016147", "3467275", "3419671", "3674577", "3193489",
                             "4199312", "3029014", "4112954", "4105769"],
        }, "Provençal mayonnaise («майонэз» is a typo) of any brand, fat and pack: titles «Провансаль» plain, "
           "«классический», «белый» or «с лимонным соком», incl. Московский Провансаль «классический» and Я люблю "
           "готовить «Московский провансаль»; other mayonnaise varieties excluded even when the brand or line says "
           "Провансаль: «оливковый», «с маслом авокадо», «сметанный», «Домашний», «Сливочный», «на перепелиных яйцах», "
           "Слобода «Московская», Heinz «Классический», «Чистый», light and lenten mayonnaise sauces"),
    ]),
    # L23 tins and pickles
    ("л: тунца в собственном соку 2 банки\nк: кукурузу бондюэль банку\nн: огурчиков маринованных баночку к пюрешке", [
        ("л: тунца в собственном соку 2 банки", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice: titles «в собственном соку» and «натуральный/натуральное» (the name of that "
           "style); Новый Океан «Тунец скипджек рубленый» / «филе-кусок» without oil taken as natural (the same line is "
           "sold «в масле» separately - judgement); «2 банки» is a quantity; tuna in oil («в масле», Фортуна «д/м» = "
           "with added oil), Дикси «ВК филе рубленное» and «ТУНЕЦ ДЛЯ САЛАТА» (style not stated), tuna rillettes, frozen"
           " and fresh tuna, salads and pet food excluded"),
        ("к: кукурузу бондюэль банку", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle canned sweet corn of any size (incl. «Молодая»); «банку» is a unit; sweet corn of other brands "
           "(Globus, Грин Рэй, 6 соток, Heinz, Пр!ст, Маркет) excluded; Перекрёсток and Пятёрочка carry no Bonduelle "
           "corn"),
        ("н: огурчиков маринованных баночку к пюрешке", {
            "pyaterochka": ["3231209"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811", "adb393075f", "e8630c700b", "7c2811d92a"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876", "2000180487", "2000148383"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368",
                             "3472384", "4121991", "3976234", "4343529", "3504166", "4379606", "4078446", "3499242",
                             "2101582", "71250", "4107404", "4321954"],
        }, "marinated (pickled in vinegar) cucumbers and gherkins in jars, any brand and size; Дядя Ваня «По-французски»"
           " and «По-берлински» and Скатерть-Самобранка «Корнишоны» accepted as marinated (the same products are titled "
           "«маринованные» in another chain); «баночку» is a unit and «к пюрешке» a purpose; salted/barrel/lightly "
           "salted cucumbers («солёные», «бочковые», «малосольные»), cucumbers whose titles do not say how they are "
           "preserved (6 соток «хрустящие», Закарпатские корнишоны, Globus «с ягодами можжевельника», Лукашинские "
           "«По-старорусски»), flavoured «По-Дижонски с мёдом и горчицей», vegetable assortments, fresh cucumbers and "
           "cucumber-flavoured goods excluded"),
    ]),
    # L24 drinks
    ("лена: водички 5 литров\nкатя: сок rich апельсиновый литровый\nнастя: боржоми 2 бутылочки\nлена: липтон холодный чай лимонный бутылку", [
        ("лена: водички 5 литров", {
            "pyaterochka": [],
            "magnit": ["c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000145479"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "4263871", "4231308", "3373718", "43693",
                             "3674373"],
        }, "still drinking water in 5 l bottles («5 литров» names the pack, as «вода питьевая 5л» in set g), any brand; "
           "0.5-2.5 l bottles, flavoured waters, mineral waters and waters for babies (Фрутоняня «с рождения», Аквалайн "
           "«Для ляль», Черноголовка Бэйби, Кидси - products for infants) excluded"),
        ("катя: сок rich апельсиновый литровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice in a 1 l pack (Дикси «Сок \"Rich\" апельсиновый, 1 л»); «литровый» names the pack; Rich "
           "apple/tomato juices, Rich nectars and drinks, other brands' orange juices excluded"),
        ("настя: боржоми 2 бутылочки", {
            "pyaterochka": [],
            "magnit": ["67c2003564"],
            "dixy": ["2000188861", "ЦТ0020861", "2000211073", "2000315091"],
            "perekrestok": ["3393237"],
        }, "Borjomi mineral water of any bottle size and material; «2 бутылочки» is a quantity; Боржоми «Флейворд Вотер»"
           " flavoured drinks and other mineral waters excluded"),
        ("лена: липтон холодный чай лимонный бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000285268"],
            "perekrestok": [],
        }, "Lipton Ice Tea with lemon (Дикси «Холодный чай \"Lipton\" Лимон, 1,5 л»); «бутылку» is a unit; Lipton peach "
           "and green ice teas, Lipton tea bags, other brands' lemon ice teas (Святой источник) excluded"),
    ]),
    # L25 borsch
    ("настя: бурачок 2 шт на борщ\nнастя: капуста полкочана\nлена: говядины на косточке кило\nкатя: сметанки 15% стаканчик", [
        ("настя: бурачок 2 шт на борщ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "786", "3378167", "13998", "4375880", "3368257", "4299508"],
        }, "«бурачок» = beetroot (southern Russian «бурак»): fresh whole beets (loose, bunched, washed, net, 1 kg bag, "
           "young, Маркет Fresh 200 g); «2 шт» is a quantity and «на борщ» a purpose; boiled beets, beets cut or peeled "
           "ready for use (Белая Дача «резаная», «очищенная», «соломка» - processed, may be boiled), marinated beets, "
           "beet salads, chard and seeds excluded"),
        ("настя: капуста полкочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "fresh white cabbage by the head (белокочанная, ранняя, and Перекрёсток plain «Капуста» taken as white "
           "cabbage as in set vy); «полкочана» is a quantity; shredded packs («резаная», «соломка»), marinated, "
           "sauerkraut, Korean-style cabbage, Chinese cabbage, cauliflower and broccoli excluded"),
        ("лена: говядины на косточке кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "2101259"],
        }, "raw beef on the bone (Перекрёсток «Голень говяжья с костью», «Лопатка говяжья на кости», «Шейный отруб "
           "говяжий на кости», «Стриплоин с костью» - a beef cut, outside knowledge); «кило» is a quantity; boneless "
           "beef (мякоть, антрекот, огузок, ростбиф, шейная часть без кости), «Грудинка говяжья для харчо» (bone not "
           "stated), steaks, mince, pork on the bone and cooked beef excluded"),
        ("катя: сметанки 15% стаканчик", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                        "c90113311e", "1000082622", "1899900582", "1000372785", "2645f50028", "b699c0f510",
                        "1000208902", "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                      "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                             "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream of exactly 15 %, any brand and pack, incl. lactose-free and «из топленых сливок»; "
           "«стаканчик» cannot be checked from the titles and is read as a unit (as in set vy); РостАгроЭкспорт "
           "«пикантная, с чесноком» 15 % (flavoured), 10/20/25 % sour cream and sour-cream flavoured snacks excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuvNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuv\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fuv%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuv%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuv"))
