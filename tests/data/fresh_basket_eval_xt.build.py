#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xt.jsonl -- 25 shopping lists of a rural family's big monthly trip to the town
supermarket (written by the mother, the father and a grandmother), hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xt.build.py

LISTS below is literal data: 25 lists (3-5 items, 92 items) as the family would type them to a Telegram bot, and for
every item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item
would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by one; each item was re-checked by
listing every title matching its stem that was not accepted.  The note of each item records what was accepted, what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).

The list texts were written before any offer was read and saved as fresh_basket_eval_xt.blind_lists.txt (read-only);
this script first checks that every list text here equals that blind draft, apart from the items recorded in
REPLACED (none).  labelled_lists.build then checks every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), that no id repeats within an item, that every item has a note and that the labels are
exactly the list's items in order (an item is the text between commas / new lines), and writes the JSONL in the
format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fxt01, fxt02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xt.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xt.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: (blind item text, replacement item text)}.  No list was empty, so nothing was replaced.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxt01 mother: baking staples
    ("мука в/с 5 кг\nсахар 10 кг\nподсолнечное масло нерафинированное 3 бутылки\nдрожжи сафмомент 5 пакетиков", [
        ("мука в/с 5 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "D000002191", "ЦТ0037862", "ЦТ0044481", "2000576791", "2000553733",
                     "ЦТ0044544"],
            "perekrestok": ["3915409", "3193726", "3305673", "91320", "91321", "3502351", "16318", "4326495",
                            "3681817", "4262616", "2037765", "3626914", "2107396", "2112692"],
        }, "wheat flour of высший сорт (plain or «хлебопекарная»), any pack: «5 кг» is the family's "
           "monthly amount, not a pack size (no 5 kg bag is offered anyway); Магнит Пышечка "
           "«пшеничная» 2 кг and Старооскольская «хлебопекарная» (Магнит, Дикси) have no grade in the "
           "title but are the same brands' в/с flour (Перекрёсток titles Пышечка and Старооскольская "
           "«высшего сорта») -- outside knowledge; сорт «экстра» (a different grade), блинная (a "
           "mix), самоподнимающаяся, whole-grain, rye, rice, corn, oat, buckwheat, nut and "
           "gluten-free flours and titles with no grade and no brand line to go by (Дикси «Мука "
           "пшеничная хлебопекарная» 2 кг, Французская штучка 1 кг, Царь 1 кг, Тихорецкая «особая») "
           "excluded"),
        ("сахар 10 кг", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar (сахар-песок / «кристаллический»), any pack: «10 кг» is the "
           "monthly amount, not a pack size; Перекрёсток «Сахар Советский Экстра, 1кг» taken as "
           "granulated (no «кусковой»/«прессованный» in the title) -- judgement; pressed/lump sugar "
           "(рафинад), cane, coconut, vanilla sugar, icing sugar, sugar substitutes, сахарная вата "
           "and goods «в сахаре» excluded"),
        ("подсолнечное масло нерафинированное 3 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "3608379", "74883", "3683883", "4311768", "2071663", "3653773",
                            "4307791", "4149438"],
        }, "unrefined sunflower oil, any bottle («3 бутылки» is a count), incl. «из жареных семечек» "
           "and high-oleic unrefined (Getuva); refined, blends with linseed/olive/almond, flavoured "
           "Almador, sunflower oils not stated as unrefined (Аведовъ, Getuva New Way), olive, "
           "mustard, corn, avocado oils and butter excluded; Магнит has no sunflower oil"),
        ("дрожжи сафмомент 5 пакетиков", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry instant yeast 11 g sachets («5 пакетиков» is a count); pressed yeast «Люкс "
           "Экстра» (Саф-Нева / Дикси «Люкс»), yeast dough and Safeguard soap excluded"),
    ]),
    # fxt02 mother: groats in bulk
    ("гречка ядрица 5 кг, рис круглый 3 кг, пшено 2 кг, овсянка геркулес 3 пачки", [
        ("гречка ядрица 5 кг", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341",
                     "2000539995", "2000219613", "1030037286"],
            "perekrestok": ["4353613", "28960", "14301", "3446736", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3667612", "4059000", "3696237",
                            "3477255", "3231481", "3600743", "3493533", "3994791", "3014874"],
        }, "dry roasted buckwheat groats, any pack (quick-cooking, steamed and boil-in-bag packs "
           "included; «5 кг» is the monthly amount); plain «Гречка …»/«Крупа гречневая» without "
           "«ядрица» accepted as ядрица, since buckwheat groats are sold as ядрица unless titled "
           "«продел» (none is) -- outside knowledge; Перекрёсток «Гречка» (no weight) taken as dry "
           "groats -- judgement; green buckwheat, flakes, flour, soba noodles, buckwheat drinks, "
           "bread, honey, children's porridges and purees and ready dishes (с грибами, по-азиатски, "
           "Cook Chart, Дядя Ваня, Raisad) excluded; Магнит has no buckwheat groats"),
        ("рис круглый 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743",
                     "DI00080510"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        }, "white round-grain rice (круглый / круглозёрный / круглозернистый), any pack incl. "
           "boil-in-bag; Дикси «Агро-Альянс Экстра элитный кубанский» accepted as round-grain (that "
           "Кубань rice is круглозерный) -- outside knowledge; long-grain, steamed, basmati, jasmine, "
           "brown, «для плова», sushi/Japanese rice and risotto/paella varieties not titled round "
           "(Бальдо, Адриатика, Испанский), rice + millet mixes, puffed rice, rice flour and ready "
           "dishes excluded"),
        ("пшено 2 кг", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (пшено), any pack incl. boil-in-bag; Пятёрочка Myllyn Paras «Каша пшенная» "
           "(porridge flakes), Увелка «Дружба» rice + millet mixes, wheat (пшеничн-) goods excluded"),
        ("овсянка геркулес 3 пачки", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791",
                     "2000604115", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "9056", "3503161", "3469028", "2105514", "4078263",
                            "3933387", "23772", "3421663", "6752", "4321219", "24926", "2122914", "2122915",
                            "2122919", "3469027"],
        }, "plain rolled oat flakes to cook (in everyday speech «геркулес» is any oat flakes: "
           "Геркулес, Экстра, Ясно Солнышко №1-3, Nordic, quick-cooking, gluten-free and hull-less "
           "oat flakes) -- judgement; instant porridge sachets (Быстров, Увелка, Магнит, Makfa, "
           "Мистраль, Пр!ст), flakes with fruit/bran/seeds, «Ленивая овсянка», Myllyn Paras «Каша "
           "овсяная», Vila Natura «Овсянка» (form not stated), cut oats (Лакоме «резаная»), Геркулес "
           "bread, oat drinks/yoghurts, cookies and kissel excluded"),
    ]),
    # fxt03 mother: pasta
    ("макароны 10 пачек подешевле, вермишелька паутинка 3 пачки, спагетти makfa, лапша яичная домашняя", [
        ("макароны 10 пачек подешевле", {
            "pyaterochka": ["94425", "2049747", "94429", "94430"],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "7d3bf66fd0", "6e98aa8b36", "f20a2d2027", "5296e76f4b",
                       "3578fbe574", "c058112781", "54953eed21", "9332b0bf64", "7e1d66d2df", "eb8a3570e8",
                       "8ec199aafc", "6d2462031e", "61313f9ca5", "06594d00ff", "4cae925c1a", "3bb34798f6",
                       "3563bce441", "0facf2dd98", "bcb882d827", "367d4ecfc8", "811f1a2896"],
            "dixy": ["2000224712", "2000280926", "2000320175", "2000016649", "2000590812", "2000302407",
                     "ЦТ0046806", "T000015331", "ЦТ0046807", "ЦТ0046808", "2000002143", "2000347024",
                     "T000015329", "ЦТ0021284", "2000573915", "2000575212", "2000588314", "2000544352",
                     "2000411998", "2000004708", "2000005384", "2000005385", "2000005386", "2000418252",
                     "2000288871", "2000288865", "2000349519", "2000299086", "2000572794", "2000437863",
                     "2000572792"],
            "perekrestok": ["3446522", "3501218", "3435295", "82761", "4360107", "52306", "62190", "4199587",
                            "4266382", "4300500", "4274091", "4274093", "4274071", "4329570", "3435300",
                            "3501222", "4329571", "4340660", "3435299", "4328907", "4340661", "3501219",
                            "4336730", "4340662", "82772", "82766", "4117154", "4273869", "4273871",
                            "4347044", "3623096", "3501223", "3435297", "4273870", "4117174", "82760",
                            "4273872", "4117157", "4117113"],
        }, "any dry wheat pasta shape (спагетти, рожки, перья, спирали, ракушки, вермишель, гнёзда, "
           "звёздочки, ризони, птитим, coloured and egg tagliatelle, Роллтон pasta «с оливковым "
           "маслом») as in real_basket_eval; «10 пачек» is a count and «подешевле» a wish; noodles "
           "are left out because the same writer lists «лапша яичная домашняя» as a separate item "
           "(Лапша …, Верони/АИДА «Лапша» shape, лагманная, бесбармачная, фунчоза, soba, instant), "
           "and so are lasagne sheets, gluten-free pea/corn-rice/buckwheat pasta, ready dishes "
           "(по-флотски, лазанья, Шеф dishes) and macarons"),
        ("вермишелька паутинка 3 пачки", {
            "pyaterochka": [],
            "magnit": ["e60106f6b1", "2c49a7a5d2"],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "very thin short vermicelli: Makfa «Паутинка», Makfa «Вермишель короткая тонкая» and "
           "Barilla «Филини» (the Italian equivalent of паутинка) -- outside knowledge; vermicelli of "
           "unstated thickness (Верони, Маркет, Пр!ст, Шебекинские «лёгкая»), long/spinach "
           "vermicelli, funchoza and instant Роллтон excluded"),
        ("спагетти makfa", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa spaghetti; none is offered: Магнит «Макароны длинные MAKFA® 500г» is Makfa's long "
           "tubular macaroni, a product distinct from its «Спагетти» -- outside knowledge; Makfa "
           "Capellini (Дикси, angel-hair), other Makfa shapes and other brands' spaghetti excluded"),
        ("лапша яичная домашняя", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4307631", "4061766"],
        }, "dry egg noodles: Верони «яичная по-домашнему», Маркет «Домашняя яичная», Домшим «яичная» "
           "(the shopper's «домашняя» read as the homemade style of egg noodles) -- judgement; "
           "noodles not stated as egg (Бакалейщики «Домашняя с томатами и шпинатом», лагманная, "
           "бесбармачная, Неаполитанская, Верони/АИДА shape «Лапша»), soba, somen, rice, bean noodles "
           "and ready dishes excluded"),
    ]),
    # fxt04 father: canned meat and fish
    ("тушенка говяжья гост 6 банок\nсайра 3 банки\nкильку в томате 4 банки\nшпроты рижские 2 банки", [
        ("тушенка говяжья гост 6 банок", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef (говядина тушёная) made to ГОСТ, any can: titles stating ГОСТ, plus "
           "Дикси «Главпродукт Высший сорт, 338 г», the same product Магнит titles «высший сорт, "
           "ГОСТ» -- judgement; beef stew without ГОСТ in the title (Барс Экстра, Великолукский, "
           "Богатырская, Русь, Гродфуд, Совок, Первым Делом, Курганский, Пр!ст), pork, turkey and "
           "horse meat stews excluded"),
        ("сайра 3 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury; no offer of saury in any store"),
        ("кильку в томате 4 банки", {
            "pyaterochka": [],
            "magnit": ["b755c9549a", "3569961f1a"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprat (килька) in tomato sauce, incl. Лаатса «обжаренная с чили в томатном соусе» "
           "(still kilka in tomato; no plain/flavoured wish written); sprats in oil (шпроты) excluded"),
        ("шпроты рижские 2 банки", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "classic smoked sprats in oil; «рижские» is read as the everyday name of classic шпроты, "
           "not as Latvian origin (no Riga-made sprats are offered) -- judgement; «Шпроты … с "
           "халапеньо» (flavoured variant), Рижский bread and balsam excluded"),
    ]),
    # fxt05 mother: laundry and cleaning
    ("порошок автомат 9 кг, кондиционер для полоскания ленор, белизны 3 бутылки, мыло хозяйственное 72% 5 кусков, средство для посуды 5 литров", [
        ("порошок автомат 9 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for machines in a 9 kg pack: «9 кг» names a pack of powder (as «вода 5л» "
           "in earlier sets), and the largest powder packs offered are 6 кг (ARIEL, PERSIL Эксперт in "
           "Магнит) -- so missing everywhere; gels, capsules, dishwasher and cleaning powders "
           "excluded anyway"),
        ("кондиционер для полоскания ленор", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner; other brands' conditioners (Vernel, Synergetic, Магнит, Е, "
           "Qualita), ARIEL powder «Ленор фреш», hair conditioners and mouthwashes excluded"),
        ("белизны 3 бутылки", {
            "pyaterochka": ["3413434"],
            "magnit": ["2de571f286"],
            "dixy": [],
            "perekrestok": [],
        }, "chlorine bleach of the «Белизна» kind: Пятёрочка Sanfor «гель белизна 3в1» and Магнит ACE "
           "«Гель, автомат» (a chlorine bleach) -- outside knowledge; oxygen/chlorine-free bleaches "
           "and stain removers (Synergetic, ACE Окси), whitening toothpastes and Domestos/toilet "
           "cleaners excluded"),
        ("мыло хозяйственное 72% 5 кусков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household (laundry) soap 72%; no offer of хозяйственное мыло in any store; toilet, baby, "
           "cream and liquid soaps excluded"),
        ("средство для посуды 5 литров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hand dish-washing liquid in a 5 l canister: «5 литров» names the canister; the largest "
           "offered is Synergetic 3,5 л (Магнит), so missing everywhere; dishwasher tablets, powders "
           "and rinse aids excluded anyway"),
    ]),
    # fxt06 mother: toiletries
    ("зубная паста 3 тюбика, шампунь большой на всю семью, бумага туалетная 24 рулона, прокладки always ultra нормал 2 уп", [
        ("зубная паста 3 тюбика", {
            "pyaterochka": ["2157107"],
            "magnit": ["c2eff5a32d", "81453183d1", "5c5da323dc", "964d902e56", "96c08abb76", "62b2cb7a88",
                       "bf8f2e67c9", "bfa8bafe8c", "6979fdd12e", "fe74f3aca3", "3eca76034b", "f56b4b5cc3",
                       "df539fe9c9", "5fb3a6894f", "941096778d", "8c74c7a89c", "4b5c8b26bf", "36ac6aa095",
                       "b938d68eba", "94c7aee1a6", "6329b468cf", "d03e638466", "02007f5dd2", "5d575a5319",
                       "350131f5fe", "8708609287", "b432da8011", "b6d0eea1fc", "65ee960a88", "0995fb4610",
                       "672c08cf6b", "f53229ccde", "92ea3d57cc", "a3d10bc11c", "96fd730db9", "0441e28214",
                       "6e8e3f8436", "564e0e888e", "303c23d71f", "ceb9d42341", "2a476026fc", "0698c8a520",
                       "54ebd01aa2", "2cb02c1814", "1b97c67c19", "41b3a37740", "582435118c", "05bcdac370",
                       "cd7248cfbd"],
            "dixy": ["2000326358"],
            "perekrestok": [],
        }, "any adult toothpaste, any tube size incl. 40 ml travel tubes («3 тюбика» is a count); "
           "children's toothpastes (Colgate 3-5/6-9 лет and «Доктор Заяц», Synergetic/Splat "
           "детская/Кидс/Джуниор/Джуси, Дракоша, Перекрёсток Splat Juicy Lab), toothbrushes, floss, "
           "whitening pencils, mouthwashes and food pastes excluded"),
        ("шампунь большой на всю семью", {
            "pyaterochka": [],
            "magnit": ["f0e2ce54d8", "ac9b5b0c52", "386339969a", "215d00bf33", "b983ebf983", "237f713ab2",
                       "b2f4abab2d"],
            "dixy": [],
            "perekrestok": ["4250581", "4093214"],
        }, "an everyday hair shampoo in a large bottle -- «большой» taken as 500 ml and more (the "
           "usual bottle is 250-400 ml) -- judgement; «на всю семью» excludes men's/women's-only "
           "lines (Clear мужской 610 мл, Ecolatier мужской 2в1 gel-shampoo, Rexona Men 3в1), "
           "children's and baby shampoos; bottles under 500 ml, dry shampoos, medicinal (Librederm) "
           "and tinted shampoos excluded"),
        ("бумага туалетная 24 рулона", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in a pack of 24 rolls: «24 рулона» names the pack (as «ватные палочки 100 "
           "шт» in fresh_basket_eval_zh); the largest packs offered have 12 rolls, so missing "
           "everywhere; paper towels, wet toilet paper, tissues excluded"),
        ("прокладки always ultra нормал 2 уп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always Ultra Normal sanitary pads; no Always pads are offered (Libresse and Ola! «Ultra "
           "Normal» are other brands, Пятёрочка Discreet Alldays are panty liners), so missing "
           "everywhere"),
    ]),
    # fxt07 mother: dog and cats
    ("корм для собаки сухой большой мешок, корм кошкам пакетики 20 шт, древесный наполнитель для кошачьих лотков", [
        ("корм для собаки сухой большой мешок", {
            "pyaterochka": [],
            "magnit": ["a3b4a1cd4c"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for an adult dog in a big sack: PEDIGREE «для взрослых собак, говядина, 13кг»; "
           "«большой мешок» read as a sack of about 10 kg and more, so 600 g - 2,2 kg bags (Pedigree "
           "2,2 кг, Perfect Fit 1,4 кг, Purina One 1,5 кг) are left out -- judgement; puppy food, wet "
           "food, treats and cat food excluded"),
        ("корм кошкам пакетики 20 шт", {
            "pyaterochka": [],
            "magnit": ["bbcc3f6e2b", "d08035f21d", "860a44990e", "bceeba235b", "b5120b46c3", "54a53edec1",
                       "4f374f40d8", "0adb281b8b", "4b45bf5084", "ba1a288ef8", "f46b40c2dc", "9f6054f9aa",
                       "e615cc80e5", "159c859f66", "bbcb5d5f30", "258ae7de32", "5c2b5eca31", "5e3ba75210",
                       "0aa722ea47", "c44cca57cb", "bf4253574e", "3d18463c21", "8555865978", "b357a754b6",
                       "238c0d6220", "5178631", "5168331", "5167911", "5227421", "5389501", "5178641",
                       "5167901", "5168351", "5257221", "5252471", "5389101", "5168341", "4907641", "4907621",
                       "4907651", "4907631", "4a4b946ca6", "eeb0d50af5", "022e1cb063", "5475a65fae",
                       "932c94424e", "d50e8152be", "2541891", "2493341", "2493311", "2493431", "2541881",
                       "2493691", "2493331", "2541861", "2493371", "2493411", "2586581", "2586551", "2586671",
                       "2586791", "2586691", "2586751", "2586741", "2586731", "2586641", "2586661", "2586701",
                       "2586681", "2586561", "2586511", "2586621", "92c1566d7e", "cbfaedea0b"],
            "dixy": ["2000539213", "2000571853", "2000537995", "2000424138", "2000373777", "2000325835",
                     "2000325855", "2000325836", "2000604092", "2000424149"],
            "perekrestok": ["3496906", "4002291", "4002293", "4249859"],
        }, "wet food for adult cats in pouches (75-85 g Felix, Whiskas, Kitekat, Perfect Fit, Purina "
           "One, Sheba, Gourmet, Нэйчерс Тэйбл -- titled «Kорм» with a Latin K; taken as pouches by "
           "their size and brand -- outside knowledge); «20 шт» is a count; kitten food, Felix «суп» "
           "48 g (complementary soups), Магнит «Корм для кошек» 20.99 (kind not stated), Перекрёсток "
           "Мнямс 70 g (a tin), dry food (incl. Whiskas «Паштет с говядиной, 1,9кг», taken as dry "
           "pads) and dog food excluded"),
        ("древесный наполнитель для кошачьих лотков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood-pellet cat litter; the only litter offered is Магнит КЭТ СТЕП silica gel, so missing "
           "everywhere"),
    ]),
    # fxt08 grandmother: tea, coffee, cocoa
    ("Чай черный индийский крупнолистовой, кофе растворимый банку, цикорию растворимого банку, какао-порошок для внуков", [
        ("Чай черный индийский крупнолистовой", {
            "pyaterochka": [],
            "magnit": ["e5f644b54b"],
            "dixy": [],
            "perekrestok": ["3506750"],
        }, "loose large-leaf black tea from India: Richman «Ассам … крупнолистовой» (Assam is an "
           "Indian tea -- outside knowledge for the Магнит title); Ceylon, Kenyan, Georgian, "
           "Azerbaijani and unstated-origin large-leaf teas (Akbar, Beta Tea, Kensington, Greenfield "
           "Golden Ceylon, Richard, Market Collection), tea bags and flavoured teas excluded"),
        ("кофе растворимый банку", {
            "pyaterochka": ["3291822", "3372171", "2104660", "2141879"],
            "magnit": ["4f353c6d8a", "432d08fee3", "c96912b91e", "2b03c3331f", "0386d066d3", "c862a4391a",
                       "9e6093cedf", "405965a7e8", "d377483cd5", "88df1b0c73", "01f9dd25ee", "63cf16639c",
                       "f843d46758", "68219df234", "6f8d803d46", "fcd2266a66", "e29b86ab6b", "5ed1824f2e",
                       "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13", "45760b0392", "0c262c177c",
                       "75165edd66", "9b7c8128ee", "363ac6fecd", "cc7dfb915f", "d84b87b448", "004ef7975d",
                       "b1359df1ea", "9b2d4e05df", "014991e9cc", "5fa65432a3", "80e9f53b5d", "31752cf6a9",
                       "0f34e2a818", "0e0d290c03", "3471c4aa28", "7859a794bc", "7ed9173039", "970a83394c",
                       "9e786ef834", "5b6cb01bcf", "48bb241996", "479a56d4e5", "3792ee999f", "6977400735"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "2000326563", "ЦТ0000119",
                     "2000200961"],
            "perekrestok": ["4249222"],
        }, "instant coffee (powder, granulated, freeze-dried, and «молотый в растворимом» instant), "
           "any size: jar vs pouch cannot be told from the titles, so «банку» is not checked; Bushido "
           "«original 100 г», Jacobs «Монарх Интенс», Nescafe «Классик 95г», Московская кофейня "
           "«Коломбо 95г» and Nescafe Gold «Alta Rica» taken as instant -- outside knowledge; 3в1/4в1 "
           "drinks and sticks (incl. Пятёрочка «Кофейный напиток Nescafe Classic 7х18 г»), МакКофе "
           "капучино, ground coffee, beans, capsules, Жокей «Ирландские сливки» (ground) and ready "
           "coffee drinks excluded"),
        ("цикорию растворимого банку", {
            "pyaterochka": ["3473706"],
            "magnit": ["6e9c524bd5", "9c453f410d", "577c8fa879", "279b109298"],
            "dixy": [],
            "perekrestok": [],
        }, "instant chicory, any pack incl. «порошкообразный» (soluble powder) and the "
           "blueberry-flavoured Большая чаша (still instant chicory)"),
        ("какао-порошок для внуков", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        }, "plain cocoa powder to cook (Золотой ярлык, «Какао-порошок РОССИЙСКИЙ»); «для внуков» is a "
           "purpose, not a filter; instant cocoa drinks (Nesquik, Чукка гранулированный, Скрепыши, "
           "Хрутка), chocolate and cocoa-flavoured goods excluded"),
    ]),
    # fxt09 father: sausages and cheese
    ("докторская колбаса батон, сыр российский 1 кг, сосиски 2 кг, сервелат", [
        ("докторская колбаса батон", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a",
                       "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595"],
            "perekrestok": ["3385812", "2170372", "3434232"],
        }, "boiled Докторская sausage as a loaf or piece, packaged or sold by weight (Магнит 100 g "
           "prices are by-weight counter goods), incl. Царицыно «Докторская, Особая»; «батон» "
           "excludes sliced packs (МД Бородина нарезка 190 г, Черкизово нарезка 150 г); Докторские "
           "сосиски, Доктор Кёрнер, Доктор Дизель and Colgate «Доктор Заяц» excluded"),
        ("сыр российский 1 кг", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese, any pack, by weight or slices («1 кг» is the amount wanted); «Продукт "
           "По-Российски … на основе растительного жира» (not cheese) and other cheeses excluded"),
        ("сосиски 2 кг", {
            "pyaterochka": ["3631905", "3306014", "16676bb3f8"],
            "magnit": ["9323828a10", "5ee4bc3c3d", "d08287067b", "9b4b38b86e", "7c9f298d18", "c7e784766f",
                       "c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83", "a71ef90bc4", "c09ecd22ea",
                       "37c028c01a", "61299796c8", "5215d6a234", "2dd98ca456", "119aa8a644", "1e5c44f755"],
            "dixy": ["2000513172", "2000418174", "2000565391", "2000592098", "2000308550", "2000566633",
                     "2000300143", "2000190007", "2000279644", "2000174171", "2000330718", "2000326151",
                     "2000324158", "2000577622", "2000322511", "2000595013", "2000286260", "2000566631",
                     "2000316003", "2000563472", "ЦТ0047282", "2000125037", "2000602632", "2000318804",
                     "2000231293", "2000572752", "2000600471", "2000424551", "2000528072", "2000181981"],
            "perekrestok": ["3416253", "3489558", "4051414", "3198697", "3207022", "4135356", "4169220",
                            "4169216", "3653933", "4175216", "4100627", "4100629", "3347588", "4062689",
                            "4045571", "4279045", "4339153", "4337767", "4081069", "4337765", "3464088",
                            "3464086", "4241464", "3359555", "4353596", "4077764", "4316920", "4221323",
                            "3460864", "3330134", "3390152", "3486631", "3443810", "4276248", "3697463",
                            "3635837", "3434237", "4342912", "4329781", "4343709", "4332703", "4321243",
                            "4276249", "4344479"],
        }, "any сосиски (pork/beef, poultry, turkey, with cheese, smoked, children's; packaged or by "
           "weight); «2 кг» is the amount wanted; сардельки (a different product), dishes «капуста с "
           "сосисками» excluded"),
        ("сервелат", {
            "pyaterochka": ["0da064a041"],
            "magnit": ["bb6f79075c", "11b5f25ada", "6d879da1f1", "24ef845cb6", "c1950da806", "8ee202a921"],
            "dixy": ["2000535171", "2000422431", "2000603351", "2000590791"],
            "perekrestok": ["4361224", "4322507", "4323441"],
        }, "any сервелат (cooked-smoked), packaged or by weight; no other sausage accepted"),
    ]),
    # fxt10 grandmother: sweets by weight
    ("конфеточки шоколадные развесные, карамельки с начинкой, пряничков мятных 1 кг, вафельки артек 2 пачки", [
        ("конфеточки шоколадные развесные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000143367", "2000116547", "2000279606", "2000133579"],
            "perekrestok": ["4168654"],
        }, "chocolate or chocolate-glazed candies sold loose by weight (titles with no pack weight): "
           "Дикси Акконд «Птица Дивная», РотФронт «Батончики», «Птичье Молоко», «халва глазированная» "
           "and Перекрёсток Кремлина «Инжир шоколадный глазированные» -- the chocolate glaze of the "
           "РотФронт and Акконд candies is outside knowledge; boxed and bagged candies with a pack "
           "weight (incl. Пятёрочка «Трюфель молочный … 1,0 кг» flowpack bag), loose candies whose "
           "chocolate nature the title does not show and I could not vouch for (Конти «Княжеские», "
           "Bonita/Royal Collection Ассорти, «Теплый вечер», Jeune нуга, Timi, Беловежская пуща, "
           "Смузи помадные, Невский Кондитер «Картошка», Крокант грильяж, Акконд «Отломи»), "
           "milk/fudge candies, jelly candies, caramel excluded; Магнит and Пятёрочка list only "
           "packed candies"),
        ("карамельки с начинкой", {
            "pyaterochka": ["2057868"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "filled caramel candies: Пятёрочка «Карамель МОСКВИЧКА 250г» (a filled, glazed caramel -- "
           "outside knowledge); РотФронт «Карамель Мечта» and Lucky Days «Карамель мини ассорти» "
           "(filling not stated), hard candies (леденцы Бон Пари, «Трость», Halls, Sula, Chupa Chups) "
           "and caramel-flavoured goods excluded"),
        ("пряничков мятных 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread (пряники мятные); only chocolate, Стойленские, orange, cranberry and "
           "pear пряники are offered, so missing everywhere"),
        ("вафельки артек 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Артек wafers; no Артек offered (other wafers — Коровка, Коломенское, Lucky Days, Джек — "
           "are other products), so missing everywhere"),
    ]),
    # fxt11 father: oil, salt, vinegar
    ("масло 5 литров самое дешевое\nсоль крупная 3 пачки\nуксус 9%", [
        ("масло 5 литров самое дешевое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vegetable (sunflower) cooking oil in a 5 l bottle: with litres «масло» is cooking oil, "
           "not butter, and «5 литров» names the big bottle (as «средство для посуды 5 литров» and "
           "«вода 5л» in earlier sets); the largest bottles offered are 2,7 л (Слобода, Перекрёсток) "
           "and 2 л (Олейна), so missing everywhere; «самое дешевое» is a wish"),
        ("соль крупная 3 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3255026", "3450465", "3613636", "3613637"],
        }, "coarse table salt: titled «крупная» or «помол №1» (the coarse grind sold as крупная, as "
           "opposed to fine «Экстра» / помол №0 -- outside knowledge), any pack («3 пачки» is a "
           "count); fine/Экстра, sea salt of fine or medium grind, Himalayan, flavoured salts («7 "
           "блюд», с травами, чесночная), dishwasher and bath salts excluded"),
        ("уксус 9%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "table vinegar 9%; only a 6% grape vinegar (Перекрёсток) is offered, so missing everywhere"),
    ]),
    # fxt12 father: coffee, tea, sugar
    ("кофе жокей\nчай принцесса нури 100 пакетиков\nсахар рафинад 2 пачки", [
        ("кофе жокей", {
            "pyaterochka": [],
            "magnit": ["68219df234", "48fb31aaa1", "80d20f5714", "7d84ba5b6e", "3bb33c0c9e", "b1359df1ea"],
            "dixy": ["2000361756", "10E0076694"],
            "perekrestok": ["29278"],
        }, "every Жокей coffee (instant, ground, beans, flavoured «Ирландские сливки»), as «product + "
           "brand» accepts every variant of the brand's product; the 3в1 «Напиток кофейный ЖОКЕЙ» (a "
           "coffee drink mix) excluded"),
        ("чай принцесса нури 100 пакетиков", {
            "pyaterochka": ["2070399"],
            "magnit": ["539736f8c3", "cf54caa8df", "62e737f079", "f2ec203f7f"],
            "dixy": ["2000224056"],
            "perekrestok": ["2070399"],
        }, "Принцесса Нури tea in boxes of 100 bags (any variant incl. «Магия бергамота»); «100 "
           "пакетиков» names the box, so 25-bag boxes and loose tea are excluded, as are Принцесса "
           "Канди/Ява (other brands of the same maker)"),
        ("сахар рафинад 2 пачки", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (прессованный / кусковой), any pack; granulated sugar (incl. Магнит "
           "«Сахар-песок … Рафинированный», which is refined granulated, not рафинад), cane lump "
           "sugar (brown), vanilla sugar excluded"),
    ]),
    # fxt13 father: salo and condiments
    ("сальца соленого шматок, горчички русской 2 баночки, хрену баночку", [
        ("сальца соленого шматок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fat (сало солёное), incl. spiced salted salo: Дикси «Шпик бутербродный … с "
           "чесноком» and Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» (taken as "
           "salted -- judgement); cooked-smoked and raw грудинка, корейка excluded"),
        ("горчички русской 2 баночки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044",
                            "4337617", "4273279", "4229364", "3416298", "2153858"],
        }, "mustard titled «Русская» (incl. «Русская столовая», ЕЖК «Русская Столовая» and «Русская "
           "Ядрёная жгучая»), any jar/tube; ЕЖК «Русская Зернистая» (whole-grain) and «Русская С "
           "хреном» (another product within the line), Dijon, Bavarian, grainy, French, honey, fruit "
           "and unnamed «Столовая» mustards, mustard powder excluded"),
        ("хрену баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203670", "2000118860"],
            "perekrestok": [],
        }, "table horseradish (хрен столовый); mustard «с хреном», cheese «с хреном», croutons "
           "«холодец с хреном» and pickles «с хреном» excluded"),
    ]),
    # fxt14 father: pet food by brand
    ("чаппи 2 мешка\nвискас 10 паучей\nкитекат сухой", [
        ("чаппи 2 мешка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Chappi dog food; not offered in any store (Pedigree, Purina One, Perfect Fit are other "
           "brands), so missing everywhere"),
        ("вискас 10 паучей", {
            "pyaterochka": [],
            "magnit": ["2541891", "2493341", "2493311", "2493431", "2541881", "2493691", "2493331",
                       "2541861", "2493371", "2493411"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food for adult cats in 75 g pouches (taken as pouches by size -- outside "
           "knowledge), «старше 7 лет» included; «10 паучей» is a count; kitten pouches, dry Whiskas "
           "(350 g, «Подушечки», «Паштет … 1,9кг» dry pads) excluded"),
        ("китекат сухой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry Kitekat; only wet Kitekat 85 g pouches are offered, so missing everywhere"),
    ]),
    # fxt15 father: cleaning by brand
    ("тайд 6 кг, доместос 2 бутылки, фейри 1 литр", [
        ("тайд 6 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder in a 6 kg pack («6 кг» names a powder pack size); only Tide 2,4-2,5 "
           "кг powders, gel capsules and liquid are offered, so missing everywhere"),
        ("доместос 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["ffbf84b458", "2750dd6add", "258e844027", "ae9c88f524", "45a638f00b", "e407eb3e87",
                       "84c700d8bb", "a961e8e2cb", "b36a2da83b"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos cleaning gel in bottles (the brand's classic «универсальное» gel, incl. Эко), "
           "any size; «2 бутылки» is a count; the Domestos spray and the toilet block (other products "
           "of the brand) excluded -- judgement"),
        ("фейри 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy hand dish-washing liquid in a 1 l bottle («1 литр» names the bottle); Fairy is "
           "offered in 430/450/650/900 мл and 1,35 л bottles, so missing everywhere; dishwasher "
           "tablets excluded anyway"),
    ]),
    # fxt16 mother: freezer and sauces
    ("пельмени 3 пачки, майонез провансаль ведерко 800, кетчупа шашлычного 2 шт, горошек 3 банки", [
        ("пельмени 3 пачки", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                       "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192"],
            "perekrestok": [],
        }, "frozen meat pelmeni (pork/beef, beef, chicken, Бульмени), any pack; Перекрёсток «Пельмени "
           "Четверг рыбные из трески» left out (fish) -- judgement"),
        ("майонез провансаль ведерко 800", {
            "pyaterochka": [],
            "magnit": ["ddda8365b8", "1728400030"],
            "dixy": ["ЦТ0045065"],
            "perekrestok": ["3193489"],
        }, "Провансаль mayonnaise in the 800 bucket: Слобода Провансаль 800 мл (Дикси) / 800 г "
           "(Перекрёсток), and the 800 ml packs Магнит labels by weight -- Слобода «Провансаль 67% "
           "750г» and Махеевъ «Провансаль, с лимонным соком, 50,5%, 770г» (800 ml of mayonnaise weigh "
           "750-770 g -- outside knowledge); bucket vs pouch cannot be read from the titles, the size "
           "is what is checked; other sizes (630-700 мл, 900 мл/г), non-Провансаль mayonnaises of "
           "that size (Оливковый, на перепелином яйце, Mr. Ricco Классико/Премиум) and mayonnaise "
           "sauces excluded"),
        ("кетчупа шашлычного 2 шт", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "4116848", "3941584", "2157566", "3673190", "4149866",
                            "4227932", "3684511"],
        }, "ketchup titled «шашлычный» / «для (гриля и) шашлыка» / «к шашлыку», any size (incl. Heinz "
           "«укроп-петрушка для шашлыка»); tomato, hot, garlic, Italian, lecho, chili, «Гриль» "
           "(Слобода) ketchups excluded"),
        ("горошек 3 банки", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "3951175", "4283761", "4059535", "3635251",
                            "3483842", "19134", "4206921", "3628006", "77114", "32340", "4188483", "4011800",
                            "3504837", "4192227", "3447858", "4273266", "4274246", "3350744", "3360308",
                            "3026306", "4380317", "4211849", "2035571"],
        }, "canned green peas (банки), any can incl. the 4,15 кг Бояринъ tin; Зелёная Линия «Горошек "
           "Изысканный 450г» taken as canned -- judgement; frozen peas, fresh «Горошек сладкий», peas "
           "with carrot, microgreens, dried/split peas, pepper «горошек» and dog food excluded"),
    ]),
    # fxt17 grandmother: baking small goods
    ("Манки 1 кг, ванилин 5 пакетиков, разрыхлитель 10 пакетиков, крахмал картофельный для киселя", [
        ("Манки 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "semolina groats (манная крупа); only flavoured instant «Каша манная» Makfa sachets "
           "(Дикси) are offered, so missing everywhere"),
        ("ванилин 5 пакетиков", {
            "pyaterochka": [],
            "magnit": ["029c368571"],
            "dixy": [],
            "perekrestok": [],
        }, "vanillin sachets (ХААС 1,5 г); vanilla sugar (Dr.Bakers «Сахар ванильный») is a different "
           "product, and vanilla-flavoured goods are excluded"),
        ("разрыхлитель 10 пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder sachets (Dr.Bakers «Разрыхлитель теста» 10 г); «10 пакетиков» is a count"),
        ("крахмал картофельный для киселя", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264337"],
            "perekrestok": [],
        }, "potato starch (Магета картофельный); «для киселя» is a purpose, not a filter; ready "
           "kissel and goods «без крахмала» excluded"),
    ]),
    # fxt18 grandmother: sweets for grandchildren
    ("сгущеночка 5 банок, печенье юбилейное 4 пачки, зефир в шоколаде коробку, мармелад внучатам", [
        ("сгущеночка 5 банок", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000003186", "1000427075", "cc9252c04f", "be9bed5042",
                       "66294fd8e5", "1000129520", "dedd707721", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4218934",
                            "4211054"],
        }, "sweetened condensed milk (incl. Рогачевъ «цельное 8,5%», which is the sweetened kind, and "
           "the 1% Пр!ст), any pack -- tin vs pouch cannot be read from most titles, so «банок» is "
           "taken as a count; boiled condensed milk (варёная сгущёнка), flavoured condensed milk («с "
           "кофе», «вкус печенье», as in fresh_basket_eval_g), Моя цена «Продукт молочный Сгущенка», "
           "and sweets/pastries with condensed milk excluded"),
        ("печенье юбилейное 4 пачки", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное biscuits, every variant (традиционное, молочное, with glaze, овсяное), as brand "
           "+ product accepts the brand's variants; Юбилейная sausage and Julius Meinl «Юбилейный» "
           "coffee excluded"),
        ("зефир в шоколаде коробку", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "zephyr (зефир) coated in chocolate, in a box: Шармэль «классический, в шоколаде» 250 г "
           "and «Старые традиции белёвских мастеров Клюква в шоколадной глазури» 250 г; the single 60 "
           "g Пастухов «Зефир молочный в бельгийском шоколаде» dessert (not a box) -- judgement, "
           "unglazed zephyr and marshmallows excluded"),
        ("мармелад внучатам", {
            "pyaterochka": ["3694097", "3210545"],
            "magnit": ["bf25673720", "1d6be782be", "84ddf92864", "5c228b6789", "c05e22f287", "5b2fa61fb1",
                       "78cd5088f9", "a53d8621de", "c396e98780", "c9bf86aa33", "50c0f0263e"],
            "dixy": ["2000586474", "2000543569", "2000536851", "2000587811", "2000602472"],
            "perekrestok": ["3682141", "3421480", "3381643", "3381644", "3381647", "3381650", "98115",
                            "98114"],
        }, "any marmalade (jelly, chewy, дольки, with a toy); «внучатам» is a purpose, not a filter; "
           "chewy candies (Фрут-телла «Конфеты жевательные», Halls, Живинка) and biscuits with "
           "marmalade excluded"),
    ]),
    # fxt19 grandmother: tea-time bakery
    ("сушечек с маком 1 кг, баранок 1 кг, халвы подсолнечной полкило", [
        ("сушечек с маком 1 кг", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "poppy-seed сушки (Невская сушка «маковые»); «1 кг» is the amount; garlic tarallini and "
           "sugar-free plain сушки excluded"),
        ("баранок 1 кг", {
            "pyaterochka": [],
            "magnit": ["4b508529e8", "8eb8c0fdcc"],
            "dixy": [],
            "perekrestok": [],
        }, "any баранки (сдобные, ванильные); «1 кг» is the amount; сушки and the pasta shape "
           "«рожок-полубублик» excluded"),
        ("халвы подсолнечной полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower halva; none is titled подсолнечная: «Халва Дружба, с арахисом» (with peanuts), "
           "«в шоколаде», «с миндалем» and glazed halva candies are other products -- judgement, so "
           "missing everywhere"),
    ]),
    # fxt20 mother: dairy
    ("масло сливочное 82.5% 4 пачки, сырки плавленые дружба, творог 5% 4 пачки, сметанка 15% 2 стакана", [
        ("масло сливочное 82.5% 4 пачки", {
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
        }, "butter of exactly 82,5 % (any pack, incl. lactose-free); 82 % butters (Jalo Kerma, Arla, "
           "Киприно, Natura, President, Молочный знак), 72,5 % Крестьянское, 62 % chocolate butter, "
           "butter with no fat stated (Волгодонское, Княгининское), spreads and ghee excluded"),
        ("сырки плавленые дружба", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "Дружба processed cheese (Карат «Сыр плавленый … Дружба 45% 90г»); «Плавленый продукт "
           "ДРУЖБА» and Моя цена «Продукт плавленый … Дружба с сыром» are cheese products, not cheese "
           "(as «Продукт молочный Сгущенка» in earlier sets), other processed cheeses and Дружба "
           "halva/rice excluded"),
        ("творог 5% 4 пачки", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "8000030462", "1000377235", "1000512632", "1720c2be05", "9aeeb10b64",
                       "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167", "1000208909",
                       "1079990193", "1000306424", "1000224037", "1000453157", "1000426473", "161690c563",
                       "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052",
                     "2000227595", "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495",
                            "4324116", "4274201", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5 % (traditional, soft/«мягкий», crumbly, from baked "
           "milk, lactose-free, children's plain biotvorog), any pack; grainy curd «в сливках»/fruit "
           "and Зелёная Линия «Зёрнышко» (grainy curd), curd with raisins or jam, Даниссимо and other "
           "desserts, 4,5/5,5 % and other fat levels excluded"),
        ("сметанка 15% 2 стакана", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                       "c90113311e", "1000082622", "1899900582", "1000372785", "2645f50028", "b699c0f510",
                       "1000208902", "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                     "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035",
                            "4335470", "29910", "3391034", "3142744", "3667086", "3651189", "3423443",
                            "4349772", "4349771"],
        }, "sour cream of exactly 15 % (incl. «из топлёных сливок» and lactose-free), any pack («2 "
           "стакана» is a count); garlic-flavoured Пятёрочка sour cream, other fat levels, "
           "«сметанный» mayonnaise/sauces, cheese «Сметанковый» excluded"),
    ]),
    # fxt21 grandmother: toiletries and hand wash
    ("мыло детское 3 куска, кремик для рук, вата, порошок стиральный для ручной стирки", [
        ("мыло детское 3 куска", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby bar soap (Johnson's Baby «Детское Мыло» 100 г); «3 куска» is a count and means bar "
           "soap, so the liquid Baby Boom «крем-мыло детское 500 мл» is left out; adult bar, cream "
           "and liquid soaps excluded"),
        ("кремик для рук", {
            "pyaterochka": [],
            "magnit": ["c794634f0e", "189a5f9736", "e127dec47f", "8ba30d9687", "ff70dff03c", "7171bdd902",
                       "82e555d312", "9dc31543ff", "f2604f01c0", "86e9b2a954", "71633d3cb8", "d9fe5d88ec",
                       "dc6c5636fd", "8b97e5c260", "83e3e0ae8a", "d5954b12b2"],
            "dixy": ["2000585455"],
            "perekrestok": ["4250602", "4308267"],
        }, "hand creams (incl. hand-and-nail, hand/face/body universal creams and cream-lotions, a "
           "hand cream-serum); hand sanitiser gels, liquid soaps for hands, a gift set with a hand "
           "cream and face/body-only creams excluded"),
        ("вата", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cotton wool (вата); only cotton pads and buds are offered (other products) and «сахарная "
           "вата» is candy floss, so missing everywhere"),
        ("порошок стиральный для ручной стирки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for hand washing; every powder offered is «автомат» or for "
           "machines/dishwashers, none is for hand washing, so missing everywhere"),
    ]),
    # fxt22 grandmother: pulses and barley
    ("горох колотый 2 кг, фасоль белая сухая, перловка 2 кг", [
        ("горох колотый 2 кг", {
            "pyaterochka": ["39156"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306938"],
        }, "dry split peas, any pack («2 кг» is the amount): Маркет «Горох шлифованный колотый» and "
           "Пятёрочка «Горох Увелка, 800 г» (taken as Увелка's split polished peas -- outside "
           "knowledge); pea soup, microgreens, pea pasta and canned green peas excluded"),
        ("фасоль белая сухая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry white beans; only canned beans (Глобус белая 425 мл, Bonduelle, in tomato sauce) are "
           "offered, which «сухая» excludes, so missing everywhere"),
        ("перловка 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley groats; none offered (only barley-based drinks), so missing everywhere"),
    ]),
    # fxt23 mother: sweets for the kids
    ("шоколадки аленка 5 шт, kinder сюрприз 3 шт, чупа-чупсы 10 шт, барни", [
        ("шоколадки аленка 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393", "2000227851", "2000266303"],
            "perekrestok": [],
        }, "Алёнка chocolate bars (Красный Октябрь Алёнка 100 г / 200 г and «Аленка Много молока» 90 "
           "г); Магнит «Конфеты АЛЕНКА, Крем-брюле» (candies, not a bar) excluded"),
        ("kinder сюрприз 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001672", "2000253005", "2000210834"],
            "perekrestok": [],
        }, "Kinder Surprise chocolate eggs (incl. the «для девочек» edition); Kinder Joy, Kinder "
           "chocolate bars, Maxi King, Pingui, Молочный ломтик and the «Шоколадный сюрприз» cake "
           "excluded"),
        ("чупа-чупсы 10 шт", {
            "pyaterochka": ["33015"],
            "magnit": ["495f199a6d"],
            "dixy": [],
            "perekrestok": ["4291408"],
        }, "Chupa Chups lollipops (titled «Карамель»/«Леденец» Chupa Chups, incl. the fizzy and "
           "Fruittella-flavoured ones -- taken as lollipops, outside knowledge); Chupa Chups "
           "marmalade «Страйпсы» and the Chupa Chups soda excluded"),
        ("барни", {
            "pyaterochka": ["3677543", "3358963", "3276703", "2143824"],
            "magnit": ["ac28fdabe7", "cc28f2014d", "b957ea15ff", "3a53d94c95", "0e65fbf1c1", "5500238e96"],
            "dixy": [],
            "perekrestok": [],
        }, "Медвежонок Барни sponge cakes, every filling (incl. Barni «Фан Сэнд»)"),
    ]),
    # fxt24 father: canned fish and pork
    ("горбуша в собственном соку 3 банки, скумбрию в масле 3 банки, сельдь иваси, тушенки свиной 4 банки", [
        ("горбуша в собственном соку 3 банки", {
            "pyaterochka": [],
            "magnit": ["fe303b7cfa"],
            "dixy": [],
            "perekrestok": ["3653861"],
        }, "canned pink salmon in its own juice: «Горбуша … натуральная» (canned «натуральная» fish "
           "is packed in its own juice -- outside knowledge); dried/frozen/breaded горбуша, fish "
           "pastes and chopped fish excluded"),
        ("скумбрию в масле 3 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0041121", "2000274868"],
            "perekrestok": [],
        }, "canned mackerel in oil (5 Морей, Мореслав); Форгрейт «натуральная с добавлением масла» (a "
           "natural pack, not «в масле») -- judgement, mackerel in tomato, natural, smoked and frozen "
           "mackerel excluded"),
        ("сельдь иваси", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted иваси (Far-Eastern sardine sold as «сельдь иваси»); no offer is titled иваси: "
           "Atlantic/Pacific herring are other fish, and Магнит Форгрейт «Сардина Тихоокеанская в "
           "томатном соусе» (the same species, but a tin in tomato, not the salted fish meant) is "
           "left out -- judgement, so missing everywhere"),
        ("тушенки свиной 4 банки", {
            "pyaterochka": [],
            "magnit": ["00378960af", "bad91e2152", "cb1e84dc80", "10442db11c"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "canned stewed pork (свинина тушёная), any can; canned ham (Пятёрочка «Ветчина "
           "Великолукский МК»), beef, turkey and horse stews excluded"),
    ]),
    # fxt25 mother: tea, coffee beans, crackers
    ("чай зелёный в пакетах 100 шт, кофе в зернах не горький, крекер несладкий", [
        ("чай зелёный в пакетах 100 шт", {
            "pyaterochka": [],
            "magnit": ["49ba4f9607", "8ec1c56fe5"],
            "dixy": [],
            "perekrestok": ["3472463"],
        }, "green tea in boxes of 100 bags, flavoured green teas included (Tess Лайм, Tess Флирт) "
           "since no flavour wish is written; «100 шт» names the box, so 20/25-bag boxes and loose "
           "green tea are excluded, as are black, oolong and herbal teas and ready tea drinks"),
        ("кофе в зернах не горький", {
            "pyaterochka": ["3396617", "3649043"],
            "magnit": ["1c2a14cd16", "3537ad66c3", "46e47f37c9", "f51c4712f0", "b0961842e9", "ef7ceaf5e3",
                       "df383edea4", "91017de33b", "285b220deb", "30cb0411c1", "aa4dd46995", "476327c381",
                       "4e13c893b9", "48fb31aaa1", "29d0446442", "3b6ffcb8f3", "e74483f8e8", "010c4606ec"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted coffee beans, any brand and size; «не горький» is a taste wish, not a filter; "
           "ground, instant, capsule and drip-bag coffee excluded; Дикси and Перекрёсток offer no "
           "beans"),
        ("крекер несладкий", {
            "pyaterochka": [],
            "magnit": ["9594d52eb0", "896bbb8390"],
            "dixy": ["2000215277"],
            "perekrestok": ["3329546", "4050551"],
        }, "savoury crackers (Бэйкер Хаус tomato-oregano and rosemary-garlic, Tuc, Пр!ст «Смайл с "
           "солью»); the sweet Скрепыши «Азбука зверушек», galettes (Дымка галеты, a different "
           "product) and chocolate «с крекером» excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list follows a line '=== fxtNN ===' (header lines start with '#')."""
    texts, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== (fxt\d\d) ===$", line)
            if m:
                cur = m.group(1)
                texts[cur] = []
            elif cur is not None:
                texts[cur].append(line)
    return {k: "\n".join(v).rstrip("\n") for k, v in texts.items()}


def check_blind(lists):
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fxt%02d" % n
        expected = blind.get(rid)
        if rid in REPLACED:
            old, new = REPLACED[rid]
            expected = expected.replace(old, new, 1) if expected is not None else None
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fxt"))
