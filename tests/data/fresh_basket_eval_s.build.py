#!/usr/bin/env python3
"""Re-create fresh_basket_eval_s.jsonl -- 25 shopping lists of shoppers with particular habits (a diabetic,
a bodybuilder, a gourmet cook, a mother of twins, a retired couple on a budget, a student hostel, a vegan,
a hunter, a cat lady, a home baker), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_s.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot -- written blind first
(fresh_basket_eval_s.blind_lists.txt), before any offer was read -- and for every item the product ids of
every store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; each item was then re-checked by listing every title matching its stem
that was not accepted.  The note of each item records what was deliberately left out and any judgement
that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading korzina's matcher, its data files or any other
set's labels.

The script only checks the data (labelled_lists.build: every id exists in real_offers_g.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the
list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fs01,
fs02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_s.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fs01 diabetic
    ("хлебцы без сахара, шоколадка на фруктозе, гречневая ядрица 2 упаковки", [
        ("хлебцы без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4260006"],
        }, "crispbread whose title says it has no sugar: Перекрёсток Зелёная Линия хлебцы «на фруктозе» (no sucrose; judged acceptable to a diabetic). Ordinary crispbreads (Dr.Korner, ФИТНЕСЛАЙН, ЩЕДРЫЕ, Коломенский, Фацер, Magic Grain, Бурже, ФрутоНяня) excluded: the title does not say sugar-free and several are sweet (карамельные, клюквенные, клубника-банан)"),
        ("шоколадка на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4307131", "4307132", "4307133", "4307134", "4313144"],
        }, "no chocolate titled «на фруктозе» exists; accepted the sugar-free chocolate bars (Jean Rene тёмный без сахара, Зелёная Линия овсяный/рисовый шоколад без сахара) as what a diabetic asking for fructose chocolate takes (judgement); Chocodate candies, chocolate-covered fruit, ordinary chocolate excluded"),
        ("гречневая ядрица 2 упаковки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995",
                     "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178", "3446736",
                            "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322", "3696237", "39155",
                            "3994791", "4009020", "4019310", "4059000", "4061364", "4090171", "4204902", "4353613", "53673",
                            "6847"],
        }, "dry buckwheat groats: titles saying ядрица plus plain «Гречка …»/«Крупа гречневая» titles that do not name the kind (retail buckwheat groats are ядрица unless «продел» is said — outside knowledge), incl. boil-in-bag packs; «2 упаковки» is a quantity. Green buckwheat, flakes, kashas, noodles, flour, ready dishes (с грибами, Raisad «гарнир с овощами», Cook Chart охлаждённая, по-азиатски; Prosto «для гарнира» is plain groats and accepted), drinks and baby foods excluded"),
    ]),
    # fs02 diabetic
    ("сахарозаменитель стевия\nтворожок 0% обезжир\nогурцы свежие для салатика", [
        ("сахарозаменитель стевия", {
            "pyaterochka": [],
            "magnit": ["f7aa3797d3"],
            "dixy": ["2000179434"],
            "perekrestok": [],
        }, "table sweeteners: Дикси Fit Parad №7 and Магнит FITPARAD №10 accepted — their blends contain stevia extract (outside knowledge; the titles do not say стевия). Magic Grain / Хлебный Спас biscuits «со стевией», «Заменитель сухих сливок» excluded; no pure-stevia product exists"),
        ("творожок 0% обезжир", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1899910741", "1eb57431af"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "cottage cheese labelled обезжиренный or 0% (Моя цена, Савушкин Нежный 0%, Село Зелёное, DANONE мягкий, Пятёрочка стакан); «творожок» read as the diminutive of творог. Резной Палисад «обезжиренный 1.8%» excluded (the user wrote 0%); sweet творожки/продукты творожные (Даниссимо etc.) and all fatter cottage cheese excluded"),
        ("огурцы свежие для салатика", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "2000327957", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072", "44569"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, фасованные); Дикси «Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» (no size, sold by weight) taken as fresh (judgement: no brine/marinade stated, priced like fresh). Pickled, salted, marinated, assorted jars, salads with cucumber, cucumber-scented cosmetics and the Маркет Fresh «солёные» excluded"),
    ]),
    # fs03 bodybuilder
    ("куриная грудка 2 кг, батончик протеиновый с шоколадом, яйца 30 шт, рис басмати 1кг", [
        ("куриная грудка 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832", "3609675", "3649232",
                            "3653837", "3669585", "3673509", "3678985", "3689116", "3694848", "3940063", "3946764", "4116904",
                            "4208844", "4242120", "4306879", "4312563", "4323072", "4329298", "4347498", "52888", "53105",
                            "78003876"],
        }, "raw chicken breast: филе грудки, грудка (also on the bone), «филе цыплёнка(-бройлера)» / «филе куриное» (taken as breast fillet, as in set g), малое филе and Петелинка/Петруха медальоны (cut breast fillet), Перекрёсток «Филе курицы в маринаде» (raw, marinated). Thigh fillet, cooked/smoked/ready dishes, sausages, pet food and the Maggi seasoning excluded; «2 кг» is the quantity wanted of a weighed good, not a filter"),
        ("батончик протеиновый с шоколадом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no protein bar with chocolate flavour: Snaq Fabriq «Фисташка и карамель» and BootyBar «со вкусом фисташки» have another flavour; protein cookies/cakes/candies (ProteinRex, Take A Bite, Зелёная Линия), muesli bars and chocolate bars (Snickers, Mars) are not protein bars. Absent in all stores"),
        ("яйца 30 шт", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014",
                       "2047000033", "3454700001", "8000092349", "1a8d487cea", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601112", "2000601652"],
            "perekrestok": ["2109474", "2109476", "2131762", "2131763", "3001671", "3062838", "3182853", "3182856", "3303858",
                            "3355250", "3356111", "3392204", "3421287", "3432532", "3624328", "3914040", "3950938", "4012802",
                            "4076991", "4085791", "4085792", "4088955", "4168688", "4201192", "4201194", "4236458", "4263543",
                            "4322003", "4337164", "4339427", "4352464", "4364349", "4085790", "4229222"],
        }, "chicken eggs of any class and pack (6, 10, 15, 20, 30): «30 шт» is read as the quantity wanted, not a pack requirement (the brief's default for amounts; a shopper can take 3 × 10). Quail, smoked and chocolate eggs excluded"),
        ("рис басмати 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4254250"],
        }, "basmati rice in a 1 kg pack (Перекрёсток Shanti Басмати Селла 1кг): a weight written for a packaged dry staple names the pack, as «сахар 1кг» in set g; Dunar Басмати 500 г and Увелка Басмати 5×80 г excluded for size (doubtful: a shopper might take two 500 g packs); other rice kinds excluded"),
    ]),
    # fs04 bodybuilder
    ("творог 5% 3 пачки, геркулес крупный помол, бананов штук 6, кефир 2.5", [
        ("творог 5% 3 пачки", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000400388", "1000426473",
                       "1000441658", "1000448251", "1000453157", "1000475531", "1000512632", "1000535923", "1000563526",
                       "1000572167", "1079990193", "2400019178", "8000030462", "8000068592", "8000069908", "8000079349",
                       "161690c563", "1720c2be05", "3959a203ba", "9aeeb10b64", "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184", "2000539346",
                     "2000555052", "2000568077", "2000584511", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3668864", "4128957", "4153930", "4166368", "4223080", "4249284", "4274201", "4294066", "4299495",
                            "4302679", "4324116", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% (рассыпчатый, мягкий, зернёный/в сливках, lactose-free Parmalat, Кубанский молочник из топлёного молока); «3 пачки» is a quantity. Flavoured cottage cheese (101 зерно клубника/малина/черника, с изюмом, с вареньем), children's biotvorog, 5.5 % and other fat levels excluded"),
        ("геркулес крупный помол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "rolled oats sold as «Геркулес» (the name of the thick, long-cooking flakes; «крупный помол» read as «not the quick/thin kind»): Русский продукт Геркулес традиционный/Монастырский, Любимые традиции Геркулес, Nordic Геркулес Финский, Мистраль Геркулес, Экстра Геркулес, Маркет «геркулес», plain «Хлопья Геркулес». Excluded: «быстрого приготовления», Магнит ГЕРКУЛЕС «Нежный» (thin flakes), instant kasha sachets, other oat flakes not called геркулес (Ясно Солнышко №1-3, Nordic, Экстра without Геркулес, Быстров), Фацер bread «ГЕРКУЛЕС» (judgement)"),
        ("бананов штук 6", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas incl. Перекрёсток «Бананы Био» and «Бананы красные»; plantains «Бананы для жарки», dried bananas, sweets and banana-flavoured goods excluded; «штук 6» is a quantity"),
        ("кефир 2.5", {
            "pyaterochka": [],
            "magnit": ["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534", "8000033639",
                       "610b0779be"],
            "dixy": ["2000560991", "ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919", "4229630", "4233125",
                            "4245052", "4263418", "4280483", "4280893"],
        }, "kefir of exactly 2.5 % (any brand, size); other fat levels, кефирный коктейль/биопродукт, bread and shashlik «на кефире» excluded"),
    ]),
    # fs05 gourmet cook
    ("пармезан кусок, масло оливковое extra virgine, белое сухое вино для ризотто, каперсы", [
        ("пармезан кусок", {
            "pyaterochka": [],
            "magnit": ["1000371470", "1000384143", "1000578272", "0dc02300a0", "632a4664e6", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "Parmesan in a piece / by weight (Laime 200 г, Laime выдержанный/Ризерва, Dolce Granto весовой, ПАРМЕЗАН Гранд, Premiere of Taste, ЧИЗ ГАЛЛЕРИ 100 г, Маркет «кусок»); «кусок» is a form the user wrote, so grated parmesan (тёртый Дольче, Dolce Granto 50 г, Маркет, Зелёная Линия) is excluded, as are the ITALIAN SNACK крем-сыр, ravioli «с пармезаном» and other hard cheeses (Emandhof Hard Extra колотый, not called parmesan)"),
        ("масло оливковое extra virgine", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000534311", "2000580798", "T000000850", "T000000852"],
            "perekrestok": ["2085912", "2153521", "27062", "3336247", "3444926", "3444927", "3501258", "3501259", "3617469",
                            "3666262", "3681164", "4063916", "4130610", "4137208", "4197654", "4218015", "4220908", "4220922",
                            "4321136", "4333525", "4343608", "4343609", "4353762", "4354006", "4361247", "4365079", "61549",
                            "7581"],
        }, "olive oil labelled Extra Virgin / Extra Vergine / EV / «EXTR.VIR.», plus pure olive oils titled «нерафинированное» (Cobram Estate, Colavita, De Cecco, Sita «высшего качества», Anfosso, Frantoi Cutrera, Monini — unrefined retail olive oil is extra virgin; the GOST name of EV is «нерафинированное высшего качества»; judgement), spray Altaria EV included. Refined, pomace, «рафинированное с добавлением нерафинированного», Classic/100 %/plain Filippo Berio and Borges Classic, Costa d'Oro «холодного прессования», Gonnelli, Getuva (grade not stated), flavoured EV (с лимоном, с чесноком, трюфель), sunflower blends and goods «с оливковым маслом» excluded"),
        ("белое сухое вино для ризотто", {
            "pyaterochka": [],
            "magnit": ["01de06b977", "02507ad3f8", "04516a47c7", "0b845d9920", "0dacfed04a", "0f4d49c5a1", "15025c63db",
                       "505d47a56d", "55db4467cc", "58c42ead4d", "715024d773", "81e5535fde", "8664bd4027", "8fc27edd40",
                       "9111e6bce0", "9e45b7a262", "9e6ee9ccf9", "be67f7ed8c", "c6c844d469", "c96b9bca7c", "cd9e940465",
                       "e216d600a4", "e37dec0c08", "e387b9ab8b", "eb1742ab37"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still white dry wine of any grape/country; полусухое, полусладкое, sparkling (incl. Кава «белое сухое»), red and rosé excluded; «для ризотто» is a purpose"),
        ("каперсы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no capers in any store (grepped каперс/caper); absent in all stores"),
    ]),
    # fs06 gourmet cook
    ("сливки 33 для соуса, шампиньоны свежие 500г, барилла спагетти №5, чесночок", [
        ("сливки 33 для соуса", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream of exactly 33 % (Вкуснотеево для взбивания, Молочный мир стерилизованные, Петмол для взбивания; Пятёрочка «ПЕТМОЛ Крем сливочный ул/паст.33% 500г» — the same Петмол cream under an abbreviated title) — the whipping label does not matter for a sauce; 10/11/20 % cream, Пятёрочка President «Крем слив. взбит.» (aerosol, 20 %) and goods «со сливками» excluded"),
        ("шампиньоны свежие 500г", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["1100074529", "2000088639", "2000332389", "DI00079986", "ЦТ0046651"],
            "perekrestok": ["2071820", "3622668", "3652049", "3669839", "3683919", "3685051", "3950281", "4136012", "4270844",
                            "4280106", "4355283", "59120", "6176"],
        }, "fresh champignons of any size/kind (белые, королевские, мини, кубики/резаные 300 г trays, свежие нарезанные в/у, «для гриля» 700 г, by weight); «500г» is the quantity of a weighed good, not a filter. Excluded: canned/marinated (Bonduelle, Lutik, Pucci, Бояринъ, Lorado, ЧУДЕСНЫЙ ЛЕС, Маркет маринованные), 400 г «резаные» Маркет/Пр!ст and Пятёрочка «ДСК Грибы Шампиньоны 400 г» (taken as canned, as in set g), frozen, Korean salads, «Смесь мини микс шампиньоны» (unclear what it is), ready dishes"),
        ("барилла спагетти №5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti №5 (Дикси); Barilla Spaghettini №3, Спагеттони, Букатини, other Barilla shapes and other brands' spaghetti excluded — brand and number are what the user wrote"),
        ("чесночок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "4090538", "45692", "51157", "77278"],
        }, "fresh garlic (heads by weight or piece, Фермерский Чеснок отборный 1 шт / зубчиками 100 г / 150 г, Чеснок ранний); dried, granulated, ground, smoked, salted, grated (Фермерский тёртый 80 г), «измельчённый» jars and seasonings excluded"),
    ]),
    # fs07 mother of twins
    ("памперсы 4 размер, фрутоняня пюре яблочное, смесь нан, влажные салфеточки для попы", [
        ("памперсы 4 размер", {
            "pyaterochka": [],
            "magnit": ["42c3dfa89a", "53ba3d65f3", "8f86f635d0", "ba8611ce1a", "da5217477c"],
            "dixy": [],
            "perekrestok": [],
        }, "baby diapers (taped подгузники) of size 4 / Maxi of any brand: HUGGIES Elite Soft 4 (8-14 кг), PAMPERS Актив Бейби Макси, ХАГГИС Ультракомфорт 8-14 кг (incl. «для девочек»), МЕРРИЕС 9-14 кг (Merries L = size 4; weight range judged = size 4). «памперсы» read as the everyday generic word for diapers, not only the brand (judgement). Diaper pants (трусики / трусики-подгузники, even size 4 Maxi) excluded as another form; sizes 1-3, 5, 6, Миди/мини/Джуниор/Экстра лардж excluded; only Магнит carries diapers"),
        ("фрутоняня пюре яблочное", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree (Дикси «Яблоко» 250 г and «Яблоко без сахара» 90 г, Магнит «Яблочное» 100 г, Пятёрочка «ФРУТОНЯНЯ Пюре ябл.д/дет.ран.возр.100г»); Пятёрочка «ЯБЛ/ГРУШ/ПЕРСИК», mixed purees containing apple (груша-яблоко, яблоко-персик, яблоко-банан, with cream or biscuits), desserts, juices and other brands excluded"),
        ("смесь нан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no NAN (Nestlé) infant formula and no infant formula at all in the offers; absent in all stores"),
        ("влажные салфеточки для попы", {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "47dd423390", "667fad1c9c", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (HUGGIES Elite Soft, PAMPERS NewBaby/Аква Пьюр/Kids hygiene, КАСПЕР Детские 15 и 120 шт, АУРА «Солнце и луна» с ромашкой — Aura's baby line, outside knowledge); antibacterial, universal, surface, intimate-hygiene and green-tea wipes excluded (not for a baby's bottom), as are MON RULON «Влажная туал бумага детская» and KLEENEX moist toilet paper (toilet paper, not wipes — judgement)"),
    ]),
    # fs08 mother of twins
    ("творожок агуша детский, детское печенье с 6 мес, сок яблочный для деток", [
        ("творожок агуша детский", {
            "pyaterochka": [],
            "magnit": ["1000109125", "1000177278", "1000564007", "1051242603", "1812432013", "1812432014", "1812432015",
                       "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "4174763", "69726"],
        }, "every Агуша children's cottage cheese (Классический, фруктовый: клубника, черника, груша, персик, малина-черника, яблоко-банан, злаки, Засыпай-ка, Малиновый пломбир); other Агуша products (milk, kefir, puree, kasha, yoghurt) and other brands excluded"),
        ("детское печенье с 6 мес", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's cookies whose title shows they are for infants from 6 months: Пятёрочка Heinz «Детское печеньице» (растворимое, «прикорм», for early age). ФрутоНяня овсяное печенье 50 г/120 г excluded because the title states no age (doubtful: may be labelled for young children); ordinary biscuits, purees «с печеньем» and Растишка excluded"),
        ("сок яблочный для деток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "2000177649", "2000341137", "DI00080427", "ЦТ0017501"],
            "perekrestok": ["3049629", "3270265", "3646063", "4340738", "4340742", "67047"],
        }, "single-fruit apple juice made for children: ФрутоНяня яблочный, J7 and Волжский Посад «для детского питания», Сады Придонья Kids / «с 4 месяцев» / «3 месяца+», plus the 125 ml Сады Придонья «Яблоко, прямой отжим» (Дикси) and «зеленое яблоко 125мл» (Перекрёсток) — the same baby line (outside knowledge). Mixed juices (яблоко-вишня, -виноград, -персик, -груша), Агуша «Вода и сок», nectars and adult 1-2 l apple juices (Любимый, Сады Придонья 1 л/2 л) excluded"),
    ]),
    # fs09 retired couple on a budget
    ("гречка самая дешевая, макароны подешевле, маслице подсолнечное рафинир., сахар песок 1 кг", [
        ("гречка самая дешевая", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995",
                     "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178", "3446736",
                            "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322", "3696237", "39155",
                            "3994791", "4009020", "4019310", "4059000", "4061364", "4090171", "4204902", "4353613", "53673",
                            "6847"],
        }, "dry buckwheat groats of any brand/pack (ядрица and plain «Гречка …»/«Крупа гречневая», boil-in-bags incl.); «самая дешевая» is a ranking wish, not a filter. Green buckwheat, flakes, kashas, noodles, flour, ready dishes (с грибами, с овощами, охлаждённая, по-азиатски), drinks and baby foods excluded"),
        ("макароны подешевле", {
            "pyaterochka": ["2049747", "94425", "94430", "94429"],
            "magnit": ["06594d00ff", "0facf2dd98", "2c49a7a5d2", "3563bce441", "3578fbe574", "367d4ecfc8", "3bb34798f6",
                       "4cae925c1a", "5296e76f4b", "54953eed21", "61313f9ca5", "6d2462031e", "6e98aa8b36", "7d3bf66fd0",
                       "7e1d66d2df", "811f1a2896", "8ec199aafc", "9332b0bf64", "a5c4322325", "af7a5a4e7c", "bcb882d827",
                       "c058112781", "e60106f6b1", "eb8a3570e8", "f20a2d2027"],
            "dixy": ["2000002143", "2000004708", "2000005384", "2000005385", "2000005386", "2000016649", "2000224712",
                     "2000280926", "2000288865", "2000288871", "2000299086", "2000302407", "2000320175", "2000347024",
                     "2000349519", "2000411998", "2000418252", "2000437863", "2000544352", "2000572792", "2000572794",
                     "2000573915", "2000575212", "2000588314", "2000590812", "T000015329", "T000015331", "ЦТ0021284",
                     "ЦТ0046806", "ЦТ0046807", "ЦТ0046808"],
            "perekrestok": ["3435295", "3435297", "3435299", "3435300", "3446522", "3501218", "3501219", "3501222", "3501223",
                            "3623096", "3947754", "4117113", "4117154", "4117157", "4117174", "4199587", "4266382", "4273869",
                            "4273870", "4273871", "4273872", "4274071", "4274091", "4274093", "4289866", "4300500", "4323866",
                            "4324026", "4328907", "4329570", "4329571", "4336730", "4340660", "4340661", "4340662", "4347044",
                            "4351513", "4360107", "52306", "62190", "82760", "82761", "82766", "82772"],
        }, "any dry pasta shape of any brand (спагетти incl. gluten-free, вермишель incl. шпинатная, рожки, перья, спирали, ракушки, улитки, звёздочки, risoni/птитим, гнёзда, tagliatelle, Аида/Верони «Лапша» sold as макароны/макаронные изделия); «подешевле» is a wish. Lasagna sheets, фунчоза, soup noodles titled «Лапша …» (лагманная, бешбармачная, домашняя яичная, сомен, Неаполитанская), instant noodles, ready pasta dishes, chechil «Спагетти» cheese and ice-cream «рожок» excluded"),
        ("маслице подсолнечное рафинир.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261",
                     "2000283309", "2000555852", "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714", "3340103",
                            "3426152", "3426155", "3454645", "3478098", "3642040", "4022580", "4218020", "4269568", "4269569",
                            "4277755", "6275", "64128"],
        }, "refined sunflower oil of any brand/size (incl. дезодорированное, вымороженное, высокоолеиновое рафинированное, Altaria spray); unrefined, blends «с добавлением оливкового/миндального», flavoured (травы, базилик, чеснок), Аведовъ and Getuva New Way (refining not stated) excluded"),
        ("сахар песок 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in a 1 kg pack (Дикси «Сахар-песок белый, фасованный, 1 кг», Перекрёсток «Сахар белый песок, 1кг» and «Сахар Советский Экстра, 1кг» — Экстра is a grade of сахар-песок, judgement); «1 кг» names the pack as in set g, so 900 г/750 г/5 кг packs excluded, as are pressed/lump sugar (прессованный), cane, coconut, vanilla sugar, powdered sugar"),
    ]),
    # fs10 retired couple on a budget
    ("кефир 3.2, белый хлебушек, селедочку филе в масле, картоха 3 кг", [
        ("кефир 3.2", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000143510", "1000307731", "1000350609", "1000531928", "1899800795", "37f16272a7", "48045cf20b",
                       "790e8c96de", "9cbe548621"],
            "dixy": ["2000208649", "2000253973", "2000331970", "2000587052", "DI00081047"],
            "perekrestok": ["18510", "2083868", "3433425", "3467795", "3668693", "3682461", "3922310", "4045978", "4109799",
                            "4153932", "4159752", "4174038", "4198906", "4252382", "4318914", "97452"],
        }, "kefir of exactly 3.2 % (any brand/size, incl. organic, термостатный and Агуша «Первая ложка» children's kefir); «3,2-4 %» ranges (Из молока Нашей дойки), other fat levels, кефирный коктейль, bread and shashlik «на кефире» excluded"),
        ("белый хлебушек", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4", "7fa10b807d", "a37c992f14"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4323653", "4329401", "4329402",
                            "49457", "78011178", "78020935"],
        }, "white wheat bread loaves: батоны (нарезной, молочный, к завтраку, Новый, Утренний, горчичный, отрубной), Горчичный пшеничный, тостовый пшеничный, Перекрёсток «Французский», Зелёная Линия «Хлебец Белый с отрубями». Excluded: rye and rye-wheat breads (Бородинский, Дарницкий, Столичный, Ароматный, Измайловский, Ржаной Край…), grain/cereal breads (Батон Зерновой, тостовый злаковый, Крестьянский со злаками, ГЕРКУЛЕС), breads whose kind the title does not state (Советский, Сельский, формовой 300 г, Бабушкин, Боярский, с отрубями, Монж, Крестьянский Пр!ст), sweet Хлеб ЧАЙНЫЙ and raisin breads, baguettes, ciabatta, buns, lavash, хлебцы (judgement: «белый хлеб» = a white loaf)"),
        ("селедочку филе в масле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3622072", "3682728", "3683735", "3683742", "3993017",
                            "4116562", "4159336", "4275608", "4322376", "4323336", "4366965", "79543"],
        }, "herring fillet / fillet pieces in oil, plain or with dill, spices, «с дымком», onion-tomato (Викинг По-польски в масле), «в масляной заливке». Excluded: whole/ungutted salted herring, fillets without oil (слабосолёная филе, бочковая, без кожи солёная), in wine, mayonnaise, mustard or tomato dressing, marinade, cold-smoked fillet, Santa Bremor «популярное»/«Матиас свежая зелень» (medium not stated), шуба salad"),
        ("картоха 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860", "43968",
                            "769"],
        }, "fresh potatoes of any kind and pack (loose, in net, мытый, Бэби 2 кг, для варки/для жарки 3 кг, гигант, отборный 2.5 кг); «3 кг» is the quantity of a weighed staple, not a filter. Sweet potato (батат), boiled peeled potatoes, frozen cut potatoes, Магнит «Картофель АЙДАХО» (ready dish), chips, seasonings, sweets «Картошка» excluded"),
    ]),
    # fs11 student hostel
    ("доширак 5 штук, пельмени самые дешёвые 1кг, майонез провансаль 67% ведерко, пивасик светлый", [
        ("доширак 5 штук", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles of any flavour (Чан рамен); the Доширак instant mashed potato is another product; «5 штук» is a quantity"),
        ("пельмени самые дешёвые 1кг", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05", "f4f41d5103",
                       "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192"],
            "perekrestok": [],
        }, "meat pelmeni of any brand/filling/pack (Мираторг, Сибирская коллекция, Цезарь, GRANDMENI, Горячая штучка Бигбули/Бульмени, Стародворские куриные); «1кг» is read as the quantity wanted and «самые дешёвые» as a ranking wish (no 1 kg pack exists; 700-900 g packs accepted). Fish pelmeni Четверг (треска со шпинатом) excluded as a special kind, vareniki and ready dishes excluded"),
        ("майонез провансаль 67% ведерко", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077734", "1000169172", "1000233673", "1000277219", "1000348713", "1000356802",
                       "1000422623", "1000501598", "1000556519", "1728400030", "1799700138", "8000045827", "2c23c84574",
                       "7a519275b4", "7d31b46ae3", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803",
                     "2000265607", "2000306265", "2000429651", "2000539317", "2000570511", "ЦТ0027566", "ЦТ0040573",
                     "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3412258", "3419671", "3467275", "3674577", "3677986",
                            "4072721", "4105769", "4199312", "4259097", "4259098", "4297819", "4331497", "4331500", "4331515"],
        }, "Provençal mayonnaise labelled «Провансаль» and 67 % (incl. Московский Провансаль классический/сливочный, Махеевъ «с лимонным соком» 67 %, Mr. Ricco, Ряба, Скит, Слобода, Сдобри, ЕЖК, Байсад, Маркет, Зелёная Линия, Пр!ст, Я люблю готовить). «ведерко» (bucket) cannot be checked — no title states the container — so every pack size is accepted (doubtful). Excluded: 50.5 %/55 % and titles without a fat % (Махеевъ 655 мл, Я люблю готовить 700 г), olive, avocado and smetana Provençal variants, non-Provençal mayonnaises (Heinz, Mr. Ricco на перепелином яйце, Слобода оливковый, Чистый), mayonnaise sauces"),
        ("пивасик светлый", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00", "4b9214b25a",
                       "58f80cdc50", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0", "8f5e8411f3",
                       "9f7d0a8f2d", "ae5974fdda", "b22153f240", "b4204a2237", "b7be4e1cdf", "bc158ed1af", "c7cb3e4e83",
                       "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122", "ee4fd3d93d", "f66314d40a"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer (Krusovice Svetle, Балтика 7, Белый Кремль, Венское, Волковская Светлячок, Голландия, Дуб и обруч, Жигули Барное/Экспорт, Ледокол, Прага, Хамовники, Шлосскеллер, Konix, Охота Platinum, BAVARIA Premium «Пиво свет фильтр» — Магнит only). Пивной напиток «МИШЕНЬКА ПОД ВИШЕНКОЙ» (cherry-flavoured) excluded. Dark beer, flavoured and alcohol-free beer drinks (Dr.Diesel, Green Beat, Балтика №0, Amstel), Эдельвейс (colour not stated) excluded"),
    ]),
    # fs12 student hostel
    ("роллтон, сосиски молочные подешевле, кетчупчик к шашлыку, чай lipton пакетированный", [
        ("роллтон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3947754"],
        }, "the bare brand means Роллтон instant noodles: Перекрёсток «Вермишель Роллтон По-домашнему с говядиной» (instant); Роллтон pasta «с оливковым маслом», instant mashed potato and bouillon excluded"),
        ("сосиски молочные подешевле", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, "every «молочные» frankfurter (Дымов, Вязанка, Великолукский, Велком, Мираторг, Мясоедов, Дмитрогорский, Одинцовский, Атяшевский, Ближние Горки, Гарибальди, МД Бородина, Маркет, Папа Может, Клинский, ИНДИЛАЙТ Молочные из индейки); «подешевле» is a wish. Other sausage kinds and Вязанка «Молокуши» excluded"),
        ("кетчупчик к шашлыку", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["2157566", "3673190", "3684511", "3941584", "4116848", "4149866", "4157803", "4207051", "4227932"],
        }, "ketchups sold for shashlik (Heinz «К шашлыку и грилю» / «для гриля и шашлыка» / «укроп-петрушка для шашлыка», Махеевъ Шашлычный, Круглое лето Шашлычный, Помидорка для шашлыка, Слобода Шашлычный, Пр!ст Шашлычный, Пятёрочка «HEINZ Кетч.ДЛЯ ГРИЛЯ И ШАШЛЫКА д/п»); Слобода «Гриль» (not named for shashlik), tomato and other ketchups excluded"),
        ("чай lipton пакетированный", {
            "pyaterochka": ["510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea in bags: Пятёрочка Lipton Yellow Label чёрный 25×2 г; Lipton Ice Tea bottled drinks excluded"),
    ]),
    # fs13 vegan
    ("сыр тофу натуральный, овсяное молоко alpro, нут турецкий горох, хумус баночка", [
        ("сыр тофу натуральный", {
            "pyaterochka": [],
            "magnit": ["8000092760"],
            "dixy": [],
            "perekrestok": [],
        }, "plain tofu (Магнит «Сыр Тофу натуральный Россоя»); nothing else is tofu"),
        ("овсяное молоко alpro", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Alpro oat drink: the only Alpro items (Дикси «Alpro/Planto» coconut-rice and almond drinks) are not oat, and oat drinks of other brands (Nemoloko, Hi, Vega Natura, Овсянка Сэр!) are not Alpro — the brand is required; absent in all stores"),
        ("нут турецкий горох", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chickpeas in any store (only chickpea chips «нутовые» and a barley-chickpea drink); dried peas are not chickpeas; absent in all stores"),
        ("хумус баночка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4286814"],
        }, "hummus of any flavour: Перекрёсток «Хумус Груня из сладкого батата с чимичурри» (sold as hummus; a flavoured variant, judgement); the only hummus in the offers"),
    ]),
    # fs14 vegan
    ("соевый напиток, чечевица красная 500 г, авокадо хасс 2 шт, кокосовые сливки", [
        ("соевый напиток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain soy drink: Green Milk «соевый банан»/«Имбирный пряник», Planto соевый «фисташковый пломбир»/«миндальный вкус карамель»/Barista, Nemoloko «миндальный на соевой основе» are flavoured (judgement: «соевый напиток» = the plain milk substitute); absent in all stores"),
        ("чечевица красная 500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lentils of any colour in the offers; absent in all stores"),
        ("авокадо хасс 2 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": [],
            "perekrestok": ["2131945", "3445047", "3948371", "3954359", "4065597", "4068450", "4090374", "4127617", "4254512",
                            "4266346", "4266407", "4379376"],
        }, "fresh avocados whose title says Hass / Хасс / Хаас (any pack; «2 шт» is a quantity); avocados of unnamed variety (Авокадо, отборный, Органик, «Авокадо, 2шт», Дикси Авокадо), pitted halves «свежий без косточки», oils, cosmetics, cheeses and toys excluded"),
        ("кокосовые сливки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coconut cream: Магнит Thai Coco «Кокосовое молоко 5-7%» is coconut milk (another product for a cook), Alpro/Planto «Кокосовый с рисом» is a drink; absent in all stores"),
    ]),
    # fs15 hunter
    ("тушенка говяжья гост, водочка 0.5, сальце соленое, соль крупная", [
        ("тушенка говяжья гост", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000302684", "2000415753", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef labelled ГОСТ (Иван Мясоедов, Мясные ряды, Семейный бюджет, Магнит ГЛАВПРОДУКТ ГОСТ) plus Дикси «Главпродукт Высший сорт 338 г» — the same product Магнит titles «высший сорт, ГОСТ» (outside knowledge). Beef stew without ГОСТ (Совок, Барс Экстра, Гродфуд, Первым Делом, Курганский Стандарт, Богатырская, Великолукский, Русь, Пр!ст), pork, turkey, horse meat excluded"),
        ("водочка 0.5", {
            "pyaterochka": [],
            "magnit": ["090152c9de", "1ecbe55218", "32795289f4", "483a8735b1", "534137b00f", "5566ab37c4", "56c2c0738a",
                       "5a09151d49", "5d4a3d8744", "73f83e02e5", "9a3d8b810b", "a773f41952", "b96abc4aba", "eafc6715dd",
                       "f8bb91864d", "f98a033259"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in a 0.5 l bottle («0.5» names the bottle): Baikal Стронг, Tundra Authentic, Архангельская Хлебная, Байкал, Белая Сова, Беленькая Золотая, Белуга, Бульбашъ, Граф Ледофф Лайт, Зимняя деревенька солодовая, Монблан, Мягков, Нерпа Байкал, Парламент, Питейный дом, Талка (Магнит only). 0.7 l and 1 l bottles, flavoured vodkas (Белая берёзка Морозная клюква, Tundra Морозный можжевельник, Зимняя деревенька Можжевеловая, Зелёная марка Кедровая, Graf Ledoff Lemon) and grape vodka Кизлярка excluded"),
        ("сальце соленое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fat: Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» and Дикси «Шпик бутербродный Мясоедов с чесноком» (salted spread of pork fat, judgement); smoked-boiled грудинка and raw pork belly / beef brisket excluded"),
        ("соль крупная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080806", "ЦТ0044186"],
            "perekrestok": ["3255026", "3450465", "3613636", "3613637"],
        }, "coarse table salt: «крупная» (Перекрёсток 1 кг) and «помол №1» rock salt (Дикси высший/первый сорт и поваренная, Salina, Илецкая 180/500 г) — помол №1 is the coarse grind as opposed to «Экстра» (judgement). Экстра, мелкая, sea salt of fine/medium grind, Himalayan, Adyghe and flavoured salts, dishwasher salt excluded"),
    ]),
    # fs16 hunter
    ("сгущёнка гост 2 банки, галеты, спички охотничьи, колбаса с/к", [
        ("сгущёнка гост 2 банки", {
            "pyaterochka": [],
            "magnit": ["66294fd8e5", "be9bed5042"],
            "dixy": ["2000186451"],
            "perekrestok": ["3491930"],
        }, "sweetened condensed milk whose title says ГОСТ (Дикси Рогачевъ 280 г, Магнит ГЛАВПРОДУКТ Премиум and МАГНИТ цельное, Перекрёсток Алексеевское 100 г); «2 банки» is a quantity. Condensed milk without ГОСТ in the title (most are made to the standard, but the user asked for it and the title must show it), boiled condensed milk, «Продукт молочный Сгущенка», sweets excluded"),
        ("галеты", {
            "pyaterochka": ["85edc75963"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "galettes (Пятёрочка ДЫМКА Галеты классические); crackers are not galettes"),
        ("спички охотничьи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no matches of any kind in the offers; absent in all stores"),
        ("колбаса с/к", {
            "pyaterochka": ["3966938"],
            "magnit": ["012f52ac6f", "06d16516c6", "21cb360c4b", "2dbd01217d", "363ea9366e", "403c330318", "40d5bd1fe4",
                       "47ef8a1460", "48c30df1cf", "494e727a2c", "4a8c9560a0", "4ea41a31dc", "54d2bfe83d", "63dfb9d92b",
                       "64b09aa833", "65eabc7d3d", "6af3d2dba7", "6c0ebbb571", "9a7d190daf", "9cac16391e", "b1886148dd",
                       "d5889cdb3d", "e1bb99c49a", "f35109da30"],
            "dixy": ["2000284194", "2000310948", "2000397424", "2000402841", "2000413915", "2000539576", "2000546175",
                     "2000558771", "2000572231", "2000598631", "2000603172"],
            "perekrestok": ["4095329", "4100196", "4141051", "4321977", "4322133", "4338643", "4364470"],
        }, "dry-smoked sausage (сырокопчёная, incl. полусухая, нарезка, мини, ВЕЛКОМ assortment of three с/к sausages): салями, Брауншвейгская, Сальчичон, Чоризо, Миланская, Сервелетти, Охотничья Царицыно, Юбилейная, Коньячная etc. Excluded: полукопчёная and варёно-копчёная sausage/salami, сыровяленая (another method: Лонганиза, Фуэт, Казылык, Верона, ЕКГФ), salami with the method unstated (Салями ФИНСКАЯ 330 г, ВЕНСКАЯ Останкино), Черкизово «Сальчичон/Прошутто» assortment (half ham), Дымов «Колбаски Пиколини», bacon, balyk, carpaccio, meat chips"),
    ]),
    # fs17 cat lady
    ("корм для кошек felix, наполнитель комкующийся, вискас пауч", [
        ("корм для кошек felix", {
            "pyaterochka": [],
            "magnit": ["0aa722ea47", "0adb281b8b", "159c859f66", "1bc3a52946", "238c0d6220", "258ae7de32", "3d18463c21",
                       "4b45bf5084", "4f374f40d8", "54a53edec1", "5c2b5eca31", "5e3ba75210", "66c4713f53", "75088c0c75",
                       "8555865978", "860a44990e", "88bfe8e014", "9f6054f9aa", "a90d75160d", "b2a3471d9f", "b357a754b6",
                       "b5120b46c3", "ba1a288ef8", "bbcb5d5f30", "bbcc3f6e2b", "bc08b83fbb", "bceeba235b", "bf4253574e",
                       "c44cca57cb", "d08035f21d", "e615cc80e5", "f46b40c2dc", "2586511", "2586551", "2586561", "2586581",
                       "2586621", "2586641", "2586661", "2586671", "2586681", "2586691", "2586701", "2586731", "2586741",
                       "2586751", "2586791", "5167901", "5167911", "5168331", "5168341", "5168351", "5178631", "5178641",
                       "5227421", "5252471", "5257221", "5389101", "5389501"],
            "dixy": ["2000325835"],
            "perekrestok": ["4249859"],
        }, "every Felix food for adult cats, wet and dry (Аппетитные кусочки, Sensations/Сенсейшнс, Двойная вкуснятина incl. dry 200/600 г, Мясные ломтики, суп); Felix «для котят» (kitten food) excluded because the user wrote «для кошек» (judgement)"),
        ("наполнитель комкующийся", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no clumping cat litter: the only litter (Магнит КЭТ СТЕП) is silica gel, which does not clump; yoghurts «с наполнителем» are traps; absent in all stores"),
        ("вискас пауч", {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493421", "2493431", "2493691", "2541861",
                       "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food in 75 g pouches of any recipe (рагу, паштет, желе, Аппетитный микс, старше 7 лет, для котят — no age was written); dry Whiskas (подушечки 350/800 г) and the 1.9 kg «Паштет с говядиной» (not a pouch) excluded"),
    ]),
    # fs18 cat lady
    ("корм пурина для стерилизованных кошек, шеба, минтай для кошек", [
        ("корм пурина для стерилизованных кошек", {
            "pyaterochka": [],
            "magnit": ["082e5a8772", "5ac79c1445", "5f2c27349b", "81960a917d"],
            "dixy": [],
            "perekrestok": [],
        }, "Purina (ONE) food for sterilised cats only: Магнит PURINA ВАН спирулина-говядина 680 г, PURINA ONE для стерилизованных говядина/лосось 750 г and лосось 1.5 кг; other Purina One cat foods (domestic, adult, sensitive digestion, kitten, wet 75 g) excluded — not for sterilised cats"),
        ("шеба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000537995"],
            "perekrestok": [],
        }, "Sheba cat food (Дикси Ломтики в соусе Форель и креветки); the only Sheba item"),
        ("минтай для кошек", {
            "pyaterochka": [],
            "magnit": ["21f5feb583", "826be1cf8b", "b9c33693bc", "feaf47ac86"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "raw frozen pollock, whole (тушка) or fillet, incl. Магнит «МИНТАЙ (филе) полуфабрикат из замороженного сырья 1кг»; «для кошек» is a purpose. Pollock roe, pollock mince (фарш), ready fish cakes excluded"),
    ]),
    # fs19 home baker
    ("мучка пшеничная в/с 2 кг, разрыхлитель доктор оеткер, дрожжи саф момент 2 пачки, сахар ванильный 2 пакетика", [
        ("мучка пшеничная в/с 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409", "4262616",
                            "4326495", "91321"],
        }, "wheat flour of высший сорт (incl. «хлебопекарная высший сорт») in 2 kg packs — the weight names the standard pack (as «сахар 1кг» in set g). 1 kg packs, grade «экстра» (another grade), flour whose grade is not stated (Пышечка 2 кг Магнит, Старооскольская хлебопекарная 2 кг Дикси, Дикси «хлебопекарная 2 кг»), wholegrain, self-raising, Manitoba and pancake mixes excluded"),
        ("разрыхлитель доктор оеткер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Dr. Oetker baking powder: Дикси «Разрыхлитель теста Dr.Bakers» is another brand (trap: similar name) and the only Dr.Oetker item is a pizza; absent in all stores"),
        ("дрожжи саф момент 2 пачки", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry instant yeast 11 г (Дикси, Магнит); pressed yeast Люкс Экстра (made by Саф-Нева — same company, another product), yeast dough and «бездрожжевой» breads excluded; «2 пачки» is a quantity"),
        ("сахар ванильный 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar sachets (Dr.Bakers 8 г, Дикси and Перекрёсток); vanilla ice cream and desserts excluded; «2 пакетика» is a quantity"),
    ]),
    # fs20 home baker
    ("масло сливочное 82.5 процента, сахарную пудру, несквик какао порошок, яички с1 один десяток", [
        ("масло сливочное 82.5 процента", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136",
                       "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337",
                            "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749", "4055506", "4135603",
                            "4196090", "4260609", "4292462", "4310021", "4343792", "86149", "3699369", "4113532", "4175276"],
        }, "butter of exactly 82.5 % (сливочное and сладкосливочное, Традиционное, несолёное, lactose-free Тысяча Озёр; Тольяттимолоко «Традиционное 82.5%» is butter); 82 % butters (Arla Natura, Киприно, Молочный знак, President, JALO KERMA), 72.5 %, spreads and flavoured butters excluded"),
        ("сахарную пудру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "powdered sugar (Дикси «Сахарная пудра Магета»); goods «в сахарной пудре» and cosmetics «пудры» excluded"),
        ("несквик какао порошок", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik instant cocoa drink powder (Пятёрочка «NESQUIK Напиток быстрораств.с какао 500г» — what «несквик какао» means); other cocoa powders/drinks (ЧУККА, Золотой ярлык, Российский, Скрепыши, Хрутка) are other brands and the brand is required"),
        ("яички с1 один десяток", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "chicken eggs of class С1 (also «1 категории») in packs of 10 («десяток» = 10 only); С0/отборные, С2, высшая категория, 6/15/20/30 packs and quail eggs excluded"),
    ]),
    # fs21 diabetic
    ("йогурт без сахара, сыр адыгейский, капуста брокколи", [
        ("йогурт без сахара", {
            "pyaterochka": ["8487"],
            "magnit": ["1000380540", "1000470924", "8000033677", "8000033679", "8000033680", "8000033683", "8000033684",
                       "02e2bec94a", "555ec5242d", "67fc9c08f6"],
            "dixy": ["2000330336", "2000330341", "2000366091", "2000537895", "2000569034", "2000571724"],
            "perekrestok": [],
        }, "yoghurts whose title says «без сахара» (Актибио, Активиа, Козочка с облачка; fruit flavours allowed) plus yoghurts titled «Натуральный» (АктиБио, Простоквашино термостатный, Free безлактозный, Epica and Активиа питьевые, Пятёрочка «DANONE Биойогурт АКТ.пит.натур.») — natural yoghurt has no added sugar by definition (judgement). Greek «Классический», goat «классический» and Пятёрочка «Йогрут Домик в деревне, классический» (sugar not stated), all sweetened/flavoured yoghurts without «без сахара», Биолакт Тёма and desserts excluded"),
        ("сыр адыгейский", {
            "pyaterochka": [],
            "magnit": ["1000464833", "1899800173", "de08dbdc63"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any brand/pack (Предгорье Кавказа, Гиагинский, Зелёная Линия мягкий); Adyghe salt excluded"),
        ("капуста брокколи", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["1557", "2059262", "2125852", "3405386", "3444750", "3489151", "3625801", "3698687", "4003966",
                            "4019915", "4019919", "4125679", "4152339", "4225833", "4238817", "4245362", "4269499", "4320949",
                            "4325364", "4359305", "74445"],
        }, "broccoli, fresh (loose, 300 г, miniature Никколини and purple) or plain frozen (any brand) — the user did not write «свежая» and frozen broccoli is the usual form (judgement). Broccolini (another vegetable), broccoli-cauliflower mixes, baby purees and soups, seeds, wafers and sausages «с брокколи» excluded"),
    ]),
    # fs22 bodybuilder
    ("тунец консервированный в с/с, греческий йогурт, миндаль", [
        ("тунец консервированный в с/с", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["2000301085", "D000010279"],
            "perekrestok": ["4003715", "4003717"],
        }, "canned tuna in its own juice («в собственном соку», «натуральный»): Fortuna, Знак Качества, МАГУРО филе натуральное, and Перекрёсток Новый Океан скипджек «рубленый» and «филе-кусок» (the titles of the same line say «в масле» for the oil versions, so these are taken as natural — judgement). Tuna in oil (incl. olive oil), Дикси «ВК филе рубленное» and Магнит «ФОРТУНА Тунец рубл. д/м» (medium unclear), frozen/fresh tuna fillet excluded"),
        ("греческий йогурт", {
            "pyaterochka": [],
            "magnit": ["1000181497", "1000313702", "8000087572", "60f70a8dd4", "dafd7c4dc4", "fc153f8070"],
            "dixy": ["2000253975", "2000297751", "2000323039", "2000327453", "2000328570", "2000339952", "2000403060",
                     "2000585835", "2000596134", "2000601711", "2000601712"],
            "perekrestok": ["3601418", "3601420", "3687295", "4068958", "4068959", "4068960", "4202758", "4219295", "4261361",
                            "4323782"],
        }, "Greek yoghurt of any brand, fat and flavour (Teos, Neo, Простоквашино, Lactica, Epica, Хуторок, Venns, Магнит «ГРЕЧЕСКИЙ», Зелёная Линия двухслойный, Молочная Культура); no flavour was written so flavoured ones are accepted. Other yoghurts excluded"),
        ("миндаль", {
            "pyaterochka": [],
            "magnit": ["fd9ad7f0a4"],
            "dixy": ["2000327986", "2000539539", "2000594771"],
            "perekrestok": ["3428419", "3640846", "4065823", "4117048", "4269170", "4280433", "4280434", "4306957", "4313961"],
        }, "almond kernels, raw or roasted, any pack; almond flour, nut mixes, almond drinks, sweets and desserts «с миндалём», cosmetics excluded"),
    ]),
    # fs23 gourmet cook
    ("хамон, моцарелла для салата, руккола пучок, бальзамический уксус", [
        ("хамон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278914"],
            "perekrestok": [],
        }, "Дикси «Окорок свиной Егорьевская Хамон сырокопченый в нарезке» — a Russian ham sold as хамон (judgement: accepted because it is sold under that name); Черкизово Сальчичон/Прошутто assortment (half sausage) and olives «с хамоном» excluded"),
        ("моцарелла для салата", {
            "pyaterochka": [],
            "magnit": ["1000070528", "1000216597", "1000397214", "3ceec6b968", "8fafbefa0d", "a6a7985f8b", "ac45682a48",
                       "f34553b2a5"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3949283"],
        }, "fresh mozzarella for a salad: balls (Galbani, Galbani Макси, Premiere of Taste), mini / чильеджина, fior di latte, Pretto кубики, Зелёная Линия мини в рассоле; Зелёная Линия «для пиццы» (pizza mozzarella), Unagrande protein sticks and sausages «с моцареллой» excluded"),
        ("руккола пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rocket on its own: the offers hold only salad mixes (руккола-мангольд-шпинат, рукола-мангольд-мицуна), which are not a bunch of rocket; absent in all stores"),
        ("бальзамический уксус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balsamic vinegar: Перекрёсток has only grape vinegar 6 % and Кинто «Соус-крем бальзамический гранат» (a cream sauce); absent in all stores"),
    ]),
    # fs24 mother of twins
    ("каша нестле гречневая, пюре мясное детское, одноразовые пеленки 60х90", [
        ("каша нестле гречневая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000291139", "2000546397"],
            "perekrestok": [],
        }, "Nestlé buckwheat infant cereal, both Дикси variants (безмолочная; молочная с курагой — no kind was written); Nestlé oat cereal, buckwheat kashas of other brands (Агуша, ФрутоНяня, Флёр Альпин) and buckwheat groats excluded"),
        ("пюре мясное детское", {
            "pyaterochka": ["2167862", "27486", "27487", "3004159", "3157361", "3422800", "3422801", "3422802", "3422804",
                            "3685341", "51661", "74279"],
            "magnit": [],
            "dixy": ["2000003017", "2000260412", "2000260414", "2000282994", "2000282999", "DI00081318", "DI00081319"],
            "perekrestok": ["4212876"],
        }, "baby meat purees (мясное пюре: Тёма, ФрутоНяня, Агуша — beef, veal, chicken, turkey, rabbit, and meat with liver/tongue/heart or two meats; Пятёрочка «ТЕМА Консер.ЦЫПЛЕНОК С КРОЛИКОМ гом.100г» — homogenised baby meat, i.e. a meat puree). Meat-and-vegetable/cereal purees (с овощами, с рисом, с гречкой, с кабачками, Gerber рагу/фрикадельки/по-домашнему) are another category («мясорастительное») and excluded (judgement), as are fruit/vegetable purees and instant mashed potato"),
        ("одноразовые пеленки 60х90", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable underpads of any size in the offers; absent in all stores"),
    ]),
    # fs25 home baker
    ("сметанка 15% для теста, творог для сырников, изюм без косточек, корица молотая", [
        ("сметанка 15% для теста", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810",
                       "1000463648", "1000553874", "1000558440", "1899900582", "8000035449", "8000057502", "8000068594",
                       "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086", "4221356",
                            "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "plain sour cream of exactly 15 % (any brand/pack, incl. «из топлёных сливок» and lactose-free); Пятёрочка РостАгроЭкспорт «пикантная, с чесноком», other fat levels, smetana sauces and mayonnaise «сметанный» excluded; «для теста» is a purpose"),
        ("творог для сырников", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000122024", "1000157386", "1000208909", "1000224037", "1000306424", "1000372783", "1000372786",
                       "1000377235", "1000386975", "1000426465", "1000426470", "1000426473", "1000441658", "1000448251",
                       "1000448252", "1000453156", "1000453157", "1000475531", "1000512632", "1000530486", "1000535923",
                       "1000563526", "1000572167", "1079990193", "1899910741", "2400019178", "8000030462", "8000033100",
                       "8000055235", "8000068592", "8000069908", "8000073444", "8000079349", "8000079350", "0cfee9df84",
                       "161690c563", "1720c2be05", "18fc386178", "1eb57431af", "3959a203ba", "3d536f7add", "57c16fad2a",
                       "93ff6e854f", "9aeeb10b64", "c7f0f0e5ec"],
            "dixy": ["2000024202", "2000032946", "2000227595", "2000244591", "2000266304", "2000280850", "2000301689",
                     "2000309621", "2000312025", "2000322093", "2000410935", "2000423589", "2000512184", "2000539346",
                     "2000555052", "2000564413", "2000566980", "2000567931", "2000568076", "2000568077", "2000569975",
                     "2000580113", "2000592831", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3194302", "4069819", "4121611", "4128957", "4129495", "4153929", "4153930", "4166368", "4249279",
                            "4249284", "4249286", "4274201", "4290625", "4299495", "4299497", "4302679", "4324116", "3192865",
                            "3279582", "3487310", "3617778", "3692660"],
        }, "plain cottage cheese of any fat level (0-18 %, рассыпчатый, мягкий, пластовой, traditional, lactose-free, из топлёного молока); «для сырников» is a purpose. Flavoured cottage cheese (fruit, jam, raisins), children's (Агуша, Растишка, Мама Лама, детский), зернёный/«в сливках» and 101 Зерно (too wet, cottage-cheese grains), «со сметаной», творожные продукты/массы/десерты excluded (judgement)"),
        ("изюм без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4288277", "4308580", "4311579", "4342295"],
        }, "raisins whose title says seedless («Виноград сушеный без косточек/без косточки» Зелёная Линия, Пр!ст 500 г, Маркет 150/200 г). Изюм Голден, Изюм светлый and «Виноград сушёный» without «без косточек» excluded because the title does not say seedless (doubtful: most retail raisins are seedless); sweets, pastries, kompot with raisins excluded"),
        ("корица молотая", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon (Магнит КОТАНИ Молотая 25 г); teas, biscuits and sweets with cinnamon excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fs"))
