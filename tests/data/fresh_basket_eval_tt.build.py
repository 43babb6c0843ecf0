#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tt.jsonl -- 25 shopping lists of a Muslim (Tatar) family in Kazan shopping for the week:
halal where the shopper wrote it (колбаса/сосиски/курица/фарш/баранина/говядина/тушёнка/пельмени/крылышки «халяль»), no
pork and no alcohol in anything, Tatar dishes (эчпочмак, губадия, кыстыбый, токмач, бэлеш, чак-чак, шурпа, плов) and
ordinary groceries, some items in Tatar words («бэрэнге», «суган», «йомырка», «катык», «кызыл эремчек», «казылык»),
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tt.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tt.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; every item was then re-checked against all in-stock titles matching
its stem that were not accepted.  The note of each item records what was accepted, what was deliberately left out
and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item
is "missing" there).  Halal is required only where the shopper wrote it (then only titles saying халяль/halal are
accepted); for the other items ordinary products are accepted, but never pork or alcohol.  The labels were made
without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftt01, ftt02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tt.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tt.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (11, "рис девзира на плов кило", "рис пропаренный на плов кило"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 эчпочмак
    ("баранина на эчпочмаки 1.5 кг, бэрэнге 3 кг, суган 1 кг, мука пшеничная высшего сорта пачка 2кг", [
        ("баранина на эчпочмаки 1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb/mutton (баранина, ягнятина) in any chain; Дикси Мираторг «Кебабчичи … говядина и ягнятина» (ready "
           "minced kebabs), pet food with lamb and «Баранки» (the stem «баран») are other products"),
        ("бэрэнге 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860", "43968", "769"],
        }, "«бэрэнге» is Tatar бәрәңге = potatoes: fresh raw potatoes of any kind and pack (loose, net, washed, red, baby, "
           "«для варки/жарки», 1-3 kg bags); «3 кг» is a quantity; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh "
           "potatoes (outside knowledge); sweet potato (батат), boiled peeled, fried, frozen fries, Магнит «Картофель "
           "АЙДАХО (СП ГМ)» (a ready dish), chips, «сырок/пирожное Картошка», purees and seasonings «для картофеля» "
           "excluded"),
        ("суган 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "«суган» is Tatar суган = onion: fresh bulb onions (loose, net, packs, red onion, peeled fresh onion); «1 кг» "
           "is a quantity; dried/ground onion (Айдиго, Kotanyi), onion-flavoured chips and «Зажарка с морковью и луком» "
           "excluded"),
        ("мука пшеничная высшего сорта пачка 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409", "4262616", "4326495",
                            "91321"],
        }, "wheat flour of высший сорт in 2 kg packs («2кг» names the pack); Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» taken "
           "as высший сорт (Дикси titles the same flour «Пышечка высший сорт, 2 кг» - outside knowledge); 1 kg packs, "
           "«экстра» grade (Makfa, Французская штучка, Печенов, Алексеевская Экстра), Тихорецкая «особая», 2 kg flours "
           "whose grade is not stated (Магнит/Дикси Старооскольская хлебопекарная, Дикси «Мука пшеничная хлебопекарная, 2 "
           "кг»), pancake, whole-grain, self-raising, rice, corn, rye and other flours excluded"),
    ]),
    # L02 завтрак
    ("катык татарский 2 бутылочки\nбатончик нарезной на бутерброды\nмаслице сливочное 82.5 процента пачку\nяйца с0 десяток на неделю", [
        ("катык татарский 2 бутылочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no катык in any chain; айран (Магнит, Дикси), тан, мацони, варенец, простокваша and ряженка are other "
           "fermented milks"),
        ("батончик нарезной на бутерброды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "«батончик» = the loaf батон; loaves of the «Нарезной» variety (Коломенское, Пр!ст классический, Маркет "
           "нарезанный and улучшенный); other loaves (Утренний, Отрубной, Новый, Молочный, Горчичный, Зерновой, «к "
           "завтраку», plain «Батон») are other varieties; chocolate/cereal «батончики» (the trap of the diminutive) "
           "excluded; Магнит and Дикси carry no Нарезной"),
        ("маслице сливочное 82.5 процента пачку", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136",
                       "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7",
                       "86326346d1"],
            "dixy": ["2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391",
                     "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337", "3643092",
                            "3657363", "3698785", "3922315", "3953367", "3999749", "4055506", "4135603",
                            "4196090", "4260609", "4292462", "4310021", "4343792", "86149", "3699369",
                            "4113532", "4175276"],
        }, "butter of exactly 82.5 % (written value; «82,5 %» in titles), any brand and brick size (150-400 g), incl. "
           "lactose-free (Тысяча Озёр); 82 % butters (Jalo Kerma, Арла Натура, Киприно, President, Молочный знак, Natura) "
           "are another fat value; 72.5 % Крестьянское, 62 % chocolate butter, ghee, спреды and Волгодонское (fat not "
           "stated) excluded; «пачку» is a quantity"),
        ("яйца с0 десяток на неделю", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802", "4168688", "4201192",
                            "4201194", "4236458", "4337164", "4352464", "4364349", "4085790"],
        }, "hen eggs of category С0 (СО, «отборные», «отборной категории», Роскар «Экстра категория С0») in packs of 10, "
           "any brand, incl. the Дикси «Деревенские напевы Халяль отборное С0»; С1, С2, СВ/«высшей категории», packs of "
           "6/15/20/30, quail and chocolate eggs excluded; «на неделю» is a purpose"),
    ]),
    # L03 чай с чак-чаком
    ("чак-чак к чаю, чай ahmad черный листовой, рафинад сахар к чаю подешевле", [
        ("чак-чак к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4181334"],
        }, "ready чак-чак (Перекрёсток Зелёная Линия «Восточные сладости Чак-Чак с гречишным мёдом» - chak-chak is always "
           "made with honey, the kind of honey is not a different product); «к чаю» is a purpose; Мираторг «Чак Ролл» "
           "steak and Gorchakov gyoza (the stem) excluded; Пятёрочка, Магнит and Дикси carry no chak-chak"),
        ("чай ahmad черный листовой", {
            "pyaterochka": ["3380950"],
            "magnit": ["03fb2db2be", "d35e2f82d3"],
            "dixy": ["2000203431"],
            "perekrestok": ["3605415"],
        }, "Ahmad Tea plain black loose-leaf tea: Ceylon Orient 200 г, «Высокогорный» 200 г, «Классический» 500 г, English "
           "Breakfast листовой 200 г, «Классический чёрный листовой» 200 г (the 200 g / 500 g packs without a bag count "
           "taken as loose tea - outside knowledge); Earl Grey (flavoured, bergamot; loose or bagged), fruit and berry "
           "teas (Персик-маракуйя, клубника-сливки, смородина, Apple Rhapsody, Малиновое лакомство), green Ahmad teas and "
           "all bagged teas (25/100 пакетиков) excluded"),
        ("рафинад сахар к чаю подешевле", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (рафинад = прессованный / кусковой white sugar), any pack; «подешевле» is a wish, «к чаю» a "
           "purpose; granulated sugar (incl. Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» - refined but granulated), "
           "cane lump sugar (тростниковый кусковой, brown), vanilla, coconut and powdered sugar and сахарная вата excluded"),
    ]),
    # L04 губадия
    ("кызыл эремчек полкило, рис круглозерный для губадии, изюм светлый без косточек для губадии, топленое масло баночку", [
        ("кызыл эремчек полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no кызыл эремчек (red baked curd for губадия) or корт in any chain; творог, сырки and творожная масса are "
           "other products"),
        ("рис круглозерный для губадии", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "white round-grain rice whose title says круглый / круглозерный / круглозёрный / круглозернистый (incl. 5x80 g "
           "boil-in-bags, Мистраль Италика); «для губадии» is a purpose; sushi rice and «для японской кухни» (round grain "
           "not stated), Адриатика, Бальдо, Испанский, Пилаф, «для плова», long-grain, parboiled, jasmine, basmati, brown "
           "rice and the rice-millet mix Увелка «Дружба» excluded; Пятёрочка and Магнит carry no round-grain rice"),
        ("изюм светлый без косточек для губадии", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3640864", "4316951"],
        }, "plain light raisins: Маркет Перекрёсток «Изюм светлый» 233 г and «Изюм Голден» 250 г (golden raisins are "
           "light; both taken as seedless sultana-type raisins - outside knowledge: light raisins sold in Russia are "
           "кишмиш, seedless); raisins in chocolate, nut-and-raisin mixes, cookies, curd and chocolate «с изюмом» "
           "excluded; no other chain sells plain raisins"),
        ("топленое масло баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202027"],
        }, "ghee / clarified butter: Перекрёсток «Масло Гхи топлёное 99% Зелёная Линия»; Магнит «Топленая смесь Хозяюшка "
           "99.7%» and «Смесь топленая ХОЗЯЮШКА» (a blend with vegetable fat, not butter), baked milk, ряженка and cheese "
           "«топлёное молочко» excluded; «баночку» is a quantity"),
    ]),
    # L05 халяль: колбаса, сосиски, курица
    ("колбаса халяль вареная, сосиски халяль 2 пачки, курица халяль тушка", [
        ("колбаса халяль вареная", {
            "pyaterochka": [],
            "magnit": ["c86fb2504c"],
            "dixy": [],
            "perekrestok": [],
        }, "halal required (title must say халяль/halal): Магнит Царицыно «Колбаса ГОВЯЖЬЯ ОСОБАЯ, Халяль, мини» taken as "
           "boiled (варёная) sausage - outside knowledge: Царицыно «Говяжья особая» is a варёная mini loaf; Дикси «Эко "
           "Дорожная, халяль, полукопченая» (semi-smoked, not варёная) and Дикси Царицыно «Колбаса говяжья Идель, "
           "полукопченая» (semi-smoked; no «халяль» in the title) excluded; non-halal варёные колбасы (Докторская etc.) "
           "excluded for this family (halal written, and many contain pork)"),
        ("сосиски халяль 2 пачки", {
            "pyaterochka": [],
            "magnit": ["119aa8a644"],
            "dixy": [],
            "perekrestok": ["4353596"],
        }, "halal sausages (title says халяль): Магнит Царицыно «Восточные с говядиной, халяль» 500 г and Перекрёсток "
           "«Идель с говядиной варёные из мяса кур халяль» 380 г; Дикси «Сосиски Царицыно Идель Восточные с говядиной» is "
           "apparently the same Идель halal line but its title does not say халяль, so excluded (the brief requires the "
           "word); all other sausages excluded (not halal; many contain pork); «2 пачки» is a quantity"),
        ("курица халяль тушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal chicken of any kind in any chain (the only halal titles are two sausages, one варёная and one "
           "semi-smoked sausage and Дикси halal eggs); ordinary chicken carcasses are not halal and so not accepted for "
           "«курица халяль»"),
    ]),
    # L06 кыстыбый
    ("картошка на кыстыбый 2 кило\nмолоко 3.2% пару пакетов\nпшено для кыстыбыя\nмасло сливочное для пюре", [
        ("картошка на кыстыбый 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860", "43968", "769"],
        }, "fresh raw potatoes of any kind and pack, as for «бэрэнге 3 кг»; «2 кило» is a quantity, «на кыстыбый» a "
           "purpose; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh (outside knowledge); батат, boiled, fried, "
           "frozen, ready dishes (Магнит «Картофель АЙДАХО»), chips and purees excluded"),
        ("молоко 3.2% пару пакетов", {
            "pyaterochka": [],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041",
                       "1000445488", "1000553875", "1051242645", "1059990140", "1812450001", "1899800825",
                       "8000026014", "8000026015", "8000058295", "8000081425", "18ca387556", "4aff59ccac",
                       "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992", "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "drinking cow milk of exactly 3.2 %, pasteurised, UHT or sterilised, any brand and pack (200 ml-2 kg), incl. "
           "children's drinking milk 3.2 % (Агуша, Тёма, Аммм, Зелёная Линия «для детского питания») as in "
           "real_basket_eval; ranges (3.2-4 %, 3.2-6 %, 3.3-6 %, 3.4-6 %), other fat levels, Му-у «Для капучино», baked "
           "(топлёное), condensed and flavoured milk and plant drinks excluded; «пару пакетов» is a quantity (carton vs "
           "bottle is not a filter)"),
        ("пшено для кыстыбыя", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки»; the rice-millet mixes Увелка "
           "«Дружба» (Дикси, Перекрёсток) are mixes, not millet; no other chain sells millet"),
        ("масло сливочное для пюре", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000262381", "1000312970", "1000384151",
                       "1000433642", "1000457493", "1000458136", "1000521208", "1000566266", "1844000142",
                       "1855599920", "1899900309", "1899911038", "3181241105", "8000045816", "8000058591",
                       "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645", "a1a2b1e98a"],
            "dixy": ["2000186964", "2000288309", "2000401635", "2000509906", "2000538793", "2000575412", "2000581831",
                     "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["2029217", "2043237", "2068941", "2071031", "3026226", "3226314", "3287314", "3347817", "3355277", "3363741",
                            "3369241", "3371288", "3384196", "3396544", "3406593", "3413519", "3423762",
                            "3434127", "3472940", "34890", "3612778", "3628337", "3637761", "3643092",
                            "3645266", "3654551", "3657363", "3698785", "3917028", "3922315", "3953367",
                            "3963777", "3980020", "3999749", "4035287", "4051359", "4055506", "4068626",
                            "4135603", "4147662", "4188102", "4196090", "4260609", "4260610", "4281083",
                            "4292462", "4310021", "4343792", "86149", "86150", "3699369", "4113532", "4175276",
                            "4188099"],
        }, "any butter (72.5 %, 82 %, 82.5 %, Крестьянское/Традиционное/Вологодское, any brick size, salted or not, "
           "lactose-free, Волгодонское and Княгининское with fat not stated); «для пюре» is a purpose; chocolate butter 62 "
           "% (flavoured), ghee and «Топленая смесь», spreads/«Крем De Olio» and margarine excluded"),
    ]),
    # L07 суп с токмачом
    ("курица халяль на суп, лапша яичная для токмача, морковка кило для токмача, лаврушки пакетик в бульон", [
        ("курица халяль на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal chicken in any chain (see «курица халяль тушка»); ordinary chicken, soup sets and chicken broths are "
           "not halal and so not accepted"),
        ("лапша яичная для токмача", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4061766", "4307631"],
        }, "dry egg noodles: Магнит Верони «яичная по-домашнему», Перекрёсток Маркет «Домашняя яичная» and Домшим «Лапша "
           "яичная» (Asian-style wheat egg noodles, still egg noodles; «для токмача» is a purpose); noodles whose title "
           "does not say egg (Верони/АИДА «Лапша», Неаполитанская, лагманная, бешбармачная, Сомен, soba), instant noodles "
           "and soups excluded"),
        ("морковка кило для токмача", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh raw carrots of any pack (loose, washed 200 g-1 kg, on a tray, «для сока» 1 kg, mini carrots 250 g); "
           "«кило» is a quantity; Дмитровские Овощи «Морковь целая варёная очищенная», ready Korean carrots, carrot mixes "
           "with cabbage or asparagus, juices, smoothies, purees and pet food excluded; Магнит and Пятёрочка carry no "
           "fresh carrots"),
        ("лаврушки пакетик в бульон", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Котани 5 г, Пр!ст 10 г); «пакетик» is a quantity"),
    ]),
    # L08 бэлеш / беляши
    ("фарш говяжий халяль 1кг, дрожжи сухие саф-момент 3 пакетика, мука на бэлеш 2 пачки, подсолнечное масло для жарки беляшей", [
        ("фарш говяжий халяль 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal mince in any chain; the ordinary beef mince of Дикси (Иван Мясоедов, Мираторг) and Перекрёсток "
           "(Перекрёсток, Мираторг, Хороший Кусок) is not titled халяль, so not accepted"),
        ("дрожжи сухие саф-момент 3 пакетика", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry yeast 11 г (Магнит, Дикси); pressed yeast Люкс Экстра (Саф-Нева; Дикси's title says «сухие … "
           "прессованные»), puff pastry and «бездрожжевой» bread excluded; «3 пакетика» is a quantity"),
        ("мука на бэлеш 2 пачки", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "2000576791", "2000578792", "D000002191", "ЦТ0035253", "ЦТ0037862",
                     "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "2112693", "3193726", "3292690", "3305673", "3346668", "3394693",
                            "3502351", "3505430", "3626914", "3681817", "3915409", "4215036", "4262616",
                            "4278294", "4326495", "91320", "91321"],
        }, "any white wheat flour for baking, any grade and pack (высший сорт, экстра, хлебопекарная, Манитоба, Дикси "
           "«Мука пшеничная хлебопекарная», Старооскольская without grade, Перекрёсток «Мука Царь, 1кг» and «Мука "
           "Тихорецкая особая, 2кг» taken as wheat flour - outside knowledge: both brands mill wheat flour); «на бэлеш» is "
           "a purpose, «2 пачки» a quantity; pancake flour (a mix), self-raising, whole-grain/whole-ground (Рязаночка), "
           "rye, rice, corn, buckwheat, oat, chickpea, almond, coconut, gluten-free and «7 Злаков» flours excluded"),
        ("подсолнечное масло для жарки беляшей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261",
                     "2000283309", "2000555852", "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714", "3340103", "3426152",
                            "3426155", "3454645", "3478098", "3642040", "4022580", "4269568", "4269569",
                            "4277755", "6275", "64128"],
        }, "refined sunflower oil of any brand and bottle (0.5-2.7 l, incl. «высокоолеиновое рафинированное»); «для жарки» "
           "read as naming refined oil - outside knowledge: unrefined (нерафинированное) sunflower oil smokes and smells "
           "when fried, so unrefined oils (Благо, Слобода, Здоровое меню, Золотая Семечка нерафинированное, Маркет, Юкка "
           "Юг, Dial-Export, Getuva, Русский МасляникЪ, «из жареных семечек») and oils whose titles do not say refined "
           "(Аведовъ, Getuva New Way) are excluded; blends «с добавлением оливкового/миндального/льняного/зародышей "
           "пшеницы», flavoured Almador (чеснок, базилик, травы), the Altaria spray 250 ml, olive, corn and other oils "
           "excluded; Пятёрочка and Магнит carry no sunflower oil"),
    ]),
    # L09 шашлык
    ("баранина на шашлык халяль, лаваш армянский тонкий к шашлыку, кетчуп хайнц шашлычный бутылку, уголь березовый для мангала мешок", [
        ("баранина на шашлык халяль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb at all and no halal meat in any chain; pork and chicken шашлык (Перекрёсток) excluded (not lamb, not "
           "halal, pork forbidden)"),
        ("лаваш армянский тонкий к шашлыку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Коломенский «Армянский тонкий», Маркет Перекрёсток «Армянский» - Armenian lavash is the "
           "thin kind, outside knowledge); no other lavash on sale"),
        ("кетчуп хайнц шашлычный бутылку", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225"],
            "perekrestok": ["4157803", "4207051", "4116848"],
        }, "Heinz ketchups for shashlik: «для гриля и шашлыка» (Пятёрочка doy-pack 350 г, Перекрёсток 320 г), «К шашлыку и "
           "грилю» (Дикси), «Гриль и шашлык для мяса» 550 г and «со вкусом укроп-петрушка для шашлыка» (Перекрёсток; a "
           "Heinz shashlik ketchup with herbs, accepted); «бутылку» is read as a quantity (one pack), so doy-packs are not "
           "excluded; Heinz tomato/hot/super-hot/garlic/Italian ketchups, Heinz Pikador, Heinz sauces (barbecue, Цезарь "
           "etc.) and other brands' «Шашлычный» ketchups (Махеевъ, Слобода, Круглое лето, Пр!ст) excluded"),
        ("уголь березовый для мангала мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal in any chain; «уголь» only in Colgate toothpastes (trap)"),
    ]),
    # L10 ифтар (Рамадан)
    ("финики для ифтара, курага покрупнее, вода без газа 5л самая дешевая, молоко 2.5 пастеризованное", [
        ("финики для ифтара", {
            "pyaterochka": [],
            "magnit": ["0821e51f12", "82f9dd4cba", "f937066c9b"],
            "dixy": ["2000410751", "ЦТ0024102"],
            "perekrestok": ["3010841", "3438657", "3469374", "3504025", "3620598", "3665243", "3903859", "3942207", "3942208", "3943237",
                            "3978163", "4027943", "4050836", "4077824", "4086940", "4103572", "4117069",
                            "4118056", "4172388", "4172390", "4172391", "4179210", "4242136", "4259388",
                            "4259389", "4259390", "4286634", "4286637", "4286638", "4286640", "4287359",
                            "4294247", "4322373", "51072", "78004530", "82963"],
        }, "dates of any kind and pack (dried with or without stone, Королевские/Меджул, Аджва, Суккари, Сагай, Мазафати, "
           "Деглет нур, incl. Перекрёсток «Финики свежие на ветке» - fresh dates are dates too); «для ифтара» is a "
           "purpose; dates stuffed with or mixed with nuts (с миндалём, с грецким орехом, с начинкой из орехов, с орехом "
           "ассорти), dates in chocolate and Chocodate sweets, yoghurts and porridges with dates excluded"),
        ("курага покрупнее", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots (Магнит Семушка 150 г); «покрупнее» is a wish; curd masses, yoghurts, sweets, compote and "
           "ряженка with курага excluded; no other chain sells курага"),
        ("вода без газа 5л самая дешевая", {
            "pyaterochka": ["3635131"],
            "magnit": ["c0d204fa30", "7f00277465", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000311289", "2000337258", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871", "4264399", "43693"],
        }, "still drinking water in 5 l bottles («5л» names the pack): plain still waters and children's still drinking "
           "water 5 l (ФрутоНяня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси - drinking water, like children's milk "
           "for «молоко»); 5 l bottles whose titles do not say «негазированная» (Магнит «ИСТОЧНИК ЗДОРОВОЙ ЖИЗНИ Вода "
           "питьевая 5л», Перекрёсток «Люкс вода питьевая, 5л с тарой», «Виста питьевая, 5л») taken as still (outside "
           "knowledge: 5 l water is sold still); «самая дешевая» is a wish; Пятёрочка «Легенда Гор» natural table water "
           "«негаз» 5 l accepted; bottles of 0.33-2.5 l and 18.9 l, sparkling, medicinal mineral and flavoured waters "
           "excluded"),
        ("молоко 2.5 пастеризованное", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000445487", "1000563706", "8000029029", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000313238"],
            "perekrestok": ["4137916", "4153927", "4250778", "4310700", "4316451"],
        }, "pasteurised cow milk of exactly 2.5 %, any brand and pack; Магнит «Молоко ДОМИК В ДЕРЕВНЕ, 2,5%, 1,4л» "
           "(treatment not in the title) taken as pasteurised - outside knowledge: the same 1.4 l bottle is titled "
           "«пастеризованное 2.5% 1.4л» in the same chain; UHT (ультрапастеризованное) and sterilised milk (the user wrote "
           "пастеризованное), other fat levels, baked milk and flavoured milk excluded"),
    ]),
    # L11 плов (one item replaced, see README)
    ("рис пропаренный на плов кило\nморковь желтая для плова\nзиры пакетик на плов\nговядина мякоть халяль", [
        ("рис пропаренный на плов кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["0230703063", "2000002128", "2000180346", "2000310624", "T000024619"],
            "perekrestok": ["3469125", "3603168", "3608320", "3674166", "57930"],
        }, "REPLACEMENT item (blind text «рис девзира на плов кило»; the whole list was empty in all four stores - no "
           "devzira, yellow carrot, cumin or halal beef anywhere): parboiled white rice of any brand and pack (Националь "
           "«Пропаренный золотистый», Мистраль Янтарь, Зернышко к зернышку, Агро-Альянс Экстра Gold, Увелка 5x80 г, "
           "Маркет, Перекрёсток «Рис пропаренный шлифованный»); «на плов» is a purpose, «кило» a quantity; rice «для "
           "плова»/Пилаф and other rice whose title does not say пропаренный, parboiled basmati (Shanti «Басмати Селла»), "
           "brown rice and ready rice dishes excluded"),
        ("морковь желтая для плова", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "yellow carrot (the Central-Asian plov carrot) is the colour the user wrote; no chain sells a carrot titled "
           "yellow - the orange fresh carrots of Дикси and Перекрёсток are not accepted (a written colour is required)"),
        ("зиры пакетик на плов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cumin (зира, кумин) in any chain; caraway (тмин) appears only in sauerkraut «с тмином», and seasonings «для "
           "плова» are other products"),
        ("говядина мякоть халяль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal beef in any chain; Перекрёсток's boneless beef cuts (мякоть бедра, огузок, духовая, антрекот) are not "
           "titled халяль, so not accepted"),
    ]),
    # L12 шурпа
    ("говядина на косточке для шурпы 2 кг, помидоры розовые для шурпы, перец болгарский для шурпы 3 штуки", [
        ("говядина на косточке для шурпы 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020550", "85566", "923"],
        }, "raw beef on the bone (Перекрёсток «Шейный отруб говяжий на кости», «Голень говяжья с костью», «Лопатка говяжья "
           "на кости»); «2 кг» is a quantity, «для шурпы» a purpose; boneless beef (мякоть, огузок, антрекот, steaks, "
           "ростбиф), beef mince, Перекрёсток «Грудинка говяжья для харчо» (bone not stated), tongue, liver, smoked beef, "
           "stewed beef and pork ribs (pork, forbidden) excluded; no other chain sells raw beef on the bone"),
        ("помидоры розовые для шурпы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["21292", "3383465", "3695580"],
        }, "fresh tomatoes whose title says розовые (Азербайджанские розовые, розовые грунтовые, розовые фасованные 500 г, "
           "розовые Азербайджан); red, yellow, cherry, cocktail and plum tomatoes, Бычье сердце, Кумато, Махитос, "
           "Панамера, Голубая Леди, «Дагестан», «Фермерские», «азербайджанские» and «на ветке» (colour not stated or not "
           "pink), canned, dried and tomato products excluded"),
        ("перец болгарский для шурпы 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh bell (sweet) pepper in any chain; black pepper, marinated peppers, sauce «с болгарским перцем» and "
           "olives «со сладким перцем» are other products"),
    ]),
    # L13 гости
    ("казылык конский, сыр российский получше, маслины без косточек 1 банка к столу, лимонад буратино бутылку 2л", [
        ("казылык конский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4009322", "4334720"],
        }, "Перекрёсток Зелёная Линия «Колбаса Казылык сухая сыровяленая» 90 г and the weighed «Колбаса сыровяленая "
           "Казылык сухая» - казылык is by definition horse-meat sausage (outside knowledge; the titles do not say "
           "конина); Магнит «КОНИНА тушеная» (canned stewed horse meat) is another product"),
        ("сыр российский получше", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "8000046707", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "Российский cheese of any brand, weight or slices, incl. «Российский молодой» (the current name of the same "
           "cheese) and Магнит «Моя цена Российский весовой»; «получше» is a wish; Магнит «Продукт По-Российски … на "
           "основе растительного жира» (not cheese) and other cheeses excluded"),
        ("маслины без косточек 1 банка к столу", {
            "pyaterochka": [],
            "magnit": ["67a5bec16c", "a4c260b58b", "ffc8624869"],
            "dixy": ["2000280423", "2000284987", "2000293466", "2000300243", "2000573831", "D000011668"],
            "perekrestok": ["3013064", "3468532", "3628531", "4049135", "4102524", "4340420", "4340423", "4340492", "4340498"],
        }, "pitted black olives (маслины «без косточки», any brand and jar size, incl. Bonduelle «крупные», Iberica Mini, "
           "Delphi 700 г); «1 банка» is a quantity; маслины with stones, stuffed маслины (фета, лосось), вяленые маслины, "
           "green olives (оливки) and olives with fillings excluded"),
        ("лимонад буратино бутылку 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3359208"],
        }, "Черноголовка «Буратино» 2 l («2л» names the bottle); Черноголовка «Буратино» 1 l (another pack), other "
           "lemonades (Тархун, Байкал, Дюшес, лимон, Пр!ст «Лимонад» 2 l) excluded"),
    ]),
    # L14 молочка
    ("сметана 20% стаканчик, творожок 9 процентов для сырников, кефир 2.5% бутылку, ряженка 4% бутылочку", [
        ("сметана 20% стаканчик", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405",
                       "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355", "4229625", "4241375",
                            "4250761", "4320002", "4376610"],
        }, "plain sour cream of exactly 20 %, any brand and pack; «стаканчик» (the cup) cannot be checked from the titles "
           "and is not used as a filter; 10/15/25/30 % sour cream, «Сметанковый» cheese and sour-cream-flavoured snacks "
           "excluded"),
        ("творожок 9 процентов для сырников", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486", "8000055235",
                       "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980", "2000567931",
                     "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865", "3487310"],
        }, "«творожок» = cottage cheese: plain творог of exactly 9 % (crumbly, soft, пластовой, Зелёная Линия «Зернышко»), "
           "any brand and pack; «для сырников» is a purpose; curd desserts called «творожок» (Савушкин, Чудо, "
           "Простоквашино, Даниссимо - flavoured 3.5-5.5 %), 5 %/2 %/18 %/fat-free творог, curd masses and сырки excluded"),
        ("кефир 2.5% бутылку", {
            "pyaterochka": [],
            "magnit": ["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534", "8000033639", "610b0779be"],
            "dixy": ["2000560991", "ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919", "4229630", "4233125", "4245052",
                            "4263418", "4280483", "4280893"],
        }, "kefir of exactly 2.5 %, any brand and pack (430 ml-1.43 kg); «бутылку» is a quantity (one pack); 1 %, 3.2 % "
           "and 3.2-4 % kefir, биокефирный/кефирный products and kefir cocktails excluded"),
        ("ряженка 4% бутылочку", {
            "pyaterochka": [],
            "magnit": ["1000371474", "1000439736", "1000451592"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka of exactly 4 % (Большая Кружка 500/800 г, Из Молока Нашей Дойки 900 г); 2-3.5 % and flavoured "
           "ryazhenka (клубника, груша, малина, печёное яблоко, курага-чернослив, банан-карамель) excluded; «бутылочку» is "
           "a quantity"),
    ]),
    # L15 детям
    ("сасиски халяль детям, макароны ракушки детям, сырок плавленый дружба пару штук, огурчики свежие к сосискам", [
        ("сасиски халяль детям", {
            "pyaterochka": [],
            "magnit": ["119aa8a644"],
            "dixy": [],
            "perekrestok": ["4353596"],
        }, "«сасиски» = сосиски (typo); halal sausages whose title says халяль, as for «сосиски халяль 2 пачки» (Магнит "
           "Царицыно «Восточные … халяль», Перекрёсток «Идель … халяль»); «детям» is a wish, children's sausages without "
           "халяль excluded; Дикси Царицыно «Идель Восточные» (no «халяль» in the title) excluded"),
        ("макароны ракушки детям", {
            "pyaterochka": [],
            "magnit": ["06594d00ff"],
            "dixy": ["2000437863"],
            "perekrestok": [],
        }, "dry pasta shells (Makfa «Ракушки»; Роллтон «Ракушки с оливковым маслом» - dry pasta made with olive oil, not a "
           "flavoured sauce, accepted); «детям» is a wish; Makfa «Улитки» (another shape), chocolate «Ракушки» and mussels "
           "«в раковине» excluded"),
        ("сырок плавленый дружба пару штук", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба»: Магнит Карат «Сыр плавленый Дружба 45% 90г»; Магнит «Плавленый продукт ДРУЖБА» and "
           "«Продукт плавленый Моя цена Дружба с сыром» (cheese products, not processed cheese, as «Продукт По-Российски» "
           "in set g) and halva /rice-millet «Дружба» excluded; «пару штук» is a quantity"),
        ("огурчики свежие к сосискам", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "2000327957", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072", "44569"],
        }, "fresh cucumbers of any kind and pack (гладкие, колючие, длинные, короткоплодные, Бакинские, фасованные); Дикси "
           "«Огурцы корнишоны, в упаковке, 300 г» (no brine or jar named) and Перекрёсток «Огурцы Хрустящие» (sold by "
           "weight) taken as fresh (outside knowledge); pickled, salted, marinated cucumbers and gherkins in jars (Шесть "
           "соток, Дядя Ваня, Globus, Лукашинские, Корнишоны Закарпатские), cucumber-flavoured goods and the stem inside "
           "«йогурт» excluded"),
    ]),
    # L16 кладовка
    ("тушенка говяжья халяль, гречка ядрица пачки 2, макароны рожки к тушенке, горох колотый на гороховый суп", [
        ("тушенка говяжья халяль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal canned meat in any chain; stewed beef of Дикси (Первым Делом) and others is not titled халяль, so not "
           "accepted; stewed pork and «КОНИНА тушеная» are other products"),
        ("гречка ядрица пачки 2", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "DI00080511", "ЦТ0042599",
                     "2000539995"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178", "3446736", "3477255",
                            "3493533", "3600743", "3603166", "3667612", "3674200", "3694322", "3696237",
                            "39155", "4009020", "4019310", "4059000", "4061364", "4090171", "4204902",
                            "4353613", "53673", "6847", "3994791"],
        }, "buckwheat groats (ядрица), incl. quick-cooking/steamed, unsteamed and boil-in-bag packs of any size; titles "
           "without «ядрица» (Makfa, Тёплые Традиции, Увелка в пакетах/Экстра, Агро-Альянс Экстра, Нижегородская, "
           "Мистраль, Мистраль Фермерская, Националь Камолино, Prosto, plain «Гречка») taken as ядрица - outside "
           "knowledge: no продел is on sale and packed whole-grain buckwheat is ядрица; Дикси «Пассим Алтайская» and "
           "Перекрёсток «Ядрица гречневая Крупно» also accepted; «пачки 2» is a quantity; green buckwheat, buckwheat "
           "flakes, ready buckwheat dishes (Raisad, Увелка/Дядя Ваня с грибами, Cook Chart, Волшебное дерево), flour, "
           "bread, porridges and Greek yoghurts (the stem) excluded"),
        ("макароны рожки к тушенке", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4199587", "4273871", "4328907", "4340660", "82772"],
        }, "dry elbow pasta (рожки/рожок of any size: Baisad, Моя цена 3 кг, Верони, АИДА «Рожок», Шебекинские «Витой "
           "рожок» and «Рожок-полубублик», Любимые традиции, Роллтон «Рожки с оливковым маслом», Maltagliati «Рожок "
           "крупный», Пр!ст, Маркет «Рожки»/«Рожки Большие», Maltagliati «Chifferini Rigati» - chifferi are elbows, "
           "outside knowledge); Бакалейщики «Рожок Малютка с томатами и шпинатом» (flavoured/coloured pasta), ice-cream "
           "cones and other shapes excluded"),
        ("горох колотый на гороховый суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306938"],
        }, "split dried peas: Перекрёсток Маркет «Горох шлифованный колотый»; Пятёрочка «Горох Увелка, 800 г» (колотый or "
           "whole not stated) excluded; green peas, pea microgreens, pea pasta and ready pea soup excluded"),
    ]),
    # L17 рыбный день
    ("минтай тушка мороженый кило, селедочка в масле филе, рис пропаренный к рыбе, лимончик 2 шт к рыбе", [
        ("минтай тушка мороженый кило", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen headless pollock (тушка): Магнит BOREALIS «ТУШКА БЕЗ головы свежемороженый», Дикси Мореслав «тушка "
           "свежемороженая», Перекрёсток «Люди любят тушка потрошеная замороженный»; «кило» is a quantity; pollock fillet "
           "(Магнит), Магнит «МИНТАЙ полуфабрикат из замороженного сырья, 1кг» (form not stated, sold defrosted), pollock "
           "mince, roe and ready dishes excluded"),
        ("селедочка в масле филе", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3682728", "3683735", "3683742", "3993017", "4159336", "4275608",
                            "4322376", "4323336", "4366965", "79543"],
        }, "herring fillet (филе, филе-кусочки) in oil, any brand and pack, incl. variants in oil «с укропом», «со "
           "специями», «с приправами», «к картошке», «традиционный посол» and the weighed «Филе сельди без кожи в масляной "
           "заливке»; herring in wine («в красном/белом вине», «в винной заливке» - also alcohol, excluded for this "
           "family), in mayonnaise, tomato or mustard dressing, «по-польски … с лучком и томатом», Балтийский Берег «в "
           "масле с дымком» (smoke flavour), whole or salted herring not in oil, cold-smoked fillet, Santa Bremor "
           "«популярное» and «Матиас свежая зелень» (oil not stated), шуба salad and «маринад По-шведски» excluded"),
        ("рис пропаренный к рыбе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["0230703063", "2000002128", "2000180346", "2000310624", "T000024619"],
            "perekrestok": ["3469125", "3603168", "3608320", "3674166", "57930"],
        }, "parboiled white rice of any brand and pack, as for «рис пропаренный на плов кило»; «к рыбе» is a purpose; "
           "other rice and parboiled basmati excluded"),
        ("лимончик 2 шт к рыбе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons (loose, Узбекистан, Маркет Fresh 2 шт); «2 шт» is a quantity; the lime-lemon mix, lemon-flavoured "
           "drinks, sweets, cleaners and the lemon «Настойка» (alcohol) excluded"),
    ]),
    # L18 диета
    ("филе индейки на паровые котлеты, брокколи замороженная пакет, творог обезжиренный на ужин", [
        ("филе индейки на паровые котлеты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«филе индейки» read as turkey breast fillet (as «куриное филе» = breast fillet in real_basket_eval); no chain "
           "sells it: Магнит «ФИЛЕ БЕДРА ИНДЕЙКИ» (thigh fillet, another cut), Перекрёсток «Медальон из мяса индейки» "
           "(portions, cut not stated), Индилайт turkey mince, smoked/boiled turkey, stewed turkey, pâté and pet food "
           "excluded; «на паровые котлеты» is a purpose"),
        ("брокколи замороженная пакет", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["2059262", "2125852", "3405386", "3444750", "3489151", "3625801", "4003966", "4019915", "4019919", "4152339",
                            "4225833", "4238817", "4320949", "4325364", "74445"],
        }, "frozen broccoli of any brand and pack (Hortex, Vитамин, Круглое лето, Морозко Green, Маркет, Пр!ст, И зимой и "
           "летом, Bonduelle, Livianta, Свой Урожай, Ближняя Дача, 4 Сезона, «соцветия замороженная» 1 кг); Магнит "
           "«Брокколи HORTEX, Хортекс, 400г» taken as frozen (outside knowledge: Hortex sells frozen vegetables); fresh "
           "broccoli, broccolini, mixes with cauliflower, baby purees, seeds and broccoli-flavoured wafers excluded; "
           "«пакет» is a quantity"),
        ("творог обезжиренный на ужин", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1eb57431af", "1899910741", "8000073444"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "fat-free cottage cheese: titles saying «обезжиренный» (Пятёрочка 300 г, Магнит Моя цена, Село Зелёное, Danone "
           "«мягкий обезжиренный», Резной Палисад «обезжиренный 1.8%» - titled fat-free) or 0 % (Савушкин «Нежный» 0 %); 2 "
           "%, 4-9 % cottage cheese, fat-free curd desserts and kefir excluded; «на ужин» is a purpose"),
    ]),
    # L19 к чаю для бабушки
    ("пастила яблочная к чаю, зефир белый ванильный для бабушки, конфеты коровка грамм 300, печенье овсяное пачку к чаю", [
        ("пастила яблочная к чаю", {
            "pyaterochka": [],
            "magnit": ["357a2a47ed"],
            "dixy": [],
            "perekrestok": ["4116134"],
        }, "apple pastila: Магнит «Пастила БЕЛЕВСКАЯ ПАСТИЛА, Яблоко» and Перекрёсток Зелёная Линия «Пастила Белёвская "
           "классическая без сахара» (classic Belyov pastila is apple pastila - outside knowledge); cranberry, bilberry, "
           "strawberry-cream pastila (Шармэль, Старые Традиции, Белёвская клюква/черника), Дикси «Пастила Белевская "
           "Классическая/Ягодное ассорти» (the id covers berry variants too), Магнит «Мармелад БЕЛЕВСКАЯ ПАСТИЛА, "
           "Яблочный» (marmalade) and the pastila bar excluded"),
        ("зефир белый ванильный для бабушки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white vanilla zephyr in any chain: all zephyrs are berry/fruit (клубника, клюква, смородина, брусника, "
           "малина, Антоновка, яблочный, вишня/манго), «Бело-розовый», «Ваниль и малина» (two-colour, with raspberry) or "
           "chocolate-covered; Семейные Секреты «со вкусом шампанского и клубники» is also an alcohol-flavoured trap"),
        ("конфеты коровка грамм 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Коровка» sweets in any chain; Пятёрочка «Вафли Коровка» (wafers) and the milk brand «Коровка из Кореновки» "
           "are other products"),
        ("печенье овсяное пачку к чаю", {
            "pyaterochka": ["3613448"],
            "magnit": [],
            "dixy": ["2000214298", "2000225711", "2000235792", "2000325940", "2000349045", "2000351526", "2000529080", "2000535032"],
            "perekrestok": ["2023501", "2091843", "3438892", "3505244", "3603607", "3681160", "3901907", "3951119", "4017837", "4024594",
                            "4032428", "4113987", "4123144", "4172266", "4251005", "4258982", "4283932",
                            "4283939", "4284221", "4315655", "3218321", "3613448"],
        }, "plain oatmeal cookies (классическое/особое/постное/домашнее/сдобное, Хлебный Спас «Особое», Юбилейное «Овсяное "
           "с овсяными хлопьями», Алтайское, children's ФрутоНяня, sugar-free on sorbitol/maltitol, gluten-free Диетика, "
           "Таруска on mustard oil, Коломенское «злаковое овсяное хрустящее»); cookies with raisins, chocolate, "
           "cranberry/raspberry, apricot, topinambur, «Изюминка», «Злаковое ассорти», «5 Злаков», «Янтарная сказка» "
           "(extras not stated), glazed «Половинки», Хлебный Спас «Мультизлак»/«Злаки ассорти»/«Полезный завтрак», protein "
           "cookies and flapjacks, honey oat rings and oat porridges excluded (plain products exclude flavoured ones); "
           "«пачку» is a quantity; Магнит carries no plain oatmeal cookies"),
    ]),
    # L20 завтрак детям
    ("геркулес на завтрак детям, мед цветочный в кашу, бананчики к каше, молоко ультрапастеризованное 3.2 в кашу", [
        ("геркулес на завтрак детям", {
            "pyaterochka": [],
            "magnit": ["1fbd6e427e", "7e4e5763f5", "8a13df6c91"],
            "dixy": ["1041032607", "2000005395", "2000186448", "2000219614", "2000222892", "2000601251", "2000604115",
                     "DI00078791", "2000002160"],
            "perekrestok": ["2105514", "2122914", "2122915", "2122919", "23772", "24926", "3421663", "3469027", "3469028", "3503161",
                            "3933387", "4005492", "4078263", "4157124", "4321219", "6752", "9056"],
        }, "«геркулес» = plain rolled oats / oat flakes of any brand and grind (Геркулес, Ясно Солнышко №1-3, Экстра, "
           "Монастырский, быстрого приготовления, Nordic, голозёрный, без глютена, Маркет, Пр!ст); «на завтрак детям» is a "
           "purpose; flavoured instant porridge sachets («Каша Геркулес» с клубникой/абрикосом, Быстров), flakes with bran "
           "or fruit (Nordic с отрубями, клюква-яблоко), Nordic «Ленивая овсянка», cut oats (Лакоме «резаная»), Vila "
           "Natura «Овсянка» (form not stated), baby porridges, oat drinks, «Хлеб ГЕРКУЛЕС» and oatmeal cookies excluded"),
        ("мед цветочный в кашу", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "natural honey whose title says цветочный (Магнит Ульеград «Таёжный цветочный»; Перекрёсток «цветочное "
           "разнотравье», «донниковый цветочный», «цветочный», «Горный … цветочный», «цветочный луговой», "
           "«Шалфейный/Лесной … цветочный»); honeys not titled цветочный (липовый, гречишный, акациевый, луговой, горный "
           "Магнит, Майский, Уссурийский, Подсолнух), крем-мёд with berries or nuts and honey-flavoured goods excluded"),
        ("бананчики к каше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные» - red bananas are "
           "dessert bananas too); plantains «Бананы для жарки», dried/вяленые bananas, banana sweets, marmalade, purees, "
           "yoghurts and cosmetics excluded; Магнит and Пятёрочка carry no fresh bananas"),
        ("молоко ультрапастеризованное 3.2 в кашу", {
            "pyaterochka": [],
            "magnit": ["1000049786", "1000172272", "1000244834", "1000323041", "1812450001", "1899800825", "8000058295",
                       "18ca387556", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000560951", "2000600213"],
            "perekrestok": [],
        }, "UHT (ультрапастеризованное) cow milk of exactly 3.2 %, any brand and pack, incl. children's UHT milk 3.2 % "
           "(Агуша, Тёма); pasteurised, sterilised and milk whose treatment is not stated (Тёма «с 3 лет», Аммм, "
           "Простоквашино 1.4 л, Село Зелёное 2 кг), Му-у «Для капучино», other fat levels and ranges excluded; «в кашу» "
           "is a purpose; Перекрёсток has no UHT 3.2 % milk"),
    ]),
    # L21 стирка и посуда
    ("порошок стиральный автомат 3кг подешевле, средство для посуды фейри лимон, губки для посуды поролоновые пару упаковок", [
        ("порошок стиральный автомат 3кг подешевле", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "6d62d005d5", "9ec3c6b343", "eee3b0a174"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in 3 kg packs («3кг» names the pack; «автомат» required): BIMAX Колор "
           "автомат, BIMAX автомат 100 пятен, PERSIL Свежесть от Вернель автомат, PERSIL Колор автомат; Persil Сенситив "
           "Миндаль 3 кг («автомат» not in the title), powders of other sizes (1.5-6 kg), gels, capsules and the Сомат "
           "dishwasher powder 3 кг (trap) excluded; «подешевле» is a wish"),
        ("средство для посуды фейри лимон", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        }, "Fairy hand dish-washing liquid «Сочный лимон» (Магнит 900 мл, Дикси 450 мл, 900 мл, 1.35 л); Магнит «Сочный "
           "лимон; Апельсин-лимонник» 450 мл (one id for two scents, the other not lemon) excluded; other Fairy scents "
           "(Жасмин, Ромашка, Чайное дерево, Pure&Clean, Platinum Арбуз), Fairy dishwasher tablets «Все в 1 Лимон» (trap) "
           "and other brands excluded"),
        ("губки для посуды поролоновые пару упаковок", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.» (ordinary dish sponges are foam - "
           "поролон - with an abrasive layer; material not in the title, outside knowledge); the shoe sponge excluded; "
           "«пару упаковок» is a quantity"),
    ]),
    # L22 хлеб, сыр, сок
    ("молоко вамин 3.2\nхлеб черненький буханку\nсыр адыгейский получше\nсок яблочный 1л детям", [
        ("молоко вамин 3.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Вамин (Tatarstan dairy) milk in any chain; other brands' 3.2 % milk is not accepted for a brand the user "
           "named"),
        ("хлеб черненький буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2000243", "2053660", "2060872", "3126329", "3382146", "3617422", "3624125", "3627134", "3631465", "3658457",
                            "3945535", "3953836", "3965436", "3974719", "3974720", "4074396", "4148558",
                            "4149554", "4164733", "4276930", "4329404", "4354623", "4361611", "78034786",
                            "78034810", "3931337", "2024150", "3634576", "4049144"],
        }, "«черный хлеб» = rye or rye-wheat bread: Бородинский, Дарницкий, ржаной (Старосельский, Дарница подовый, "
           "Рижский Хлеб, Каравай, Экохлеб Фермерский, 100 % ржаной, Грiдневъ «100% ржаной на закваске», Батард Ржаной), "
           "ржано-пшеничный (Каравай Столовый, Самарский №5, Деревенский Зелёная Линия, Чусовской, Даниловский, "
           "«ржано-пшеничный бездрожжевой»), Дарница «Двинский заварной», «Столичный» (Хлебный Дом, Щелковохлеб, "
           "Черемушки) and Пумперникель (dark rye / rye-wheat breads - outside knowledge: Столичный and Двинский are "
           "rye-wheat breads); «буханку» is a unit, halves and sliced loaves accepted; wheat breads, breads with raisins "
           "or garlic, ciabatta, Ржаной Край loaves of Магнит/Дикси/Перекрёсток (the brand word does not state rye, as in "
           "set g), Ржевский, Крестьянский, солодовый, Чайный, Советский, Измайловский, Боярский, Сельский (rye not "
           "stated), crispbreads and croutons excluded"),
        ("сыр адыгейский получше", {
            "pyaterochka": [],
            "magnit": ["1000464833", "1899800173", "de08dbdc63"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any brand, weighed or packed (Предгорье Кавказа, Гиагинский, Зелёная Линия «мягкий»); "
           "«получше» is a wish; Adyghe salt excluded"),
        ("сок яблочный 1л детям", {
            "pyaterochka": [],
            "magnit": ["755af2f920", "9aed063f0e", "a44cb39821"],
            "dixy": ["10E0072646", "2000005628", "2000148374", "DI00078820"],
            "perekrestok": ["3002924", "3612824", "4239136", "58049"],
        }, "single-fruit apple juice in 1 l packs («1л» names the pack; Сады Придонья «Зеленое яблоко» is apple juice); "
           "«детям» is a wish; packs of 0.125-0.33 l, 0.75 l, 0.85 l, 0.95/0.97 l, 2 l and 3 l (other sizes), nectars, "
           "mixed juices (apple-celery, detox), juice drinks and apple-flavoured teas excluded"),
    ]),
    # L23 пельмени
    ("пельмени халяль из говядины, сметанка 15% к пельменям баночка, укропчик свежий пучок к пельменям", [
        ("пельмени халяль из говядины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal pelmeni in any chain; ordinary pelmeni and bulmeni (many with pork) are not titled халяль, so not "
           "accepted"),
        ("сметанка 15% к пельменям баночка", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810",
                       "1000463648", "1000553874", "1000558440", "1899900582", "8000035449", "8000057502",
                       "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086", "4221356", "4226994",
                            "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "plain sour cream of exactly 15 %, any brand and pack, incl. lactose-free (Свежее завтра) and Простоквашино «из "
           "топлёных сливок» (a sour cream, no flavouring added); РостАгроЭкспорт «пикантная, с чесноком» (flavoured), "
           "10/20/25/30 % sour cream excluded; «баночка» is a quantity"),
        ("укропчик свежий пучок к пельменям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain (Дикси sells only кинза and петрушка packs); dill-flavoured herring, chips and "
           "croutons excluded"),
    ]),
    # L24 чак-чак дома
    ("мука на чак-чак\nйомырка десяток\nмед жидкий для чак-чака\nмасло растительное для фритюра", [
        ("мука на чак-чак", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "2000576791", "2000578792", "D000002191", "ЦТ0035253", "ЦТ0037862",
                     "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "2112693", "3193726", "3292690", "3305673", "3346668", "3394693",
                            "3502351", "3505430", "3626914", "3681817", "3915409", "4215036", "4262616",
                            "4278294", "4326495", "91320", "91321"],
        }, "any white wheat flour, any grade and pack, as for «мука на бэлеш 2 пачки» (Мука Царь 1 кг and Тихорецкая "
           "особая taken as wheat flour - outside knowledge); «на чак-чак» is a purpose; pancake, self-raising, "
           "whole-grain, rye, rice, corn and other flours excluded"),
        ("йомырка десяток", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014",
                       "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111", "3392204", "3421287",
                            "3432532", "3914040", "4012802", "4085791", "4085792", "4168688", "4201192",
                            "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "«йомырка» is Tatar йомырка = eggs: hen eggs of any category (С0, С1, С2, отборные, высшей категории) in packs "
           "of 10, incl. the Дикси halal eggs; packs of 6, 15, 20 and 30, quail, smoked and chocolate eggs (Kinder, "
           "Шоки-токи) and liquid egg products excluded"),
        ("мед жидкий для чак-чака", {
            "pyaterochka": [],
            "magnit": ["44c60c9317"],
            "dixy": [],
            "perekrestok": ["4320670"],
        }, "«жидкий» is a form the user wrote, but no title states whether the honey is liquid or crystallised; only "
           "acacia honey (Магнит МЁДОВЕД «Акация белая», Перекрёсток «Мёд Акациевый натуральный монофлорный») is accepted "
           "(acacia honey stays liquid for a long time - outside knowledge); other honeys (state not stated), крем-мёд "
           "(whipped, not liquid), honey-flavoured goods and the alcohol traps медовуха, honey «Настойка» and «Квас "
           "Медовый» excluded"),
        ("масло растительное для фритюра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261",
                     "2000283309", "2000555852", "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714", "3340103", "3426152",
                            "3426155", "3454645", "3478098", "3642040", "4022580", "4269568", "4269569",
                            "4277755", "6275", "64128", "3197302"],
        }, "everyday refined vegetable oil for deep-frying: refined sunflower oils (as for «подсолнечное масло для жарки "
           "беляшей», incl. high-oleic refined) and Altero refined corn oil; «для фритюра» read as refined oil (unrefined "
           "oils smoke - outside knowledge); unrefined sunflower oils, sunflower-olive blends and flavoured Almador, olive "
           "and pomace oils, mustard, grape-seed and avocado oils (specialty oils, not everyday vegetable oil), the spray "
           "and oils whose titles do not say refined excluded"),
    ]),
    # L25 крылышки с рисом
    ("крылышки куриные халяль\nрис басмати к крылышкам\nчесночок одну головку\nпетрушка пучок свежая", [
        ("крылышки куриные халяль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halal chicken wings (no halal chicken at all) in any chain; ordinary wings and wing-flavoured chips are not "
           "accepted"),
        ("рис басмати к крылышкам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634155", "3635865", "4254250"],
        }, "basmati rice of any brand and pack (Увелка 5x80 г, Dunar Дейли, Shanti «Басмати Селла» - parboiled basmati is "
           "still basmati); «к крылышкам» is a purpose; jasmine, long-grain and other rice excluded"),
        ("чесночок одну головку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, "fresh garlic bulbs (loose, «в упаковке, 1 шт», «ранний», Фермерский Чеснок «отборный 1 сорта, 1шт» and "
           "«Фермерский, 150г» - taken as fresh bulbs, outside knowledge); «одну головку» is a quantity; peeled cloves "
           "«зубчиками» (not a head), grated, crushed, dried, smoked and salted garlic, garlic seasonings and the garlic "
           "press excluded"),
        ("петрушка пучок свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley: Дикси «ПЕТРУШКА УПАК 75Г» (a pack instead of a bunch; «пучок» read as the unit); no other chain "
           "sells fresh parsley"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fttNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftt\d\d ===$", line):
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
                    errors.append("ftt%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftt%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftt"))
