#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ta.jsonl -- 25 shopping lists of a Kazakh family cooking at home in a Russian city
(бешбармак, баурсаки, сорпа, куырдак, кеспе, самса, наурыз коже, плов, лагман, a lot of tea with milk, sweets for
guests and the everyday staples), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ta.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ta.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fta01, fta02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ta.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ta.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was.
REPLACED = []

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}

# fresh bulb onions (white/yellow and red, loose, nets, packs, peeled fresh onion)
ONION_DIXY = ["10E0074356", "2000270979"]
ONION_PEREK = ["45463", "3969", "3016771", "81209", "3016772", "3368253"]
ONION_NOTE = ("fresh bulb onions (loose, net, 500-600 g packs, red «Лук репчатый красный», peeled fresh onion); the weight "
              "or count is a quantity and the dish a purpose; dried/ground onion (Kotanyi, Айдиго), onion-flavoured "
              "chips/crackers and rahat-lukum excluded; Пятёрочка and Магнит carry no fresh onions")
# fresh carrots
CARROT_DIXY = ["ЦТ0036199", "DI00078733"]
CARROT_PEREK = ["3463356", "4191099", "19345", "3368256", "60529", "4299784"]
CARROT_NOTE = ("fresh raw carrots of any pack (loose, washed 200 g-1 kg, «для сока» 1 kg, mini carrots 250 g); quantity "
               "and purpose are not filters; boiled peeled carrots (Дмитровские Овощи), Korean carrot salads, carrot "
               "juices/purees/pet food excluded; Пятёрочка and Магнит carry no fresh carrots")
# fresh potatoes
POTATO_DIXY = ["ЦТ0028521", "2000582631", "2000003215", "2000321309"]
POTATO_PEREK = ["769", "2083095", "4265670", "3987", "4342860", "3142879", "3074469", "43968", "3092450"]
# fresh cucumbers
CUCUMBER = {
    "pyaterochka": [],
    "magnit": ["a228350700"],
    "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
    "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
}
# ayran (not тан)
AYRAN = {
    "pyaterochka": [],
    "magnit": ["1000051020", "1000157764", "1000011316"],
    "dixy": ["2000566977", "2000586373", "2000591714"],
    "perekrestok": [],
}
AYRAN_NOTE = ("ayran in any pack (Магнит own brand 0.5/1 l, Никон 400 ml, «Напиток кисломолочный Айран», Ростагроэкспорт "
              "«Продукт кисломолочный … Айран»); Тан (Ростагроэкспорт, Дар Гор - another sour-milk drink), kefir, "
              "ряженка and катык-like products excluded; Пятёрочка and Перекрёсток carry no ayran")
# butter, all fats, plain (for «масло сливочное» without fat)
BUTTER_825 = {
    "pyaterochka": ["3026226"],
    "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
               "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
    "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
             "2000602271", "2000605413", "10J0079578"],
    "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                    "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785", "3287314",
                    "3396544", "3657363", "4292462", "4343792", "3699369", "3953367", "4196090", "4135603", "3922315"],
}
BUTTER_OTHER = {
    "pyaterochka": ["3993159"],
    "magnit": ["87355db645", "1000384151", "1000262381", "a1a2b1e98a", "3181241105", "1855599920", "1899911038",
               "1844000142", "1000457493", "8000058591"],
    "dixy": ["2000401635", "2000288309", "2000538793"],
    "perekrestok": ["2029217", "3363741", "2068941", "3637761", "3645266", "3472940", "4260610", "3980020", "4051359",
                    "3423762", "4035287", "3917028", "4188099", "4188102", "4281083", "3963777", "3384196", "2043237",
                    "3355277", "86150", "3226314", "3347817", "2071031", "3406593", "3371288", "4147662", "4068626"],
}
BUTTER_ANY = {s: BUTTER_825[s] + BUTTER_OTHER[s] for s in BUTTER_825}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 бешбармак
    ("баранина на бешбармак 3 кг, лапша для бешбармака 2 пачки, лук репчатый кило для бешбармака, лист лавровый пакетик в казан", [
        ("баранина на бешбармак 3 кг", NONE,
         "no lamb/mutton meat in any chain (grepped баран/ягн/овц); Мираторг «Кебабчичи Говядина и ягнятина» (a ready "
         "minced product), «Баранки» and cat food «с ягненком» are other products (trap)"),
        ("лапша для бешбармака 2 пачки", {
            "pyaterochka": [],
            "magnit": ["d2f2370002"],
            "dixy": [],
            "perekrestok": ["4303687"],
        }, "beshbarmak noodles, which the chains title «Бесбармачная» (Магнит МАКСТОРИ, Перекрёсток Маркет 250 g); "
           "«2 пачки» is a quantity; lagman noodles («Лагманная»), egg/home-style noodles, soba, somen, funchoza and instant "
           "noodles excluded"),
        ("лук репчатый кило для бешбармака", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ONION_DIXY,
            "perekrestok": ONION_PEREK,
        }, ONION_NOTE + "; «кило» is a quantity"),
        ("лист лавровый пакетик в казан", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "dried bay leaves (КОТАНИ 5 g, Пр!ст 10 g); «пакетик» is a unit, «в казан» a purpose"),
    ]),
    # L02 баурсаки
    ("мука высший сорт 2 кг на баурсаки\nдрожи сухие saf moment\nмасло подсолнечное 5л для фритюра\nсахарку пачку на тесто", [
        ("мука высший сорт 2 кг на баурсаки", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765",
                            "3626914", "2107396", "2112692"],
        }, "wheat flour of высший сорт (incl. «хлебопекарная высшего сорта») in 2 kg packs («2 кг» names the pack, as «мука "
           "в/с 2 кг» in set vy); Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» and the Старооскольская «хлебопекарная» 2 kg packs of "
           "Магнит and Дикси do not print the grade but are taken as высший сорт (outside knowledge: Дикси titles the same "
           "Пышечка 2 kg «высший сорт», Перекрёсток the same Старооскольская 2 kg «высшего сорта»); 1 kg packs, «экстра» "
           "grade (Makfa, Алексеевская, Печенов, Французская штучка), Тихорецкая «особая», whole-grain, rye, pancake, rice, "
           "corn and other flours, and Дикси's unbranded «Мука пшеничная хлебопекарная, 2 кг» (grade unknown) excluded"),
        ("дрожи сухие saf moment", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "«дрожи» is a typo for дрожжи: Саф-Момент dry instant yeast 11 g; pressed yeast (Магнит «ПРЕССОВАННЫЕ Люкс "
           "Экстра (Саф-Нева)» - another product of the Saf group, Дикси «Люкс Экстра сухие … прессованные»), SAFEGUARD soap "
           "(trap for «saf») and yeast-free breads excluded; Перекрёсток has no yeast"),
        ("масло подсолнечное 5л для фритюра", NONE,
         "«5л» names the pack: no sunflower oil bigger than 2.7 l in any chain (Слобода 2.7 l, Золотая семечка/Слобода 1.8 l, "
         "Олейна 2 l, 1 l bottles) - none of them is a 5 l pack, so nothing is accepted; «для фритюра» is a purpose"),
        ("сахарку пачку на тесто", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar in any pack (900 g, 1 kg, 750 g, 5 kg; «пачку» is a count, «на тесто» a purpose), incl. "
           "Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (granulated) and Перекрёсток «Сахар Советский Экстра, 1кг» "
           "(taken as granulated - outside knowledge, as in set vy); lump/pressed sugar, cane (brown) sugar, coconut and "
           "vanilla sugar, icing sugar and candy floss excluded"),
    ]),
    # L03 чай с молоком
    ("чай черный гранулированный 250 г, молоко для чая 3.2, сливки 10% к чаю 2 пачки, рафинад к чаю гостям", [
        ("чай черный гранулированный 250 г", NONE,
         "the only granulated black tea is Магнит «Чай ТЕСС Кения черный гранулированный, 100пакетиков» (100 bags, not the "
         "250 g pack written: «250 г» names the pack); leaf teas of 250 g (Принцесса Нури пекое, Akbar Голд, Принцесса "
         "Канди, Бета Ти) are not granulated; so missing everywhere"),
        ("молоко для чая 3.2", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001",
                       "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "1059990140",
                       "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2 % fat, pasteurised, UHT or sterilised, any pack, incl. children's milk (Агуша, "
           "Тема, Аммм, Зелёная Линия «для детского питания») as in real_basket_eval; «для чая» is a purpose; топлёное 3.2 %, "
           "ranges (3.2-4 %, 3.2-6 %, 3.4-6 %), 2.5/3.5/3.7 %, Му-у «Для капучино» (as in set g), goat milk, condensed and "
           "concentrated milk, milkshakes and cream excluded"),
        ("сливки 10% к чаю 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream of exactly 10 % (UHT or sterilised, any pack incl. 10x10 g portion creamers and Valio / Campina "
           "«для кофе»); «к чаю» is a purpose, «2 пачки» a quantity; Parmalat 11 %, 20 %/33 % creams, whipped-cream aerosols, "
           "10 % sour cream and cream-flavoured teas/drinks excluded; Дикси and Пятёрочка have no drinking cream"),
        ("рафинад к чаю гостям", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (прессованный / кусковой, any pack); granulated sugar - also Магнит «Сахар-песок … "
           "Рафинированный», which is refined but not рафинад - and cane lump sugar (тростниковый кусковой, brown, "
           "unrefined) excluded"),
    ]),
    # L04 сладости гостям
    ("конфеты рахат ассорти, курага полкило гостям, изюм без косточек к чаю", [
        ("конфеты рахат ассорти", NONE,
         "the Kazakh confectioner Рахат (Rakhat) is not sold in any chain; Перекрёсток «Рахат-лукум Азовская КФ» is Turkish "
         "delight (trap) and other brands' assortments are not the brand named"),
        ("курага полкило гостям", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots (Магнит СЕМУШКА 150 g; «полкило» is a quantity); chocolate-glazed «Курага» sweets, curd masses, "
           "yoghurts and compotes with курага excluded"),
        ("изюм без косточек к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864", "4288277", "4308580", "4311579", "4342295"],
        }, "seedless raisins: «Виноград сушеный без косточек/без косточки» (Зелёная Линия, Пр!ст, Маркет) and Маркет «Изюм "
           "Голден» and «Изюм светлый» (golden and light raisins are sultanas from seedless grapes - outside knowledge, the "
           "titles do not say «без косточек»); plain «Виноград сушёный» (Маркет 200 g, Пр!ст 100 g - seedlessness not stated, and the same brands sell a separate «без косточек» line) and «Смесь винограда сушёная», raisins in chocolate, nut-and-raisin mixes and everything «с изюмом» excluded"),
    ]),
    # L05 казы, конина, плов
    ("казы если будет, конина любая, рис для плова 2 кило, морковь желтая на плов", [
        ("казы если будет", NONE,
         "no kazy in any chain; Перекрёсток «Колбаса Казылык сухая сыровяленая Зелёная Линия» (90 g and by weight) is a "
         "Tatar dry-cured sausage whose title does not say it is horse meat (казылык is also made of beef or duck - outside "
         "knowledge), so it is not taken for казы"),
        ("конина любая", {
            "pyaterochka": [],
            "magnit": ["b891029897"],
            "dixy": [],
            "perekrestok": [],
        }, "no raw horse meat in any chain; «любая» (any kind) admits Магнит «КОНИНА тушеная (Курганский МК), 325г», canned "
           "stewed horse meat (judgement); Казылык sausage (horse meat not stated) excluded"),
        ("рис для плова 2 кило", {
            "pyaterochka": ["3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000203655", "2000274400", "2000600234", "2000587451", "2000594951", "2000180347", "2000310624",
                     "2000180346", "T000024619", "0230703063", "2000002128", "2000261091"],
            "perekrestok": ["3483037", "3413111", "4371462", "57930", "3674166", "3603168", "3469126", "3469129",
                            "3608320", "3469125"],
        }, "rice sold for plov («для плова», Агро-Альянс «Экстра для плова», Националь «среднезерный для плова», Националь "
           "«Пилаф») and the plain white long-grain and parboiled rice that plov is made of (Индика, Янтарь, «длиннозерный», "
           "«пропаренный», incl. boil-in-bag packs, which can be cut open); «2 кило» is a quantity; round-grain rice, "
           "sushi/Japanese rice, risotto and paella rice (Адриатика, Бальдо, Италика, Испанский), Агро-Альянс «элитный "
           "кубанский» (grain not stated), aromatic basmati and jasmine (incl. Националь «Золото Таиланда»), brown rice, "
           "rice-millet mix and the ready «Рис Светофор» excluded (judgement: «для плова» names the kind of rice)"),
        ("морковь желтая на плов", NONE,
         "yellow carrots (the colour written) are not sold in any chain; ordinary orange carrots are not accepted for a "
         "colour the user asked for"),
    ]),
    # L06 на неделю
    ("хлебушек белый свежий, яйца с0 десяток побольше, масло сливочное 82.5 две пачки на неделю, сметанка 20% к баурсакам", [
        ("хлебушек белый свежий", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "67f076fea4", "71b3f9704a"],
            "dixy": [],
            "perekrestok": ["2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947", "78011178",
                            "4318510", "78020935", "49457", "78007697", "78001023", "78010859"],
        }, "plain white wheat bread: батоны (нарезной, молочный, «к завтраку», «Новый», Утренний, plain «Батон»), wheat "
           "«Горчичный» bread and batons, wheat toast bread, plain baguettes and ciabatta, Перекрёсток «Хлеб Французский» "
           "(taken as a white wheat loaf - outside knowledge); «свежий» is a wish; rye and rye-wheat breads (Бородинский, "
           "Дарницкий, Столичный, Измайловский, Ржаной Край…), bran/grain/cereal breads and batons, garlic/«пикантный» "
           "baguettes, rye ciabatta, raisin, potato-rosemary and sweet «Чайный» breads, buns, хлебцы, and loaves whose "
           "flour is not stated (Советский, Сельский, формовой, Бабушкин, Крестьянский, «на кефире», Монж) excluded"),
        ("яйца с0 десяток побольше", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "hen eggs of category С0 / СО / «отборные» in packs of 10 («десяток»), incl. Роскар «Экстра категория С0»; «побольше» "
           "is a wish; С1, С2, СВ / «высшей категории», packs of 6/15/20/30 and quail eggs excluded"),
        ("масло сливочное 82.5 две пачки на неделю", BUTTER_825,
         "butter of exactly 82.5 % (сливочное / сладко-сливочное, Традиционное, any pack, incl. Тысяча Озёр lactose-free "
         "82.5 %); «две пачки» is a quantity; 82 % (JALO KERMA, Arla Natura, Киприно, Молочный знак, Natura, President), "
         "72.5 % Крестьянское, chocolate butter 62 %, spreads and ghee excluded"),
        ("сметанка 20% к баурсакам", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20 %, any pack; «к баурсакам» is a purpose; 10/15/25/30 % sour cream, garlic sour cream, "
           "«сметанный» mayonnaise and sour-cream-flavoured snacks excluded"),
    ]),
    # L07 курт и айран
    ("курт соленый, айранчик 2 бутылки, кумыс если есть", [
        ("курт соленый", NONE,
         "no kurt (dried salted curd balls) in any chain"),
        ("айранчик 2 бутылки", AYRAN, AYRAN_NOTE + "; «2 бутылки» is a quantity"),
        ("кумыс если есть", NONE,
         "no kumys (fermented mare's milk) in any chain; ayran, тан and kefir are other drinks"),
    ]),
    # L08 сорпа
    ("говядина на кости для сорпы 2 кг, картошка 5 кг в сорпу, морковки штуки 3 на сорпу, перчик черный горошек в казан", [
        ("говядина на кости для сорпы 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "2101259"],
        }, "raw beef on the bone: Перекрёсток «Голень говяжья … с костью», «Лопатка говяжья … на кости», «Шейный отруб говяжий на "
           "кости» and «Стриплоин с костью» (a beef cut - outside knowledge, the title does not say beef); «2 кг» and «для "
           "сорпы» are quantity and purpose; boneless beef (also Перекрёсток «Мясо говяжье … для бульона без кости» - soup meat, but the user wrote «на кости»), «Грудинка говяжья для харчо» (bone not stated), steaks, mince, "
           "liver, canned stewed beef and the pork «Набор для супа» excluded"),
        ("картошка 5 кг в сорпу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": POTATO_DIXY,
            "perekrestok": POTATO_PEREK + ["3142878"],
        }, "fresh potatoes of any kind and pack (loose, nets, white/red washed, Белорусский, Бэби 2 kg, «для варки»/«для жарки» "
           "3 kg, «крупный отборный», Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh as in set vy); «5 кг» is a quantity of "
           "a weighed vegetable, «в сорпу» a purpose; sweet potatoes (батат), boiled peeled, frozen cut and roasted potatoes, "
           "chips and the «Картошка» curd snacks excluded; Пятёрочка and Магнит carry no fresh potatoes"),
        ("морковки штуки 3 на сорпу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": CARROT_DIXY,
            "perekrestok": CARROT_PEREK,
        }, CARROT_NOTE),
        ("перчик черный горошек в казан", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "4202515", "3904322", "9505", "3641165", "88779", "3661159", "9387", "3395331",
                            "4113011", "3479407", "3166460", "3213422", "69129", "3172904", "3481023", "3689196",
                            "3500195"],
        }, "whole black peppercorns («горошек»/«горошком»/«целый»), any pack; ground and crushed black pepper, peppercorns in a "
           "grinder (Kotanyi «в мельнице»), black pepper whose form is not stated (Kamis 42 g, Маркет 36/50 g, Santa Maria "
           "Теличерри), «4 перца» mixes and paprika excluded"),
    ]),
    # L09 манты
    ("фарш говяжий 1 кг на манты, тыква кусочек в манты, лук 2 кг на манты, масло сливочное пачку смазать манты", [
        ("фарш говяжий 1 кг на манты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw beef mince (Мираторг, Иван Мясоедов, Хороший Кусок, Перекрёсток by weight); «1 кг» is a quantity (400 g packs "
           "accepted), «на манты» a purpose; mixed/«Домашний»/«Фермерский»/«деревенский» mince (meat not stated or pork-beef), "
           "pork, turkey and pollock mince excluded"),
        ("тыква кусочек в манты", NONE,
         "no fresh pumpkin in any chain; pumpkin purees, nectars and juices are not fresh produce"),
        ("лук 2 кг на манты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ONION_DIXY,
            "perekrestok": ONION_PEREK,
        }, ONION_NOTE),
        ("масло сливочное пачку смазать манты", BUTTER_ANY,
         "butter of any fat (72.5 %, 82 %, 82.5 %, Крестьянское, Традиционное, incl. lactose-free and the brands whose title "
         "gives no % - Княгининское Крестьянское, Волгодонское); «пачку» is a quantity, «смазать манты» a purpose; chocolate "
         "butter 62 %, spreads (Кремлевское), ghee, vegetable oils and products «со сливочным маслом» excluded"),
    ]),
    # L10 к чаю
    ("печенье овсяное к чаю с молоком, вафли артек пару пачек к дастархану, чак-чак гостям", [
        ("печенье овсяное к чаю с молоком", {
            "pyaterochka": ["3613448"],
            "magnit": [],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000529080", "2000349045"],
            "perekrestok": ["3681160", "3681278", "4032428", "4315655", "3438892", "4024594", "3218321", "3951119",
                            "3505244", "3901907", "2023501", "4251005", "4113987", "3603607", "3613448", "4284221",
                            "4123144", "4258982"],
        }, "plain oatmeal cookies (классическое, Особое, Домашнее, постное, children's ФрутоНяня, Таруска «Овсянка»); flavoured "
           "ones excluded - with raisins (incl. Перекрёсток «Изюминка», taken as a raisin cookie - outside knowledge), "
           "chocolate, cranberry, apple-cinnamon filling, glaze, honey-nuts, sesame, dried fruit, «Злаковое ассорти»/«5 "
           "злаков»/«Мультизлак»/«злаковое» - and diet/special cookies (on maltitol, sorbitol, fructose, stevia, "
           "gluten-free, protein); oat flakes, porridges and yoghurts «с овсяным печеньем» excluded; Магнит has only the "
           "«Злаковое ассорти»"),
        ("вафли артек пару пачек к дастархану", NONE,
         "no «Артек» wafers in any chain; other brands' wafers are not the brand named"),
        ("чак-чак гостям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4181334"],
        }, "chak-chak (Зелёная Линия «Восточные сладости Чак-Чак с гречишным мёдом», chak-chak is always made with honey)"),
    ]),
    # L11 куырдак
    ("печень говяжья 1 кг на куырдак, сердце говяжье, картофель для жарки, лук пару луковиц на куырдак", [
        ("печень говяжья 1 кг на куырдак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310966"],
            "perekrestok": [],
        }, "raw beef liver (Дикси «Печень говяжья \"Диета\" замороженная», sold by weight; «1 кг» is a quantity); liver pâté, cod "
           "liver, baby purees with liver and pancakes with liver excluded"),
        ("сердце говяжье", NONE,
         "no beef heart in any chain; Тема baby puree «говядина-сердце», cheese «Львиное сердце» and tomatoes «Бычье сердце» "
         "are other products (trap)"),
        ("картофель для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": POTATO_DIXY,
            "perekrestok": POTATO_PEREK,
        }, "fresh potatoes (incl. Перекрёсток «для жарки» 3 kg, «гигант для жарки», Бэби, Чик-Чик 1 kg taken as fresh); «для "
           "жарки» is a purpose, so other fresh potatoes are accepted too, except Перекрёсток «Картофель для варки, 3кг», "
           "which is sold for the opposite use; frozen cut potatoes (Пр!ст «резаный быстрозамороженный» - fresh-produce word), "
           "sweet potatoes, boiled and roasted potatoes excluded"),
        ("лук пару луковиц на куырдак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ONION_DIXY,
            "perekrestok": ONION_PEREK,
        }, ONION_NOTE),
    ]),
    # L12 завтрак
    ("сыр российский граммов 300 кусочком, колбаса докторская на бутерброды мужу, батон нарезной свежий на утро", [
        ("сыр российский граммов 300 кусочком", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese in a piece (packed pieces 190-200 g and cut by weight), incl. Перекрёсток «Российский молодой» "
           "(the usual retail name of this cheese); «граммов 300» is a quantity; «кусочком» excludes slices (Брест-Литовск "
           "«слайсами»); «Продукт По-Российски … на основе растительного жира» (not cheese) excluded"),
        ("колбаса докторская на бутерброды мужу", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                       "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "boiled «Докторская» sausage of any brand and pack, sliced or in a piece (incl. Царицыно «Докторская, Особая» and "
           "Мясницкий ряд «Докторская от шефа»); «на бутерброды мужу» is a purpose; «Докторские» frankfurters excluded"),
        ("батон нарезной свежий на утро", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the loaf type «Батон Нарезной» (Коломенское, Пр!ст «классический», Маркет, Маркет «улучшенный»); «свежий» is a wish; "
           "other batons («Молочный», «к завтраку», «Новый», «Горчичный», «Зерновой», Магнит «Утренний нарезка», plain «Батон, "
           "300г») are other loaf types and excluded"),
    ]),
    # L13 кеспе
    ("курица целая на кеспе, яйца с1 на лапшу, мука 1 кг для лапши, укроп свежий в кеспе", [
        ("курица целая на кеспе", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and «Цыплёнок табака СВОЯ охлажденный» (a "
           "whole small chicken split open, unmarinated - judgement); the marinated «Цыпленок табака ПЕТРУХА в маринаде», "
           "chicken parts (thighs, wings, fillets), duck, canned chicken and ready dishes excluded"),
        ("яйца с1 на лапшу", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384", "8000092349", "44e0856421"],
            "dixy": ["2000588991", "2000601112", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["4322003", "3062838", "3001671", "2109476", "2109474", "3303858", "4085791", "2131763",
                            "3950938", "4088955", "4229222", "3182856"],
        }, "hen eggs of category С1 («1 категории») in any pack (6, 10, 15, 20, 30; no count written), incl. Роскар «Экстра С1»; "
           "С0/отборные, С2, СВ and quail eggs excluded"),
        ("мука 1 кг для лапши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000002191", "2000578792", "2000576791"],
            "perekrestok": ["91320", "16318", "2112693", "3502351", "4278294"],
        }, "plain white wheat flour in 1 kg packs («1 кг» names the pack): Makfa, Французская штучка, Любимые традиции, "
           "Предпортовая, Пышечка в/с, Маркет, Storie Di Farine Манитоба and «Мука Царь, 1кг» (type not printed, taken as wheat "
           "flour - outside knowledge: Перекрёсток titles the 2 kg Царь «пшеничная высшего сорта»); «для лапши» is a purpose; "
           "2 kg packs, pancake flours («блинная», which may contain raising agents - Пышечка, С.Пудовъ, Маркет), self-raising "
           "and whole-grain flours, rye, rice, corn, buckwheat, oat, chickpea, almond and coconut flours excluded; Магнит has "
           "only pancake flour in 1 kg"),
        ("укроп свежий в кеспе", NONE,
         "no fresh dill in any chain (Дикси has only coriander and parsley packs); dill seasonings and things «с укропом» "
         "excluded"),
    ]),
    # L14 самса
    ("тесто слоеное дрожжевое 2 упаковки, фарш из баранины на самсу, лук репка 3 штуки, кунжут для посыпки самсы", [
        ("тесто слоеное дрожжевое 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["d5935ae50c"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen yeast puff pastry (МОРОЗКО «Тесто слоеное дрожжевое» 1 kg); «2 упаковки» is a quantity; Дикси's baking powder "
           "«Разрыхлитель теста» and ready puff pastries excluded"),
        ("фарш из баранины на самсу", NONE,
         "no lamb mince or lamb in any chain; beef, pork and mixed mince are not lamb"),
        ("лук репка 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ONION_DIXY,
            "perekrestok": ONION_PEREK,
        }, "«лук репка» = bulb onion; " + ONION_NOTE),
        ("кунжут для посыпки самсы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4187582"],
        }, "sesame seeds (Маркет «Кунжут белый семена»); buns, cashews, cookies and crispbreads «с кунжутом» and the Гурмикс "
           "«Кунжутная» salad dressing excluded"),
    ]),
    # L15 молочка
    ("молоко 2.5% пастеризованное 2 пакета, кефир 3.2% пару пакетов, творог 9% пачки две детям, қатық если есть", [
        ("молоко 2.5% пастеризованное 2 пакета", {
            "pyaterochka": [],
            "magnit": ["ef94b89629", "1000143306", "8000029029", "1000037901", "1000445487", "1000563706", "1000035016"],
            "dixy": ["2000024178", "2000313238"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916"],
        }, "drinking cow milk of exactly 2.5 % whose title says pasteurised («пастеризованное»), any pack (cartons, bottles); "
           "«2 пакета» is a quantity; ultra-pasteurised (UHT) and sterilised 2.5 % milk, топлёное, other fats and Магнит «Молоко "
           "ДОМИК В ДЕРЕВНЕ, 2,5%, 1,4л» (treatment not stated) excluded; Пятёрочка has no 2.5 % milk"),
        ("кефир 3.2% пару пакетов", {
            "pyaterochka": ["3433425"],
            "magnit": ["9cbe548621", "1000531928", "1000143510", "790e8c96de", "1000350609", "48045cf20b", "1899800795",
                       "37f16272a7", "1000307731"],
            "dixy": ["2000253973", "2000208649", "DI00081047", "2000587052", "2000331970"],
            "perekrestok": ["4153932", "3668693", "4318914", "4174038", "4198906", "4252382", "3433425", "2083868",
                            "3467795", "3682461", "97452", "3922310", "4045978", "18510", "4109799", "4159752"],
        }, "kefir of exactly 3.2 %, any pack, incl. Домик в деревне «Вкусный вечер», organic and «термостатный» kefir and "
           "Агуша children's kefir 3.2 %; «пару пакетов» is a quantity; ranges 3.2-4 % (Из молока Нашей дойки), 1 %/2.5 %, "
           "«кефирный продукт»/«биопродукт кефирный» and flavoured kefir cocktails excluded"),
        ("творог 9% пачки две детям", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84", "1000122024",
                       "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                     "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310", "4294087"],
        }, "plain cottage cheese of exactly 9 % (incl. рассыпчатый, «Домашний», пластовой, Зелёная Линия «Творог Зернышко 9%»), any pack; «пачки две» is a quantity, "
           "«детям» a purpose; other fats, flavoured and children's fruit curds, «продукт творожный», curd masses and "
           "cheese curds (сырки), soft curd with cream («зерненый») excluded"),
        ("қатық если есть", NONE,
         "katyk (written with the Kazakh letter қ) is not sold in any chain; ayran, тан, kefir and ряженка are other drinks"),
    ]),
    # L16 плов
    ("баранина мякоть 1.5 кг на плов, морковь 2 кило, нут для плова, чеснок пару головок в плов", [
        ("баранина мякоть 1.5 кг на плов", NONE,
         "no lamb/mutton in any chain; beef мякоть is not lamb"),
        ("морковь 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": CARROT_DIXY,
            "perekrestok": CARROT_PEREK,
        }, CARROT_NOTE),
        ("нут для плова", NONE,
         "no chickpeas in any chain; chickpea flour (Garnec «нутовая»), chickpea chips and Green Milk «ячменно-нутовый» drinks "
         "are other products (trap)"),
        ("чеснок пару головок в плов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic bulbs (loose, 1 шт, «отборный 1 сорта», «ранний», Фермерский Чеснок 150 g taken as fresh bulbs - "
           "outside knowledge, as in set vy); «пару головок» is a count of heads, so peeled cloves («отборный зубчиками») are "
           "excluded; grated, dried, granulated, smoked, salted garlic and garlic salt excluded"),
    ]),
    # L17 салат ачичук
    ("помидоры 2 кг на салат, огурцы свежие на ачичук, перец болгарский пару штук, петрушки пучок на салат", [
        ("помидоры 2 кг на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785", "2000601471",
                     "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231", "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "3373662",
                            "4377073", "4214021", "4217379", "4272752", "3410591", "4381951", "4381952", "4371254",
                            "4125409", "14809", "3657325", "82521", "4375133", "2166", "14811", "4261327", "3695580",
                            "21292", "3383465", "2100224", "11971", "3634714"],
        }, "fresh tomatoes of any colour, variety and size (red, pink, yellow, Кумато, plum, cocktail, cherry - cherry counts as "
           "помидоры by convention); «2 кг» is a quantity, «на салат» a purpose; sun-dried tomatoes, canned chopped tomatoes "
           "(Перекрёсток «Томаты резаные», «с базиликом», «с луком и чесноком»), canned cherry/cucumber assortments, "
           "Магнит «Томаты PREMIERE OF TASTE Черри Горячее сердце» (a jarred brand - outside knowledge), juices, ketchups "
           "and pastes excluded; Магнит and Пятёрочка carry no fresh tomatoes"),
        ("огурцы свежие на ачичук", CUCUMBER,
         "fresh cucumbers of any kind (гладкие, колючие, длинные, короткоплодные, Бакинские, packs), Дикси packed «корнишоны» "
         "300 g and Перекрёсток «Огурцы Хрустящие» (sold by weight) taken as fresh as in set vy; pickled, salted, marinated "
         "and jarred cucumbers and gherkins, cucumber-scented cosmetics and the stem inside «йогурт» excluded"),
        ("перец болгарский пару штук", NONE,
         "no fresh bell peppers in any chain; ground paprika, marinated peppers, lecho, olives «со сладким перцем» and "
         "sauces with bell pepper are other products"),
        ("петрушки пучок на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»: a pack instead of a bunch - «пучок» is the unit, as «кинза два пучочка» in "
           "set vy); coriander and microgreens excluded"),
    ]),
    # L18 наурыз коже
    ("пшена пачку на коже, перловки пачку на коже, рис круглозерный для коже, айран для наурыз коже", [
        ("пшена пачку на коже", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (Пятёрочка «Крупа пшено шлифованное в пакетиках для варки 400 гр» - boil-in-bag packs, which can be cut "
           "open; «пачку» is a quantity); millet porridge (Myllyn Paras «Каша … пшенная»), rice-millet mixes «Дружба» and "
           "ready porridges excluded"),
        ("перловки пачку на коже", NONE,
         "no pearl barley in any chain; barley-based drinks, malt and beer are other products"),
        ("рис круглозерный для коже", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3469128", "3469127", "3231277"],
        }, "white round-grain rice whose title says круглый / круглозерный / круглозёрный / круглозернистый, incl. boil-in-bag "
           "5x80 g and 4x125 g packs and Мистраль «Италика белый круглозерный»; «для коже» is a purpose; sushi/Japanese rice, "
           "Адриатика, Бальдо, Испанский, Агро-Альянс «элитный кубанский» (grain not stated), long-grain, parboiled, brown rice "
           "and the rice-millet mix «Дружба» excluded"),
        ("айран для наурыз коже", AYRAN, AYRAN_NOTE + "; «для наурыз коже» is a purpose"),
    ]),
    # L19 дастархан
    ("конфеты в коробке для гостей, орехи грецкие очищенные к чаю, финики на дастархан, сок яблочный 2 пакета", [
        ("конфеты в коробке для гостей", {
            "pyaterochka": ["3906839"],
            "magnit": ["3061e3f9c1", "1a45f76949", "795afcfbc6", "3f687c59d0", "5fd73e9d00", "675d31a401", "693157c4ab",
                       "0b5eeb1964", "8a1caa06dc", "8440671f72", "021c6e0db9", "e9d81e05f7", "37c73d89a3", "201c0febf2",
                       "0dd5e50005", "07abf8b4de", "975026c3b7", "c4ee699daa", "d3b4238775", "15873947d1"],
            "dixy": ["2000268721", "2000016072", "DI00078416", "2000057659", "2000193935", "2000001754", "2000320701",
                     "2000562853", "2000522181", "2000345233", "2000597991", "2000598032", "2000163942", "2000001749"],
            "perekrestok": ["4114242", "2157344", "18162", "3163976", "40690", "2105827", "3604056", "4271125", "4271126",
                            "4271127", "21473", "5232", "4334062"],
        }, "boxed chocolates: titles that say box or set («в коробке», «Набор конфет», «набор шоколадных конфет», Amelie «набор») "
           "and brands sold only in boxes (Raffaello of every size incl. the 40 g box and the «Тортик»/«Торт», Ferrero Rocher, "
           "Merci, Коркунов, Вдохновение, Toffifee, Комильфо, Konti Esfero - outside knowledge); Перекрёсток Маркет «Мусс "
           "Капучино … 104г» is taken as boxed like its «в коробке» 104 g siblings (judgement); loose candies sold by weight, "
           "bags of Mars/Snickers minis, Dove Promises (a pouch), bars, and boxes the title does not show (Конти «АССОРТИ», "
           "Натюрель, Бабаевский, Milka 110 g, Dolcemania, Москва, Трюфели, Зелёная Линия «ассорти», Кремлина fruit in glaze) excluded"),
        ("орехи грецкие очищенные к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, "shelled walnuts: Перекрёсток «Грецкий орех Пр!ст, 100г» (kernels in a 100 g bag - outside knowledge, the title does not "
           "say «очищенные»); walnuts in shell, cheese/dates with walnuts, nut mixes and other nuts excluded"),
        ("финики на дастархан", {
            "pyaterochka": [],
            "magnit": ["82f9dd4cba", "0821e51f12", "f937066c9b"],
            "dixy": ["2000410751", "ЦТ0024102"],
            "perekrestok": ["4259389", "3978163", "4118056", "3942207", "3942208", "4086940", "82963", "3438657", "4077824",
                            "4050836", "4286640", "4179210", "4172391", "4172390", "4172388", "4117069", "4259390",
                            "4322373", "3903859", "3010841", "4286638", "4242136", "4286634", "3943237", "3504025",
                            "4286637", "4294247", "4259388", "4287359", "3620598", "78004530", "3469374", "4103572",
                            "3665243", "4027943", "51072"],
        }, "dates of any variety and pack (dried with or without stone, Королевские/Меджул, Аджва, Сагай, Суккари, Мазафати, "
           "fresh dates on the branch); «на дастархан» is a purpose; dates stuffed with nuts or «с орехом ассорти», Chocodate "
           "and «Финики в шоколаде» sweets excluded"),
        ("сок яблочный 2 пакета", {
            "pyaterochka": [],
            "magnit": ["5cc1685377", "9aed063f0e", "2b7a93fdc9", "a44cb39821", "755af2f920"],
            "dixy": ["2000107422", "2000405003", "DI00078820", "2000225623", "10E0072646", "2000550673", "2000005628",
                     "2000341137", "2000148374", "ЦТ0017501", "DI00080427", "2000177649", "DI00081301"],
            "perekrestok": ["47600", "4239136", "3977669", "4059743", "4222319", "3903669", "84798", "3411877", "3646063",
                            "3636704", "4001466", "4316873", "4157530", "58049", "4259039", "3002924", "3387565",
                            "4233679", "4340742", "4340738", "3049629", "4069132", "3270265", "67047", "3376409",
                            "4315654", "3612824", "4100577"],
        }, "single-fruit apple juice of any pack and brand (clarified, direct-pressed, green apple, Гренни Смит, children's apple "
           "juice as in real_basket_eval); «2 пакета» is a quantity; nectars (Любимый «Нектар ЯБЛОЧНЫЙ», Добрый "
           "«Деревенские яблочки»), «Напиток» apple mixes, mixed juices (яблоко-виноград/-вишня/-груша/-персик/-абрикос), "
           "детокс juices and apple with celery excluded"),
    ]),
    # L20 чай-2
    ("чай пиала гранулированный, сливки для чая 20%, молоко топленое в чай, сахар-песок 1 кг", [
        ("чай пиала гранулированный", NONE,
         "the Kazakhstani tea brand «Пиала» is not sold in any chain, and the only granulated tea is Tess Кения; another brand is "
         "not accepted for a brand the user named"),
        ("сливки для чая 20%", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "drinking cream of exactly 20 % (sterilised or UHT, any pack); «для чая» is a purpose; 10/11/33 % cream, Пятёрочка "
           "PRESIDENT «Крем слив. взбит. 20%» (whipped-cream aerosol) and sour cream 20 % excluded"),
        ("молоко топленое в чай", {
            "pyaterochka": [],
            "magnit": ["1000465371", "1000551077"],
            "dixy": ["2000216779"],
            "perekrestok": ["4205257", "4280728"],
        }, "baked milk (молоко топлёное) of any fat; «в чай» is a purpose; plain milk, ряженка (Дикси «Ряженка … Топленое "
           "молоко»), wafers/cookies/cheese «Топленое молоко» and curd «из топленого молока» excluded"),
        ("сахар-песок 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs («1 кг» names the pack); Перекрёсток «Сахар Советский Экстра, 1кг» taken as "
           "granulated (outside knowledge, as in set vy); 900 g (Чайкофский - also Магнит's «Рафинированный»), 750 g and 5 kg "
           "packs, cane sugar (also Перекрёсток «тростниковый кристаллический 1кг»), lump and pressed sugar excluded"),
    ]),
    # L21 внукам
    ("сок детский яблочный внукам, йогурт питьевой детям, пряники для внуков", [
        ("сок детский яблочный внукам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "ЦТ0017501", "DI00080427", "2000177649"],
            "perekrestok": ["3646063", "4157530", "4340742", "4340738", "3270265", "67047"],
        }, "single-fruit apple juice whose title shows it is for children («для детского питания», «с 4 месяцев», «3 месяца+», "
           "«Kids», Добрый «Active kid», ФрутоНяня); apple juices not titled for children (incl. the small Сады Придонья "
           "125-200 ml packs without an age mark), mixed children's juices (яблоко-вишня/-персик/-виноград), nectars and "
           "compotes excluded"),
        ("йогурт питьевой детям", {
            "pyaterochka": ["3159605", "8487", "3159606", "3609770", "56595", "21842", "3463087"],
            "magnit": ["95fea1fa6d", "1000508320", "1000508300", "1000508295", "43248db1e8", "1000138066", "1000094173",
                       "1000562187", "8000028031", "8000028032", "8000022363", "1000559788", "eb9eabd4d0", "b12dce2487",
                       "1000380544", "1000380541", "1000396252", "1000380540", "1000519721", "ad26a8d9c2", "264dcf04cc",
                       "7d3e9ca5eb", "555ec5242d", "6274db9238", "dcef614113", "e48ddbaaa1", "2da150143b", "ff3259caa2",
                       "1059990444", "1000454042", "1000454041", "1899900785", "1000201630", "1000201629", "1000080819",
                       "1000080818", "1000201448", "1000222957", "1000206971", "1000206972", "1000334603", "1000579078"],
            "dixy": ["2000033300", "2000326716", "2000326717", "2000585994", "2000576131", "2000551852", "2000551851",
                     "2000595652", "2000524055", "2000524057", "2000524056", "2000171444", "2000424799", "2000600832",
                     "2000600833", "2000330341", "2000330336"],
            "perekrestok": ["2151254", "4142671", "4142668", "4142669", "4142672", "4300032", "4238985", "4274118",
                            "2106846", "4378504", "4038857", "4023796", "4341332", "4159721", "4159716", "4235921",
                            "4371732", "4298987", "3398778", "3487326", "3668617", "3923785", "3989996",
                            "4089148", "4166076", "4166345", "4289041", "4309945", "4319749"],
        }, "drinking yoghurt («питьевой»/«пит.»; also yoghurts sold by volume in ml - Актибио 260 ml, Ирбитский, Тольяттимолоко, Тулома, Бежин Луг, Вкуснотеево 690 ml, Зелёная Линия 300 ml… - and Пятёрочка «АКТИВ. Биойогурт … 870г», the drinking Activia bottle whose siblings are titled «пит.») of any flavour - drinking yoghurts for "
           "children are flavoured as a rule, so the flavour is not a filter here - incl. children's Агуша, Растишка, Тёма, "
           "ФрутоНяня, Мама Лама; «детям» is a purpose; spoonable and Greek yoghurts, yoghurts whose title does not show they "
           "are for drinking (sold in grams: Активия/Актибио 130-260 g, Чудо 290 g, ЦарКа, Зелёная Линия 330 g), goat-milk biyoghurt, Velle oat «йогурт» (plant-based), protein "
           "yoghurts, milkshakes (Растишка «Коктейль»), oat drinks and kefir excluded"),
        ("пряники для внуков", {
            "pyaterochka": [],
            "magnit": ["00fc72aa0c", "a7710b95fa", "19b02edf30"],
            "dixy": ["2000572672"],
            "perekrestok": ["3057544", "4213198"],
        }, "pryaniki of any kind (Стойленские, chocolate, orange with candied peel, cranberry, pear-glazed): pryaniki are "
           "normally flavoured, so a flavour is not a filter here (judgement); «для внуков» is a purpose; the soy drink "
           "«Имбирный пряник» excluded"),
    ]),
    # L22 хозяйство
    ("порошок стиральный автомат 3 кг подешевле, средство для мытья посуды побольше, туалетная бумага упаковку 8 рулонов", [
        ("порошок стиральный автомат 3 кг подешевле", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "9ec3c6b343", "eee3b0a174", "6d62d005d5", "84c2d44059"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in 3 kg packs («3 кг» names the pack): BIMAX Колор / «100 пятен», PERSIL «Свежесть "
           "от Вернель» and Колор, and PERSIL «Сенситив Миндаль, 3кг» (Persil powders are for automatic machines - outside "
           "knowledge, the title omits «автомат»); «подешевле» is a wish; other pack sizes (1.5-6 kg), gels, capsules, "
           "dishwasher powders (Somat, Finish), scouring powders and stain removers excluded"),
        ("средство для мытья посуды побольше", {
            "pyaterochka": [],
            "magnit": ["4e35e08ada", "5fd6de4bb5", "7b4b7f0a59", "76379a4e64", "c4e892e413", "a9dfde88f9", "d3ea3a9828",
                       "1cd0606d7d", "0cc102b359", "e5a0684ec7", "97c928414d", "e62ea315f2", "d458f25c78", "963399e98a",
                       "d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                       "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06", "7caeebbd02",
                       "cd27c8307b", "ddcc463812", "3dc9a1ed43", "43a0e3032e", "381aaf5d64", "05e81b9637", "2d790e73ea",
                       "4a060084e4"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000289255", "2000323096", "2000321808", "2000591971",
                     "2000371202"],
            "perekrestok": ["3984598", "4141118", "4011474"],
        }, "hand dish-washing liquid or gel of any brand, scent and size (Fairy, AOS, Sorti, Synergetic, BIOMIO, Palmia, Sanita, "
           "Гардeника, incl. those also for vegetables, toys and children's dishes); «побольше» is a wish; dishwasher "
           "tablets/powders/rinse aids, sponges and scouring powders excluded"),
        ("туалетная бумага упаковку 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in packs of 8 rolls («8 рулонов» names the pack): SOFFIONE Премио (plain and лаванда), ЗЕВА Сирень, Zewa "
           "Deluxe Персик - the scent of toilet paper is not taken as a different product (judgement); packs of 4, 6 and 12 "
           "rolls, wet toilet paper, tissues and napkins excluded"),
    ]),
    # L23 шашлык
    ("баранина на шашлык кило 3, лук красный для шашлыка, лаваш армянский пару штук, кетчуп шашлычный к баранине", [
        ("баранина на шашлык кило 3", NONE,
         "no lamb in any chain; pork and chicken shashlik and lamb-flavoured pet food are other products"),
        ("лук красный для шашлыка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3016771"],
        }, "red onion (the colour written): Перекрёсток «Лук репчатый красный, 500г»; ordinary yellow/white onions excluded"),
        ("лаваш армянский пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Маркет «Армянский», Коломенский «Армянский тонкий»); «пару штук» is a quantity; tandoor "
           "flatbreads (лепёшки) excluded"),
        ("кетчуп шашлычный к баранине", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "4116848", "3941584", "2157566", "3673190", "4149866", "4227932",
                            "3684511"],
        }, "shashlik ketchup: «Шашлычный» (Махеевъ, Круглое лето, Слобода, Пр!ст), «для шашлыка» (Помидорка, Heinz «со вкусом "
           "укроп-петрушка для шашлыка»), Heinz «для гриля и шашлыка»/«К шашлыку и грилю»/«Гриль и шашлык»; tomato, hot, "
           "garlic, chili, Italian, lecho ketchups, Слобода «Гриль» and Семейные секреты «по-грузински» excluded"),
    ]),
    # L24 запасы
    ("колбаса из конины, говяжьей тушенки 2 банки, макароны рожки 2 пачки", [
        ("колбаса из конины", NONE,
         "no sausage whose title says horse meat; Перекрёсток Зелёная Линия «Казылык» does not say what meat it is (казылык "
         "is also made of beef or duck - outside knowledge) and Магнит «КОНИНА тушеная» is canned meat, not sausage"),
        ("говяжьей тушенки 2 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753", "2000220776",
                     "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушеная», any brand and size); «2 банки» is a quantity; stewed pork, turkey, horse "
           "meat, beef with buckwheat/prunes ready dishes and baby purees excluded"),
        ("макароны рожки 2 пачки", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4340660", "4328907", "82772", "3435299", "4273871"],
        }, "dry pasta in the «рожки» shape of any size (рожки, рожок, «Рожок крупный», «Рожки Большие», «Витой рожок», «Рожок-"
           "полубублик», Моя цена 3 kg, Роллтон «Рожки с оливковым маслом»); «2 пачки» is a quantity; other shapes, Бакалейщики "
           "«Рожок Малютка с томатами и шпинатом» (flavoured/coloured), ice-cream «рожок» and curd «творожок» excluded"),
    ]),
    # L25 лагман
    ("лапша для лагмана пару пачек, говядина мякоть на лагман, перец болгарский красный 3 штуки на лагман, редька зеленая одна", [
        ("лапша для лагмана пару пачек", {
            "pyaterochka": [],
            "magnit": ["f3da9c547b"],
            "dixy": ["2000592093"],
            "perekrestok": ["4303688"],
        }, "lagman noodles («Лагманная»: МАКСТОРИ, Восточный гость, Маркет); «пару пачек» is a quantity; beshbarmak noodles "
           "(«Бесбармачная»), egg noodles, somen, soba, funchoza and instant noodles excluded"),
        ("говядина мякоть на лагман", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697004", "3917642", "3077141", "1036", "4008468", "4314598", "3697006", "1038", "3667501",
                            "4373861", "46627", "4010"],
        }, "raw boneless beef sold as a cut (бедро мякоть, антрекот без кости, духовая, мраморная мякоть, огузок, ростбиф "
           "зачищенный, филей верхней части бедра, шейная часть без кости, Перекрёсток «Мясо говяжье … для бульона без кости»; Мираторг Black Angus «Огузок» taken as boneless as "
           "in set vy); «на лагман» is a purpose; bone-in cuts, portion steaks (Мираторг, Веско, Магнит «Стейк … Тендер», "
           "Дикси «Стейк … Минутка»), mince, liver, tongue, beef bacon and cured or canned beef excluded"),
        ("перец болгарский красный 3 штуки на лагман", NONE,
         "no fresh bell peppers (red or any colour) in any chain; ground red paprika and marinated peppers are other products"),
        ("редька зеленая одна", NONE,
         "no radish of any kind (green/Margelan radish, daikon, red radish) in any chain"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftaNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fta\d\d ===$", line):
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
                    errors.append("fta%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fta%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fta"))
