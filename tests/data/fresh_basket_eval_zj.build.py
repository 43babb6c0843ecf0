#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zj.jsonl -- a set of shopping lists of families with small children and
schoolchildren, hand-labelled against the real offers in real_offers_g.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zj.build.py

LISTS below is literal data: 25 lists (3-4 items) as a household would type them to a Telegram bot
(baby food and purees, diapers and wipes, kids' yoghurts and juices, school snacks, breakfast cereals,
family dinners, a child's birthday party), and for every item the product ids of every store that a
reasonable shopper would accept.  The list texts are byte-identical to fresh_basket_eval_zj.blind_lists.txt,
written before any offer was read.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note
of each item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzj01, fzj02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zj.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzj01
    ("пюрешки фрутоняня яблоко-груша, творожок агуша 3 шт, памперсы 4ка, влажн салфетки для малыша", [
        ("пюрешки фрутоняня яблоко-груша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0030383"],
            "perekrestok": [],
        }, "ФрутоНяня puree of apple and pear together (Дикси «Груша-яблоко, с 5 месяцев, 250 г»); single-fruit ФрутоНяня apple or pear purees, «Фруктовый салатик», apple-banana/apple-peach, other brands' apple-pear mixes (Агуша, Gipopo Яблоко-Груша-Банан) and ФрутоНяня juices/desserts excluded"),
        ("творожок агуша 3 шт", {
            "pyaterochka": [],
            "magnit": ["1000109125", "1000177278", "1000564007", "1812432013", "1812432014", "1812432015",
                       "1051242603", "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "4174763", "69726"],
        }, "every Агуша children's curd (творог детский, plain «Классический» and fruit/«Засыпай-ка»/«Малиновый пломбир»); Агуша yoghurts, ряженка, kefir, porridges, purees and Растишка/Тёма/ФрутоНяня curds excluded; «3 шт» is a quantity"),
        ("памперсы 4ка", {
            "pyaterochka": [],
            "magnit": ["04a312fbff", "116d109416", "1b74a227ee", "3b261b67cd", "3b8b03027e", "42c3dfa89a",
                       "467f2f54d5", "53ba3d65f3", "8a84cc1fd6", "ba8611ce1a", "da5217477c", "db2998f897",
                       "e24ac76acb", "8f86f635d0", "f00026b202", "fbddb11926", "de3924844c"],
            "dixy": [],
            "perekrestok": [],
        }, "«памперсы» read as the everyday word for disposable diapers of any brand, taped or pants; size 4 = titles saying 4 / Maxi / Макси or the size-4 weight band 9-14, 9-15 or 8-14 kg (Pampers, Huggies/ХАГГИС incl. Литтл Уолкерс and Дисней, Merries L/9-14, NANI 9-14 — the weight-band reading is outside knowledge); sizes 3 (Миди, 6-11, 7-11), 5/Junior (12-17, 12-22, 13-17), 6/XL, newborn/mini and wet wipes excluded"),
        ("влажн салфетки для малыша", {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "47dd423390", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e",
                       "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes: Pampers NewBaby/Аква Пьюр/Kids hygiene, Huggies Elite Soft, Каспер «Детские», and АУРА «Солнце и луна, с ромашкой» (outside knowledge: Aura's Sun & Moon is its baby line); universal, antibacterial, intimate, surface and LA FRESH wipes and paper napkins excluded"),
    ]),
    # fzj02
    ("кашка нестле гречневая безмолочная, пюрешка из кабачка, сок фрутоняня яблочный 2 шт", [
        ("кашка нестле гречневая безмолочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000291139"],
            "perekrestok": [],
        }, "Nestlé dry buckwheat porridge without milk; Nestlé buckwheat «с курагой, молочная», Nestlé oat porridge, ФЛЁР АЛЬПИН безмолочная гречневая (other brand) and Агуша/ФрутоНяня liquid milk-buckwheat porridges excluded"),
        ("пюрешка из кабачка", {
            "pyaterochka": [],
            "magnit": ["2d48cdb5c0"],
            "dixy": ["2000260419"],
            "perekrestok": [],
        }, "single-vegetable baby zucchini puree (ФрутоНяня «Кабачок»); mixed purees containing zucchini (Сады Придонья, ФрутоНяня soup-puree, Тёма chicken with zucchini), squash caviar (икра кабачковая), frozen and pickled zucchini excluded"),
        ("сок фрутоняня яблочный 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080427", "ЦТ0017501"],
            "perekrestok": ["67047"],
        }, "ФрутоНяня single-fruit apple juice (0.2 and 0.5 l); ФрутоНяня apple-grape, apple-peach, apple-cherry, pear juices, nectars, морс, «Напиток Яблоко-ромашка-липа» excluded; «2 шт» is a quantity"),
    ]),
    # fzj03
    ("трусики хаггис 5, салфетки влажные без запаха, детский крем под подгузник", [
        ("трусики хаггис 5", {
            "pyaterochka": [],
            "magnit": ["2c12ecfe75", "78d734dc89", "a78e2bc769", "e9c1afcca2", "95a79e7ff1", "a70e7765ba"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies/ХАГГИС pants (трусики-подгузники) of size 5: Дисней «Джуниор 5», Elite Soft «5 (12-17 кг)»/«5 размер», Литтл Уолкерс 13-17 kg (13-17 kg = Huggies pants size 5, outside knowledge); Huggies taped diapers (Elite Soft 5 12-22, Ультракомфорт 12-22), Huggies pants 3/4/6 and other brands excluded"),
        ("салфетки влажные без запаха", {
            "pyaterochka": [],
            "magnit": ["d50c79a365"],
            "dixy": [],
            "perekrestok": [],
        }, "no title says «без запаха»/«без отдушки»; Pampers «Аква Пьюр» accepted on outside knowledge (sold as fragrance-free water wipes); scented (Аура с ромашкой, LA FRESH зелёный чай), antibacterial, intimate, surface wipes and other baby wipes whose scent is not stated excluded"),
        ("детский крем под подгузник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no nappy/baby cream in any store; face/hand creams, Nivea/Ceramed universal creams and Baby Boom «крем-мыло» (a soap) excluded — missing everywhere"),
    ]),
    # fzj04
    ("растишка питьевой, сок в коробочке с трубочкой 0.2, юбилейное печенье в школу, бананы спелые пару кг", [
        ("растишка питьевой", {
            "pyaterochka": ["3463087"],
            "magnit": ["1000334603", "1000559788", "1059990444", "8000022363"],
            "dixy": [],
            "perekrestok": ["4023796", "4341332"],
        }, "Растишка drinking yoghurts (питьевой йогурт, any flavour); Растишка spoonable yoghurts, curds and «Молочный коктейль»/«Коктейль молочный» milkshakes excluded"),
        ("сок в коробочке с трубочкой 0.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0017501", "2000193829", "2000592316", "ЦТ0017504", "ЦТ0042596", "2000586171",
                     "DI00081301", "ЦТ0021653"],
            "perekrestok": ["3387565", "3411877", "3636704", "4001466", "4157530", "4157531", "4157532",
                            "4340738", "4340742", "67047"],
        }, "products sold as «сок» in 0.2 l / 200 ml portion packs (ФрутоНяня, Сады Придонья, Дары Кубани, Иваныч, Вико, Волжский Посад, Добрый Active Kid); the carton-with-straw form is assumed for these 200 ml kids'/portion juices (outside knowledge); РИЧ 200 ml juices excluded as small glass bottles (outside knowledge); 250 ml packs, nectars, «напиток сокосодержащий», морс and other sizes excluded"),
        ("юбилейное печенье в школу", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное biscuit (витаминное, молочное, с глазурью, овсяное); «в школу» is a purpose; Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee are traps"),
        ("бананы спелые пару кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Перекрёсток «Бананы Био» and «Бананы красные»); «спелые» is a wish, «пару кг» a quantity; «Бананы для жарки» (plantains, outside knowledge), dried/vyalenye bananas and banana-flavoured goods excluded"),
    ]),
    # fzj05
    ("хлопья nesquik, молоко 2.5% 2 пакета, чудо йогурт питьевой клубника", [
        ("хлопья nesquik", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik breakfast cereal in any store; Пятёрочка's NESQUIK cocoa drink, other cereals (Любятово, Kellogg's, Ухтышки) excluded — missing everywhere"),
        ("молоко 2.5% 2 пакета", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706",
                       "1051242602", "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311",
                     "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "cow drinking milk of exactly 2.5 % (pasteurised/UHT/sterilised, incl. Агуша children's 2.5 % milk as in real_basket_eval); топлёное milk (Зелёная Линия), ряженка, kefir, yoghurt, butter brands «Северное молоко»/«Тольяттимолоко» and other fat levels excluded; «2 пакета» is a quantity"),
        ("чудо йогурт питьевой клубника", {
            "pyaterochka": [],
            "magnit": ["1000080819", "1000201629", "1000172541"],
            "dixy": ["2000076304"],
            "perekrestok": ["4257355"],
        }, "Чудо drinking yoghurt with strawberry (клубника-земляника 1.9 % 260/680 g; the 2 % 290 g «Йогурт Чудо Клубника(-)земляника» bottles taken as drinking yoghurt, outside knowledge); Чудо milkshakes «Клубника», curd desserts, other flavours and other brands excluded"),
    ]),
    # fzj06
    ("кукурузные хлопья самые дешевые, мюсли запеченые с фруктами, греч йогурт натуральный", [
        ("кукурузные хлопья самые дешевые", {
            "pyaterochka": [],
            "magnit": ["12df5755fb", "2abeae8e6b", "898522f249", "c07160a0f8", "d3e5f54fa9"],
            "dixy": ["2000577612"],
            "perekrestok": [],
        }, "corn flakes, plain, honey, glazed or cinnamon (Любятово, Магнит, Увелка, Кузя Лакомкин, Extra Golden); «самые дешевые» is a wish; oat/buckwheat/5-grain flakes, Kellogg's rings, Ухтышки balls and chocolate bars «с кукурузными хлопьями» excluded"),
        ("мюсли запеченые с фруктами", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4019918", "4274667"],
        }, "granola taken as baked muesli (outside knowledge) with fruit/berries: Granolife клубника-малина, Настин Сластин кедровые орешки и клюква; ОГО «Мюсли с тропическими фруктами» excluded because it is not stated baked; muesli bars, yoghurts with granola/muesli and oat flakes excluded"),
        ("греч йогурт натуральный", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000253975", "2000297751", "2000585835", "2000596134"],
            "perekrestok": [],
        }, "plain Greek yoghurt: Teos «Натуральный», Савушкин «Греческий TEOS» 250 g, Neo «Классический», Простоквашино «Греческий», Lactica, Epica, Магнит «ГРЕЧЕСКИЙ 2%» (no flavour named — taken as plain, outside knowledge); fruit/nut/honey/two-layer Greek yoghurts excluded"),
    ]),
    # fzj07
    ("даниссимо творожок, сырок глазированный б.ю. александров 5 шт, чудо коктейль шоколадный, кефир детский", [
        ("даниссимо творожок", {
            "pyaterochka": [],
            "magnit": ["1000011186", "1000173275", "1000323264", "1000559790", "1000571387", "1829990038",
                       "1899800045", "2400019154", "8000037272", "8000062178"],
            "dixy": ["2000003585", "2000596141", "2000599674", "DI00079718"],
            "perekrestok": ["2131371", "4192612", "78358"],
        }, "every Даниссимо curd product/dessert (продукт/десерт творожный, творожок), any flavour; Даниссимо «Фантазия»/«с хрустящими шариками» yoghurts (йогурт) excluded"),
        ("сырок глазированный б.ю. александров 5 шт", {
            "pyaterochka": [],
            "magnit": ["1000059925", "1000077349", "1000117018", "1000274202", "1000305762", "1000518913",
                       "1000581120", "1899801136"],
            "dixy": ["2000179854", "2000597331", "2000597332"],
            "perekrestok": ["4227614", "4227635", "4227636", "4227649"],
        }, "glazed curd bars titled «А.Ростагрокомплекс» taken as Б.Ю. Александров (outside knowledge: the Б.Ю. Александров brand is made by Ростагрокомплекс; the chains print it as «А.Ростагрокомплекс»), incl. «Картошка в молочном шоколаде» and Status; unglazed Ростагрокомплекс 90 g curds, «Десерт … Чизкейк», творожная масса, and Ростагроэкспорт (a different brand), Чудо, Простоквашино, Свитлогорье, Космомишки curds excluded; «5 шт» is a quantity"),
        ("чудо коктейль шоколадный", {
            "pyaterochka": ["3339126", "3466824"],
            "magnit": ["1000008104", "1000089124", "3010420008"],
            "dixy": [],
            "perekrestok": ["3339133", "42876"],
        }, "Чудо chocolate milkshakes of any size (incl. «ЧУДО ДЕТКИ Коктейль ШОКОЛ.»); Чудо «десерт … Вишня в шоколаде» (cherry flavour), strawberry/melon/other shakes, Чудо chocolate pudding and yoghurts excluded"),
        ("кефир детский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["18510"],
        }, "children's kefir (Агуша «Кефир детский Первая ложка»); adult kefir, Тёма/Агуша биолакт, ряженка and drinking yoghurts excluded"),
    ]),
    # fzj08
    ("торт на день рождения ребенку, свечки на торт цифра 7, сок мультифрукт 2 литра, чипсы лейс с сыром", [
        ("торт на день рождения ребенку", {
            "pyaterochka": ["3399810", "65939", "72892"],
            "magnit": ["046d769e20", "19fddcb78b", "203bee60e6", "96fdeec9c5", "ec6702c72a"],
            "dixy": ["2000561272", "2000590831"],
            "perekrestok": ["2069979", "23689", "3369397", "3416416", "3450159", "3498155", "3624690", "3631306",
                            "3653170", "3696956", "4096050", "4102084", "4106052", "4114263", "4157414",
                            "4159755", "4205372", "4223149", "4231134", "4249478", "4254453", "4260392",
                            "4263396", "4270604", "4277039", "4293821", "4295076", "4312079", "4325864",
                            "4343668", "4346024", "4346026", "4346097", "4346866", "4347534", "4352353",
                            "4353817", "4370848", "4371529", "4373313", "4381812", "78026600"],
        }, "every whole cake sold as «Торт» (sponge, mousse, wafer, frozen, mini/bento cakes); «на день рождения ребенку» is a purpose, not a filter; 100-110 g single portions (Petra «Чизкейк» 100 g, «Шоколадно-Ореховый» 110 g), cheesecakes not titled торт, Raffaello/Боярушка «торт(ик)» candies, protein «тортик» cakes, коржи, эклеры and пирожные excluded"),
        ("свечки на торт цифра 7", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no birthday candles in any store — missing everywhere"),
        ("сок мультифрукт 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "2 l taken as the pack size; the only multifruit juice is Сады Придонья 1 l (Магнит), and Моя Семья «Напиток мультифруктов» 1.93 l and Добрый multifruit nectar are not juice — missing everywhere"),
        ("чипсы лейс с сыром", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000587092"],
            "perekrestok": [],
        }, "Lay's with a cheese flavour: «Сырное ассорти с медом» (cheese flavour); Lay's salt, сметана/зелень/лук, грибы со сметаной, креветка, огурчики, яблоко flavours and Cheetos/other brands excluded"),
    ]),
    # fzj09
    ("пицца замороженная маргарита, буратино газировка, мармелад харибо мишки, пломбирчик в вафельном стаканчике", [
        ("пицца замороженная маргарита", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Margherita pizza in any store (Цезарь ветчина-грибы, Ла Траттория 4 сыра/Пепперони, Dr.Oetker салями, Zotman груша-горгонзола only) — missing everywhere"),
        ("буратино газировка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3359208", "3374813"],
        }, "Черноголовка «Буратино» lemonade (1 l and 2 l); other Черноголовка flavours (Тархун, Байкал, Дюшес) and other lemonades excluded"),
        ("мармелад харибо мишки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Haribo in any store; Бон Пари «Медведи» gummies (other brand) excluded — missing everywhere"),
        ("пломбирчик в вафельном стаканчике", {
            "pyaterochka": ["3603591", "3953305"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3370940", "3371923", "3603591", "3680631", "4035404", "4053323", "4152236",
                            "4208997", "4277968", "4289045", "4296327", "4301170", "4346104", "4346963"],
        }, "plombir ice cream of any flavour in a waffle cup; Перекрёсток titles that only say «стаканчик» taken as the usual waffle cup (outside knowledge); cones (рожок), Русский свиток трубочка, Дикси «Первым Делом» ванильное 4 % and Ирбитское сливочное 10 % (not plombir), Бодрая корова парфе excluded"),
    ]),
    # fzj10
    ("котлетки куриные, макароны рожки макфа, сосисочки детские", [
        ("котлетки куриные", {
            "pyaterochka": [],
            "magnit": ["8706d861f4", "910795c409", "6d3237607a"],
            "dixy": [],
            "perekrestok": ["4285026"],
        }, "chicken cutlets: Ложкаревъ «куриные в панировке», Первая свежесть «Сливочные, куриные», Наша Птичка «по-французски» (chicken brand, outside knowledge), Перекрёсток deli «Котлета из филе курицы рубленая жареная»; котлеты по-киевски (Петелинка, Мираторг) and по-пожарски, ready meals with a side (Шеф «Котлета куриная со шпинатом и картофельным пюре»), turkey, beef and other cutlets excluded"),
        ("макароны рожки макфа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Makfa рожки (Makfa sells ракушки, спирали, перья, улитки, звёздочки here; рожки only of Baisad, Верони, Любимые традиции, Роллтон, Моя цена, Маркет, Пр!ст) — missing everywhere"),
        ("сосисочки детские", {
            "pyaterochka": [],
            "magnit": ["c7e784766f"],
            "dixy": ["2000418174"],
            "perekrestok": ["4051414", "4241464"],
        }, "sausages made for children (Великолукский МК «Детям», Зелёная Линия «детские из мяса птицы»); молочные and other sausages excluded"),
    ]),
    # fzj11
    ("фарш для тефтелек кило, рис круглозерный подешевле, томатная паста для подливы", [
        ("фарш для тефтелек кило", {
            "pyaterochka": [],
            "magnit": ["0376e5e67d", "1f9a3b6240", "7a27d3e67f", "b77abe71d3"],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["3681614", "4013", "4288090", "4357432", "4364589", "7354"],
        }, "raw meat mince of any meat (beef, pork, mixed «Домашний»/«Фермерский», Индилайт turkey); «для тефтелек» is a purpose and «кило» a quantity; fish mince (Люди любят из минтая) and stuffed olives («фаршированные») excluded"),
        ("рис круглозерный подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "rice stated round-grain (круглозерный/круглозёрный/круглозернистый/«рис круглый», incl. 5x80 g boil bags); «подешевле» is a wish; long-grain, parboiled, basmati, jasmine, pilaf, brown, Адриатика/Бальдо/sushi/Japanese rice (round-ish but not stated), Увелка «Дружба» rice-millet mix excluded"),
        ("томатная паста для подливы", {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000000761", "2000322276", "2000521414", "2000536311", "2000569071"],
            "perekrestok": ["3504319", "3690262"],
        }, "every tomato paste (any brand and pack); «для подливы» is a purpose; ketchups (Помидорка «Кетчуп Томатный») excluded"),
    ]),
    # fzj12
    ("курица целая на ужин, картоха 2 кг, огурчики пупырчатые, сметана 15% жирности", [
        ("курица целая на ужин", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "whole raw chicken: «Тушка цыпленка-бройлера» and «Цыплёнок табака» (a whole butterflied chicken, also in marinade); «на ужин» is a purpose; duck, chicken parts, ready chicken meals and seasonings «для курицы» excluded"),
        ("картоха 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh potatoes of any variety or pack («2 кг» is the quantity wanted for a weighed good); Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh (outside knowledge); sweet potato (батат), boiled peeled potato, fried/baked ready potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» (ready dish), frozen cut potatoes, chips and seasonings excluded"),
        ("огурчики пупырчатые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["2088998", "3255111", "4072", "3368260"],
        }, "fresh bumpy cucumbers: «колючие», «короткоплодные», fresh корнишоны, «Бакинские» (bumpy short cucumbers, outside knowledge); smooth (гладкие), long, unspecified «Огурцы фасованные»/«Огурцы, 600 г»/«Огурцы Хрустящие», pickled/salted cucumbers excluded"),
        ("сметана 15% жирности", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "2645f50028",
                       "8000035449", "8000057502", "8000068594", "8000072734", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771",
                            "4349772"],
        }, "sour cream of exactly 15 % (incl. lactose-free and «из топлёных сливок»); 10/20/25/30 % and Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15 % (flavoured) excluded"),
    ]),
    # fzj13
    ("киндер сюрпризы 3 шт, kinder chocolate, чупа-чупсы", [
        ("киндер сюрпризы 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001672", "2000210834", "2000253005"],
            "perekrestok": [],
        }, "Kinder Surprise eggs (incl. «для девочек»); Kinder Joy (a different product), Юнион egg and marmalade eggs with toys excluded; «3 шт» is a quantity"),
        ("kinder chocolate", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001702", "2000001771"],
            "perekrestok": [],
        }, "Kinder chocolate bars («Шоколад Kinder молочный с молочной начинкой» and «… со злаками»); Kinder Surprise/Joy eggs, Молочный ломтик, Pingui, Maxi King and Kinder ice creams excluded"),
        ("чупа-чупсы", {
            "pyaterochka": ["33015"],
            "magnit": ["495f199a6d"],
            "dixy": [],
            "perekrestok": ["4291408"],
        }, "Chupa Chups lollipops (Магнит «Леденец ЧУПА-ЧУПС с шипучкой», Перекрёсток «Карамель Chupa Chups Авокадо микс» 12 g and Пятёрочка «ЧУПА ЧУПС Карамель ФРУТ-ТЕЛЛА 17г» taken as lollipops, outside knowledge); Chupa Chups marmalade «Страйпсы» and soda excluded"),
    ]),
    # fzj14
    ("пюре мясное тёма говядина, пюре агуша индейка, водичка детская 5 л", [
        ("пюре мясное тёма говядина", {
            "pyaterochka": ["3157361"],
            "magnit": [],
            "dixy": ["DI00081318"],
            "perekrestok": ["4212876"],
        }, "Тёма meat puree of beef only; Тёма beef with tongue/liver/heart/buckwheat/zucchini, veal, turkey, chicken and other brands' beef purees excluded"),
        ("пюре агуша индейка", {
            "pyaterochka": ["3422801"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша turkey meat puree; Агуша chicken/beef/rabbit purees and Тёма turkey excluded"),
        ("водичка детская 5 л", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l (Черноголовка Бэйби, Кидси, ФрутоНяня, Аквалайн «Для ляль»); smaller children's waters (0.33/1.5/2.5 l) and ordinary 5 l waters (Святой Источник) excluded"),
    ]),
    # fzj15
    ("смесь nutrilon 1, детское печенье хайнц, чай детский с ромашкой", [
        ("смесь nutrilon 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no infant formula in any store — missing everywhere"),
        ("детское печенье хайнц", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz «Детское печеньице»; Heinz porridge, purees, ketchups and ФрутоНяня biscuits excluded"),
        ("чай детский с ромашкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's tea in any store; adult chamomile tea (Травы Башкирии) and ФрутоНяня «Напиток Яблоко-ромашка-липа» (a juice drink) excluded — missing everywhere"),
    ]),
    # fzj16
    ("сок агуша яблоко маленький, палочки кукурузные сладкие, батончик фруктовый", [
        ("сок агуша яблоко маленький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша has no apple juice here, only «Напиток сокосодержащий» apple-grape/apple-cherry, морс and компот — missing everywhere"),
        ("палочки кукурузные сладкие", {
            "pyaterochka": ["3370312"],
            "magnit": ["8fc31eddb1", "b5bf08a50b", "bdb97cb353"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet corn sticks (в сахарной пудре, «Вареная сгущенка», Праздник сластены); Cheetos ketchup sticks (savoury), crab sticks and bread sticks excluded"),
        ("батончик фруктовый", {
            "pyaterochka": ["18d850b15a", "ff57463bf1"],
            "magnit": [],
            "dixy": ["2000227732", "2000406650"],
            "perekrestok": ["3407418", "4043313", "4265847", "4317912"],
        }, "bars whose title makes them fruit bars: children's fruit(-cereal) bars (Gerber, ФрутоНяня, Пятёрочка «Фруктовый батончик»), «орехово-фруктовый» (Зелёная Линия, R.A.W. Life) and the apple-pastila bar; muesli bars with berry flavour, nut/berry bars (Reeel, Pikki), protein and chocolate bars excluded"),
    ]),
    # fzj17
    ("сушки с маком мелкие, яблоки зелёные кило, нарезка сыра для бутербродов, хлеб тостовый пшеничный", [
        ("сушки с маком мелкие", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "small (mini) сушки with poppy seed (Невская сушка «Сушки-мини, маковые»); Ладожский малышок without poppy and Тараллини excluded"),
        ("яблоки зелёные кило", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4047567", "4097664", "4152180", "4194478", "3171926"],
        }, "fresh green apples: labelled «зелёные», Гренни Смит, Симиренко (green variety, outside knowledge); «кило» is a quantity; Голден/Гольден (yellow), red varieties, unspecified «Яблоки фасованные», and Зелёная Линия «Яблоки Органика» (a brand, not green apples) excluded"),
        ("нарезка сыра для бутербродов", {
            "pyaterochka": ["3388814"],
            "magnit": ["1000278400", "1000318957", "1000452314", "1000500635", "1000560446", "1b8b3c9113",
                       "31ddd058b1", "8000046707", "8000046709", "8000072121", "8000076647", "bb94e30976",
                       "be2dd7f6c8", "ca5cdad8ff", "e2a74deed4"],
            "dixy": ["2000365650", "2000557451"],
            "perekrestok": ["3500347", "3501004", "4003953", "4274229", "4353317"],
        }, "sliced real cheese (нарезка/слайсы/ломтики, incl. flavoured Oldenburger and protein slices); «для бутербродов» is a purpose; processed cheese slices (Hochland Гриль Чиз) and sausage нарезка excluded"),
        ("хлеб тостовый пшеничный", {
            "pyaterochka": [],
            "magnit": ["67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "wheat toast bread (Коломенский «ТОСТОВЫЙ пшеничный»); «ТОСТОВЫЙ злаковый» excluded"),
    ]),
    # fzj18
    ("шоколадные шарики на завтрак, овсянка быстрого приготовления, какао nesquik, десяток яиц отборных", [
        ("шоколадные шарики на завтрак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4030128"],
        }, "chocolate cereal balls (Ухтышки «Шарики со вкусом шоколада»); Даниссимо yoghurts with crunchy balls, Alpen Gold chocolate with balls, corn flakes and rings excluded"),
        ("овсянка быстрого приготовления", {
            "pyaterochka": [],
            "magnit": ["1000026173", "1000026174", "1000106287", "1000155178", "1000155179", "1000206048",
                       "1000535160", "2123200142"],
            "dixy": ["2000113479", "2000116559", "2000303390", "2000320771", "2000536417", "2000538758",
                     "2000579452", "2000595591", "2000600674", "2000186448", "2000604115"],
            "perekrestok": ["2122914", "23772", "3503161", "3453942", "3453945", "3480283", "3480284", "3480286",
                            "3480288", "4043319", "4130513", "4130515", "4312717", "4312718"],
        }, "quick/instant oats: flakes labelled «быстрого приготовления», «1 минута», «3-5 мин», Быстров «без варки»/«Овсянка по-новому», and 35-41 g single-portion oat porridges (Геркулес, Магнит, Моя цена, Увелка 5x40, Makfa, Lava Lava, Первым делом, Мистраль, Маркет, Пр!ст — taken as instant, outside knowledge); traditional/Экстра/№2/№3 flakes, Organic life «Каша овсяная» 240 g (not stated instant), Nordic «Ленивая овсянка», baby porridges, ready-cooked porridges and oat drinks excluded"),
        ("какао nesquik", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder; Хрутка cocoa (other brand) excluded"),
        ("десяток яиц отборных", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1a8d487cea", "2047000014"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040",
                            "4012802", "4085790", "4168688", "4201192", "4201194", "4236458", "4337164",
                            "4352464", "4364349"],
        }, "chicken eggs of class С0/СО/«отборные» in packs of 10; С1/С2, «1 категории», СВ/«высшей категории», packs of 6/15/20/30 excluded"),
    ]),
    # fzj19
    ("сырники замороженые, пельмешки мини для детей, сметана жирная 20%", [
        ("сырники замороженые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no syrniki stated frozen: Магнит Гармония «Творожные сырники 140г» and Перекрёсток «Шеф» syrniki are chilled ready food (not stated frozen) — missing everywhere"),
        ("пельмешки мини для детей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no mini or children's pelmeni (Горячая штучка «Бульмени» are sphere-shaped, not mini; others are regular) — missing everywhere"),
        ("сметана жирная 20%", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715",
                     "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524",
                            "4221355", "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20 %; 10/15/25/30 % excluded; «жирная» is satisfied by the 20 %"),
    ]),
    # fzj20
    ("фарш из индейки, гречка ядрица 2 пачки, сливочное масло 82.5 пачка, морковка пару штук", [
        ("фарш из индейки", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "turkey mince: Магнит «Фарш ИНДИЛАЙТ Классический» (Индилайт is a turkey brand — outside knowledge; the title does not say turkey); beef/pork/mixed mince and Индилайт sausages/nuggets excluded"),
        ("гречка ядрица 2 пачки", {
            "pyaterochka": ["3332671"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000294696", "2000300392", "DI00080511",
                     "ЦТ0042599"],
            "perekrestok": ["28960", "3019156", "3231481", "3276128", "3438178", "3446736", "3477255", "3493533",
                            "3600743", "3674200", "3696237", "3994791", "4009020", "4019310", "4061364",
                            "4090171", "6847", "14301", "53673", "3694322", "39155", "3603166"],
        }, "buckwheat groats stated ядрица (incl. steamed, quick-cooking and boil-in-bag ядрица); also products another chain titles ядрица (Агро-Альянс Экстра элитная, Мистраль 900 g and «Фермерская», Увелка Экстра, Makfa гречневая — same lines, outside knowledge); green buckwheat, unspecified «Гречка»/«Нижегородская»/«Пассим Алтайская»/«Теплые традиции»/Увелка «в пакетах для варки» (not stated), buckwheat flour/flakes/drinks and ready buckwheat dishes excluded; «2 пачки» is a quantity"),
        ("сливочное масло 82.5 пачка", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "4fc2d8c8ad", "6b22928df7",
                       "8000045816", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                     "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3699369", "3922315",
                            "3953367", "3999749", "4055506", "4113532", "4135603", "4175276", "4196090",
                            "4260609", "4292462", "4310021", "4343792", "86149"],
        }, "butter of exactly 82.5 % in any pack («пачка» is the form butter is sold in); 82 % butters (Arla, President, Киприно, Молочный знак 82 %, Natura, JALO KERMA) and 72.5 % excluded"),
        ("морковка пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4299784", "60529"],
        }, "fresh carrots (incl. mini carrots); «пару штук» is a quantity; boiled peeled carrots, carrot salads, juices and purees excluded"),
    ]),
    # fzj21
    ("попкорн сладкий, лимонад черноголовка 2 бутылки, пирожное картошка, зефир в шоколаде ванильный", [
        ("попкорн сладкий", {
            "pyaterochka": ["3468690"],
            "magnit": ["9a0d8685f6", "fa4c1add36", "ef99bfd896"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet popcorn: chocolate, salted caramel, Mixbar «сл-сол.вк» (sweet-salty) and Lucky Days «Карамель/сыр» (an assortment including caramel); salted and cheese popcorn and Коринкорн «ассорти» (flavours not stated) excluded"),
        ("лимонад черноголовка 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["b4875f70d2"],
            "dixy": [],
            "perekrestok": ["3662137"],
        }, "Черноголовка classic lemonade: «Напитки из Черноголовки, Оригинальный» and «Лимонад газированный Черноголовка лимон»; Черноголовка Тархун, Байкал, Дюшес, Буратино, Кола, мандарин, «Лимон Лайм», «Лимонный Пунш» and the children's water excluded; «2 бутылки» is a quantity"),
        ("пирожное картошка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000574151"],
            "perekrestok": [],
        }, "the «Картошка» cake (Клер Дэлис «Пирожное Картошка»); «Картошка» candies (Невский Кондитер), glazed curd bars «Картошка» and other пирожные excluded"),
        ("зефир в шоколаде ванильный", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98"],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate-coated zefir with the classic vanilla taste: Шармэль «классический, в шоколаде» (classic = vanilla, outside knowledge); Пастухова «молочный» zefir in chocolate, cranberry zefir in chocolate glaze and unglazed zefir excluded"),
    ]),
    # fzj22
    ("шампунь детский без слёз, детское мыло, ватные диски 2 уп", [
        ("шампунь детский без слёз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's shampoo claims «без слёз»; Baby Boom, Гонки 2в1 and Бебл shampoo-gel are children's but the no-tears feature is not stated — missing everywhere"),
        ("детское мыло", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": ["2000605355", "2000605356"],
            "perekrestok": [],
        }, "children's soap, bar or liquid (Johnson's Baby, Baby Boom «детское жидкое», «крем-мыло детское»); adult soaps and shower gels excluded"),
        ("ватные диски 2 уп", {
            "pyaterochka": [],
            "magnit": ["472f57de85", "51bcbab403"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads (Я САМАЯ, БЕЛЛА КОТТОН); cotton buds excluded; «2 уп» is a quantity"),
    ]),
    # fzj23
    ("каша фрутоняня молочная овсяная, печенье для малышей, пюре фруктовое в мягкой упаковке", [
        ("каша фрутоняня молочная овсяная", {
            "pyaterochka": [],
            "magnit": ["1000247970"],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня milk-oat porridge (with banana); ФрутоНяня rice/wheat/5-grain/multi-grain/buckwheat porridges and Агуша oat porridges excluded"),
        ("печенье для малышей", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": ["2000529080"],
            "perekrestok": ["4113987", "4251005"],
        }, "biscuits made for small children: Heinz «Детское печеньице» and ФрутоНяня oat biscuits (children's brand; Перекрёсток «для детей»); adult oat biscuits (Полет) and purees «с печеньем» excluded"),
        ("пюре фруктовое в мягкой упаковке", {
            "pyaterochka": ["3661088", "3661089"],
            "magnit": ["0d12c0d245", "6669efd27b", "9a9ad61732"],
            "dixy": ["2000227782", "2000234542", "2000291666", "2000341236", "2000419136", "2000419171",
                     "2000602072", "2000602077", "2000602078", "T000007148", "2000350782", "ЦТ0029410",
                     "ЦТ0030383"],
            "perekrestok": ["22409", "3606461"],
        }, "no title states the pack; children's fruit purees of 90 g (ФрутоНяня, Агуша, Gipopo, Heinz, Пятёрочка «ФРУТОН.» mango/banana) and ФрутоНяня 250 g taken as spouted pouches (outside knowledge); 100 g ФрутоНяня purees (glass jars), Агуша «Укрепляй-ка» 80 g, Heinz fruit-vegetable puree, Nutrino Lab 200 g (pack unknown), vegetable/meat purees and desserts excluded"),
    ]),
    # fzj24
    ("рыбные палочки замороженые, горошек зеленый бондюэль, кетчуп детский", [
        ("рыбные палочки замороженые", {
            "pyaterochka": [],
            "magnit": ["8f0e6b97be"],
            "dixy": ["DI00081489"],
            "perekrestok": [],
        }, "frozen breaded fish sticks (Vici/ВИЧИ; Магнит's «Палочки рыбные ВИЧИ, 500г» taken as frozen, outside knowledge); crab sticks and surimi excluded"),
        ("горошек зеленый бондюэль", {
            "pyaterochka": [],
            "magnit": ["08e4c89d92", "68a96163bf"],
            "dixy": ["0230306094", "1100075857", "2000313828"],
            "perekrestok": ["16791", "27460", "3635251", "3951175", "4059535", "4188483", "4283761"],
        }, "Bonduelle green peas of any size/line (Classique, нежный, молодой); Bonduelle «Expert зелёный с морковью», corn, beans, olives and Heinz peas excluded"),
        ("кетчуп детский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's ketchup in any store — missing everywhere"),
    ]),
    # fzj25
    ("тарелки одноразовые бумажные, стаканчики бумажные, фанта 2 л, конфеты ассорти", [
        ("тарелки одноразовые бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in any store — missing everywhere"),
        ("стаканчики бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no paper cups in any store (only ice cream «в вафельном стаканчике») — missing everywhere"),
        ("фанта 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "only Пятёрочка FANTA 0.33 l can; 2 l is a pack size — missing everywhere"),
        ("конфеты ассорти", {
            "pyaterochka": [],
            "magnit": ["0b5eeb1964", "159e951f00", "201c0febf2", "37c73d89a3", "6ab14ba23b", "8a1caa06dc",
                       "e9d81e05f7", "671fc15e2d"],
            "dixy": ["2000241694", "2000268721", "2000345233", "2000522181", "2000528445", "2000601433",
                     "2000601434"],
            "perekrestok": ["4091384"],
        }, "candy assortments titled «Ассорти» (Merci, Коркунов, Dove, Конти, Dolcemania, Bonita, Royal Collection, Зелёная Линия, Lucky Days caramel mini assortments); single-flavour «Набор конфет» boxes (Комильфо, Родные просторы, Amelie, Royal Collection «Набор», O'Zera), single lollipops/caramels sold «в ассортименте» and chocolate bars excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzj"))
