#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uh.jsonl -- 25 shopping lists of a single mother of three school children (school
snacks, quick dinners, cheap breakfasts, laundry and cleaning, the children's favourite brands, big packs, price wishes
and a few things for herself), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uh.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uh.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none were needed).  labelled_lists.build then checks
the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item,
every item has a note, the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuh01, fuh02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uh.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uh.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 school snacks
    ("сочки маленькие детям в школу штук 6, барни медвежат 2 упаковки, киндер шоколад т8, бананов кило на перекусы", [
        ("сочки маленькие детям в школу штук 6", {
            "pyaterochka": [],
            "magnit": ["9c8f954bbb", "b40f7317f4", "5cc1685377", "2b7a93fdc9"],
            "dixy": ["2000405002", "2000405003", "2000586171", "2000225623", "2000341137", "ЦТ0021653", "2000557331",
                     "2000592316", "2000193829", "ЦТ0042596", "ЦТ0017501", "2000177649", "2000227876", "DI00081301",
                     "ЦТ0017504"],
            "perekrestok": ["4047941", "3661182", "4059743", "4222319", "4222320", "3427396", "3903669", "3411877", "3636704",
                            "4001466", "4157532", "4157531", "4157530", "4259039", "3684607", "3387565", "4340742", "4340738",
                            "3049629", "3270265", "67047", "4268626", "4100581", "4100577"],
        }, "fruit juices sold as «сок» (any fruit, single or mixed, children's juices incl.) in small packs up to 0.33 l "
           "(125-330 ml); «маленькие» names the pack and is respected, so 0.5-3 l juices are excluded; «штук 6», «детям в "
           "школу» are quantity and purpose; nectars, «сокосодержащие» drinks (Агуша «Вода и сок», Добрый Active kid "
           "«напиток»), морс, компот and milk-juice drinks excluded (as for «сок» in the earlier sets); Магнит «Сок РИЧ "
           "томатный с солью 200мл» excluded - a salted vegetable juice is not what «сочки детям» means (judgement); "
           "Пятёрочка has no small juice"),
        ("барни медвежат 2 упаковки", {
            "pyaterochka": ["3677543", "3358963", "3276703", "2143824"],
            "magnit": ["ac28fdabe7", "b957ea15ff", "cc28f2014d", "3a53d94c95", "0e65fbf1c1", "5500238e96"],
            "dixy": [],
            "perekrestok": [],
        }, "every «Медвежонок Барни» biscuit cake pack of any filling (150 g packs; Магнит «Фан Сэнд кусочки темного шоколада» "
           "180 g also titled Пирожное МЕДВЕЖОНОК БАРНИ, accepted as a Barni bear variant - judgement); «2 упаковки» is a "
           "quantity; Kinder Молочный ломтик / Pingui and other biscuit cakes are not Barni"),
        ("киндер шоколад т8", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001702"],
            "perekrestok": [],
        }, "Kinder Chocolate bar with milk filling 100 g = the T8 pack of 8 bars (outside knowledge: T8 is the 100 g pack); "
           "Kinder «со злаками» 23.5 g (Kinder Country), Kinder Сюрприз / Joy eggs, Maxi King, Pingui and Молочный ломтик "
           "excluded"),
        ("бананов кило на перекусы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (loose «Банан», Био, red bananas); «кило» is a quantity of a weighed good; «Бананы для жарки» "
           "(plantains), dried/sun-dried bananas, banana sweets, marmalade, marshmallow and everything banana-flavoured excluded"),
    ]),
    # L02 quick dinner: pelmeni
    ("пельмешки подешевле 2 пачки\nсметана 15% большую\nбатон нарезной 2 штуки\nкетчуп томатный детям", [
        ("пельмешки подешевле 2 пачки", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596851", "2000596852",
                     "2000596853"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (pork-beef, beef, veal, chicken; Горячая штучка Бульмени / Бигбули "
           "are pelmeni, also when titled without the word «Пельмени»); «подешевле» is a wish, «2 пачки» a quantity; Перекрёсток's only pelmeni are Четверг «рыбные из "
           "трески со шпинатом» - plain «пельмешки» means the ordinary meat pelmeni, so fish pelmeni are excluded (judgement); "
           "vareniki, khinkali, manti are not pelmeni"),
        ("сметана 15% большую", {
            "pyaterochka": [],
            "magnit": ["1000553874", "1000082622"],
            "dixy": ["2000595012"],
            "perekrestok": ["4335470", "3391034"],
        }, "plain sour cream of exactly 15% in the large 450 g tubs; «большую» names the pack and is read as the large tub "
           "(>= 400 g), so the ordinary 180-350 g packs are excluded; other fat levels, «из топленых сливок» / lactose-free "
           "variants (none large), flavoured Пятёрочка РостАгроЭкспорт «пикантная, с чесноком», sour-cream mayonnaise and "
           "chips excluded"),
        ("батон нарезной 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "loaves of the «Нарезной» variety, whole or sliced (Коломенское, Пр!ст классический, Маркет, Маркет улучшенный); "
           "«2 штуки» is a quantity; other batons (Молочный, Новый, к завтраку, Отрубной, Утренний, Горчичный, Зерновой and "
           "the untyped «Батон, 300г») are other varieties; chocolate/cereal «батончики» excluded"),
        ("кетчуп томатный детям", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000552955", "2000033799", "2000538777", "2000567791", "2000207279", "2000207280", "2000320468",
                     "2000193817"],
            "perekrestok": ["4295651", "4154517", "4157702", "4274973", "4116830", "4312325", "3691258", "3054048",
                            "3970015", "4044938", "3673189", "4149865", "4227928", "3652684"],
        }, "plain tomato ketchups titled «Томатный» of any brand and size (Heinz, Heinz Pikador, Махеевъ incl. «без сахара и "
           "крахмала», Слобода, Помидорка, Astoria, Круглое лето, Первым Делом, ЕЖК, Кухмастер, Mr.Ricco, Пр!ст); «детям» is a "
           "purpose; hot, super-hot, garlic, шашлычный/гриль, Italian, lecho, chili, adjika, Caucasian, basil, «сладкий черри», "
           "Georgian-style and the untyped «Кетчуп Sahar» excluded; Магнит has no tomato ketchup"),
    ]),
    # L03 cheap breakfast
    ("геркулес пачку побольше, молоко 2.5 два литра, яиц 2 десятка подешевле", [
        ("геркулес пачку побольше", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926", "3469028"],
        }, "plain oat flakes whose title names «Геркулес» (Русский продукт Геркулес traditional / Монастырский / быстрого "
           "приготовления / Экстра 1 кг, Nordic «Геркулес Финский», Мистраль «Геркулес Фермерский», Любимые традиции, Маркет "
           "«геркулес», Магнит «ГЕРКУЛЕС Нежный»); «геркулес» is both the flake kind and the brand, so oat flakes not titled "
           "Геркулес (Ясно солнышко №1-3, Nordic plain, Экстра Чудесный край, Пр!ст) are left out (judgement); «пачку "
           "побольше» is a wish, not a size filter; flavoured instant porridge sachets «Каша Геркулес … с клубникой», ready "
           "porridges, oat milk/yoghurts and oat flour excluded; Пятёрочка has no oat flakes"),
        ("молоко 2.5 два литра", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029", "1000037901",
                       "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "plain cow drinking milk of exactly 2.5%, pasteurised or UHT, any pack (0.5-1.43 l; Агуша children's 2.5% 200 ml "
           "included as children's drinking milk, as in the earlier sets); «два литра» is read as the quantity wanted, not a "
           "2 l pack (no 2.5% milk is sold in 2 l packs); топлёное 2.5% (Зелёная Линия), other fat levels, ranges, kefir and "
           "ryazhenka 2.5% excluded"),
        ("яиц 2 десятка подешевле", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190", "e5202b5cfd",
                       "1000247378", "1000247384", "1000247234", "1a8d487cea", "44e0856421"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                     "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4263543", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250", "4076991",
                            "2109476", "4085791", "2131763", "3950938", "4012802", "4085790", "4088955", "4085792", "3182856",
                            "3182853"],
        }, "raw chicken eggs of any category in packs of 10 or 20 («2 десятка» = 20 eggs: two packs of ten or one pack of "
           "twenty); «подешевле» is a wish; packs of 6, 15 and 30, quail eggs (also smoked) and egg dishes excluded"),
    ]),
    # L04 laundry
    ("стиральный порошек автомат 6 кг подешевле, кондиционер ленор по акции, пятновыводитель vanish для белья, гель для стирки детских вещей", [
        ("стиральный порошек автомат 6 кг подешевле", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "e045589f41", "21dd0bf72c"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in 6 kg packs (ARIEL Автомат Горный родник / Колор 6 кг, PERSIL Эксперт "
           "Автомат Свежесть от Вернель plain and колор 6 кг); «6 кг» names the pack and is respected, so the 1.5-5.4 kg "
           "packs are excluded; «подешевле» is a wish; gels, capsules, dishwasher powders and scouring powders excluded; "
           "«порошек» is a typo of «порошок»"),
        ("кондиционер ленор по акции", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner (Пятёрочка «Lenor, скандинавская весна, 2 л»); «по акции» is a wish; other brands "
           "(Vernel, Synergetic, Qualita, Е, Магнит, Заводъ братьевъ Крестовниковыхъ) and the ARIEL powder «Ленор фреш» "
           "excluded - a named brand is required"),
        ("пятновыводитель vanish для белья", {
            "pyaterochka": [],
            "magnit": ["ac176ffbd4", "6a5dfe63c5"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish laundry stain removers (OXI Action liquid for white and colour 450 ml, Oxi Адванс gel for colour 750 ml); "
           "Vanish carpet cleaners excluded («для белья» names the use, and it is the laundry product); Synergetic and ACE "
           "stain removers are other brands"),
        ("гель для стирки детских вещей", {
            "pyaterochka": [],
            "magnit": ["45c2aa1dd3", "59438f4761"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry gels titled as children's (Завод братьев Крестовниковых «Детский Колор» 1.2 л, Синергетик «детский» 1 л); "
           "ordinary, hypoallergenic (Synergetic «гипоаллергенный», BIMAX «для чувствительной кожи») and colour gels are not "
           "sold as children's and are excluded; children's powders and conditioners are other forms"),
    ]),
    # L05 cleaning
    ("доместос для унитаза 2 бутылки, средство для полов подешевле, губки для посуды упаковку побольше, мусорные мешки 60 литров рулон", [
        ("доместос для унитаза 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["ffbf84b458", "b36a2da83b", "2750dd6add", "258e844027", "ae9c88f524", "45a638f00b", "e407eb3e87",
                       "84c700d8bb", "a961e8e2cb"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos cleaning gel in bottles (the «универсальное» gels Лимонная свежесть, Свежесть Атлантики, Ультрабелый, "
           "Ультраблеск, Эко, 750 ml-1.5 l): the brand is named and Domestos' bottled gel is the toilet bleach people mean by "
           "«доместос для унитаза» (outside knowledge; unlike set d, where «средство для унитаза» without a brand excluded "
           "the universal Domestos); «2 бутылки» is a quantity that also names the form, so the Domestos rim block (40 g) and "
           "the Domestos universal surface spray are excluded; other brands' toilet gels (Bref, Туалетный утенок, Комет, "
           "Harpic, Grass, Магнит) are not Domestos"),
        ("средство для полов подешевле", {
            "pyaterochka": [],
            "magnit": ["9851df55cf", "18d07f098b", "ae95ec9c5b", "275fd6ca49", "119c855478", "ff7b4707dc", "69f4fcf56c",
                       "789291ba7a", "cac8e32a0f", "494fcd17ad", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "floor-cleaning liquids of any brand: «для мытья пола» (BioMio, Sanfor, Synergetic, Грасс Арена), Mr.Proper «для "
           "полов и стен», Lysol disinfectant «для пола и поверхностей», and Магнит «Моющее средство MR.PROPER Лимон/роза "
           "500мл» (the Mr.Proper floor-and-wall liquid, title without «пол» - outside knowledge); «подешевле» is a wish; "
           "sprays (Mr.Proper universal / Антижир, Domestos spray), glass, toilet and dish cleaners excluded"),
        ("губки для посуды упаковку побольше", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges (Магнит Нужные вещи Макси 5 шт); «упаковку побольше» is a wish; the shoe-polish sponge excluded"),
        ("мусорные мешки 60 литров рулон", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l rubbish bags (Магнит Нужные вещи «Био ушки 60л, 20шт», sold as a roll - outside knowledge, the title does "
           "not say «рулон»); «60 литров» names the bag size and is respected; no other rubbish bags are on sale"),
    ]),
    # L06 cereal breakfast
    ("несквик шарики большую пачку, кукурузные хлопья пачку подешевле, молока 3.2 литр на кашу", [
        ("несквик шарики большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik breakfast cereal in any chain; Пятёрочка NESQUIK cocoa drink, Perekrёstok «Шарики Ухтышки со вкусом "
           "шоколада», Kellogg's rings and Даниссимо «с хрустящими шариками» are other products - a named brand is required"),
        ("кукурузные хлопья пачку подешевле", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes (Любятово «Хлопья кукурузные» 600 g); «пачку подешевле» is a quantity and a wish; flavoured or "
           "sweet-coated corn flakes (honey: Любятово «медовые», Магнит «мед», Увелка «с медом»; Кузя Лакомкин "
           "«глазированные»; Дикси Extra Golden «с корицей и медом») excluded as flavoured variants (plain product, "
           "judgement); multigrain/buckwheat flakes, corn sticks and chocolate «с кукурузными хлопьями» excluded"),
        ("молока 3.2 литр на кашу", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001",
                       "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "1059990140",
                       "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "plain cow drinking milk of exactly 3.2%, any pack and treatment, children's and lactose-free drinking milk "
           "included (Агуша, Тема, Аммм, Зелёная Линия «для детского питания», as in the earlier sets); «литр» is read as the "
           "quantity (milk is sold in 0.9-1 l packs), «на кашу» a purpose; топлёное 3.2% (Северная долина, Эго), Му-у «Для "
           "капучино» (as in set g), ranges 3.2-4% / 3.2-6%, other fat levels, milkshakes excluded"),
    ]),
    # L07 quick dinner: sausages and pasta
    ("сасиски детские кило, макароны ракушки пару пачек, сыр тертый для макарон, огурцов штук 5", [
        ("сасиски детские кило", {
            "pyaterochka": [],
            "magnit": ["c7e784766f"],
            "dixy": ["2000418174"],
            "perekrestok": ["4051414", "4241464"],
        }, "sausages sold for children: Великолукский МК «Детям» (plain and «с кроликом»), Зелёная Линия «Сосиски детские из "
           "мяса птицы»; «кило» is a quantity, «сасиски» a typo; ordinary milk/cream sausages and Вязанка «Молокуши "
           "миникушай» (not titled as children's) are excluded - «детские» is a variety the user wrote"),
        ("макароны ракушки пару пачек", {
            "pyaterochka": [],
            "magnit": ["06594d00ff"],
            "dixy": ["2000437863"],
            "perekrestok": [],
        }, "dry pasta shells: MAKFA «Ракушки» 450 g, Роллтон «Макаронные изделия … Ракушки с оливковым маслом» 400 g (dry "
           "pasta made with olive oil, not a ready dish - judgement); «пару пачек» is a quantity; other shapes (MAKFA «Улитки», "
           "Maltagliati Chifferini, перья, рожки, спагетти, спирали) and chocolate «Ракушки» excluded"),
        ("сыр тертый для макарон", {
            "pyaterochka": [],
            "magnit": ["1000471929", "b10071458c", "8000027253", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784", "4271631"],
        }, "grated hard cheese of any kind (Вкуснотеево «тёртый микс 4 сыра», Landkaas Голландский, grated parmesan of "
           "Dolce Granto / Дольче / Маркет / Зелёная Линия, Маркет «Три Сыра тертый»); «для макарон» is a purpose; cheese in "
           "pieces or slices (incl. parmesan pieces), mozzarella «для пиццы», cream cheese with parmesan and grated garlic "
           "excluded"),
        ("огурцов штук 5", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any kind (гладкие, длинноплодные, среднеплодные, колючие, короткоплодные, Бакинские, packs); "
           "«штук 5» is a quantity; pickled, salted, marinated cucumbers and assortments in jars (Шесть соток «хрустящие» 720 "
           "ml, Дядя Ваня, Globus, Лукашинские), salads, cucumber-scented goods and the stem inside «йогурт» excluded; Дикси "
           "«Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» (sold by weight, priced as fresh "
           "short cucumbers) taken as fresh (outside knowledge)"),
    ]),
    # L08 for herself
    ("кофе якобс монарх большая банка, шоколадку горькую 70% себе, крем для рук себе", [
        ("кофе якобс монарх большая банка", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "88df1b0c73", "01f9dd25ee"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee in the large sizes (150 g and 190 g; Monarch, Monarch Интенс); «банка» means the "
           "instant coffee (ground and bean Monarch are sold in bags) and «большая» names the size, so the 95 g jars (Monarch "
           "95 g, Интенс 95 g) are excluded; whether a 150 g pack is a jar or a doy-pack cannot be told from the titles and "
           "is not used as a filter; Jacobs Gold / Millicano / 3в1, Monarch Miligrano (instant with ground, 70-75 g), "
           "ground Monarch (Пятёрочка «молотый пакет», Дикси, Перекрёсток Monarch Original / Gold Arabica) and beans excluded; "
           "Magnit «Сыр МОНАРХ» is cheese"),
        ("шоколадку горькую 70% себе", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "plain dark chocolate of exactly 70% cocoa (Lindt Превосходный 70%, Alpen Gold Горький 70%, Россия Щедрая Душа "
           "Российский горький 70%, Зелёная Линия «Шоколад на меду классический 70%» - honey instead of sugar, no added "
           "flavour, judgement); dark chocolate of 65/68/75/85% or without a stated % (Бабаевский горький, Коммунарка, "
           "Зелёная Линия «Классический горький на меду» without %), dark chocolate with nuts, fruit or fillings excluded"),
        ("крем для рук себе", {
            "pyaterochka": [],
            "magnit": ["c794634f0e", "189a5f9736", "e127dec47f", "8ba30d9687", "ff70dff03c", "7171bdd902", "82e555d312",
                       "f2604f01c0", "86e9b2a954", "9dc31543ff", "d9fe5d88ec", "dc6c5636fd", "8b97e5c260", "71633d3cb8",
                       "83e3e0ae8a", "d5954b12b2"],
            "dixy": ["2000585455"],
            "perekrestok": ["4250602", "4308267"],
        }, "hand creams of any brand, incl. creams «для рук и ногтей», «для рук, лица и тела» (Бархатные ручки универсальный, "
           "крем-лосьон Пантенол, Deepfresh для рук и тела), крем-бальзам SOS and Consly «крем-сыворотка для рук»; «себе» "
           "is a purpose; hand sanitiser gels, liquid hand soap and the WITH LOVE gift set excluded"),
    ]),
    # L09 school snacks
    ("чипсы лейс маленькие 5 штук, кириешки три пачки детям, орео печенье 2 пачки, вода питьевая 0.5 упаковку", [
        ("чипсы лейс маленькие 5 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036304", "2000330912", "10J0079471", "2000587092", "2000587093", "2000325823"],
            "perekrestok": ["4035356", "4179187"],
        }, "Lay's potato chips of any flavour in the small packs (37-90 g); «маленькие» names the pack and is respected, so "
           "140-225 g packs (Пятёрочка LAYS 225 г, Lay's 140/150 g, Stax 140 g) are excluded; «5 штук» is a quantity; other "
           "brands (Русская картошка, Pomsticks, Хрустящий картофель) and Lay's-lookalike words («Вязанка» sausages) excluded"),
        ("кириешки три пачки детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки in any chain; other croutons (Воронцовские, Хрусteam, Take It, Фишка, 777, BEERKA, Гренковъ, "
           "Рижский хлеб) are other brands - a named brand is required"),
        ("орео печенье 2 пачки", {
            "pyaterochka": [],
            "magnit": ["2d6c3b194d", "2d33544c78", "f4d02d704a"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo sandwich cookies of any filling (original, strawberry, chocolate; 95 g); «2 пачки» is a quantity; Alpen Gold "
           "/ Milka chocolate bars «Орео» and Oreo ice cream are other products"),
        ("вода питьевая 0.5 упаковку", {
            "pyaterochka": [],
            "magnit": ["f54aafe234", "dcf748edda", "c807b47bac", "2553561", "d13e3cd3df"],
            "dixy": ["2000336899", "2000308567", "2000557954", "2000581851", "2000275919", "2000145439", "ЦТ0040414"],
            "perekrestok": ["3922562", "3655717", "3674371", "20389", "70516", "4316384", "4316385"],
        }, "drinking water in 0.5 l bottles, still or sparkling (not specified): titles «Вода питьевая …» (Бон Аква, Aqua "
           "Minerale, Сенежская, Горная вершина, Пилигрим, Первым делом, Tassay, Мензелинка, Маркет, Святой источник "
           "«минеральная питьевая») and Магнит «Вода негазированная ЛЕГЕНДА ГОР Архыз» (plain still water); «0.5» names the "
           "bottle and is respected (0.33, 0.45, 0.75 l and larger excluded); «упаковку» is a quantity; waters titled "
           "mineral or medicinal-table (Боржоми, Ессентуки, Нарзан, Рычал-Су, Набеглави, Нагутская, Багиатти, Архыз "
           "«минеральная», Архыз Вита) and flavoured water (Aqua Bene лимон) excluded"),
    ]),
    # L10 cheap dinner: chicken and mash
    ("окорочка подешевле, картошечки 3 кило на пюре, лучка репчатого кило, майонез провансаль 800", [
        ("окорочка подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken leg quarters (окорочок = thigh with drumstick) in any chain; thighs (Петелинка / Петруха «бедро», "
           "«филе бедра»), the marinated drumsticks «ГОЛЕНЬ КУРИНАЯ … Алабама», wings, breast fillet, whole broilers and "
           "цыплёнок табака are other cuts (as in set vy, «окорочка» does not accept thighs); pork «окорок» is not chicken"),
        ("картошечки 3 кило на пюре", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes of any kind and pack (loose, net, washed white/red, Белорусский, Бэби 2 кг, Чик-Чик 1 кг, "
           "для варки / для жарки 3 кг, отборный, крупный); «3 кило» is a quantity of a weighed good and «на пюре» a purpose; "
           "sweet potato (батат), boiled peeled potatoes, frozen cut potatoes, potato seasonings, chips and dishes with "
           "potatoes excluded; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (outside knowledge, as in set vy)"),
        ("лучка репчатого кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, in a net, packs, red onion «Лук репчатый красный», fresh peeled onions); «кило» is a "
           "quantity; dried and ground onion (Kotanyi, Айдиго), green onion, leek, onion rings and chips excluded"),
        ("майонез провансаль 800", {
            "pyaterochka": [],
            "magnit": ["1728400030"],
            "dixy": ["ЦТ0045065"],
            "perekrestok": ["3193489"],
        }, "Provençal mayonnaise in the 800 pack (Слобода Провансаль 67% 800 мл / 800 г, and Магнит «Слобода Провансаль "
           "67% 750г» - the same 800 ml pack titled by weight, as Магнит also titles Слобода «Оливковый» 750 г where the other "
           "chains say 800; outside knowledge); «800» names the pack and is "
           "respected, so other sizes (Махеевъ Провансаль 770 g, Скит 675 ml, Я люблю готовить 700/900, Московский "
           "Провансаль 700/900 ml etc.) are excluded; 800-size mayonnaises that are not Provençal (Махеевъ / Слобода "
           "«Оливковый», Mr.Ricco «на перепелином яйце», Слобода «на перепелиных яйцах») excluded"),
    ]),
    # L11 kitchen cleaning
    ("fairy 900мл по акции, сиф крем для кухни, перчатки хозяйственные резиновые размер m", [
        ("fairy 900мл по акции", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "bbb10983dd"],
            "dixy": ["2000274013", "2000591971"],
            "perekrestok": [],
        }, "Fairy washing-up liquid of any scent in the 900 ml bottle (Жасмин и алоэ вера, Пьюр&Клин, Нежные руки, Сочный "
           "лимон, Platinum Арбуз); «900мл» names the bottle and is respected (430-650 ml and 1.35 l excluded); «по акции» is "
           "a wish; other brands (AOS, Sorti, Synergetic, BioMio, Palmia, Гарденика, Sanita) excluded"),
        ("сиф крем для кухни", {
            "pyaterochka": [],
            "magnit": ["0ce6bdb83d", "712479b276", "53ce207b14"],
            "dixy": [],
            "perekrestok": [],
        }, "Cif cleaning cream of any scent (Ледяной бриз 450 ml, Актив Лимон, Розовая свежесть 500 ml); «для кухни» is the "
           "use (Cif cream is the universal kitchen/bathroom cream); Cif sprays (universal, glass) are another form, and "
           "other brands' kitchen cleaners (Cillit Bang, Уникум, Synergetic, BioMio, Санита) are not Cif"),
        ("перчатки хозяйственные резиновые размер m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in any chain (nothing titled «перчатки»)"),
    ]),
    # L12 porridge breakfast
    ("кашки быстрого приготовления в пакетиках, овсяные хлопья долгой варки для каши, сливочного масла 82.5% пачку, изюм для каши", [
        ("кашки быстрого приготовления в пакетиках", {
            "pyaterochka": ["3634845"],
            "magnit": ["2123200142", "1000155179", "1000155178", "1000325304", "1000206048", "1000106287", "1000535160",
                       "1000026173", "1000026174"],
            "dixy": ["2000568673", "2000579452", "2000538758", "2000595591", "2000600674", "2000536417", "2000303390",
                     "2000116559", "2000320771", "2000113479"],
            "perekrestok": ["4130513", "4130515", "3453942", "3453945", "3453946", "3480286", "3480283", "3480284", "3480288",
                            "4312717", "4312718", "4043319"],
        }, "instant porridge in portion sachets (30-44 g single sachets and multi-sachet boxes, any grain and flavour): "
           "Быстров, Геркулес, Увелка, Мистраль, Makfa oat and semolina, Lava Lava, Первым делом, Моя цена, Магнит oat and "
           "buckwheat, Пр!ст, Маркет, Пятёрочка «Худеем за неделю» flax porridge 30 g (an instant sachet porridge - outside "
           "knowledge); Перекрёсток «Быстров Овсянка по-новому … 210г» taken as the box of 6 × 35 g sachets (outside knowledge; "
           "the single 35 g sachet is on sale at Дикси); baby cereals in boxes (Nestle, Heinz, Зелёная Линия, Hipp, "
           "Агуша сухая), ready liquid porridges (Агуша, ФрутоНяня 200 ml), ready dishes (Шеф), ordinary flakes, Myllyn "
           "Paras packs, boil-in-bag groats and Yelli «быстрого приготовления, 60г» (pack form not stated) excluded"),
        ("овсяные хлопья долгой варки для каши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "2105514", "3421663", "6752", "3469028", "3933387"],
        }, "long-cooking oat flakes: plain flakes titled «Геркулес» (Геркулес is the long-cooking flake kind - outside "
           "knowledge: under the Russian standard «Геркулес» flakes are cooked about 20 minutes; Русский продукт "
           "традиционный / Монастырский, Любимые традиции Геркулес, Маркет «геркулес», Мистраль «Геркулес Фермерский "
           "цельнозерновой»); quick flakes (Геркулес «быстрого приготовления», «Экстра», Ясно солнышко №1-3, «3-5 мин», "
           "«1 минута», Пр!ст быстрого приготовления) and flakes whose cooking kind is not stated (Магнит ГЕРКУЛЕС «Нежный», "
           "Nordic incl. «Геркулес Финский», Чудесный край Экстра) excluded; steel-cut oats (Лакоме «резаная») are groats, "
           "not flakes; instant sachets and ready porridges excluded"),
        ("сливочного масла 82.5% пачку", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266", "8000045816", "1000521208"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "DI00080070", "2000602271", "2000605413",
                     "10J0079578", "2000509906", "2000581831"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                            "4113532", "3434127", "4055506", "86149", "3369241", "3698785", "3396544", "3657363", "4292462",
                            "4343792", "3699369", "3953367", "4196090", "4135603", "3922315", "3612778", "4310021",
                            "3287314"],
        }, "butter of exactly 82.5% fat, any brand and pack (150-400 g; lactose-free Тысяча Озёр 82.5% included, as "
           "lactose-free milk is milk); «пачку» is a quantity; 82% butters (JALO KERMA, Arla Natura, Молочный знак, President, "
           "Киприно, Natura), 72.5%, chocolate butter 62%, butters without a stated fat and spreads excluded"),
        ("изюм для каши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins (Маркет «Изюм Голден» 250 g, «Изюм светлый» 233 g); «для каши» is a purpose; raisins in chocolate, nut-"
           "and-raisin mixes and everything «с изюмом» (curd masses, biscuits, chocolate, buns) excluded"),
    ]),
    # L13 school sandwiches
    ("хлеб тостовый детям на бутерброды, колбаса докторская получше, сыр гауда в нарезке на бутерброды, масло крестьянское 72.5% пару пачек", [
        ("хлеб тостовый детям на бутерброды", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "sliced toast bread (Коломенский «Хлеб ТОСТОВЫЙ» wheat 320 g and cereal 250 g); «детям на бутерброды» is a "
           "purpose; ordinary loaves, batons and sandwich biscuits (Belvita «сэндвич») excluded"),
        ("колбаса докторская получше", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                       "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "boiled sausage «Докторская» of any maker and pack, whole, mini or sliced (ГОСТ, «Особая», «от шефа», нарезка); "
           "«получше» is a wish, not a filter; «Докторские» frankfurters (Рублёвский) and other boiled sausages excluded"),
        ("сыр гауда в нарезке на бутерброды", {
            "pyaterochka": [],
            "magnit": ["1000452314"],
            "dixy": [],
            "perekrestok": ["4353317", "4003953"],
        }, "sliced Gouda (Село Зелёное «Гауда Премиум нарезка» 130 g, Маркет «Гауда ломтики» 45% and 48% 125 g); «в нарезке» "
           "is a form the user wrote, so Gouda in pieces or by weight (Landkaas, Брест-Литовск, Молокавоз, Маркет 200 g) is "
           "excluded; other sliced cheeses (Maasdam, Tilsiter, Cheddar, Российский, Бутербродный) are other varieties"),
        ("масло крестьянское 72.5% пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000384151", "1000262381", "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "1844000142",
                       "1000457493"],
            "dixy": ["2000401635", "2000288309", "2000538793"],
            "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "4051359", "3423762",
                            "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031", "3406593",
                            "3371288", "4147662", "4068626"],
        }, "butter of 72.5% fat, i.e. the «Крестьянское» kind (outside knowledge: under the Russian butter standard "
           "«Крестьянское» is the 72.5% butter, so 72.5% butters titled without the name - Danke, Брест-Литовск, Молоко Шахунья "
           "ГОСТ, Первым делом, Кунгурский, ЭкоНива, Зелёная Линия lactose-free - are accepted, and Княгининское "
           "«Крестьянское» without a stated % is accepted); «пару пачек» is a quantity; Брест-Литовск «Традиционное 72.5%» "
           "(names another kind), 82.5% and 82% butters, spreads («Кремлевское» 72.5%) and butters without fat or name "
           "(Волгодонское) excluded"),
    ]),
    # L14 quick dinner: cutlets and mash
    ("котлеты замороженные полуфабрикат, пюре картофельное быстрого приготовления пару пакетов, горошек зеленый консервированный 2 банки на салат", [
        ("котлеты замороженные полуфабрикат", {
            "pyaterochka": [],
            "magnit": ["a7684b72ad", "00beea1146", "8706d861f4"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen raw cutlets: Морозко beef / with turkey 330 g, Ложкаревъ chicken «в панировке» 400 g and Дикси Мираторг "
           "«По-киевски» 360 g (Ложкаревъ and Мираторг Kiev cutlets are sold frozen - outside knowledge, the titles do not "
           "say so); chilled cutlets («охлажденные»: Люкс, Петелинка по-киевски, Сливочные, Наша птичка), Мираторг burger "
           "patties (not stated frozen, burger use), Бериложка «Котлета с картофелем» (shelf-stable ready meal), Перекрёсток "
           "«Котлеты домашние» (counter product) and all cutlets with a side dish (Шеф) excluded"),
        ("пюре картофельное быстрого приготовления пару пакетов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000577651", "2000162971", "2000178886", "ЦТ0023259"],
            "perekrestok": ["3614553"],
        }, "instant mashed potato portions (Роллтон «сыр с чесноком и зеленью» 55 g, «с говядиной» 55 g and «с куриным вкусом» 40 g, Доширак «со "
           "вкусом курицы» 40 g, Пр!ст «с сухариками и со вкусом курицы» 40 g): instant mash is sold only seasoned, so the "
           "seasoning is not read as a different product (judgement); «пару пакетов» is a quantity; Дикси «Бизнес меню» "
           "mash with chicken fillet (a meal), Кунцево 240 g and Перекрёсток «Картошечка» 250 g (not stated to be instant), "
           "ready chilled mash (Перекрёсток Select) and dishes «с картофельным пюре» excluded"),
        ("горошек зеленый консервированный 2 банки на салат", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842", "19134",
                            "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744", "3360308", "3026306",
                            "4380317", "4211849", "2035571", "4192227", "4188483", "4011800", "3504837", "3447858"],
        }, "canned green peas of any brand and can (incl. «молодой», «нежный», «деликатесный», «без сахара», Green Ray and 6 "
           "соток «Горошек … молодой» without the word «зеленый», Зелёная Линия «Горошек Изысканный» 450 g - a canned "
           "green-pea line, outside knowledge - and the 4.15 kg Бояринъ can); «2 банки на салат» is a quantity and a "
           "purpose; frozen peas, peas with carrots (Bonduelle Expert), fresh sugar peas «Горошек сладкий», pea "
           "microgreens, pepper «горошек» and dog food excluded"),
    ]),
    # L15 children's dairy favourites
    ("йогурт питьевой чудо клубничный, растишку детям, актимель детям, творожок агуша 4 штуки", [
        ("йогурт питьевой чудо клубничный", {
            "pyaterochka": [],
            "magnit": ["1000201629", "1000080819"],
            "dixy": [],
            "perekrestok": [],
        }, "Чудо drinking yoghurt with strawberry (Клубника-земляника 1.9%, 260 g and 680 g); Чудо drinking yoghurts of other "
           "flavours (дыня-манго-персик, черника-малина, персик-абрикос, ягодное мороженое), Чудо milkshakes «Клубника» "
           "(a milkshake, not yoghurt), Чудо curd desserts, and the 2% 290 g «Йогурт Чудо Клубника земляника» (not titled "
           "drinking; the drinking line is the 1.9% one) excluded"),
        ("растишку детям", {
            "pyaterochka": ["3476289", "3463087", "3503854"],
            "magnit": ["1000211109", "8000022363", "1000559788", "1000568730", "1059990444", "1000334603", "8000022358",
                       "1000187936"],
            "dixy": ["2000280864", "2000216292"],
            "perekrestok": ["3629034", "4356575", "4023796", "4341332"],
        }, "Растишка children's curds and yoghurts, spoonable or drinking, any flavour (Пятёрочка abbreviates «РАСТИШ.»): "
           "a brand without a product word is read as its classic small-pot products (judgement); Растишка milkshakes "
           "(«Коктейль молочный Растишка») are a different product and are excluded; «детям» is a purpose"),
        ("актимель детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548338", "DI00081163"],
            "perekrestok": ["4223188", "4223178", "4223187", "4223185"],
        }, "Actimel fermented milk drinks of any flavour (95 g/ml bottles); «детям» is a purpose (no Actimel Kids is on sale); "
           "Пятёрочка DANONE «АКТ.» / «АКТИВ.» bio-yoghurts are Activia, not Actimel (judgement from the 870 g packs and "
           "«Биойогурт»)"),
        ("творожок агуша 4 штуки", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015", "1812432014",
                       "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "Агуша children's curd (творог детский, classic and fruit, 80-100 g pots); «4 штуки» is a quantity; Агуша "
           "yoghurts, kefir, ryazhenka, milk, porridges, purées and drinks excluded"),
    ]),
    # L16 laundry 2
    ("белизну бутылку для белого, персил капсулы для стирки большую пачку, мыло хозяйственное пару кусков, тайд для цветного", [
        ("белизну бутылку для белого", {
            "pyaterochka": ["3413434"],
            "magnit": ["2de571f286"],
            "dixy": [],
            "perekrestok": [],
        }, "chlorine bleach for white laundry («белизна» is the everyday name of chlorine bleach): Пятёрочка «Sanfor, гель "
           "белизна, 3в1, 700 г» (titled белизна; a chlorine gel that also bleaches laundry - outside knowledge) and Магнит "
           "«Отбеливатель ACE, Гель, автомат, 1л» (a bottled laundry bleach gel; ACE's bleach is chlorine-based - outside "
           "knowledge, judgement); «бутылку для белого» is a quantity and a purpose; the oxygen bleach titled «без хлора» "
           "(Synergetic) contradicts «белизна», the ACE Окси powder and stain removers are other products"),
        ("персил капсулы для стирки большую пачку", {
            "pyaterochka": [],
            "magnit": ["f5edcc47aa", "dfc8938c0a", "cea1351bf5"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil laundry capsules in the large packs (28 and 42 capsules: Дуо-капс Колор 42, Дуо-Капс Колор 360 28, Дуо-Капс "
           "Свежесть от Вернель 360 28); «большую пачку» names the pack, read as the big 28-42 packs, so the 10-21 packs are "
           "excluded; Persil gels and powders and other brands' capsules excluded"),
        ("мыло хозяйственное пару кусков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap in any chain; toilet soaps (Palmolive, DURU, Safeguard, Absolut, «Банное», Заводъ братьевъ "
           "Крестовниковыхъ) and liquid soaps are other products"),
        ("тайд для цветного", {
            "pyaterochka": [],
            "magnit": ["bed5eabde5", "0207f79fb1", "f400bf3623"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide detergents for coloured laundry of any form (powder «Колор, автомат» 2.5 kg, children's «детский колор» "
           "powder 2.4 kg, liquid «Колор» 975 ml); Tide products not for colour (Автомат «Детский» powder, gel capsules "
           "«Альпийская свежесть») excluded"),
    ]),
    # L17 paper and hygiene
    ("туалетная бумага 12 рулонов самую дешевую, полотенца бумажные пару рулонов на кухню, салфетки влажные детские пару пачек, зубную пасту детскую 2 тюбика", [
        ("туалетная бумага 12 рулонов самую дешевую", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "939f14debe", "013f5191a0", "2300103434"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls (Familia Плюс, Zewa Делюкс Ромашка, Zewa Плюс, Zewa Plus Свежесть океана); "
           "«12 рулонов» names the pack and is respected, so packs of 4, 6 and 8 rolls are excluded; «самую дешевую» is a "
           "wish; moist toilet paper, facial tissues and toilet water/soap excluded"),
        ("полотенца бумажные пару рулонов на кухню", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3", "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels in rolls, any pack (1, 2 or 4 rolls: Soffione Maxi / Дольче густо / Меню, Papia Decor, Софт "
           "Люкс, Zewa Премиум Декор, Zewa 2-слойные); «пару рулонов на кухню» is a quantity and a purpose; napkins, facial "
           "tissues and wet wipes excluded"),
        ("салфетки влажные детские пару пачек", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "bd449a17ff"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes sold as children's (Huggies Elite Soft, Pampers Kids hygiene / New Baby / Аква Пьюр, Каспер «Детские» 15 "
           "and 120); «пару пачек» is a quantity; antibacterial, universal, intimate and surface wipes and Аура «Солнце и луна» "
           "(not titled as children's) excluded"),
        ("зубную пасту детскую 2 тюбика", {
            "pyaterochka": [],
            "magnit": ["4ad21b8537", "65db2383ee", "d5a001b980", "ac505bb49a", "812ec1602a", "6aa3b9d65b", "be146bf29a",
                       "cb6a253762", "c0230164e2"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "children's toothpastes of any age band (Colgate 3-5 and 6-9 лет, Colgate «Доктор Заяц» - Colgate's children's "
           "paste, outside knowledge, the title does not say «детская», Synergetic «Детская», Дракоша, Splat Джуниор / Джуси / "
           "Кидс / Juicy Lab); «2 тюбика» is a quantity; adult toothpastes excluded"),
    ]),
    # L18 for herself
    ("шампунь для окрашенных волос себе, бальзам-ополаскиватель для волос себе, винишко красное полусладкое себе", [
        ("шампунь для окрашенных волос себе", {
            "pyaterochka": [],
            "magnit": ["47dd0ace9e", "337e57b951"],
            "dixy": [],
            "perekrestok": [],
        }, "shampoos for coloured hair (Fructis «Стойкий цвет», Elseve «Эксперт цвета / Цвет и блеск»); «себе» is a purpose; "
           "shampoos for other hair types, anti-dandruff, 2-in-1 and conditioners excluded"),
        ("бальзам-ополаскиватель для волос себе", {
            "pyaterochka": ["3299592", "60574"],
            "magnit": ["6644dbe523", "f60da7dd8b", "356880dfe6", "7003a88dfe", "2fb7a38128", "69c05297bf", "e985f49d8e",
                       "c4fbd550e2", "b43b0f19f5", "cb5e7a8633", "9a2ede0117", "d2653503fe", "6752935c12", "0281096ce8",
                       "78bafdc769", "082258b855", "8e56d1b7de", "3e28c4a759", "6bffb22a88", "be00c76191", "d0aaff95c2",
                       "c83fc7b14c", "e737673322", "bc8c60bc14", "bca1f41506", "58a723ea4a", "c2fc076665", "7e86cf8beb",
                       "896ba7e2fc", "a71f353023", "da3319321d", "8f67542b0e", "d17d426d5a", "1845c979e5", "3cb45970fd",
                       "5d1b930dbf", "26f754d9d5", "b38d85f1ab", "18521c80c2", "8ad064cec5", "31ab318518", "50a1b58d96",
                       "828e73ee75"],
            "dixy": [],
            "perekrestok": ["4093199", "4124055"],
        }, "rinse-off hair balms / conditioners of any brand and hair type («Бальзам для волос», «Бальзам-ополаскиватель», "
           "«Кондиционер для волос» Tresemme / Wella, Dove «Супер-кондиционер 1 минута», Pantene «Сыворотка-ополаскиватель»); "
           "«себе» is a purpose; leave-in products (Pantene Мираклс «несмываемый», Gliss Kur «Экспресс-кондиционер» and "
           "the 200 ml Gliss Kur «Кондиционер … Экстремальное восстановление» priced like the express spray - judgement), "
           "tinting balms (Концепт «оттеночный»), 2-in-1 shampoos, hair masks, Рижский бальзам, after-shave balms and "
           "laundry conditioners excluded"),
        ("винишко красное полусладкое себе", {
            "pyaterochka": [],
            "magnit": ["c3218b92fb", "e1cde288c4", "0e0c3d3d4d", "422ca8240c", "d90b597fa5", "e65c3b24c9", "198320d451",
                       "a55e1bb510", "7e25f1bcfc", "5d359998e9", "72783f8fe2", "c037b3aa2c", "38f336a123", "089de7865d",
                       "db5a7debdf"],
            "dixy": [],
            "perekrestok": ["3502821"],
        }, "still red semi-sweet wine of any origin and size (0.75-3 l, incl. Luisa Ciao Саперави 3 l, Киндзмараули, "
           "Хванчкара, Алазанская долина); «винишко» is a diminutive of «вино»; sparkling wines (Lambrusco, Лыхны игристое), "
           "red dry / semi-dry, white and rosé wines, port, sangria and vermouth excluded"),
    ]),
    # L19 pancakes
    ("мука для блинов 2 кг, сгущенка рогачев 2 банки на блины, сахарный песок мешок 5 кг", [
        ("мука для блинов 2 кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "2000317163", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495", "3681817",
                            "4262616", "2037765", "3626914", "2107396", "3394693", "2112692"],
        }, "white wheat flour (высший сорт, хлебопекарная, экстра) in 2 kg packs: «для блинов» is read as the purpose "
           "(pancakes are made of ordinary wheat flour) and «2 кг» as the pack size (as «мука в/с 2 кг» in set vy), so the "
           "pancake mixes «Мука блинная» (Пышечка, С.Пудовъ, Маркет), sold only in 1 kg packs, and all 1 kg flours are "
           "excluded (judgement); whole-grain, rye, rice, corn, gluten-free and other special flours and Тихорецкая «особая» "
           "(kind of flour not stated) excluded"),
        ("сгущенка рогачев 2 банки на блины", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000383833", "1000129520"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачёв sweetened condensed milk (цельное / с сахаром 8.5%, 270-380 g); «2 банки на блины» is a quantity and a "
           "purpose; Рогачёв boiled condensed milk (вареное, «Егорка вареное») and «с кофе» excluded (as in set g, «сгущенка» "
           "is not варёнка), other brands' condensed milk and Рогачёв butter excluded"),
        ("сахарный песок мешок 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214172"],
            "perekrestok": [],
        }, "white granulated sugar in a 5 kg bag (Дикси «Сахар-песок фасованный белый, 5 кг»); «мешок 5 кг» names the pack and "
           "is respected, so 750 g-1 kg packs are excluded; lump, pressed, cane and coconut sugar excluded"),
    ]),
    # L20 fruit and school bars
    ("яблочки сладкие детям, мандарины полкило, сок апельсиновый 2 л, батончики мюсли детям в школу", [
        ("яблочки сладкие детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074363", "10E0076185", "2000499049"],
            "perekrestok": ["48645", "99994", "3366336", "3366339", "4047904", "4039875", "4194479", "4152138", "4194477",
                            "3366324", "4152181", "4097665", "4258744", "3366346", "3980656", "4287238", "4374590", "4381176",
                            "4271017", "4381173", "3366344", "4047903", "79341", "77001777", "4381179", "2168511", "81962",
                            "4208423", "3616014", "3283268", "4194480", "3639577", "4342539", "4341473", "4286927", "4258743",
                            "3356276"],
        }, "fresh apples of any variety and pack; «сладкие» is a taste wish, not a title filter (like «мясистый» in set vy), "
           "but the varieties known for being sour - Гренни Смит, Симиренко and the packs sold as «зеленые» apples - "
           "contradict it and are excluded (outside knowledge; this removes Магнит's only apples); «детям» is a purpose; "
           "apple juice, purée, chips, dried apples, fruit mixes and apple-flavoured goods excluded"),
        ("мандарины полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); «полкило» is a quantity of a weighed good; mandarin-flavoured drinks, "
           "olives «с мандарином», juices and sweets excluded"),
        ("сок апельсиновый 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no orange juice in a 2 l pack in any chain: «2 л» names the pack and is respected; the orange juices on sale are "
           "0.3-1 l (Дикси J7, Rich, Я), and nectars, «сокосодержащие» drinks (Добрый Pulpy, Любимый, Вкусно Сок), "
           "multi-fruit juices and smoothies are not orange juice"),
        ("батончики мюсли детям в школу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227732"],
            "perekrestok": ["4211374", "3455919", "3455922", "3600317", "3600318", "3600319", "4304777", "3407418"],
        }, "muesli / cereal bars: titles «Батончик-мюсли» (Bombbar, ДиYes, Здоровый Перекус, ПП) and Gerber «злаковый» / "
           "«Фруктово-злаковый» bars; «детям в школу» is a purpose; fruit bars (Пятёрочка «Фруктовый батончик … злаки», "
           "ФрутоНяня fruit-and-cereal bar titled by its fruits), nut and nut-fruit bars (Nut&Go, Pikki, R.A.W., Reeel, Raw "
           "to Go), pastila bars, protein and chocolate bars, loose muesli and yoghurts with muesli excluded"),
    ]),
    # L21 kids' dinner
    ("наггетсы куриные большая пачка, картошка фри замороженная пачку, пицца замороженная 2 штуки, соус сырный к наггетсам", [
        ("наггетсы куриные большая пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken nuggets in a large pack anywhere: «большая пачка» names the pack and is respected (as «сметана 15% "
           "большую»), and the only chicken nuggets on sale are the ordinary 300 g packs (Магнит Мираторг «Хрустящие», "
           "Золотой петушок «традиционные»); turkey nuggets (Индилайт), strips (Золотой петушок «Вкусняшки», Мираторг "
           "стрипсы) and breaded cutlets are other products"),
        ("картошка фри замороженная пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000553851"],
            "perekrestok": ["4326042", "3489169"],
        }, "frozen French fries (И зимой и летом «Картофель фри» 700 g, Маркет «Фри замороженный» 700 g, Маркет «фри дольки» "
           "400 g - wedges sold as фри); «пачку» is a quantity; Пр!ст «Картофель резаный быстрозамороженный» (cut not "
           "stated), fresh potatoes, potato dishes and vareniki excluded"),
        ("пицца замороженная 2 штуки", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530", "4327678"],
        }, "frozen pizzas of any topping: Dr.Oetker Ristorante, Ла Траттория, Цезарь, Zotman Ice, Маркет Collection «Пицца "
           "Римская» (the titles do not say frozen; these brands are sold frozen - outside knowledge, as set d took Цезарь "
           "pizza as frozen); «2 штуки» is a quantity; Горячая штучка «Чебупицца» (a filled snack, not a pizza) and pizza "
           "mozzarella excluded"),
        ("соус сырный к наггетсам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000167842", "2000158954"],
            "perekrestok": ["4372003"],
        }, "cheese sauces (Heinz «Сырный» 230 g, Astoria «майонезный Сырный» 233 g, Перекрёсток Select «Сырный майонезный» "
           "35 g dip); «к наггетсам» is a purpose; dishes in cheese sauce, cheese itself and cheese-flavoured snacks excluded"),
    ]),
    # L22 chicken soup
    ("суповой набор куриный на суп, вермишель паутинка для супа, морковка пару штук на суп, кубики бульонные пачку", [
        ("суповой набор куриный на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken soup set in any chain; Дикси «Набор для супа Слово мясника» is a pork soup set (Слово мясника's "
           "other goods are pork: goulash, ribs - judgement) and is excluded because «куриный» is written; chicken wings, "
           "beef «для бульона» and ready soups are other products"),
        ("вермишель паутинка для супа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "vermicelli sold as «Паутинка» (Makfa «Паутинка» 450 g); «паутинка» is a named shape, so other thin short "
           "vermicelli not titled паутинка (Barilla «Филини», Makfa «Короткая тонкая», Шебекинские «лёгкая», Верони, "
           "группа А/В) are left out (judgement: the shapes are close, but the titles do not name паутинка), as are long "
           "capellini, spinach vermicelli, funchoza and instant noodle soups; «для супа» is a purpose"),
        ("морковка пару штук на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots of any pack (loose, washed 200 g-1 kg, on a tray, mini 250 g, «для сока» 1 kg); «пару штук на суп» "
           "is a quantity and a purpose; Korean carrot salads, carrot juice, frying mixes with carrot and the funchoza "
           "assortment excluded"),
        ("кубики бульонные пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000185087"],
            "perekrestok": [],
        }, "bouillon cubes: Дикси «Бульон говяжий Роллтон Домашний, 90/100 г» (sold as a pack of 10 g cubes - outside "
           "knowledge, the title does not say «кубики»); flavour not specified; seasonings (Maggi, Knorr, Gallina Blanca "
           "«Приправа»), frying mixes, mozzarella «кубики» and diced fruit excluded"),
    ]),
    # L23 fish dinner and breakfast
    ("минтай филе замороженное кило, рис длиннозерный пару пачек на гарнир, творог 5% 2 пачки на сырники, чай черный в пакетиках 100 штук", [
        ("минтай филе замороженное кило", {
            "pyaterochka": [],
            "magnit": ["21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pollock fillet (Магнит «Минтай МАГНИТ филе без кожи свежемороженый» 600 g); «кило» is a quantity; Магнит "
           "«МИНТАЙ филе, полуфабрикат из замороженного сырья, 1кг» is a thawed counter product, not frozen (judgement from "
           "«полуфабрикат из замороженного сырья»), so it is excluded as «замороженное» is written; pollock «тушка», mince, "
           "roe and fish cakes excluded"),
        ("рис длиннозерный пару пачек на гарнир", {
            "pyaterochka": ["3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000261091"],
            "perekrestok": ["3674166", "57930", "3603168", "3469129", "3469126"],
        }, "ordinary long-grain rice whose title says «длиннозерный/длиннозерновой/длинный», white or parboiled, loose or "
           "in boiling bags (Индика, Увелка, Агро-Альянс, Зернышко к зернышку, Мистраль Янтарь, Маркет); «пару пачек на "
           "гарнир» is a quantity and a purpose; aromatic basmati and jasmine (as in set vy), round-grain, Краснодарский, "
           "Адриатика, Бальдо, Пилаф, Испанский, brown rice and parboiled rice whose grain length is not stated (Националь "
           "«Пропаренный золотистый», Зернышко «пропаренный», Маркет / unbranded «пропаренный шлифованный») excluded"),
        ("творог 5% 2 пачки на сырники", {
            "pyaterochka": [],
            "magnit": ["1000563526", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658", "8000030462",
                       "1000377235", "1720c2be05", "9aeeb10b64", "1000512632", "c7f0f0e5ec", "2400019178", "1000372786",
                       "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037", "1000453157",
                       "1000426473", "161690c563", "1000448251", "1000400388", "1000535923"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000584511",
                     "2000227595", "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4294066", "3668864",
                            "4274201", "3279582", "3617778", "4223080", "4324116"],
        }, "plain cottage cheese of exactly 5%, any texture and pack (traditional, рассыпчатый, мягкий/нежный, зерненый in "
           "cream, from baked milk, lactose-free Parmalat, children's plain биотворог 5%); «2 пачки на сырники» is a quantity and a purpose; "
           "flavoured curds (manga-maracuja, with jam, кокос-миндаль), curd desserts, masses, cheesecakes, 4.5% and 5.5% "
           "curds and cream cheese excluded; Пятёрочка has only fat-free curd"),
        ("чай черный в пакетиках 100 штук", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "262636efc4", "539736f8c3", "1305f039da", "c237948667", "79c875b985",
                       "f528489d63", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f"],
            "dixy": ["2000520549", "2000289445", "2000568232", "2000224056", "2000295224"],
            "perekrestok": ["3378336", "2147890", "3662837", "2070399"],
        }, "plain black tea in packs of 100 bags (Dilmah, Riston, Принцесса Нури / Канди, Beta Tea, Kensington Classic Ceylon, "
           "Curtis Delicate Black, Тесс Кения, Ahmad Классический, Akbar, Richard English Breakfast / Роял Цейлон, Greenfield "
           "English Edition / Kenyan Sunrise / Золотой Цейлон, Майский, Азерчай Букет); «100 штук» names the pack and is "
           "respected (25-bag packs excluded); flavoured black teas (Earl Grey / бергамот, чабрец, Тесс Сиеста / Pleasure / "
           "Forest Dream, Greenfield Spring Melody), green teas and loose tea excluded"),
    ]),
    # L24 tea time
    ("печенье топленое молоко большая пачка, вафли яшкино побольше, зефирчик к чаю, несквик какао детям", [
        ("печенье топленое молоко большая пачка", {
            "pyaterochka": [],
            "magnit": ["776c87216f"],
            "dixy": [],
            "perekrestok": [],
        }, "biscuits «Топлёное молоко» (Белогорье «Аромат, Топленое молоко» 340 g); «большая пачка» names the pack: 340 g is "
           "a large biscuit pack (ordinary biscuit packs are 100-250 g; judgement) and it is the only one on sale; wafers "
           "«топленое молоко» (Коровка, Пр!ст), cheese «Топленое молоко» and baked-milk dairy excluded"),
        ("вафли яшкино побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Яшкино wafers in any chain; Магнит «Вафельные рулетики ЯШКИНО, сгущенное молоко» are wafer rolls, a different "
           "product from flat wafers (judgement); other brands' wafers (Коломенское, Lucky Days, Коровка, Джек, Пр!ст) are not "
           "Яшкино; «побольше» is a wish"),
        ("зефирчик к чаю", {
            "pyaterochka": ["3681423", "3624914", "3416715"],
            "magnit": ["44889a6882", "d36e332be7", "3fbb186d83", "3ff40fc3af", "4ea7ba519e"],
            "dixy": ["2000561712", "2000561711", "2000601891"],
            "perekrestok": ["3423621"],
        }, "unglazed zefir of any fruit or berry (бело-розовый, Антоновка, клубника, клюква, брусника, смородина, малина, "
           "ваниль-малина, яблочный, Doni Zefironi): zefir is always a fruit zefir, so the fruit is not read as a flavoured "
           "variant (judgement); «к чаю» is a purpose; chocolate-coated zefir (Шармэль «в шоколаде», Старые традиции «в "
           "шоколадной глазури»), the Пастухова dessert and marshmallows excluded"),
        ("несквик какао детям", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik instant cocoa drink (Пятёрочка «NESQUIK Напиток быстрораств.с какао 500г»); «детям» is a purpose; other "
           "cocoa drinks (Хрутка, Скрепыши, Чукка) and cocoa powders are not Nesquik"),
    ]),
    # L25 bathroom and herself
    ("пемолюкс 2 штуки, чистящее средство для ванной, освежитель воздуха в туалет подешевле, гель для душа для себя", [
        ("пемолюкс 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000223736"],
            "perekrestok": [],
        }, "Пемолюкс scouring powder (Дикси «Пемолюкс» Лимон 480 g); «2 штуки» is a quantity; other scouring powders (Comet, "
           "Пр!ст) and cleaning creams are not Пемолюкс"),
        ("чистящее средство для ванной", {
            "pyaterochka": [],
            "magnit": ["ccbfb92788", "8aefb6c0cc", "f685b8e25c", "5f2770a277", "471769ce1a", "1cb5d26b19", "108066509c",
                       "809f6fa41f", "0e23c9de68"],
            "dixy": [],
            "perekrestok": [],
        }, "cleaners titled for the bathroom or for bathroom fixtures («для ванной», «для уборки ванной комнаты», «для "
           "акриловых ванн и душевых кабин», Cillit Bang «для ванны», BioMio «Спрей для чистки ванны», «для сантехники»: Synergetic gel and acid cleaner, "
           "Майне Либе spray, Грасс Глосс); «для ванной» names the kind of cleaner; toilet-only cleaners («для унитаза», "
           "Grass WC-gel, Bref, Туалетный утенок, Harpic), universal cleaners (Domestos, Cif, Sanfor, Glorix, Mr.Proper), "
           "limescale removers not titled for the bathroom (Cillit Bang «от налета и грязи», «Антиналет+блеск», Bref «анти-"
           "налёт»), the UNICUM mould remover (a special product), drain cleaners and scouring powders excluded"),
        ("освежитель воздуха в туалет подешевле", {
            "pyaterochka": ["20712", "3411982", "3212818", "38668", "61286bc1eb"],
            "magnit": ["50ca75614b", "c6a21854cd", "201fbef8c1", "e19d49ff10", "a96fb4722f", "e2fc4a6650", "ac28f14d0a", "4c2ba72398",
                       "cb27516695", "42fe42c702", "a9459b85ec", "3ab0089226", "f5c85ed1cb", "d577be321d", "82650cc4a1",
                       "ab92bcd615", "d012e0d603", "a83cb55b28", "7502cd94c3", "d41ae64cf3", "3df85dde9e", "1c784cc14c",
                       "d29ec4524b", "5d8947bd9a", "d373502e47", "8bf9c6d772", "668a740138", "2af5feac40"],
            "dixy": [],
            "perekrestok": ["3974933", "4370042", "4246858", "4212613"],
        }, "air fresheners usable on their own: aerosols (Glade, Air Wick, Симфони, Магнит, Liberhaus, Synergetic, Arluni) and "
           "complete sets (Air Wick «250мл+держатель», Air Wick diffuser + bottle); «в туалет» is a purpose, «подешевле» a "
           "wish; refills for automatic dispensers («сменный баллон/блок», «запасной блок», Glade Автоматик refills, Air Wick "
           "Life Scents / Пьюр refills, aroma oil) and automatic-dispenser cans not stated to include the device "
           "(Пятёрочка «GLADE Освеж.AUTOM.», Перекрёсток Air Wick «Freshmatic» 250 ml) excluded (judgement); toilet rim "
           "stickers and blocks are toilet cleaners, not air fresheners"),
        ("гель для душа для себя", {
            "pyaterochka": ["2133696", "3007926"],
            "magnit": ["36a7babd60", "5ffca390ec", "c6a9be396e", "0e73965fab", "20ccdd6391", "9aef66f381", "0a8c13cfae",
                       "5fc21b640d", "9bbd37d676", "d2dce71434", "e9f0c13a1d", "6a742f49c1", "dc5c2dff0f", "2fb09fd462",
                       "a75a504c4b", "21f7b36949", "ecdf943e39", "fcfc8492ea", "02ea799c6d", "fb9c80c277", "1bcd487746",
                       "056095b61f", "c8870b453a", "c8ade01c51", "d6e59761cf", "b52306dd19", "f6184e3882", "b69125b58a",
                       "bd94ee174a", "68616c4166", "6304efaae1", "d17e3511fe", "5fcf69b341", "f59cbc4eb7"],
            "dixy": ["2000581931", "2000339502", "2000267924", "2000602997", "2000602996"],
            "perekrestok": ["4317631", "4299673", "3327880", "3495277", "4144585", "4250600", "4104314", "4095376", "4353947",
                            "3505877", "3664431", "4234621", "4218768", "4112906", "4348829", "4356504", "3664430", "3958230",
                            "3415583", "4319542"],
        }, "shower gels and cream-gels for women or unisex, any brand and size (incl. Dixy sets of a shower gel with a "
           "sponge); «для себя» - the user is a mother buying for herself - is read as excluding products made for men "
           "(«Мен», «мужской», Axe, Old Spice, FA Men, Nivea Men and the Nivea «Энергия/Заряд чистоты» assortment that "
           "includes the men's «Заряд чистоты») and for children (детский, Бебл, Гонки, «Моё Солнышко» - a baby brand, "
           "outside knowledge) (judgement); 2-in-1 shampoo-gels, deodorants, bath foams and soaps excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuhNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuh\d\d ===$", line):
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
                    errors.append("fuh%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuh%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuh"))
