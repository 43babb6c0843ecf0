#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ww.jsonl -- shopping lists of an elderly widower who has just started
cooking for himself, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ww.build.py

LISTS below is literal data: 25 lists (3-5 items) written the way such a man types them to a Telegram
bot -- his late wife's old names, exact sorts and brands («как Валя брала», «по госту», «рогачевскую»,
«крестьянское 72.5»), simple ready food (пельмешки, котлеты, пюре, оливье) and household items -- and
for every item the product ids of every store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written, and saved as fresh_basket_eval_ww.blind_lists.txt (read-only),
before any offer was read.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by
one; the note of each item records what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
Nothing of korzina was read or run.

The script checks that every list text equals the blind draft (apart from the items in REPLACED), then
calls labelled_lists.build (every id exists in real_offers_g.jsonl *for that store* and is in stock, no
id repeats within an item, every item has a note, the labels are exactly the list's items in order) and
labelled_lists.stats.  List ids are fww01, fww02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ww.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ww.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# (list id, item as in the blind draft, item as labelled).
REPLACED = [
    ("fww07", "белизна для белья", "отбеливатель для белого белья"),
]

E = []  # an empty store list: nothing acceptable there


def S(pyaterochka=E, magnit=E, dixy=E, perekrestok=E):
    """The four stores' accepted ids, in the order labelled_lists.STORES expects."""
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fww01 bread, kefir, saury
    ("дарницкий хлеб половинку, кефирчик 3.2% литровый, сайры натуральной 2 банки", [
        ("дарницкий хлеб половинку", S(
            perekrestok=["3974720", "3627134", "3953836", "2053660"],
        ), "Дарницкий (rye-wheat) bread in half-size loaves of 320-350 g (Маркет 350 г, Пр!ст «часть изделия» 325 г, "
           "Коломенское 350 г, Щелковохлеб 320 г); whole 650/700 g loaves (Пр!ст 650 г, Хлебозавод №22 700 г) excluded "
           "because he asked for a half; the brand Дарница («Двинский», «ржаной подовый половинка») is a brand-word trap. "
           "Judgement: 320-350 g loaves taken as the half-loaf"),
        ("кефирчик 3.2% литровый", S(
            pyaterochka=["3433425"],
            magnit=["9cbe548621", "1000531928", "1000143510", "790e8c96de", "1000350609", "48045cf20b", "1899800795",
                    "1000307731"],
            dixy=["2000253973", "2000208649", "DI00081047", "2000331970"],
            perekrestok=["3668693", "4198906", "3433425", "2083868", "3467795", "3682461", "97452", "3922310",
                         "4045978"],
        ), "kefir of exactly 3.2% in the litre-class pack (900 ml - 1 l / 900 g - 1 kg, the written size matched "
           "within 10 %), incl. Домик в деревне «Вкусный вечер»; 175-500 ml packs, ranges 3.2-4 %, Агуша children's "
           "kefir, 1/2.5 % kefir and «кефирный продукт» excluded"),
        ("сайры натуральной 2 банки", S(
        ), "no saury in any store (grepped сайр/saury); canned sardines and mackerel «натуральная» are other fish"),
    ]),
    # fww02 cooking basics
    ("кильку в томатном соусе 2 банки\nкартофель мытый 3 кило\nлучок репчатый желтый\n"
     "масло подсолнечное нерафинир. пахучее как Валя брала", [
        ("кильку в томатном соусе 2 банки", S(
            magnit=["b755c9549a"],
        ), "Доброфлот Baltic sprat in tomato sauce; ЛААТСА «обжаренная с чили» (a spicy variant) and шпроты in oil "
           "excluded; «2 банки» is a quantity"),
        ("картофель мытый 3 кило", S(
            dixy=["2000003215", "2000321309"],
        ), "potatoes whose title says «мытый» (Дикси white and red washed, packed); loose, netted or packed potatoes "
           "not stated washed (Дикси «Картофель», «Белорусский, в упаковке»; all Перекрёсток potatoes), батат, boiled, "
           "fried and frozen potatoes excluded; «3 кило» is the quantity wanted"),
        ("лучок репчатый желтый", S(
            dixy=["10E0074356", "2000270979"],
            perekrestok=["45463", "3969", "81209", "3016772", "3368253"],
        ), "fresh bulb onion (loose, netted, packed, peeled); red onion, dried/ground onion and onion-flavoured snacks "
           "excluded. Judgement: plain «лук репчатый» taken as the ordinary yellow onion (no title states the colour)"),
        ("масло подсолнечное нерафинир. пахучее как Валя брала", S(
            dixy=["2000290945", "2000296713", "2000559953"],
            perekrestok=["4067112", "4307791", "3608379", "74883", "3653773", "4311768", "3683883", "2071663"],
        ), "unrefined sunflower oil of any brand/size, incl. Ароматы Жизни «из жареных семечек»; refined oils, oils "
           "with no refining stated (Аведовъ), high-oleic Getuva (a mild new type, not the aromatic oil), blends with "
           "olive/linseed/almond oil and flavoured oils excluded; «пахучее», «как Валя брала» are wishes"),
    ]),
    # fww03 quick supper
    ("пельмешки самые дешевенькие, сметаны 20% баночку одну, батон нарезной как раньше", [
        ("пельмешки самые дешевенькие", S(
            pyaterochka=["b2a466763c"],
            magnit=["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4", "dabbb02c05",
                    "f4f41d5103", "72632b1f85"],
            dixy=["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596853", "2000596852",
                  "2000596851"],
        ), "frozen meat pelmeni of any brand/filling incl. chicken; Перекрёсток Четверг fish pelmeni with spinach, "
           "хинкали and ravioli excluded; «самые дешевенькие» is a wish, not a filter. Judgement: Дикси «Бигбули» and "
           "«Бульмени» Горячая штучка taken as pelmeni (Пятёрочка and Магнит title the same lines «Пельмени»)"),
        ("сметаны 20% баночку одну", S(
            magnit=["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                    "1000429067", "1000574404", "1000574405"],
            dixy=["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            perekrestok=["4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029", "4072176",
                         "4376610", "3181748", "4095524", "4250761", "3166306"],
        ), "plain sour cream of exactly 20 %, any pack; 10/15/25/30 %, Пятёрочка «пикантная с чесноком», «сметанный» "
           "mayonnaise and cheese «Сметанковый» excluded; «баночку одну» is the quantity"),
        ("батон нарезной как раньше", S(
            perekrestok=["2065120", "3680023", "4102687", "4329402"],
        ), "white loaves titled «Нарезной» (Коломенское, Пр!ст «классический», Маркет, Маркет «улучшенный»); other "
           "batons (Утренний, Отрубной, Горчичный, Зерновой, Молочный, Новый, «к завтраку») and Перекрёсток's plain "
           "«Батон, 300г» of unstated sort excluded; батончики are a trap"),
    ]),
    # fww04 pantry
    ("гречки ядрицы пачки 2 по кило\nсахар рафинад кусками коробку\nчай индийский который со слоном\n"
     "сушки простые без всего", [
        ("гречки ядрицы пачки 2 по кило", S(
            pyaterochka=["3601663"],
            dixy=["DI00080511", "ЦТ0042599", "1030037286", "2000180341", "2000219613"],
            perekrestok=["14301", "3276128", "3694322", "53673", "6847", "4019310", "3600743", "3477255", "3231481"],
        ), "loose buckwheat groats (ядрица, also quick-cooking/steamed ядрица) in 900 g packs -- no chain sells 1 kg, "
           "the written pack size is matched within 10 %; 400-800 g and 2-3 kg packs, boil-in-bag portions, green "
           "buckwheat, flakes, ready buckwheat dishes and Перекрёсток «Гречка» without a size excluded. Judgement: "
           "buckwheat groats without the word ядрица taken as ядрица (продел is always named)"),
        ("сахар рафинад кусками коробку", S(
            magnit=["2e68df9fc4"],
            dixy=["2000468691", "2000350151", "2000538871", "10E0076829"],
            perekrestok=["4092763"],
        ), "white lump sugar («прессованный», «кусковой»); granulated sugar (incl. Магнит Чайкофский «Сахар-песок "
           "Рафинированный»), brown cane lump sugar, vanilla sugar and «Сахар Советский Экстра» (form not stated) "
           "excluded; «коробку» is the quantity"),
        ("чай индийский который со слоном", S(
        ), "the Indian tea with the elephant («со слоном») is in no store; Richman «Ассам» black tea (Магнит, Перекрёсток) "
           "is another brand and excluded"),
        ("сушки простые без всего", S(
            perekrestok=["4280136"],
        ), "plain сушки: Зелёная Линия «Ладожский малышок без сахара»; poppy-seed mini сушки, Nina Farina garlic "
           "taralli and баранки (another product) excluded. Judgement: the sugar-free малышок taken as plain"),
    ]),
    # fww05 sandwich things
    ("колбасы докторской по госту грамм 300, сыр пошехонский кусочек, маслице крестьянское 72.5, "
     "хлеб белый кирпичиком", [
        ("колбасы докторской по госту грамм 300", S(
            pyaterochka=["3636156"],
            magnit=["0406a2a7ef", "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "6e16b1777a"],
            perekrestok=["4312573"],
        ), "Докторская boiled sausage whose title says ГОСТ (any pack or cut, incl. 100 g weighed cards); Докторская "
           "without ГОСТ (Ближние горки, Мясницкий ряд, Клинский, Одинцовский, Царицыно «Особая», МД Бородина, Велком "
           "«кусок», Окраина), Докторские сосиски excluded; «грамм 300» is the quantity"),
        ("сыр пошехонский кусочек", S(
        ), "no Пошехонский cheese in any store (grepped пошехон); other semi-hard cheeses are other sorts"),
        ("маслице крестьянское 72.5", S(
            magnit=["3181241105", "1855599920", "1844000142", "1000457493"],
            dixy=["2000401635"],
            perekrestok=["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "3423762",
                         "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031",
                         "3406593", "3371288"],
        ), "butter titled Крестьянское 72.5 %, any brand; 72.5 % butters not named Крестьянское (Danke, Брест-Литовск, "
           "Шахунья «Гост», Первым делом, Кунгурский, Традиционное 72.5) and 82.5 % butters excluded; Хлеб "
           "«Крестьянский» is a trap. Judgement: Перекрёсток «Масло Княгининское Крестьянское» without a % accepted "
           "(Крестьянское is 72.5 % by standard)"),
        ("хлеб белый кирпичиком", S(
            magnit=["67f076fea4"],
        ), "white wheat tin loaf: only Магнит Коломенский «Хлеб ТОСТОВЫЙ пшеничный нарезанный» (judgement: a white "
           "brick-shaped loaf, accepted although it is sold as toast bread); the cereal toast loaf, Горчичный, Чайный, "
           "rye and rye-wheat breads and Перекрёсток breads of unstated flour («Хлеб формовой», «Советский», "
           "«Сельский», «Крестьянский формовой») excluded"),
    ]),
    # fww06 festive tins
    ("шпроты рижские в масле банку, горошек зеленый консервир. мозговой, майонез провансаль ежк, яиц с1 десяточек", [
        ("шпроты рижские в масле банку", S(
            magnit=["861990d37c", "cb3b169ef1", "1bdba960f3", "3382c3c046"],
        ), "sprats in oil (5 Морей, Барс, Вкусные консервы «крупные», Знак качества); the jalapeño variant and килька "
           "in tomato excluded. Judgement: «рижские» taken as the old everyday name of шпроты in oil, not a demand for "
           "Latvian origin (no title names Riga)"),
        ("горошек зеленый консервир. мозговой", S(
            perekrestok=["4380317"],
        ), "canned green peas whose title says «из мозговых сортов» (Станичные); canned peas that do not state brain "
           "varieties, frozen peas, sweet-pea snacks, microgreens and pepper «горошек» excluded"),
        ("майонез провансаль ежк", S(
            perekrestok=["4072721"],
        ), "ЕЖК Провансаль 67 %; Провансаль of other brands and ЕЖК mustard/ketchup excluded"),
        ("яиц с1 десяточек", S(
            magnit=["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            dixy=["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            perekrestok=["3001671", "2109476", "4085791", "2131763", "3182856"],
        ), "hen eggs of class С1 (= «1 категории», also Latin C1) in packs of 10; С0/отборные, С2, СВ, packs of "
           "6/15/20/30, quail eggs excluded"),
    ]),
    # fww07 household (one item replaced, see REPLACED)
    ("мыло хозяйственное 72 процента\nспичек упаковку\nпорошок стиральный для ручной стирки пачку\n"
     "отбеливатель для белого белья", [
        ("мыло хозяйственное 72 процента", S(
        ), "no laundry soap in any store (grepped хозяйств, мыло); toilet, bath and liquid soaps excluded"),
        ("спичек упаковку", S(
        ), "no matches in any store (grepped спичк/спичек)"),
        ("порошок стиральный для ручной стирки пачку", S(
        ), "no washing powder whose title says hand wash («ручн»); powders for machines or without the wash type "
           "(Persil, Sorti, Tide, Миф, Dosia, Synergetic) excluded"),
        ("отбеливатель для белого белья", S(
            magnit=["2de571f286", "4bda79895e", "cb1117354a", "aa855b7d55"],
        ), "REPLACED after labelling (blind item «белизна для белья» was in no store and the whole list was empty): "
           "laundry bleaches ACE «Гель, автомат», Synergetic «кислородосодержащий», ACE «Окси Мэджик Уайт» "
           "отбеливатель-пятновыводитель, Synergetic «Пятновыводитель-отбеливатель Эко для цветной и белой ткани»; "
           "pure stain removers (Vanish, Synergetic «Пятновыводитель»), Sanfor «гель белизна» (a cleaning gel) and "
           "whitening toothpastes excluded"),
    ]),
    # fww08 fish
    ("сельдь иваси пресервы, скумбрию х/к, минтай мороженый тушкой", [
        ("сельдь иваси пресервы", S(
        ), "no иваси preserve in any store; herring preserves of other fish (atlantic/pacific herring) and canned "
           "sardines (Магнит «Сардина тихоокеанская в томатном соусе» is canned, not a preserve) excluded"),
        ("скумбрию х/к", S(
            magnit=["1b9094b7b8"],
            dixy=["2000545671"],
        ), "cold-smoked mackerel (Магнит Рыбная миля «Косичка холодного копчения», Дикси Мореслав кусочки х/к); hot-"
           "smoked, canned, raw/defrosted mackerel, Перекрёсток «Скумбрия 0.3-0.5 кг» (not smoked) excluded"),
        ("минтай мороженый тушкой", S(
            magnit=["feaf47ac86"],
            dixy=["DI00079597"],
            perekrestok=["4352277"],
        ), "frozen headless pollock (тушка); fillets, mince, roe, the pollock «полуфабрикат из замороженного сырья» "
           "(defrosted, not frozen) and ready fish cakes excluded"),
    ]),
    # fww09 porridge
    ("геркулес не быстрый а обычный, крупа манная 1 кг, пшено желтое пачку, молока 3.2% 2 пакета", [
        ("геркулес не быстрый а обычный", S(
            magnit=["8a13df6c91"],
            dixy=["2000222892", "2000219614", "2000601251", "2000005395"],
            perekrestok=["4157124", "4005492", "2105514", "3933387", "3421663", "6752", "24926", "3469028"],
        ), "oat flakes sold as Геркулес (traditional, Монастырский, Нежный, Фермерский, Nordic «Геркулес Финский», "
           "«Экстра Геркулес») whose titles do not say quick; Русский Продукт «Геркулес быстрого приготовления», "
           "flakes «3-5 мин»/«1 минута», №2/№3 flakes, flakes not named Геркулес, instant porridge sachets and "
           "ready porridge excluded"),
        ("крупа манная 1 кг", S(
        ), "no semolina groats in any store (only instant flavoured манная каша sachets, excluded)"),
        ("пшено желтое пачку", S(
            pyaterochka=["3603170"],
        ), "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки» (boil-in-bag, accepted -- no "
           "form was written); rice+millet mixes and Myllyn Paras «Каша пшенная» (flakes/porridge) excluded"),
        ("молока 3.2% 2 пакета", S(
            pyaterochka=["2144368"],
            magnit=["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001",
                    "1000323041", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "1059990140", "4aff59ccac",
                    "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295", "1000139951"],
            dixy=["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                  "2000600213"],
            perekrestok=["3668953", "3668699", "4162259"],
        ), "cow drinking milk of exactly 3.2 % (pasteurised/UHT/sterilised; children's and lactose-free milk as in "
           "real_basket_eval); ranges 3.2-4/3.2-6, топлёное, Му-у «Для капучино», kefir, flavoured and condensed "
           "milk excluded; «2 пакета» is the quantity"),
    ]),
    # fww10 ready food
    ("голубцы замороженые, котлеты куриные готовые, пюре картофельное быстрого приготовления в пакетиках", [
        ("голубцы замороженые", S(
        ), "no frozen голубцы in any store; Перекрёсток chilled «Ленивый голубец с картофельным пюре» (a ready meal, "
           "not frozen cabbage rolls) excluded"),
        ("котлеты куриные готовые", S(
            perekrestok=["4285026", "4363393", "4265774", "4249403", "4253705", "4364438", "4364437"],
        ), "cooked chicken cutlets: Перекрёсток «Котлета из филе курицы рубленая жареная» and Шеф Перекрёсток ready "
           "meals whose main is a chicken cutlet (куриная, биточек куриный, по-киевски, пожарская, де-воляй; they come "
           "with a side); raw/chilled or frozen semi-finished cutlets (Ложкаревъ, Первая свежесть, Наша птичка, "
           "Петелинка, Мираторг по-киевски), beef/pork/turkey/fish/potato cutlets excluded. Judgement: «готовые» read "
           "as cooked; по-киевски/пожарские/де-воляй taken as chicken"),
        ("пюре картофельное быстрого приготовления в пакетиках", S(
            dixy=["2000339292", "2000577651", "2000178886", "2000162971", "ЦТ0023259", "2000000080"],
            perekrestok=["78561", "3614553"],
        ), "instant dry mashed potato, any flavour (Роллтон, Доширак, Бизнес меню «с куриным филе», Пр!ст 40 г with "
           "croutons, Кунцево 240 г, Картошечка 250 г); chilled ready puree (Перекрёсток Select) and children's vegetable purees excluded. "
           "Judgement: Кунцево and Картошечка taken as dry flakes, Бизнес меню 110 г as instant puree; the pack form («в пакетиках») cannot be checked"),
    ]),
    # fww11 tins and pasta
    ("тушенку говяжью гост высший сорт, макарон рожков мелких пачку, томатную пасту в банке стеклянной", [
        ("тушенку говяжью гост высший сорт", S(
            magnit=["738a6cb8b8", "84ac027a5b"],
            dixy=["T000000869", "2000192964"],
        ), "canned stewed beef of высший сорт (Главпродукт, Русь, Иван Мясоедов); ГОСТ beef without a grade (Мясные "
           "ряды, Семейный бюджет), Барс «Экстра», ungraded beef, pork/turkey/horse meat excluded. Judgement: "
           "«высший сорт» is a grade of the ГОСТ for stewed beef, so graded titles without the word ГОСТ (Русь, Дикси "
           "Главпродукт -- Магнит titles the same product ГОСТ) are accepted"),
        ("макарон рожков мелких пачку", S(
            pyaterochka=["2049747"],
            magnit=["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            dixy=["2000544352", "2000572794", "2000005385"],
            perekrestok=["4328907", "3435299", "82772", "4199587"],
        ), "dry horn/elbow pasta not stated large (Baisad, Верони, Моя цена 3 кг, Аида, Любимые традиции, Роллтон "
           "«с оливковым маслом», Шебекинские «рожок-полубублик», Маркет, Пр!ст, Maltagliati «Chifferini Rigati»); "
           "«Рожки большие», «Рожок крупный», «Витой рожок», vegetable-coloured «Рожок малютка с томатами и шпинатом», "
           "ракушки/улитки and ice-cream рожки excluded. Judgement: chifferini taken as small рожки"),
        ("томатную пасту в банке стеклянной", S(
            magnit=["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd"],
            dixy=["2000322276", "2000536311"],
        ), "tomato paste in 270-490 g packs; no title states the container, so sizes sold in glass jars are accepted "
           "while 70/140 g tins, the «пирамидка» and the «саше» are excluded (judgement); ketchup excluded"),
    ]),
    # fww12 dairy
    ("творога 9% две пачки по 200, ряженочки 4%, варенца стаканчик, простоквашки", [
        ("творога 9% две пачки по 200", S(
            magnit=["3d536f7add", "93ff6e854f", "1000386975", "1000426470"],
            dixy=["2000266304", "2000569975"],
            perekrestok=["4249286", "3192865", "3487310"],
        ), "cottage cheese of exactly 9 % in 180 g packs -- no chain sells 200 g 9 % packs, the written pack size is "
           "matched within 10 %; 9 % packs of 280-750 g, other fat levels, curd desserts, сырки and children's "
           "curds excluded"),
        ("ряженочки 4%", S(
            magnit=["1000439736", "1000451592", "1000371474"],
        ), "ряженка of exactly 4 % (Большая кружка 500/800 г, Из молока нашей дойки 900 г); 2.1-3.5 % and flavoured "
           "ряженка excluded"),
        ("варенца стаканчик", S(
            magnit=["1000560511", "8000093609"],
            dixy=["2000581091"],
        ), "варенец of any fat (Ростагроэкспорт термостатный, Славянские кружева); «стаканчик» is read as one pot "
           "(the pack shape cannot be checked)"),
        ("простоквашки", S(
            magnit=["26c8070a70", "1000284419"],
            dixy=["2000543672"],
        ), "простокваша (Эго термостатная, Эго «Мечниковская»); everything of the brand Простоквашино is a trap"),
    ]),
    # fww13 tea sweets
    ("пряники мятные как жена покупала\nсушечки с маком маленькие\nконфеты коровка полужидкие\n"
     "зефирчик бело-розовый пачку\nхалвы подсолнечной кусок", [
        ("пряники мятные как жена покупала", S(
        ), "no mint пряники in any store; chocolate, orange, cranberry, pear and plain Стойленские пряники excluded"),
        ("сушечки с маком маленькие", S(
            magnit=["99f439b486"],
        ), "Невская сушка «Сушки-мини маковые»; plain сушки and баранки excluded"),
        ("конфеты коровка полужидкие", S(
        ), "no Коровка sweets in any store; Коровка wafers and Коровка из Кореновки dairy/ice cream excluded"),
        ("зефирчик бело-розовый пачку", S(
            pyaterochka=["3416715"],
        ), "Шарлиз Зефир «Бело-розовый»; flavoured zefir (brusnika, currant, apple, strawberry, cranberry, Коломенский "
           "«Ваниль и малина»), chocolate-glazed zefir and marshmallow excluded"),
        ("халвы подсолнечной кусок", S(
        ), "no plain sunflower halva: Рот Фронт «Дружба» is «с арахисом» and the 400 g halva is «в шоколаде», halva "
           "sweets and wafers with halva excluded"),
    ]),
    # fww14 household
    ("туалетная бумага 8 рулонов белая, средство для посуды подешевле какое, губки для посуды штук 5-10, "
     "мешки мусорные на 60 литров рулон", [
        ("туалетная бумага 8 рулонов белая", S(
            magnit=["9a0bd598be"],
        ), "toilet paper in packs of 8: Soffione «Премио» 3-ply; the coloured/scented 8-roll lines (Soffione «лаванда», "
           "ЗЕВА «Сирень», Zewa Deluxe «Персик»), packs of 4/6/12, wet toilet paper, towels and tissues excluded. "
           "Judgement: plain Soffione Премио taken as white, the lavender/lilac/peach lines as coloured"),
        ("средство для посуды подешевле какое", S(
            magnit=["4e35e08ada", "5fd6de4bb5", "7b4b7f0a59", "8fa6f85cbf", "76379a4e64", "c4e892e413", "a9dfde88f9",
                    "d3ea3a9828", "1cd0606d7d", "0cc102b359", "e5a0684ec7", "97c928414d", "e62ea315f2", "d458f25c78",
                    "963399e98a", "d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                    "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06",
                    "7caeebbd02", "cd27c8307b", "ddcc463812", "3dc9a1ed43", "43a0e3032e", "381aaf5d64", "05e81b9637",
                    "2d790e73ea", "4a060084e4"],
            dixy=["2000517533", "2000265727", "2000274013", "2000289255", "2000323096", "2000321808", "2000591971",
                  "2000371202"],
            perekrestok=["3984598", "4141118", "4011474"],
        ), "any hand dish-washing liquid/gel (Fairy, AOS, Sorti, Synergetic, BioMio, Palmia, Sanita, Гарденика, "
           "Завод братьев Крестовниковых, incl. those also for children's dishes, fruit and toys); dishwasher powder, "
           "salt and tablets, floor/glass/universal cleaners (Mr.Proper «Моющее средство») excluded; «подешевле какое» "
           "is a wish"),
        ("губки для посуды штук 5-10", S(
            magnit=["0c37e6092e"],
        ), "Магнит «Губки для посуды Макси, 5шт.» (pack of 5 is within 5-10); shoe sponge excluded"),
        ("мешки мусорные на 60 литров рулон", S(
            magnit=["bf68e14036"],
        ), "Магнит «Мешки для мусора Био ушки 60л, 20шт.» (rubbish bags come on a roll); no other rubbish bags"),
    ]),
    # fww15 coffee and biscuits
    ("кофе пеле растворимый, цикорий в банке растворимый, печенье юбилейное молочное к чаю", [
        ("кофе пеле растворимый", S(
        ), "no Pele coffee in any store (grepped пеле/pele); other instant coffees are other brands"),
        ("цикорий в банке растворимый", S(
            magnit=["6e9c524bd5", "577c8fa879", "279b109298", "9c453f410d"],
        ), "plain soluble chicory (Большая чашка, Цикорич «порошкообразный», Экологика, Здоровье); Пятёрочка «Большая "
           "чаша с черникой» (flavoured) excluded. Judgement: the container («в банке») cannot be checked in any title; "
           "Цикорич «порошкообразный» taken as the soluble powder"),
        ("печенье юбилейное молочное к чаю", S(
            magnit=["68b382d22e", "4ecdd613ad"],
        ), "Юбилейное «Молочное» biscuits, plain and «Молочное с глазурью»; Юбилейное «традиционное», «витаминное с "
           "глазурью» (not milk), Дикси «Овсяное», Колбаса «Юбилейная» and Julius Meinl «Юбилейный» excluded"),
    ]),
    # fww16 vareniki
    ("вареники с картошкой замороженые пачку, сметана 15% к ним, лучок зеленый пучком", [
        ("вареники с картошкой замороженые пачку", S(
            dixy=["2000364412"],
        ), "frozen vareniki with potato: Цезарь «с картофелем и жареным лучком» (onion is the classic seasoning); "
           "potato with mushrooms (Первым делом, Сытый папа), potato with spinach (Цезарь, Перекрёсток), cherry and "
           "cheese vareniki excluded"),
        ("сметана 15% к ним", S(
            magnit=["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                    "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                    "1000558440", "8000057502", "8000072734", "1000463648"],
            dixy=["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            perekrestok=["4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910", "3391034",
                         "3142744", "3667086", "3651189", "3423443", "4349772", "4349771", "4246009", "4226994"],
        ), "sour cream of exactly 15 %, any pack, incl. «из топлёных сливок» and lactose-free; Пятёрочка «пикантная с "
           "чесноком» (flavoured), other fat levels excluded"),
        ("лучок зеленый пучком", S(
        ), "no green onion in any store (grepped лук … зелен, батун, пучок); bulb onion, dried onion, microgreens and "
           "«с зеленью» goods excluded"),
    ]),
    # fww17 spices
    ("лист лавровый пакетик, перец черный горошком пакетик, уксус столовый 9 процентов бутылочку, "
     "соль каменная крупная помол 2", [
        ("лист лавровый пакетик", S(
            magnit=["8993a9d009"],
            perekrestok=["3500197"],
        ), "bay leaves (Котани 5 г, Пр!ст 10 г)"),
        ("перец черный горошком пакетик", S(
            magnit=["9303052c5b"],
            dixy=["2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            perekrestok=["4207245", "4202515", "3904322", "9505", "88779", "3661159", "9387", "3395331", "4113011",
                         "3166460", "3213422", "69129", "3172904", "3481023", "3689196", "3500195"],
        ), "whole black peppercorns («горошек/горошком/целый») in retail packs; ground and crushed pepper, pepper in a "
           "mill, Kotanyi «горошек 225мл» (a jar), the 800 g Айдиго catering bag (not a packet), Santa Maria "
           "«Теличерри» (a jar of a special variety), Kamis 42 г and Маркет 36/50 г (form not stated) excluded. "
           "Judgement: Дикси Kotanyi «черный горошек, 36 г» (199.90) taken as the 36 g mill Перекрёсток titles «в "
           "мельнице», excluded"),
        ("уксус столовый 9 процентов бутылочку", S(
        ), "no 9 % table vinegar in any store; Перекрёсток grape vinegar 6 % excluded"),
        ("соль каменная крупная помол 2", S(
        ), "no salt that is both rock salt and coarse: Перекрёсток «Соль поваренная пищевая крупная» does not say "
           "каменная, Salina «каменная» is помол №1; sea, iodised, fine, flavoured and dishwasher salt excluded"),
    ]),
    # fww18 ready dinner
    ("курицу гриль целую, оливье салат готовый грамм 300, хлеб ржаной формовой", [
        ("курицу гриль целую", S(
        ), "no cooked whole chicken in any store; Магнит raw «БЕДРО КУРИНОЕ гриль», raw цыплёнок табака and chicken "
           "carcasses excluded"),
        ("оливье салат готовый грамм 300", S(
            perekrestok=["4263125"],
        ), "Перекрёсток «Салат Оливье с колбасой» (sold by weight, «грамм 300» is the quantity); other ready salads "
           "excluded"),
        ("хлеб ржаной формовой", S(
            perekrestok=["3658457", "2000243", "3965436", "3631465", "3931337"],
        ), "rye bread whose title says ржаной and does not say подовый (Каравай «Ржаной половинка», Старосельский "
           "ржаной, Экохлеб «Фермерский ржаной», Рижский Хлеб «Ржаной», Грiдневъ «100% ржаной»); подовый rye breads, "
           "ржано-пшеничный, Дарницкий and Бородинский breads, Перекрёсток «Батард Ржаной» and «Багет ржаной с чесноком» "
           "(hearth/baguette shapes), the brand Ржаной Край, rye flour and rye crispbread excluded. "
           "Judgement: the tin form cannot be checked where no title states it"),
    ]),
    # fww19 old drinks
    ("кисель в брикетах клюквенный, компот из сухофруктов смесь, чай грузинский байховый", [
        ("кисель в брикетах клюквенный", S(
            dixy=["2000278539"],
        ), "Дикси Русский продукт «Кисель Малина/Клюква, 190 г» (an assortment that includes cranberry); the instant "
           "25 g sachet (not a brick), ready liquid kisel and children's kisel excluded. Judgement: the 190 g Русский "
           "продукт kisel taken as the brick"),
        ("компот из сухофруктов смесь", S(
        ), "no dried-fruit compote mix in any store; Агуша compote drink and nut/fruit snack mixes excluded"),
        ("чай грузинский байховый", S(
            magnit=["d7f2406271"],
        ), "Sun Field «Грузинский черный» 75 г (loose black tea); the blackcurrant-flavoured variant excluded"),
    ]),
    # fww20 shaving and washing
    ("пену для бритья жилет, станки бик одноразовые, зубную пасту жемчуг, детское мыло брусок", [
        ("пену для бритья жилет", S(
            magnit=["0f38a051dc"],
        ), "Gillette shaving foam (Сириес для чувствительной кожи); Gillette shaving gels (пена was written), foams "
           "of other brands and aftershaves excluded"),
        ("станки бик одноразовые", S(
        ), "no BIC disposable razors in any store; BIC Flex cartridges, Gillette Blue Simple3 and Zollider disposables "
           "(other brands) excluded"),
        ("зубную пасту жемчуг", S(
        ), "no Жемчуг toothpaste in any store; Чёрный жемчуг is a face-care brand"),
        ("детское мыло брусок", S(
            pyaterochka=["2051922"],
        ), "Johnson's Baby bar soap 100 г; liquid children's soaps (Baby Boom), bath foam and adult soaps excluded"),
    ]),
    # fww21 borsch vegetables
    ("капусты белокочанной вилок, свеклы кило, морковки штук 5, сальце соленое кусочком", [
        ("капусты белокочанной вилок", S(
            dixy=["DI00078734"],
            perekrestok=["198", "1546"],
        ), "whole fresh white cabbage, incl. «ранняя»; shredded/cut cabbage and mixes, pickled, marinated, kimchi and "
           "seeds excluded, Перекрёсток plain «Капуста» (kind not stated) excluded"),
        ("свеклы кило", S(
            dixy=["DI00079991"],
            perekrestok=["45532", "92844", "13998", "4375880", "3368257", "3378167", "786", "4299508", "2143053"],
        ), "fresh whole beetroot (loose, bag, net, tray, washed, young, bunched); cooked, peeled, cut, marinated, dried "
           "beet, chard (мангольд) and seeds excluded; «кило» is the quantity"),
        ("морковки штук 5", S(
            dixy=["ЦТ0036199", "DI00078733"],
            perekrestok=["3463356", "19345", "3368256", "60529", "4299784"],
        ), "fresh carrots (incl. washed, mini); boiled carrots, Korean carrot salad, cut mixes and juices excluded"),
        ("сальце соленое кусочком", S(
            perekrestok=["4280740"],
        ), "Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» (salted lard, spiced as usual); Дикси «Шпик "
           "бутербродный» (a spread), smoked-boiled грудинка and raw pork belly excluded"),
    ]),
    # fww22 sweet tea table
    ("сгущенку рогачевскую в банке 2 шт, вафли артек в пачке, какао золотой ярлык коробочку", [
        ("сгущенку рогачевскую в банке 2 шт", S(
            magnit=["dedd707721", "1000129520", "1000383833"],
            dixy=["2000186451", "2000014518"],
            perekrestok=["3376242", "4147345"],
        ), "Рогачевъ sweetened condensed milk 8.5 %; Рогачевъ «с кофе», other brands and Рогачевъ butter excluded. "
           "Judgement: the tin («в банке») cannot be checked in any title"),
        ("вафли артек в пачке", S(
        ), "no Артек wafers in any store; other wafers excluded"),
        ("какао золотой ярлык коробочку", S(
            magnit=["25a1b729b4"],
        ), "Красный Октябрь «Какао натуральный Золотой ярлык» 100 г; other cocoa powders and cocoa drinks excluded"),
    ]),
    # fww23 lazy supper
    ("блинчики с мясом морожен. подешевле, сосиски молочные по госту, кетчуп балтимор шашлычный", [
        ("блинчики с мясом морожен. подешевле", S(
        ), "no pancakes with meat in any store; Останкино «Блинчики с печенью» (liver), pancakes with ham and cheese, "
           "curd, cherry, strawberry or apple excluded"),
        ("сосиски молочные по госту", S(
            pyaterochka=["16676bb3f8"],
            dixy=["2000300143", "2000125037", "2000602632", "2000600471"],
            perekrestok=["3198697"],
        ), "молочные sausages whose title says ГОСТ (Дымов, Великолукский, Велком, Мясоедов); молочные without ГОСТ "
           "(Вязанка, Мираторг, Дмитрогорский, Одинцовский, Атяшевский, Ближние горки, Клинский, Папа может...), turkey "
           "«молочные» excluded. Judgement: Пятёрочка «Сосиски Молочные, Дымов, 464 г» and Перекрёсток «Великолукский "
           "МК молочные, 330г» taken as the same products Дикси titles ГОСТ"),
        ("кетчуп балтимор шашлычный", S(
        ), "no Балтимор ketchup in any store; шашлычный ketchups of other brands (Махеевъ, Слобода, Круглое лето, "
           "Пр!ст) excluded"),
    ]),
    # fww24 autumn table
    ("яблок антоновки кило, хлеба бородинского, икры кабачковой банку, печень трески одну баночку", [
        ("яблок антоновки кило", S(
        ), "no Антоновка apples in any store; other apple varieties and «Зефир Антоновка» excluded"),
        ("хлеба бородинского", S(
            perekrestok=["3382146", "4329404", "3974719", "3624125"],
        ), "Бородинский bread loaves; Магнит гренки BEERKA «Бородинские» and the brand МД Бородина excluded"),
        ("икры кабачковой банку", S(
            magnit=["381b954c56", "946989d11a"],
        ), "squash caviar (Ресторация Обломов, Семейные секреты); frozen squash and squash in adjika excluded"),
        ("печень трески одну баночку", S(
            magnit=["43e66c8a47"],
        ), "Вкусные консервы «Печень трески По-мурмански»; cod roe and cod fillet excluded"),
    ]),
    # fww25 household
    ("порошок миф автомат, пемолюкс чистящий порошок, освежитель воздуха в туалет не резкий, "
     "лампочка 60 ватт обычная", [
        ("порошок миф автомат", S(
            magnit=["e08459da72", "32662031ca"],
        ), "Миф washing powder for machines: «Колор, автомат Свежий цвет» 2 кг and «Морозная свежесть» 2 кг; other "
           "brands excluded. Judgement: the 2 kg Морозная свежесть pack taken as the automatic version (Миф sells "
           "the hand-wash powder in small packs)"),
        ("пемолюкс чистящий порошок", S(
            dixy=["2000223736"],
        ), "Пемолюкс scouring powder; Comet and Пр!ст scouring powders (other brands) excluded"),
        ("освежитель воздуха в туалет не резкий", S(
            pyaterochka=["20712", "3411982", "3212818", "38668", "61286bc1eb"],
            magnit=["c6a21854cd", "668a740138", "201fbef8c1", "e19d49ff10", "a96fb4722f", "e2fc4a6650", "ac28f14d0a",
                    "5f6c2e8c1f", "4c2ba72398", "cb27516695", "50ca75614b", "42fe42c702", "a9459b85ec", "3ab0089226",
                    "f5c85ed1cb", "d577be321d", "82650cc4a1", "ab92bcd615", "d012e0d603", "a83cb55b28", "7502cd94c3",
                    "d41ae64cf3", "3df85dde9e", "1c784cc14c", "d29ec4524b", "5d8947bd9a", "d373502e47", "8bf9c6d772"],
            perekrestok=["3974933", "4370042", "4246858"],
        ), "air-freshener sprays of any scent (Glade, Air Wick, Симфони, Synergetic, Liberhaus, Arluni, Магнит) incl. "
           "the Air Wick sets with holder/refill; refills alone (сменный баллон/блок, Glade Automatic 269 мл), Air Wick "
           "Freshmatic items (unclear whether device or refill), diffuser oils, shoe and body deodorants excluded; «в "
           "туалет» and «не резкий» are a purpose and a wish"),
        ("лампочка 60 ватт обычная", S(
        ), "no light bulbs in any store"),
    ]),
]


def blind_lists():
    """The list texts of the blind draft: each list follows a line '--- fwwNN'."""
    texts = {}
    rid = None
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh.read().rstrip("\n").split("\n"):
            if line.startswith("--- fww"):
                rid = line[4:].strip()
                texts[rid] = []
            elif rid is not None:
                texts[rid].append(line)
    return {rid: "\n".join(lines) for rid, lines in texts.items()}


def check_blind():
    blind = blind_lists()
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, (text, _) in enumerate(LISTS, 1):
        rid = "fww%02d" % n
        expected = blind.get(rid)
        if expected is None:
            errors.append("%s: not in the blind draft" % rid)
            continue
        for rrid, old, new in REPLACED:
            if rrid == rid:
                if expected.count(old) != 1:
                    errors.append("%s: replaced item %r not found once in the blind text" % (rid, old))
                expected = expected.replace(old, new)
        if text != expected:
            errors.append("%s: text differs from the blind draft:\n  %r\n  %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fww"))
