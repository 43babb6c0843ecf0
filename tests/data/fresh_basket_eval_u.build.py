#!/usr/bin/env python3
"""Re-create fresh_basket_eval_u.jsonl -- shopping lists written to cook particular dishes at home (борщ,
оливье, блины, плов, сырники, пицца, салаты, выпечка ...), hand-labelled against the real offers in
real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_u.build.py

LISTS below is literal data: 25 lists (2-5 items, 87 items) as a household would type them to a Telegram
bot, written blind (fresh_basket_eval_u.blind_lists.txt, before any offer was read), and for every item the
product ids of every store that a reasonable shopper who wrote exactly that item would accept.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina or its data.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fu01, fu02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_u.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # U1 борщ
    ("свеколки кило, капусты кочан небольшой, говядину на кости для борща, сметану 20 процентов", [
        ("свеколки кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "3444580", "3625863", "4208428",
                            "4299508", "4375880", "45532", "786", "82265", "92844"],
        }, "fresh raw beetroot, whole or raw peeled/cut (Перекрёсток «Свёкла целая очищенная 500г» and «Свекла "
           "очищенная» taken as raw: the titles do not say boiled and the 500 g pack costs about half the boiled "
           "one); boiled (варёная), marinated, salads, korean-style, dried, chard (Мангольд) and seeds excluded"),
        ("капусты кочан небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "45661"],
        }, "a head of fresh white cabbage («Капуста», «белокочанная», «ранняя»); shredded/cut packs (резаная, "
           "соломка, mixes) excluded because «кочан» names a head; marinated, kimchi, salads, seeds, other "
           "cabbages excluded"),
        ("говядину на кости для борща", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020550", "7338", "85566", "923"],
        }, "raw beef cuts sold on the bone (шейный отруб на кости, голень с костью, лопатка на кости, «Рагу из "
           "говядины суповое» = chopped soup beef with bone — outside knowledge); boneless beef («для бульона "
           "без кости», мякоть, гуляш), the steak cut «Стриплоин с костью», Dixy «Набор для супа Слово мясника» "
           "(meat not stated), ready meals and baby purees excluded"),
        ("сметану 20 процентов", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715",
                     "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524",
                            "4221355", "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20%; other fats, «майонез сметанный», chips/crackers «со сметаной», «Сыр "
           "Сметанковый» excluded"),
    ]),
    # U2 оливье
    ("докторской грамм 500, горошек бондюель пару банок, огурчики маринованные корнишоны, майонез провансаль пожирнее", [
        ("докторской грамм 500", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "boiled sausage «Докторская» of any producer, weight or slicing (колбаса докторская, «Докторская от "
           "шефа», «Докторская Особая»); сосиски «Докторские», Корнерсы «Доктор Кёрнер», beer «Доктор Дизель» "
           "excluded; «грамм 500» is the quantity wanted, not a pack filter"),
        ("горошек бондюель пару банок", {
            "pyaterochka": [],
            "magnit": ["08e4c89d92", "68a96163bf"],
            "dixy": ["0230306094", "1100075857", "2000313828"],
            "perekrestok": ["16791", "27460", "3635251", "3951175", "4059535", "4188483", "4283761"],
        }, "Bonduelle green peas of any can size and sub-line (Classique, Нежный, Молодой, стерилизованный); "
           "Bonduelle «зелёный с морковью» (a mix) excluded; «пару банок» is a quantity"),
        ("огурчики маринованные корнишоны", {
            "pyaterochka": ["3015661", "3231209"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811"],
            "dixy": ["2000180487"],
            "perekrestok": ["3180523", "3662073", "4061841", "4265436"],
        }, "gherkins (корнишоны) that are marinated: titles saying «корнишоны маринованные», the Дядя Ваня "
           "«По-французски» gherkins (Дикси titles the same product «маринованные»), Скатерть-Самобранка "
           "«Корнишоны» 720 мл (the brand's 480 г gherkins are titled маринованные — outside knowledge) and "
           "Пятёрочка «Корнишоны Закарпатские» (title does not say marinated or salted; taken as marinated — "
           "outside knowledge); salted (солёные) gherkins, fresh Дикси «Огурцы корнишоны, в упаковке», "
           "tomato/gherkin assortments and pickled cucumbers not named корнишоны excluded (the shopper wrote the "
           "variety)"),
        ("майонез провансаль пожирнее", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673",
                       "1000277219", "1000348713", "1000356802", "1000422623", "1000498096", "1000501598",
                       "1000554514", "1000556519", "1000556520", "1000556521", "1000558908", "1728400030",
                       "1799700138", "8000045827", "2c23c84574", "53cac67445", "56ff8ec751", "7a519275b4",
                       "7d31b46ae3", "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000265607", "2000306265", "2000409572", "2000429651", "2000539317",
                     "2000570511", "2000593851", "2000602611", "T000005518", "\u0426\u04220027566",
                     "\u0426\u04220040573", "\u0426\u04220045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671",
                            "3467275", "3674577", "3677986", "4072721", "4105769", "4112954", "4199312",
                            "4259097", "4259098", "4297819", "4331497", "4331500", "4331515", "4331518",
                            "4331533", "4339442", "78193"],
        }, "mayonnaise named «Провансаль» of any producer, fat and flavour (67%, 55% «Домашний», 50.5%, с "
           "лимонным соком, оливковый, сметанный, на перепелиных яйцах); «пожирнее» is a wish, not a filter; "
           "mayonnaises not named Провансаль (Слобода/Ряба «Оливковый», Mr. Ricco «на перепелином яйце» without "
           "the word) excluded"),
    ]),
    # U3 блины
    ("мука высшего сорта 2кг, молочка 2.5% пару пакетов, яйца с1 10 шт, масло сливочное 82.5 простоквашино", [
        ("мука высшего сорта 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["2000553733", "\u0426\u04220035253", "\u0426\u04220037862", "\u0426\u04220044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817",
                            "3915409", "4262616", "4326495", "91321"],
        }, "wheat flour titled «высшего сорта»/«высший сорт» in a 2 kg pack (the written «2кг» names the usual "
           "flour pack, as «сахар 1кг» in set g), incl. Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» (Дикси titles the "
           "same flour «высший сорт» — outside knowledge); 1 kg packs, grade «экстра», «хлебопекарная» without "
           "grade, «особая», wholegrain, pancake mixes, gluten-free and non-wheat flours excluded"),
        ("молочка 2.5% пару пакетов", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706",
                       "1051242602", "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311",
                     "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "cow drinking milk of exactly 2.5% (pasteurised/UHT/sterilised, any pack, incl. Агуша children's milk "
           "and the Дикси «в ассортименте» packs); Зелёная Линия «топленое 2.5%», kefir, yoghurt, other fats "
           "excluded; «пару пакетов» is a quantity, not a packaging filter"),
        ("яйца с1 10 шт", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "chicken eggs of class С1 (= «1 категории», Latin «C1») in packs of 10 («10 шт» names the pack); "
           "С0/отборные, С2, СВ, 6/15/20/30 packs excluded"),
        ("масло сливочное 82.5 простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store has Простоквашино butter (the brand is required); all other 82.5% butters excluded for that "
           "reason — missing everywhere"),
    ]),
    # U4 плов
    ("рис девзира для плова, баранину мякоть кг, морковки 1.5кг, зиру молотую", [
        ("рис девзира для плова", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store has rice of the devzira (девзира) variety the shopper wrote; rices sold only as «для плова» "
           "(Националь, Агро-Альянс, Мистраль, Маркет, Зернышко к зернышку) do not name the variety and are "
           "excluded — missing everywhere"),
        ("баранину мякоть кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raw lamb (баранина/ягнятина) in any store; Дикси Мираторг «Кебабчичи Говядина и ягнятина» (a "
           "minced beef-lamb product) and сдобные «Баранки» excluded — missing everywhere"),
        ("морковки 1.5кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "\u0426\u04220036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh carrots, loose or packed (мытая, на подложке, мини, «для сока» 1 кг); Перекрёсток boiled "
           "peeled carrots, korean-style carrot salads, juices, purees, pet food with carrot excluded; «1.5кг» "
           "is a quantity"),
        ("зиру молотую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells cumin/zira (зира, кумин) as such; plov seasoning mixes (Котани, Восточный гость, "
           "Маркет «Приправа для плова») are blends, not zira, and are excluded — missing everywhere"),
    ]),
    # U5 сырники
    ("творога 5% грамм 400, рисовая мука, изюм темный", [
        ("творога 5% грамм 400", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473",
                       "1000441658", "1000448251", "1000453157", "1000475531", "1000512632", "1000535923",
                       "1000563526", "1000572167", "1079990193", "2400019178", "8000030462", "8000068592",
                       "8000069908", "8000079349", "161690c563", "1720c2be05", "3959a203ba", "9aeeb10b64",
                       "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184",
                     "2000539346", "2000555052", "2000568077", "2000595413", "2000599971",
                     "\u0426\u04220047040"],
            "perekrestok": ["4128957", "4153930", "4166368", "4249284", "4274201", "4299495", "4302679",
                            "4324116", "3279582", "3617778"],
        }, "plain cottage cheese (творог) of exactly 5%, any pack, incl. soft «мягкий/нежный», рассыпчатый, from "
           "baked milk and lactose-free; 5.5%, 4.5% (Агуша, Хозяйство Васильевой), flavoured/with raisins or "
           "jam, «зерненый в сливках» and «Зёрнышко» grain curds, children's curds (Растишка, Тёма, Зелёная "
           "Линия «с 6 месяцев»), творожная масса/паста and Даниссимо excluded; «грамм 400» is a quantity"),
        ("рисовая мука", {
            "pyaterochka": [],
            "magnit": ["5221bd2444"],
            "dixy": ["2000307487"],
            "perekrestok": ["3196995", "4331381", "4367235"],
        }, "rice flour incl. wholegrain and brown-rice flour (С.Пудовъ, Гарнец, Зелёная Линия); gluten-free "
           "pasta «из рисовой муки» excluded"),
        ("изюм темный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3469368", "3959493", "4288277", "4308580", "4311579", "4342295"],
        }, "raisins: Перекрёсток «Виноград сушёный» packs whose titles name no colour are accepted as dark "
           "raisins (outside knowledge: the same chain labels its light raisins «Изюм светлый» / «Голден»); "
           "«Изюм светлый», «Изюм Голден», curd mass/pastries/compote with raisins excluded"),
    ]),
    # U6 пицца
    ("моцареллу для пиццы тертую, пепперони колбаску нарезку, соус томатный для пиццы, дрожжи сухие саф момент пакетик", [
        ("моцареллу для пиццы тертую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "grated (тёртая) mozzarella was written; no store sells grated mozzarella. Перекрёсток Зелёная Линия "
           "«Моцарелла для пиццы 45% 250г» does not say grated and is excluded, as are balls, mini, чильеджина, "
           "кубики and sausages «с моцареллой» — missing everywhere"),
        ("пепперони колбаску нарезку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells pepperoni sausage; Магнит frozen pizza «Пепперони» and «Чебупицца Пепперони» are "
           "ready products — missing everywhere"),
        ("соус томатный для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000255351"],
            "perekrestok": ["4309012"],
        }, "tomato sauces in jars: Дикси Славянский дар «томатный для Болоньезе» and Перекрёсток Market "
           "Collection «Pugliese томатный с базиликом» (no store has a sauce titled «для пиццы»; «для пиццы» "
           "read as purpose, as «хрен к холодцу» in set d); Market Collection «Болоньезе» (title does not say "
           "tomato), ketchups, tomato paste, fish/beans «в томатном соусе» excluded"),
        ("дрожжи сухие саф момент пакетик", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry instant yeast 11 g (Магнит, Дикси); pressed yeast «Люкс Экстра» (Саф-Нева) excluded — "
           "the shopper wrote dry Saf-Moment"),
    ]),
    # U7 цезарь
    ("салат романо, грудку куриную филе охл, пармезан кусок граммов 200, соус цезарь", [
        ("салат романо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells romaine lettuce (романо/ромэн) or any lettuce head; spinach, chard and «Салат Русская "
           "красавица» (a ready salad) excluded — missing everywhere"),
        ("грудку куриную филе охл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832",
                            "3609675", "3649232", "3653837", "3669585", "3678985", "3689116", "3694848",
                            "3940063", "3946764", "4116904", "4208844", "4242120", "4306879", "4312563",
                            "4323072", "4329298", "4347498", "52888"],
        }, "raw chilled chicken breast fillet: «филе грудки», «филе цыплёнка(-бройлера)» (taken as breast "
           "fillet, as in set g), «филе куриное», «филе малое» (inner fillet), Петелинка/Петруха «Медальон(ы)» "
           "(cut breast fillet), incl. counter titles that do not say охлаждённое (nothing says frozen); thigh "
           "fillet, «Грудка … цыплёнка» and «Филе грудки … на кости» (on the bone, not fillet), ready meals, "
           "Перекрёсток «Филе курицы в маринаде» (seasoned — the shopper wrote plain охлаждённое fillet) and "
           "cooked/smoked chicken excluded"),
        ("пармезан кусок граммов 200", {
            "pyaterochka": [],
            "magnit": ["1000371470", "1000384143", "1000578272", "0dc02300a0", "632a4664e6", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "parmesan in a piece or by weight (Гранд, Laime incl. «Ризерва», Premiere of Taste, Dolce Granto, Чиз "
           "Галлери, Маркет «кусок»); grated parmesan (Dolce Granto, Дольче, Маркет, Зелёная Линия), крем-сыр "
           "with parmesan and ravioli excluded — the shopper wrote «кусок»; «граммов 200» is a quantity"),
        ("соус цезарь", {
            "pyaterochka": [],
            "magnit": ["2766a93ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "Caesar salad sauce: Магнит HEINZ «Цезарь» only; the brand Цезарь (pelmeni, vareniki, pizza, "
           "blinchiki) and Перекрёсток «Сэндвич-ролл цезарь» are traps"),
    ]),
    # U8 шарлотка
    ("яблоки антоновку, сахар песок самый дешевый, разрыхлитель пакетика 2", [
        ("яблоки антоновку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells Антоновка apples (the variety was written); other apple varieties and Магнит зефир "
           "«Антоновка» excluded — missing everywhere"),
        ("сахар песок самый дешевый", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3902622"],
        }, "white granulated sugar (сахар-песок, «белый кристаллический»), any pack incl. 5 kg; «самый дешевый» "
           "is a wish, not a filter; cane sugar (incl. Дикси «Сахар-песок Брауни тростниковый»), lump/pressed "
           "(кусковой, прессованный), vanilla sugar, powder, coconut sugar, candy floss and Перекрёсток «Сахар "
           "Советский Экстра» (form not stated) excluded"),
        ("разрыхлитель пакетика 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder (разрыхлитель теста) Dr.Bakers, Дикси only; «пакетика 2» is a quantity"),
    ]),
    # U9 шуба
    ("сельдь филе в масле, свеклу отварную, майонез махеевъ", [
        ("сельдь филе в масле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3622072", "3682728", "3683735",
                            "3683742", "3993017", "4159336", "4275608", "4322376", "4323336", "4366965",
                            "79543"],
        }, "salted herring fillet / fillet pieces in oil of any producer, incl. oil with dill, spices or «с "
           "дымком» and Перекрёсток «в масляной заливке»; whole or unfilleted herring, fillets in mayonnaise, "
           "wine, tomato (Викинг «По-польски … с томатом»), marinade, cold-smoked fillet, canned natural herring "
           "and «Сельдь под шубой» excluded"),
        ("свеклу отварную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000153342", "2000414083"],
            "perekrestok": ["2140807", "2140811", "3635805", "3635806", "3635807", "49505"],
        }, "boiled beetroot (варёная/отварная), whole, cubed or julienned (соломка), vacuum packs; raw beets, "
           "marinated beets and salads excluded"),
        ("майонез махеевъ", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000077734", "1000498096", "1000520539", "1000558908", "269c8ab257",
                       "2c23c84574", "5861fc587f", "d8bbb63f48", "ddda8365b8"],
            "dixy": ["2000593851", "2000602611", "T000005518", "\u0426\u04220040573"],
            "perekrestok": ["2047206", "2093561", "4339442"],
        }, "every Махеевъ mayonnaise (Провансаль incl. «с лимонным соком» and «белый», Оливковый, на перепелином "
           "яйце — brand + product word accepts all variants of the product); other Махеевъ products excluded"),
    ]),
    # U10 греческий
    ("фету, маслинки без косточки, огурцы среднеплодные, перец болгарский красный", [
        ("фету", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells feta (фета); brine cheeses of other names (Брынза сербская, Sveza «Брынза»), Сиртаки "
           "«продукт рассольный», Hochland «Фетакса» (a different product, excluded as in set d), olives/pies «с "
           "сыром фета» excluded — missing everywhere"),
        ("маслинки без косточки", {
            "pyaterochka": [],
            "magnit": ["67a5bec16c", "a4c260b58b", "ffc8624869"],
            "dixy": ["2000280423", "2000284987", "2000293466", "2000300243", "2000573831", "D000011668"],
            "perekrestok": ["3013064", "3468532", "3628531", "4049135", "4102524", "4340420", "4340423",
                            "4340492", "4340498"],
        }, "pitted black olives (маслины без косточки) of any brand and size, incl. «крупные», «черные», «Mini», "
           "в рассоле; olives with stones, green olives («Оливки» without «черные»), Kalamata «Оливки … с винным "
           "уксусом», stuffed/flavoured olives and dried «вяленые» маслины excluded"),
        ("огурцы среднеплодные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000271421"],
            "perekrestok": ["2088998", "2098997", "3255111"],
        }, "fresh cucumbers whose titles say «среднеплодные» (гладкие or колючие) — the shopper wrote the type; "
           "cucumbers whose titles give another or no type (длинноплодный, короткоплодные, Бакинские, «Огурцы "
           "600г», фасованные, Магнит «ОГУРЦЫ гладкие») and pickled ones excluded"),
        ("перец болгарский красный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells fresh bell pepper (перец болгарский/сладкий); black pepper, paprika and marinated "
           "peppers excluded — missing everywhere"),
    ]),
    # U11 пельмени
    ("фарш домашний свинина говядина, муку для пельменей, лук репчатый 1кг", [
        ("фарш домашний свинина говядина", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "minced meat named «Домашний» (Магнит Свежесть «Домашний», Хороший Кусок «домашний мясной») taken as "
           "the classic pork-beef mix (outside knowledge: the titles do not state the meats); pure beef or pork "
           "mince, Черкизово «Фермерский» and Ближние Горки «деревенский» (mix not stated), turkey, chicken and "
           "fish mince excluded"),
        ("муку для пельменей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells flour sold as «для пельменей»; ordinary flours excluded because the shopper named the "
           "special flour — missing everywhere"),
        ("лук репчатый 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh onions (лук репчатый, loose, in a net, packed, peeled, incl. red «репчатый красный»); "
           "dried/ground onion, leek, green onion excluded; «1кг» is a quantity for weighed produce (set g "
           "convention)"),
    ]),
    # U12 наполеон
    ("тесто слоеное бездрожжевое, сливки 33% 2 шт, сгущенку рогачев", [
        ("тесто слоеное бездрожжевое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells yeast-free puff pastry; Магнит МОРОЗКО «Тесто слоеное дрожжевое» is yeast puff pastry "
           "and is excluded (the shopper wrote бездрожжевое) — missing everywhere"),
        ("сливки 33% 2 шт", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream of exactly 33% (Вкуснотеево «для взбивания», Молочный мир стерилизованные, Петмол «для "
           "взбивания»; Пятёрочка titles the same Петмол PLU 44799 «Крем сливочный ул/паст.33% 500г» — same "
           "product, accepted); 10/20/11% cream, vegetable whipping products excluded; «2 шт» is a quantity"),
        ("сгущенку рогачев", {
            "pyaterochka": [],
            "magnit": ["1000129520", "1000383833", "dedd707721"],
            "dixy": ["2000014518", "2000186451"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk («с сахаром», «цельное» 8.5%, any can); Рогачевъ варёная (incl. "
           "«Егорка вареное») and «с кофе», other brands and Рогачевъ butter excluded"),
    ]),
    # U13 тирамису
    ("маскарпоне 2 упаковки, печеньки савоярди 2 пачки, какао-порошок, кофе молотый хороший", [
        ("маскарпоне 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["1000216596", "7bf2a13355", "e0645613c9"],
            "dixy": [],
            "perekrestok": ["4154662"],
        }, "mascarpone cheese of any brand (Pretto, Бонфесто, Зелёная Линия); yoghurt «с сыром Маскарпоне» "
           "excluded; «2 упаковки» is a quantity"),
        ("печеньки савоярди 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells savoiardi (савоярди / «дамские пальчики») — missing everywhere"),
        ("какао-порошок", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        }, "cocoa powder for baking (Магнит «Какао натуральный Золотой ярлык», «Какао-порошок Российский»); "
           "instant cocoa drinks (Чукка «гранулированный», Хрутка, Скрепыши, MacChoco «какао-напиток») and "
           "chocolate excluded"),
        ("кофе молотый хороший", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["0fe86f8472", "222418c5e4", "2700f5e3b1", "3bb33c0c9e", "4522417a72", "46bb6aa6cb",
                       "7046b50e4e", "76b0197955", "79b9a44edb", "80d20f5714", "8269b24f19", "8d3366ce51",
                       "97373908ef", "9e69cdf19d", "a28ce67e42", "a2b0f72440", "a46592e215", "a6281deb0c",
                       "ab6f2df0cf", "be3079e158", "bf33a13d25", "f083873ce2", "f32af3a996"],
            "dixy": ["10E0076694", "2000054819", "2000056820", "2000183725", "2000186346", "2000193927",
                     "2000228092", "2000235411", "2000263796", "2000267720", "2000277619", "2000279848",
                     "2000303593", "2000362026", "2000546071", "2000552471", "2000557192", "2000557193",
                     "2000568376", "2000574432", "2000582491", "2000604152", "2000605231"],
            "perekrestok": ["2147872", "29278", "3171130", "3395339", "3395340", "3493875", "3493876",
                            "3606929", "3612036", "3644175", "3689956", "3965705", "4058107", "4108341",
                            "4122814", "4129183", "4150051", "4166073", "4166074", "4253960", "4261910",
                            "4261911", "4261915", "4262483", "4268759", "4268767", "4291307", "4295649",
                            "4315506", "4320251", "4320252", "4325139", "4332737", "4332738", "4332739",
                            "4340948", "4342549", "4345201", "4345202", "4347224", "4351047", "6944",
                            "72110", "72112"],
        }, "roasted ground coffee of any brand and pack (incl. Пятёрочка Лебо «мол» = молотый, single-serve "
           "ground sachets, drip and filter bags, «для турки»); «хороший» is a wish, not a filter; beans, "
           "instant and «сублимированный с молотым»/«с добавлением молотого», capsules and T-discs (Tassimo, "
           "L'OR Эспрессо 52 г capsules — outside knowledge) and flavoured coffee («ароматизированный») excluded"),
    ]),
    # U14 суп с лапшой
    ("суповой набор куриный, лапшу яичную, морковь мытая", [
        ("суповой набор куриный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells a chicken soup set (суповой набор, спинки, каркасы, шеи); Дикси «Набор для супа Слово "
           "мясника» (species not stated) excluded — missing everywhere"),
        ("лапшу яичную", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4061766", "4307631"],
        }, "egg noodles (лапша яичная: Верони, Домшим, Маркет «Домашняя яичная»); other noodles and pasta, "
           "«Колбаса ливерная яичная» and liquid egg products excluded"),
        ("морковь мытая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["\u0426\u04220036199"],
            "perekrestok": ["19345", "4299784"],
        }, "fresh carrots whose titles say «мытая» (the shopper wrote washed); carrots whose titles do not say "
           "so (свежая, на подложке, мини, отечественная, для сока), the Трио vegetable mix, boiled and "
           "korean-style carrots excluded"),
    ]),
    # U15 макароны по-флотски
    ("говяжий фарш 1 кг, перья barilla", [
        ("говяжий фарш 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "raw beef mince (говяжий, «из говядины»), chilled or by weight; pork, «домашний» mixes, turkey, "
           "chicken and fish mince excluded; «1 кг» is a quantity"),
        ("перья barilla", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells Barilla penne (перья); Barilla is in Магнит/Дикси/Перекрёсток only as other shapes "
           "(Risoni, Спиральки, Pipe Rigate, спагетти…), and penne/перья of other brands (Makfa, Аида, Baisad, "
           "Маркет, Market Collection «Пенне») are excluded because the brand was written — missing everywhere"),
    ]),
    # U16 окрошка
    ("квас окрошечный, редис пучок, колбасу вареную, кефир 2.5% литр", [
        ("квас окрошечный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells kvass for okroshka (окрошечный / «для окрошки»); the sweet drinking kvasses "
           "(Пятёрочка Русский узор «Летний», Перекрёсток «Квас Медовый») are excluded because the shopper named "
           "okroshka kvass — missing everywhere"),
        ("редис пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells radishes (редис) — missing everywhere"),
        ("колбасу вареную", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "3a639c7d3d", "4061304bee",
                       "4204e62e10", "47bbbb5374", "60ec499c51", "6187ab2c5c", "6cf62c7ba3", "6e16b1777a",
                       "80689e53b3", "892b23214a", "89c39c317d", "a1d07647fd", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000275319", "2000302807", "2000402411", "2000404595", "2000538031", "2000544937",
                     "2000556092", "2000563511", "2000566596", "2000577531", "2000595016", "2000595018"],
            "perekrestok": ["2170372", "3385812", "3434232", "4300888", "4312573"],
        }, "boiled sausage (колбаса варёная of any kind: Докторская, Молочная, Русская, Классическая, Мясная, "
           "Филейская, Стародворская, Сливочная, «Три мяса», children's boiled poultry sausage Зелёная Линия), "
           "incl. Докторская/Молочная titles that do not say варёная (boiled by definition — outside knowledge); "
           "сосиски and «колбаски», smoked, liver and raw-smoked sausages and titles whose type is not stated "
           "(Пятёрочка «Столичная», Магнит «Говяжья особая», «Филейная из мяса птицы», «По-домашнему с "
           "чесноком») excluded"),
        ("кефир 2.5% литр", {
            "pyaterochka": [],
            "magnit": ["1000350608", "1899800689", "8000033639"],
            "dixy": ["\u0426\u04220028202"],
            "perekrestok": ["2093082", "2173827", "3491537", "4137919", "4245052", "4280483"],
        }, "kefir of exactly 2.5% in a pack of about a litre (900–1000 ml/g: «литр» names the pack, as «вода 5л» "
           "in set g); 430–800 ml and 1.43 kg packs, other fats, биокефирный продукт excluded"),
    ]),
    # U17 лазанья
    ("листы для лазаньи барилла, фарш индейки охлажденный, сыр пармезан тертый для лазаньи", [
        ("листы для лазаньи барилла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla lasagne sheets were written; no store has them (Перекрёсток has only Маркет lasagne sheets, "
           "other brand; Магнит «Лазанья Золотой петушок» is a ready dish) — missing everywhere"),
        ("фарш индейки охлажденный", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "chilled turkey mince: Магнит «Фарш ИНДИЛАЙТ Классический, охлажденный» (Индилайт is a turkey brand — "
           "outside knowledge; the title does not say turkey); turkey medallions, stews, pâté and other minces "
           "excluded"),
        ("сыр пармезан тертый для лазаньи", {
            "pyaterochka": [],
            "magnit": ["1000526832", "b10071458c"],
            "dixy": [],
            "perekrestok": ["4300784", "4345021", "3496419"],
        }, "grated parmesan (тёртый: Dolce Granto, Дольче, Маркет, Зелёная Линия, Маркет «порционированный "
           "твёрдый тёртый»); parmesan in a piece excluded — the shopper wrote тертый; «для лазаньи» is purpose"),
    ]),
    # U18 винегрет
    ("капустку квашеную, горошка зеленого банку, масло нерафинированное подсолнечное, огурцов соленых банку", [
        ("капустку квашеную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000208672", "2000548651"],
            "perekrestok": ["2068014", "4006123", "4006250", "4116723", "4243262"],
        }, "sauerkraut (капуста квашеная) of any recipe: with carrot, cranberry, apple, caraway, «Фитнес» без "
           "сахара, шинкованная; marinated cabbages (Пелюстка со свеклой, «в маринаде по-Русски») and kimchi "
           "excluded"),
        ("горошка зеленого банку", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744", "3360308",
                            "3447858", "3483842", "3495025", "3504837", "3628006", "3635251", "3951175",
                            "4004677", "4011800", "4059535", "4188483", "4192227", "4206921", "4211849",
                            "4273266", "4274246", "4283761", "4339649", "4380317", "77114", "79018"],
        }, "canned green peas of any brand and can size (a «банка» is a can; incl. catering 4.15 kg tin, "
           "молодой/нежный/мозговых сортов/без сахара); frozen peas, Bonduelle «с морковью», pea microgreens and "
           "pet food excluded"),
        ("масло нерафинированное подсолнечное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["2071663", "3608379", "3653773", "3683883", "4067112", "4149438", "4307791",
                            "4311768", "74883"],
        }, "unrefined sunflower oil (подсолнечное нерафинированное) of any brand and bottle, incl. «из жареных "
           "семечек» and high-oleic unrefined; refined oils, sunflower blends with linseed/olive/almond, mustard "
           "oil and olive oils excluded"),
        ("огурцов соленых банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000271005", "2000324334", "2000406194", "2000406217", "2000548652"],
            "perekrestok": ["2145531", "3609120", "3976232", "4022883", "4149239", "4167094", "4187465",
                            "4188777", "4260194", "4260395", "4275316", "4379607"],
        }, "salted (солёные, бочковые, малосольные) cucumbers and salted gherkins in any pack incl. flavoured "
           "salted ones (с мёдом и клюквой, острые с тархуном); «банку» is a quantity, not a packaging filter; "
           "marinated cucumbers (маринованные, слабокислые, По-берлински) and cucumbers whose titles do not say "
           "salted excluded"),
    ]),
    # U19 оладьи
    ("кефирчик 3.2, сода, сметаны 15% к оладьям", [
        ("кефирчик 3.2", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000143510", "1000307731", "1000350609", "1000531928", "1899800795", "37f16272a7",
                       "48045cf20b", "790e8c96de", "9cbe548621"],
            "dixy": ["2000208649", "2000253973", "2000331970", "2000587052", "DI00081047"],
            "perekrestok": ["18510", "2083868", "3433425", "3467795", "3668693", "3682461", "3922310",
                            "4045978", "4109799", "4153932", "4159752", "4174038", "4198906", "4252382",
                            "4318914", "97452"],
        }, "kefir of exactly 3.2%, any pack, incl. organic/термостатный and Агуша children's kefir (children's "
           "drinking milk is accepted for «молоко» in real_basket_eval; same treatment); ranges 3.2–4% («Из "
           "молока Нашей дойки»), other fats excluded"),
        ("сода", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda (сода пищевая), Дикси only; PALMIA children's dish detergent «пищ сода» excluded"),
        ("сметаны 15% к оладьям", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189",
                            "3667086", "4221356", "4226994", "4246009", "4264297", "4320001", "4335470",
                            "4349771", "4349772"],
        }, "sour cream of exactly 15%, incl. «из топлёных сливок» and lactose-free; Пятёрочка РостАгроЭкспорт "
           "«пикантная, с чесноком» (flavoured) and other fats excluded; «к оладьям» is purpose"),
    ]),
    # U20 роллы
    ("рис для суши, нори листы, семгу слабой соли, сыр филадельфия, соевый соус kikkoman", [
        ("рис для суши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3143475", "4285358"],
        }, "rice sold for sushi / Japanese cuisine (Sen Soy «для суши», Market Collection «для японской кухни»); "
           "plain round-grain rice excluded because the shopper named sushi rice"),
        ("нори листы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells nori sheets; nori chips (Пятёрочка «Чипсы Нори», Дикси Naitori) excluded — missing "
           "everywhere"),
        ("семгу слабой соли", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells lightly salted сёмга/лосось; lightly salted trout (форель) is a different fish and is "
           "excluded, as are frozen salmon steaks/fillets and smoked «рубленый» salmon — missing everywhere"),
        ("сыр филадельфия", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells Philadelphia cream cheese (the brand was written) — missing everywhere"),
        ("соевый соус kikkoman", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells Kikkoman soy sauce (the brand was written); other soy sauces (Стебель Бамбука, "
           "Магнит, Sen Soy, Mivimex) excluded — missing everywhere"),
    ]),
    # U21 карбонара
    ("спагетти барилла n5, бекон сырокопченый, сливки 20% поллитра", [
        ("спагетти барилла n5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti No.5 (Дикси «Barilla спагетти №5»); Barilla Spaghettini №3, Спагеттони and other "
           "Barilla shapes and other brands' spaghetti excluded (brand and number written)"),
        ("бекон сырокопченый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000572451"],
            "perekrestok": ["4296355"],
        }, "raw-smoked bacon (бекон сырокопчёный: Клинский «Черный кабан», Маркет); chilled raw bacon, "
           "«копчено-вареный»/«копчено-запеченный» bacon, beef bacon, грудинка and sausages «с беконом» excluded"),
        ("сливки 20% поллитра", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000290041", "1000461012"],
            "dixy": [],
            "perekrestok": ["4267107"],
        }, "cream of exactly 20% in a half-litre pack (500 ml/500 g, incl. Домик в деревне 480 г — the brand's "
           "half-litre bottle); 200 ml/200 g packs, other fats excluded — «поллитра» names the pack"),
    ]),
    # U22 шашлык
    ("шашлык из свинины готовый маринованный, лаваш тонкий 3 листа, кетчуп шашлычный heinz", [
        ("шашлык из свинины готовый маринованный", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "ready marinated pork shashlik: Магнит МИРАТОРГ «Шашлык свиной Деликатесный» and Перекрёсток «Шашлык "
           "из свиной шейки охлаждённый» (counter shashlik, taken as marinated — outside knowledge); shashliks "
           "whose meat is not stated (Перекрёсток «любительский», «по-московски»), chicken and shrimp shashlik, "
           "marinated pork that is not shashlik (Черкизово «по-французски», рёбрышки) and marinade sauces "
           "excluded"),
        ("лаваш тонкий 3 листа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Коломенский «Армянский тонкий», Маркет «Армянский» — Armenian lavash is the "
           "thin sheet kind, outside knowledge); «3 листа» is a quantity"),
        ("кетчуп шашлычный heinz", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225"],
            "perekrestok": ["4116848", "4157803", "4207051"],
        }, "Heinz ketchup for shashlik/grill in any pack (Пятёрочка «Кетч.ДЛЯ ГРИЛЯ И ШАШЛЫКА», Дикси «К шашлыку "
           "и грилю», Перекрёсток «для гриля и шашлыка», «Гриль и шашлык для мяса», «со вкусом укроп-петрушка "
           "для шашлыка»); other Heinz ketchups (томатный, острый, итальянский, чеснок) and other brands' "
           "шашлычный ketchups excluded"),
    ]),
    # U23 запеканка
    ("творог 9 процентов подешевле, манку, сахар ванильный пакетик", [
        ("творог 9 процентов подешевле", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486",
                       "8000055235", "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese of exactly 9% of any producer and pack, incl. рассыпчатый, пластовой, "
           "«Домашний»; «подешевле» is a wish, not a filter; flavoured curds, grain curds, other fats excluded"),
        ("манку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells semolina (манная крупа); Makfa instant «Каша манная» with flavours is a ready "
           "porridge and is excluded — missing everywhere"),
        ("сахар ванильный пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["2018400", "4272698"],
        }, "vanilla sugar (Dr.Bakers «Сахар ванильный» 8 г); ice creams «ванильный … сахарный рожок» excluded"),
    ]),
    # U24 брауни
    ("шоколад горький 70 процентов, масло сливочное 72.5 пачку, грецкие орехи очищенные", [
        ("шоколад горький 70 процентов", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate of exactly 70% cocoa (Lindt Превосходный 70%, Alpen Gold Горький 70%, Россия Щедрая "
           "Душа 70%, Зелёная Линия «на меду классический 70%»); 65/75/85% and dark chocolates without a stated "
           "percentage (Бабаевский горький, Коммунарка) or with fillings excluded"),
        ("масло сливочное 72.5 пачку", {
            "pyaterochka": [],
            "magnit": ["1000262381", "1000384151", "1000457493", "1844000142", "1855599920", "1899911038",
                       "3181241105", "8000058591", "a1a2b1e98a"],
            "dixy": ["2000288309", "2000401635", "2000538793"],
            "perekrestok": ["2029217", "2071031", "3226314", "3347817", "3355277", "3363741", "3371288",
                            "3384196", "3406593", "3423762", "3472940", "3645266", "3917028", "3980020",
                            "4035287", "4051359", "4068626", "4147662", "4260610", "86150"],
        }, "butter of exactly 72.5% (Крестьянское etc., incl. lactose-free); 82.5% and spreads excluded; «пачку» "
           "is a quantity"),
        ("грецкие орехи очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, "shelled walnuts: Перекрёсток Пр!ст «Грецкий орех 100г» (kernels — the title does not say очищенный; "
           "a 100 g pack is kernels, outside knowledge); «Орехи грецкие в скорлупе» excluded (the shopper wrote "
           "очищенные), as are cheeses, yoghurts and sweets with walnut"),
    ]),
    # U25 крабовый салат
    ("крабовые палочки вичи, кукурузу консервированную, яица 2 десятка, рис круглый для салата", [
        ("крабовые палочки вичи", {
            "pyaterochka": [],
            "magnit": ["4f11f65802"],
            "dixy": ["2000307177"],
            "perekrestok": ["2154175", "2154177", "26084", "3169222", "3204340", "3408151", "4112613",
                            "4124683", "4157138"],
        }, "Vici crab sticks (крабовые палочки Vici/ВИЧИ: chilled, frozen, «имитация», «Снежный краб», «с "
           "натуральным мясом краба», «для рулетиков»); Vici crab sticks with filling (Crabe De L'amour), Vici "
           "«Крабовое мясо», Vici «Палочки сурими» (not named crab sticks), fish sticks and other brands' crab "
           "sticks excluded (the brand was written)"),
        ("кукурузу консервированную", {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963",
                     "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn of any brand (Бондюэль, Globus, Грин Рэй, 6 соток, Heinz, Пр!ст, Маркет…); purees, "
           "salads, corn snacks/flakes excluded"),
        ("яица 2 десятка", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                     "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250",
                            "3356111", "3392204", "3421287", "3432532", "3914040", "3950938", "4012802",
                            "4076991", "4085791", "4085792", "4088955", "4201192", "4201194", "4236458",
                            "4263543", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs of any class in packs of 10 or 20 («2 десятка» = twenty eggs: two tens or one pack of "
           "20); 6/15/30 packs, quail eggs, Kinder and liquid egg products excluded; «яица» is a typo for яйца"),
        ("рис круглый для салата", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260",
                     "\u0426\u04220042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain white rice (круглый/круглозёрный, incl. Мистраль «Италика» and 5×80 g boil-in-bags); the "
           "rice–millet mix «Дружба», sushi rice (title does not say круглый) and long-grain/parboiled rice "
           "excluded; «для салата» is purpose"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fu"))
