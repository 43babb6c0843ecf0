#!/usr/bin/env python3
"""Re-create fresh_basket_eval_j.jsonl -- 25 shopping lists for occasions, hand-labelled against the real
offers in real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_j.build.py

LISTS below is literal data: 25 lists (2-5 items) as different households would type them to a Telegram
bot (weekly shop, dinner, a child's birthday, a student, pensioners, sport and diet, a barbecue, tea with
guests, baking, soup, a hangover, a picnic, the New Year table, pets, household and hygiene goods), and for
every item the product ids of every store that a reasonable shopper who wrote exactly that would accept.
The lists were written blind first (lists_blind_j.txt); candidate titles were then grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and
read one by one; the note of each item records what was deliberately left out and any judgement that rests
on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fj01, fj02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_j.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # j01 weekly shop
    ("молоко 2.5% 2 пачки, батон нарезной подешевле, яйца десяток, маслица сливочного 82.5", [
        ("молоко 2.5% 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706", "1051242602",
                       "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT, any pack size; Магнит Агуша children's 2.5% milk "
           "included by convention); Перекрёсток «топленое 2.5%», Дикси «Ряженка … Топленое молоко 2,5%», kefir and butter "
           "«Северное молоко» excluded; «2 пачки» is a quantity"),
        ("батон нарезной подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» kind (sliced or not); Магнит «Утренний»/«Отрубной», Перекрёсток «Новый», «Молочный», "
           "«Горчичный», «Зерновой», «к завтраку», plain «Батон, 300г» and all «Батончик» bars excluded; «подешевле» is a wish"),
        ("яйца десяток", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "1a8d487cea", "2047000007",
                       "2047000014", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "4012802", "4085790", "4085791", "4085792", "4168688",
                            "4201192", "4201194", "4236458", "4337164", "4339427", "4352464", "4364349"],
        }, "chicken eggs of any class in packs of 10; packs of 6/15/20/30, quail eggs (Магнит Молодецкие 10 шт included in "
           "the exclusion: «яйца» means hen's eggs), smoked quail eggs and the toy «Мармелад в яйце» excluded"),
        ("маслица сливочного 82.5", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136",
                       "1000521208", "1000566266", "1899900309", "4fc2d8c8ad", "6b22928df7", "8000045816", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3699369", "3922315", "3953367",
                            "3999749", "4055506", "4113532", "4135603", "4175276", "4196090", "4260609", "4292462",
                            "4310021", "4343792", "86149"],
        }, "butter labelled exactly 82.5% (sweet-cream, salted or not, any size, incl. Перекрёсток lactose-free Тысяча Озёр); "
           "butters labelled 82% (Пятёрочка JALO KERMA, Магнит Арла Натура, Перекрёсток Киприно, President, Natura, Молочный "
           "знак 82%) excluded because the user wrote 82.5; 72.5%, chocolate butter 62% excluded"),
    ]),
    # j02 dinner tonight
    ("фарш для котлет, макароны рожки, огурчики свежие", [
        ("фарш для котлет", {
            "pyaterochka": [],
            "magnit": ["0376e5e67d", "1f9a3b6240", "7a27d3e67f", "b77abe71d3"],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["3681614", "4013", "4288090", "4357432", "4364589", "7354"],
        }, "raw minced meat of any kind (pork, beef, mixed «домашний»/«деревенский», turkey Индилайт); Перекрёсток «Фарш Люди "
           "любят из минтая» (fish mince) excluded — judgement: «фарш» without a word means meat; stuffed olives «фаршированные» "
           "excluded; «для котлет» is a purpose, not a filter"),
        ("макароны рожки", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4273871", "4274071", "4328907", "4340660", "82772"],
        }, "dry pasta titled рожки/рожок of any size (витой, полубублик, крупный, малютка with tomato/spinach, Роллтон with olive "
           "oil); ice-cream «рожок», creme desserts in a wafer cone and творожки (stem) excluded"),
        ("огурчики свежие", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "2000327957", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072", "44569"],
        }, "fresh cucumbers (гладкие, колючие, длинные, короткоплодные, Бакинские, фасованные); pickled, salted, marinated "
           "(incl. «малосольные»), assortments and flavoured goods excluded. Judgement: Дикси «Огурцы, 600 г», «Огурцы корнишоны, "
           "в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» (weighed, priced like fresh) taken as fresh since no brine/"
           "marinade is named; Перекрёсток «Огурцы корнишоны солёные» excluded"),
    ]),
    # j03 child's birthday
    ("торт шоколадный, сок детский яблочный, чипсы лейс сметана и лук, свечки для торта", [
        ("торт шоколадный", {
            "pyaterochka": ["65939", "72892"],
            "magnit": ["19fddcb78b"],
            "dixy": [],
            "perekrestok": ["2069979", "23689", "3369397", "3416416", "3450159", "3498155", "3624690", "3631306", "3696956", "4096050",
                            "4102084", "4114263", "4157414", "4159755", "4205372", "4214416", "4214612", "4223149",
                            "4249478", "4254453", "4260392", "4263396", "4277039", "4293821", "4295076", "4312079",
                            "4325864", "4343668", "4346024", "4346097", "4346866", "4347534", "4352353", "4353817",
                            "4370848", "4371529", "4381812", "78026600"],
        }, "cakes («Торт», «Мини-торт», «Торт-десерт») whose title says chocolate (шоколадный, три/два шоколада, шоколадно-…, "
           "шоко-карамель, «со вкусом шоколада», «Шоколадное молоко», «Шоколадная Жемчужина», Petra «Чизкейк шоколадный» "
           "titled Торт); cakes without chocolate in the title (Эстерхази, Миндальный, Пломбир-классик, АМА, Бенто манго, "
           "киви-клубника, вафельный с орехами), eclairs, protein «тортик» pastries and Raffaello/Боярушка «тортик» sweets "
           "excluded. Judgement: the wafer/biscuit cakes «Шоколадница» (Пятёрочка 430 g and 270 g, Магнит with peanuts) and "
           "Перекрёсток «Семейная Шоколадка» taken as chocolate cakes (chocolate-glazed, chocolate filling)"),
        ("сок детский яблочный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "2000177649", "2000341137", "DI00080427", "ЦТ0017501"],
            "perekrestok": ["3049629", "3270265", "3646063", "4157530", "4340738", "4340742", "67047"],
        }, "single-fruit apple juice sold for children (ФрутоНяня, J7 / Волжский Посад «для детского питания», Сады Придонья "
           "«с 4 месяцев»/«3 месяца+»/Kids, Добрый Active kid яблочный); apple mixes (яблоко-вишня/-персик/-виноград), "
           "Агуша and Любимый «напиток сокосодержащий», nectars and adult juices excluded. Judgement: the 125 ml Сады Придонья "
           "apple juices without an age mark (Дикси «Яблоко, прямой отжим, 0,125 л», Перекрёсток «зеленое яблоко, 125мл») "
           "taken as the brand's baby line"),
        ("чипсы лейс сметана и лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000330912", "2000568012", "ЦТ0044994"],
            "perekrestok": [],
        }, "Lay's crisps «Сметана и лук» (incl. рифленые); Lay's «Сметана и зелень», «Белые грибы со сметаной», the mixed "
           "37 g pack and Русская картошка / Хрустящий картофель «сметана и лук» (other brands) excluded"),
        ("свечки для торта", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no candle of any kind in the offers; Магнит «Коржи слоеные … для торта» and Raffaello «Тортик» are traps"),
    ]),
    # j04 student
    ("доширак 5 шт, пельмени самые дешевые, пивка жигулевское", [
        ("доширак 5 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles of any flavour (only «Чан рамен» is on offer); Дикси «Пюре картофельное Доширак» (instant "
           "mash of the brand) is a trap and excluded; «5 шт» is a quantity"),
        ("пельмени самые дешевые", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05", "f4f41d5103",
                       "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192", "2000596851", "2000596852",
                     "2000596853"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (incl. chicken, Бульмени/Бигбули of Горячая штучка — Дикси titles "
           "them without the word «пельмени», judgement from outside knowledge: they are pelmeni); Перекрёсток fish pelmeni "
           "«Четверг рыбные из трески» excluded (plain «пельмени» = meat), хинкали, равиоли, чебуреки excluded; «самые "
           "дешевые» is a wish, not a filter"),
        ("пивка жигулевское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Жигулёвское» beer on offer; Магнит «Пиво ЖИГУЛИ Барное/ИПА/ЭКСПОРТ» is a different brand (Жигули ≠ "
           "Жигулёвское, judgement), Дикси «Пивной напиток Жигули Манго-маракуйя» and Перекрёсток «Яблоки Жигулевские» are traps"),
    ]),
    # j05 pensioners
    ("кефир 2.5%, пачку творога, геркулес, чаю черного пакетированного 100 шт, валидол", [
        ("кефир 2.5%", {
            "pyaterochka": [],
            "magnit": ["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534", "610b0779be",
                       "8000033639"],
            "dixy": ["2000560991", "ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919", "4229630",
                            "4233125", "4245052", "4263418", "4280483", "4280893"],
        }, "kefir labelled exactly 2.5% (any brand and size); other fat levels, the Простоквашино «Кефирный Коктейль» "
           "(strawberry, fat-free) and «на кефире» bread/шашлык excluded"),
        ("пачку творога", {
            "pyaterochka": ["4067060"],
            "magnit": ["0cfee9df84", "1000122024", "1000157386", "1000208909", "1000224037", "1000306424", "1000372783",
                       "1000372786", "1000377235", "1000386975", "1000426465", "1000426470", "1000426473", "1000441658",
                       "1000448251", "1000448252", "1000453156", "1000453157", "1000475531", "1000500397", "1000512632",
                       "1000530486", "1000535923", "1000563526", "1000572167", "1051242603", "1079990193", "161690c563",
                       "1720c2be05", "1899910741", "18fc386178", "1eb57431af", "2400019178", "3959a203ba", "3d536f7add",
                       "57c16fad2a", "8000030462", "8000033100", "8000055235", "8000068592", "8000069908", "8000073444",
                       "8000079349", "8000079350", "93ff6e854f", "9aeeb10b64", "c7f0f0e5ec"],
            "dixy": ["2000024202", "2000032946", "2000227595", "2000244591", "2000266304", "2000280850", "2000301689",
                     "2000309621", "2000312025", "2000322093", "2000410935", "2000423589", "2000512184", "2000539346",
                     "2000555052", "2000564413", "2000566980", "2000567931", "2000568076", "2000568077", "2000569975",
                     "2000580113", "2000592831", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3192865", "3194302", "3279582", "3487310", "3617778", "3668864", "3692660", "4050943",
                            "4069819", "4121611", "4128957", "4129495", "4153929", "4153930", "4166368", "4249279",
                            "4249284", "4249286", "4274201", "4290625", "4294066", "4294087", "4299495", "4299497",
                            "4302679", "4324116"],
        }, "plain cottage cheese of any fat level and texture (рассыпчатый, мягкий/нежный, пластовой, обезжиренный, "
           "безлактозный, «из топленого молока»), incl. plain children's творог (Агуша Классический, Тёма «для малышей», "
           "Зелёная Линия биотворог детский 5%) by analogy with the milk convention; творог with fruit/berries/изюм/варенье/"
           "сметана, «зерненый» cottage cheese in cream (101 Зерно, Карат, Хуторок, Простоквашино, Молочный знак), Danone "
           "«Продукт творожный», творожки, сырки and baked goods excluded. Judgement: Перекрёсток «Творог Зёрнышко» Зелёная "
           "Линия taken as plain crumbly творог (not in cream); «пачку» is a quantity"),
        ("геркулес", {
            "pyaterochka": [],
            "magnit": ["1fbd6e427e", "7e4e5763f5", "8a13df6c91"],
            "dixy": ["1041032607", "2000002160", "2000005395", "2000186448", "2000219614", "2000222892", "2000601251",
                     "2000604115", "DI00078791"],
            "perekrestok": ["2105514", "2122914", "2122915", "2122919", "23772", "24926", "27919", "3421663", "3469027",
                            "3469028", "3503161", "3933387", "4005492", "4078263", "4157124", "4321219", "4355178", "6752",
                            "9056"],
        }, "plain rolled oat flakes of any brand and grade («геркулес» is the everyday word for oat flakes: №1-3, Экстра, "
           "быстрого приготовления, с отрубями, голозёрные, без глютена); instant porridge sachets (incl. the brand Геркулес "
           "with fruit), flavoured flakes (клюква-яблоко, с вишней), children's porridges, oat flour, oat drinks, Магнит «Хлеб "
           "ГЕРКУЛЕС» (trap) and «Колечки» excluded. Judgement: Перекрёсток Лакоме «Овсянка резаная» (cut groats), Vila "
           "Natura «Овсянка Био» and Myllyn Paras «Каша овсяная 500г» left out — their titles do not say flakes"),
        ("чаю черного пакетированного 100 шт", {
            "pyaterochka": ["18087", "2070399", "3141303"],
            "magnit": ["0b0945cde7", "1305f039da", "1ce117e378", "262636efc4", "539736f8c3", "62e44aad83", "62e737f079",
                       "79c875b985", "8e34db68c9", "c237948667", "f27576dc9c", "f2ec203f7f", "f528489d63"],
            "dixy": ["2000224056", "2000289445", "2000295224", "2000520549", "2000568232"],
            "perekrestok": ["2070399", "2147890", "3378336", "3662837"],
        }, "unflavoured black tea in bags, 100 bags per pack (Пятёрочка DILMAH «чер.ярл.100х2г» = tagged bags); flavoured "
           "black teas (Earl Grey/бергамот, чабрец, шиповник-яблоко, малина-черника, цедра-мята, Greenfield Spring Melody), "
           "green tea, loose-leaf 100 g packs and smaller bag counts excluded — judgement: «чай черный» read as plain black tea"),
        ("валидол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no validol (a pharmacy product); Магнит's pharmacy items (Амиксин, Имудон, Гептрал «таблетки») and dishwasher "
           "tablets are not it"),
    ]),
    # j06 sport and diet
    ("куриную грудку охл 1кг, творог 0% 2 пачки, протеиновый батончик без сахара", [
        ("куриную грудку охл 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2160076", "2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832",
                            "3609675", "3649232", "3653837", "3669585", "3673509", "3678985", "3689116", "3694848",
                            "3940063", "3946764", "4116904", "4208844", "4242120", "4306879", "4312563", "4323072",
                            "4329298", "4347498", "52888", "53105"],
        }, "raw chicken breast / breast fillet, chilled (incl. on the bone, «малое» inner fillet and breast medallions); "
           "«филе цыплёнка(-бройлера)» and «филе куриное» taken as breast fillet (as in set g), Перекрёсток «Медальон куриный» "
           "taken as breast medallions; weighed fresh-counter fillets whose titles do not say «охлаждённое» (Петелинка 2173555 "
           "and 4242120, Латифа, «Филе куриное Перекрёсток», «Филе грудки фермерское») accepted as chilled (nothing on offer is "
           "frozen fillet). Thigh fillets, «Филе курицы в маринаде», breaded strips, ready meals and Магнит's thighs/wings/"
           "whole birds excluded; «1кг» is the quantity wanted for weighed goods"),
        ("творог 0% 2 пачки", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1899910741", "1eb57431af"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "cottage cheese labelled 0% or «обезжиренный» without a number (judgement: taken as 0%), incl. soft Савушкин "
           "Нежный 0% and Danone «мягкий обезжиренный»; Магнит Резной Палисад «обезжиренный 1.8%» excluded (the user wrote "
           "0%), all other fat levels excluded"),
        ("протеиновый батончик без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548696"],
            "perekrestok": ["4268248"],
        }, "protein bars: Дикси «Батончик протеиновый Snaq Fabriq», Перекрёсток «BootyBar Crunch» — judgement from outside "
           "knowledge: both brands are sold as bars without added sugar though the titles do not say so; muesli/nut bars "
           "«без сахара» that are not protein bars (ДиYes черника, Bombbar Клубника мюсли), protein cookies, candies, "
           "pastries, puddings and Snaq Fabriq chocolate excluded"),
    ]),
    # j07 barbecue
    ("шашлык свиной в маринаде, уголь березовый 3кг, кетчуп для шашлыка хайнц, лаваш армянский", [
        ("шашлык свиной в маринаде", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "raw pork shashlik: Магнит «Шашлык свиной МИРАТОРГ Деликатесный» and Перекрёсток «Шашлык из свиной шейки "
           "охлаждённый» — judgement: raw shop shashlik is sold marinated though the titles do not say «в маринаде»; "
           "Перекрёсток «Шашлык любительский»/«по-московски» excluded (meat not stated), «Шашлык из свинины с луком жареный» "
           "(cooked), chicken/shrimp shashlik, Магнит «Свинина в маринаде по-французски» (not shashlik) and Дикси pork ribs "
           "in marinade excluded"),
        ("уголь березовый 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal on offer; Colgate toothpastes «уголь» and ice cream «брикет» are traps"),
        ("кетчуп для шашлыка хайнц", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225"],
            "perekrestok": ["4116848", "4157803", "4207051"],
        }, "Heinz ketchups made for shashlik («для гриля и шашлыка», «К шашлыку и грилю», «Гриль и шашлык для мяса», "
           "«укроп-петрушка для шашлыка»); other Heinz ketchups (томатный, острый, итальянский, с чесноком, Pikador) and "
           "Помидорка «для шашлыка» (other brand) excluded"),
        ("лаваш армянский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (both titled «Армянский»); nothing else titled лаваш exists"),
    ]),
    # j08 tea with guests
    ("юбилейное печенье подешевле, конфеты рафаэлло, пару лимонов, зефирку в шоколаде", [
        ("юбилейное печенье подешевле", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "«Юбилейное» biscuits of any variety (традиционное, молочное, с глазурью, Дикси «Овсяное»); Дикси колбаса "
           "«Юбилейная» and Перекрёсток coffee Julius Meinl «Юбилейный» are traps; «подешевле» is a wish"),
        ("конфеты рафаэлло", {
            "pyaterochka": [],
            "magnit": ["1a45f76949", "3061e3f9c1", "795afcfbc6"],
            "dixy": ["2000001754", "2000320701", "DI00078416"],
            "perekrestok": ["18162", "2105827", "2157344", "3163976", "3604056", "40690"],
        }, "Raffaello sweets of any box size; Raffaello «Тортик»/«Торт» (Магнит 200 g, Дикси 100 g) excluded — judgement: "
           "a cake-form product, not the sweets asked for"),
        ("пару лимонов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons (weighed or 2-packs); Перекрёсток «Нектарины лимонные», lemon-scented cleaners, «Настойка Лимон», "
           "«Слойка с лимоном» and the strudel excluded; «пару» is a quantity"),
        ("зефирку в шоколаде", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98", "1000354755"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "zefir coated in chocolate or chocolate glaze (Шармэль в шоколаде, Пастухов «Зефир молочный в бельгийском "
           "шоколаде» titled Десерт, Белёвские мастера клюква в шоколадной глазури); plain/unglazed zefir, marshmallows "
           "(incl. «в молочном шоколаде» маршмеллоу and «Бананы с шоколадной начинкой») and chocolate «с маршмеллоу» excluded"),
    ]),
    # j09 baking a cake
    ("мука высший сорт 2 кг, разрыхлитель теста 2 пакетика, сливки 33% для взбивания, какао-порошок без сахара", [
        ("мука высший сорт 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409",
                            "4262616", "4326495", "91321"],
        }, "wheat flour of высший сорт in 2 kg packs (the written size names the pack, as «сахар 1кг» in set g); 1 kg "
           "packs, grade «экстра» (Французская штучка, Makfa, Алексеевская, Печенов), «особая», whole-grain, gluten-free, "
           "Manitoba and ungraded Дикси «Мука пшеничная хлебопекарная, 2 кг» excluded. Judgement: Магнит «Мука ПЫШЕЧКА, "
           "пшеничная, 2кг» and «СТАРООСКОЛЬСКАЯ, хлебопекарная, ГОСТ, 2кг» and Дикси «Старооскольская хлебопекарная, 2кг» "
           "taken as высший сорт (the same lines are titled высший сорт in the other chains)"),
        ("разрыхлитель теста 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder (Дикси Dr.Bakers 10 g); soda, yeast and dough excluded; «2 пакетика» is a quantity"),
        ("сливки 33% для взбивания", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream of exactly 33% (Петмол for whipping, titled «Крем сливочный ул/паст.33%» at Пятёрочка; Вкуснотеево «для "
           "взбивания»; Магнит Молочный мир 33% sterilised, taken as fine for whipping — «для взбивания» is a purpose); 10/11/20% "
           "cream and vegetable whipping creams excluded"),
        ("какао-порошок без сахара", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        }, "plain cocoa powder (Золотой ярлык «натуральный», «Какао-порошок РОССИЙСКИЙ»); sweetened instant cocoa drinks "
           "(Nesquik, Хрутка, Скрепыши, Магнит ЧУККА «гранулированный» — judgement: an instant drink with sugar), chocolate "
           "and cocoa-flavoured goods excluded"),
    ]),
    # j10 making soup
    ("курицу суповую, морковку, лучок репчатый 1 кг, вермишель паутинка", [
        ("курицу суповую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no boiling hen («курица суповая») or chicken soup set on offer; Магнит broiler carcass «Тушка цыпленка-бройлера "
           "ПЕТРУХА» is a different bird (judgement: not taken), Перекрёсток «Рагу из говядины суповое», «Мясо говяжье для "
           "бульона», Магнит «Суп СЕМЕЙНЫЕ СЕКРЕТЫ Куриный» (instant soup) and «Цыплёнок табака» are traps"),
        ("морковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh carrots (loose, washed, mini, Перекрёсток «Морковь для сока, 1кг» — fresh carrots sold for juicing); Перекрёсток boiled peeled carrots «Дмитровские Овощи … варёная», Maggi "
           "«Зажарка с морковью», sauerkraut with carrot, juices, smoothies and pet food «морковь» excluded"),
        ("лучок репчатый 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (yellow, red, peeled, in a net, any pack); dried/ground onion (Айдиго, Kotanyi), Maggi "
           "«Зажарка», «Лукашинские» goods, «лукум» and «Груши Лукас» excluded; «1 кг» is the quantity for weighed produce"),
        ("вермишель паутинка", {
            "pyaterochka": [],
            "magnit": ["2c49a7a5d2", "e60106f6b1"],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "very thin short vermicelli: Дикси Makfa «Паутинка»; judgement: Магнит MAKFA «Короткая тонкая» and BARILLA "
           "«Филини» are the same thin soup vermicelli under other names; plain «Вермишель» (thickness unstated), "
           "«легкая» №111, long spinach vermicelli, instant Роллтон and funchoza excluded"),
    ]),
    # j11 hangover
    ("минералка ессентуки 17, рассольчик огуречный, кефирчик, алка зельцер", [
        ("минералка ессентуки 17", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000336236"],
            "perekrestok": ["3977406"],
        }, "Ессентуки №17 mineral water; Ессентуки №4, Дикси «Ессентуки, целебная» 1.5 l and Aqua bene «Ессентуки, "
           "целебная» (number not stated, judgement: not №17) excluded"),
        ("рассольчик огуречный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cucumber brine sold as a drink; brine cheeses («рассольный»), mussels/shrimps/olives «в рассоле» and jarred "
           "salted cucumbers (a different product) are traps"),
        ("кефирчик", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000139426", "1000143510", "1000166736", "1000307731", "1000350608", "1000350609", "1000439735",
                       "1000451590", "1000451591", "1000531928", "1000563708", "1899800689", "1899800795", "1899911984",
                       "1899912534", "37f16272a7", "48045cf20b", "610b0779be", "790e8c96de", "8000033639", "9cbe548621"],
            "dixy": ["2000166045", "2000208649", "2000227476", "2000253973", "2000331970", "2000560239", "2000560991",
                     "2000587052", "DI00081047", "ЦТ0028202"],
            "perekrestok": ["18510", "2083868", "2084558", "2093082", "2173827", "3352331", "3386041", "3429041", "3433425",
                            "3467794", "3467795", "3491537", "3604602", "3604726", "3636340", "3668693", "3682461",
                            "3922310", "4045978", "4109799", "4137919", "4153932", "4159752", "4174038", "4198906",
                            "4229630", "4233125", "4242643", "4245052", "4252382", "4252383", "4255904", "4263416",
                            "4263418", "4280483", "4280893", "4302774", "4318914", "4328084", "4334308", "97452"],
        }, "kefir and bio-kefir of any fat level and size (incl. Агуша children's kefir, by analogy with the milk "
           "convention); «биокефирный продукт»/«кефирный продукт» (Домик в деревне), Bio Баланс «биопродукт кефирный», the "
           "strawberry «Кефирный Коктейль» and goods «на кефире»/«в кефире» excluded"),
        ("алка зельцер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Alka-Seltzer (a pharmacy product); Магнит vodka «ТАЛКА» (contains the string «алка»), Chupa Chups «с "
           "шипучкой» and Магнит pharmacy tablets are traps"),
    ]),
    # j12 picnic
    ("вода без газа 0.5 л 6 шт, колбаса сырокопченая в нарезке, салфетки влажные, огурцы малосольные", [
        ("вода без газа 0.5 л 6 шт", {
            "pyaterochka": [],
            "magnit": ["2553561", "d13e3cd3df", "dcf748edda", "f54aafe234"],
            "dixy": ["2000145439", "2000292748", "2000557954", "ЦТ0040414"],
            "perekrestok": ["3655717", "3674371", "3922562", "4316385", "70516"],
        }, "still drinking/mineral water in 0.5 l bottles whose title says негазированная/негаз; sparkling waters, 0.5 l "
           "waters whose title does not state still or sparkling (Дикси «Сенежская, 0,5 л», «Aqua Minerale, 0,5 л», Пятёрочка "
           "Набеглави), Borjomi, flavoured Aqua Bene «с ароматом лимона» and other sizes excluded; «6 шт» is a quantity"),
        ("колбаса сырокопченая в нарезке", {
            "pyaterochka": [],
            "magnit": ["06d16516c6", "21cb360c4b", "2dbd01217d", "403c330318", "4a8c9560a0", "985a580a4d", "e1bb99c49a"],
            "dixy": ["2000402841", "2000558771", "2000603172"],
            "perekrestok": [],
        }, "dry-smoked (сырокопчёная) sausage/salami whose title says нарезка, incl. sliced sausage assortments (Велком, "
           "Черкизово Сальчичон/Прошутто, Trio Mio); unsliced sticks and «мини» pieces, сыровяленая (Мясницкий ряд Верона, "
           "ЕКГФ с трюфелем — a different process), boiled/semi-smoked sliced sausage, Иней шейка/балык and Егорьевская хамон "
           "(not sausage) excluded"),
        ("салфетки влажные", {
            "pyaterochka": [],
            "magnit": ["2499871", "337392b1b2", "36ac79cfc0", "4655517315", "47dd423390", "667fad1c9c", "73ec40a66f",
                       "9022eaa3a8", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for hands/body, incl. antibacterial and children's wipes; intimate-hygiene wipes («Я САМАЯ»), AURA "
           "wipes «д/поверхностей», K2R laundry sheets, ZEWA facial tissues and dry paper napkins excluded"),
        ("огурцы малосольные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4260194"],
        }, "lightly salted cucumbers (Лукашинские «По-Суздальски малосольные бочковые»); fully salted, barrel and marinated "
           "cucumbers, fresh cucumbers and Lay's «Малосольные огурчики» crisps (trap) excluded"),
    ]),
    # j13 new year's table
    ("икорку красную 2 баночки, шампанское российское полусладкое, мандарины 2 кило, провансаль 67", [
        ("икорку красную 2 баночки", {
            "pyaterochka": [],
            "magnit": ["2f54e426f0", "7338cc5f32"],
            "dixy": ["2000238171", "2000530894"],
            "perekrestok": [],
        }, "natural salmon roe (Магнит «ИКРА КРАСНАЯ, 95г», Камчатское море trout roe; Дикси лососевая зернистая, горбуша "
           "зернистая); «структурированная» red caviar (Магнит, Дикси Три кита — an analogue made from other ingredients), "
           "black halibut roe, Мореслав «Икра деликатесная с креветкой» (capelin), eggplant «икра» and Магнит tartlets "
           "«Икорные» excluded. Judgement: Дикси «Икра красная Отборная/Русская, 95 г» at 119.90 ₽ taken as an imitation "
           "(price a fifth of real roe) and excluded; «2 баночки» is a quantity"),
        ("шампанское российское полусладкое", {
            "pyaterochka": [],
            "magnit": ["8fffc021cf", "c808d17741"],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, "Russian white semi-sweet sparkling wine: Абрау-Дюрсо белое полусладкое, Шато Тамань белое полусладкое, "
           "Перекрёсток «Советское Шампанское белое полусладкое» (judgement: the classic Russian «шампанское», accepted though "
           "not titled «Российское»); brut/semi-dry/sweet, Абхазские Лыхны, Italian/Spanish/French sparkling wines, Asti, "
           "Martini Rose and sweets «с игристым вином» excluded"),
        ("мандарины 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); mandarin drinks, yoghurt, dish soap and Перекрёсток olives «с "
           "мандарином» are traps; «2 кило» is the quantity wanted"),
        ("провансаль 67", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219", "1000348713",
                       "1000356802", "1000422623", "1000501598", "1000556519", "1000556521", "1728400030", "1799700138",
                       "2c23c84574", "56ff8ec751", "7a519275b4", "7d31b46ae3", "8000045827", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803",
                     "2000265607", "2000306265", "2000429651", "2000539317", "2000570511", "ЦТ0027566", "ЦТ0040573",
                     "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4199312", "4259097", "4259098", "4297819",
                            "4331497", "4331500", "4331515", "4331518", "78193"],
        }, "mayonnaise titled «Провансаль» (incl. the brand «Московский провансаль» and Провансаль оливковый / с лимонным "
           "соком / с маслом авокадо / сливочный) with 67% fat; 67% mayonnaises not titled Провансаль (Оливковый, на "
           "перепелиных яйцах, Heinz Классический, «Чистый», Слобода «Московская», Пятёрочка Ряба оливковый), «Московский "
           "провансаль Домашний 55%» and mayonnaise sauces excluded"),
    ]),
    # j14 pets
    ("вискас влажный для кошек, наполнитель для кошек древесный, педигри щенкам сухой", [
        ("вискас влажный для кошек", {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493421", "2493431", "2493691", "2541861",
                       "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "wet Whiskas in 75 g pouches (паштет, рагу, желе, соус; incl. «для котят» and «старше 7 лет» — «для кошек» "
           "only says cat food); dry Whiskas (Пятёрочка «сухой» 350 g, «Подушечки» 350/800 g) excluded. Judgement: Магнит "
           "«WHISKAS Паштет с говядиной, 1,9кг» taken as the dry «подушечки с паштетом» bag (a 1.9 kg pack is dry food) "
           "and excluded"),
        ("наполнитель для кошек древесный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood litter on offer; Магнит «КЭТ СТЕП, силикагелевый» is silica gel (excluded), yoghurts/ice cream «с "
           "наполнителем» are traps"),
        ("педигри щенкам сухой", {
            "pyaterochka": [],
            "magnit": ["cda7970ddc"],
            "dixy": [],
            "perekrestok": [],
        }, "dry Pedigree for puppies («для щенков всех пород, курица, 2,2кг»); Pedigree for adult dogs, wet Pedigree and "
           "Dentastix treats excluded"),
    ]),
    # j15 dinner tonight
    ("пельмени сибирские, сметанки 15%, черного хлеба буханку", [
        ("пельмени сибирские", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "judgement: «сибирские» read as pelmeni of «Сибирская коллекция» (the only pelmeni whose title names Siberia); no "
           "pelmeni of the variety «Сибирские» exist. Цезарь «Гордость Сибири» (Дикси) excluded — the name is not "
           "«сибирские»; other pelmeni, Магнит «Сибирская ягода» and Airwick «Сибирская сказка» excluded"),
        ("сметанки 15%", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810",
                       "1000463648", "1000553874", "1000558440", "1899900582", "2645f50028", "8000035449", "8000057502",
                       "8000068594", "8000072734", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "plain sour cream of exactly 15% (incl. lactose-free and «из топлёных сливок»); Пятёрочка «пикантная, с "
           "чесноком 15%» (flavoured), other fat levels, «сметанный» mayonnaise and sour-cream-flavoured snacks excluded"),
        ("черного хлеба буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "3126329", "3382146", "3617422", "3624125", "3627134",
                            "3631465", "3634576", "3658457", "3931337", "3953836", "3965436", "3974719", "3974720", "4049144",
                            "4074396", "4148558", "4149554", "4164733", "4276930", "4329404", "4354623", "78034786"],
        }, "rye and rye-wheat loaves: titles saying ржаной/ржано-пшеничный, and the classic dark loaves Дарницкий, "
           "Бородинский, Столичный (judgement: rye-wheat breads by recipe though the title does not say rye); Ржаной Край "
           "(brand word, as in set g), Рижский Хлеб Крестьянский/Деревенский/Ароматный and Двинский (rye not stated), the "
           "raisin loaf, «Хлебец пшенично-ржаной», rye baguette/ciabatta/батард (not a loaf «буханка»), Дикси «Хлеб вафельный "
           "ржаной» (crispbread) excluded"),
    ]),
    # j16 weekly shop
    ("сырку российского, колбаски докторской полкило, помидорки", [
        ("сырку российского", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "8000046707", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "cheese «Российский» (incl. «Российский молодой» and slices); Магнит «Продукт По-Российски … на основе "
           "растительного жира» (not cheese), Russian cognac and «Российская корона» ready meals excluded"),
        ("колбаски докторской полкило", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a",
                       "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "boiled sausage «Докторская» of any maker and pack (pieces, loaves, sliced; Царицыно «Докторская, Особая»); "
           "«Докторские» frankfurters (Рублёвский), Доктор Кёрнер crisps, Colgate «Доктор Заяц» and the beer drink «Доктор "
           "Дизель» excluded; «полкило» is the quantity wanted, not a pack size"),
        ("помидорки", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["10E0075437", "2000003231", "2000186544", "2000285867", "2000303785", "2000327738", "2000331828",
                     "2000410142", "2000580825", "2000580827", "2000601471", "2000601472", "D000004968", "ЦТ0019904"],
            "perekrestok": ["11971", "14809", "14811", "2100224", "21292", "2166", "3373662", "3383460", "3383465",
                            "3410591", "3634714", "3657325", "3695580", "4125409", "42138", "4214021", "4217379",
                            "4255159", "4261327", "4272752", "4327416", "4335742", "4335744", "4371254", "4375133",
                            "4377073", "4378622", "4381951", "4381952", "82521"],
        }, "fresh tomatoes of any kind (red, pink, yellow, plum, cherry, cocktail, on the vine, Кумато); salted tomatoes "
           "(Дикси «Томаты солёные», Перекрёсток «черри … солёные»), canned/sun-dried tomatoes, tomato juice/nectar, "
           "seasonings, «с томатами» goods and the «автомат» laundry powders (stem) excluded"),
    ]),
    # j17 breakfast
    ("хлопья кукурузные, греческий йогурт без сахара, кофе растворимый нескафе голд", [
        ("хлопья кукурузные", {
            "pyaterochka": [],
            "magnit": ["12df5755fb", "2abeae8e6b", "898522f249", "c07160a0f8", "d3e5f54fa9"],
            "dixy": ["2000577612"],
            "perekrestok": [],
        }, "corn flakes of any kind (plain, honey, glazed, with cinnamon — the user named no flavour); Alpen Gold chocolate "
           "«кукурузные хлопья», canned sweet corn, corn-flour pasta and ready porridge excluded"),
        ("греческий йогурт без сахара", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000253975", "2000297751", "2000585835", "2000596134"],
            "perekrestok": [],
        }, "plain Greek yoghurt with no flavour named (Lactica Греческий 4%, Epica Греческий, Магнит «Йогурт ГРЕЧЕСКИЙ, 2%», "
           "Teos «Натуральный» and plain 250 g, Neo «Классический», Простоквашино Греческий) — judgement: no title says «без "
           "сахара», plain Greek yoghurt is taken as unsweetened; fruit/honey/nut Greek yoghurts excluded"),
        ("кофе растворимый нескафе голд", {
            "pyaterochka": [],
            "magnit": ["07b5ff6b13", "0c262c177c", "5937914f18", "5ed1824f2e", "67ebe44e72", "e29b86ab6b", "eab407b5dd"],
            "dixy": ["2000144529", "2000225116", "2000225117", "2000587951", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any size and sub-line (Gold, Gold Арома, Gold Barista, Дикси «Gold Alta Rica» as "
           "titled); Nescafé Classic / Classic Crema and 3-in-1 drinks excluded"),
    ]),
    # j18 household
    ("средство для посуды самое дешевое, пакеты для мусора 60 л, порошок тайд", [
        ("средство для посуды самое дешевое", {
            "pyaterochka": [],
            "magnit": ["05e81b9637", "0cc102b359", "186ff3d636", "1cd0606d7d", "2d790e73ea", "381aaf5d64", "3dc9a1ed43",
                       "43a0e3032e", "4a060084e4", "4cf63843e3", "4e35e08ada", "514b218200", "551d8403a9", "5fd6de4bb5",
                       "76379a4e64", "7b4b7f0a59", "7c5bd74e06", "7caeebbd02", "8d877b13ce", "963399e98a", "97c928414d",
                       "a401696a68", "a8a6d84ae6", "a9dfde88f9", "b3ebaa28e5", "bbb10983dd", "c4e892e413", "cd27c8307b",
                       "d076c21852", "d0bd1a2d49", "d3ea3a9828", "d458f25c78", "ddcc463812", "df2c291ad1", "e5a0684ec7",
                       "e62ea315f2"],
            "dixy": ["2000265727", "2000274013", "2000289255", "2000321808", "2000323096", "2000371202", "2000517533",
                     "2000591971"],
            "perekrestok": ["3984598", "4011474", "4141118"],
        }, "hand washing-up liquids and gels of any brand, scent and size (incl. those also for fruit/vegetables/toys and "
           "for children's dishes); dishwasher tablets/salt/rinse aid/cleaners, sponges and Пемолюкс scouring powder "
           "excluded; «самое дешевое» is a wish, not a filter"),
        ("пакеты для мусора 60 л", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l (Магнит «Мешки для мусора … Био ушки 60л»); tea bags, coffee drip bags and cooking bags "
           "(«пакет» stem) excluded"),
        ("порошок тайд", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "bed5eabde5", "f400bf3623"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder of any line (Автомат Детский, детский колор, Колор); Tide liquid «Средство для стирки» and "
           "gel capsules excluded (not powder)"),
    ]),
    # j19 diet
    ("безлактозное молоко 1.5%, гречневые хлебцы, тофу копченый, кабачки", [
        ("безлактозное молоко 1.5%", {
            "pyaterochka": ["3146538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lactose-free cow milk of exactly 1.5% (Пятёрочка VALIO ZERO LACTOSE 1,5%); lactose-free milks of 1.8% (Parmalat, "
           "Домик в деревне) and 3.2% (Аммм), lactose-free yoghurts and butter excluded"),
        ("гречневые хлебцы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000136520"],
            "perekrestok": [],
        }, "buckwheat crispbread (Дикси Dr.Korner «хрустящие гречневые»); Перекрёсток «Хлеб Гречневый» (a loaf) and "
           "buckwheat of the brand «Чёрный Хлеб» excluded"),
        ("тофу копченый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no smoked tofu on offer; Магнит «Сыр Тофу натуральный Россоя» is plain (not smoked) and excluded"),
        ("кабачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh courgettes on offer; Магнит frozen sliced courgettes «4 СЕЗОНА Кабачки замор», «Кабачки ДЯДЯ ВАНЯ в "
           "аджике» (canned), икра кабачковая and baby purées excluded (fresh-produce word = fresh produce)"),
    ]),
    # j20 fish dinner
    ("скумбрия холодного копчения, картошка молодая, укропа пучок", [
        ("скумбрия холодного копчения", {
            "pyaterochka": [],
            "magnit": ["1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "cold-smoked mackerel (Магнит «Косичка холодного копчения», Дикси «кусочки холодного копчения»); hot-smoked "
           "mackerel (Русское море «горячего копчения»), canned mackerel, frozen «полуфабрикат», fish pastes and other "
           "cold-smoked fish excluded. Перекрёсток «Скумбрия 0.3-0.5 кг» (state not given) excluded"),
        ("картошка молодая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no potatoes titled «молодой»; judgement: Перекрёсток «Картофель Бэби, 2кг» (small tubers, not stated to be new "
           "crop) and ordinary potatoes excluded; «Картофель молодой с паприкой … запеченный» (cooked) is a trap"),
        ("укропа пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill on offer; herring «с укропом», Lay's «с укропом», olives with dill and dill-flavoured goods are "
           "traps"),
    ]),
    # j21 school snack
    ("сок добрый яблочный 0.2, сырочек глазированный ванильный, бананчик", [
        ("сок добрый яблочный 0.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4157530"],
        }, "Добрый single-fruit apple juice in a 0.2 l pack (Перекрёсток «Добрый Active kid яблочный, 200мл»); Добрый apple "
           "juice of 0.3/0.33/1 l, apple mixes, nectars and «напиток сокосодержащий» excluded — the written size names the pack"),
        ("сырочек глазированный ванильный", {
            "pyaterochka": ["4061730"],
            "magnit": ["1000117018", "1000122409", "1000172948", "1000186648", "1000238205", "1000274202", "1000359364",
                       "61ab02df21", "8000070532", "8000078945"],
            "dixy": [],
            "perekrestok": ["20615", "3427052", "3666242", "4227614"],
        }, "glazed curd snacks (глазированный / в глазури / в молочном шоколаде) with vanilla or vanillin; unglazed vanilla "
           "сырки (Ростагроэкспорт «творожный» 45/90 g, Сыркофф, Хозяйство Васильевой, Три кота) and other flavours "
           "excluded. Judgement: Пятёрочка «Сырок Коровка из Кореновки, ваниль» excluded — the title does not say glazed"),
        ("бананчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas (incl. red and organic); dried bananas, banana-flavoured goods and the plush toy excluded"),
    ]),
    # j22 pancakes
    ("мука для блинов, подсолнечное масло рафинированное 1л, 2 десятка яиц", [
        ("мука для блинов", {
            "pyaterochka": [],
            "magnit": ["5636222689", "6ea45de7b6"],
            "dixy": ["2000214069"],
            "perekrestok": ["16319", "2053130", "3502352"],
        }, "pancake flour («мука блинная» Пышечка, С.Пудовъ, Маркет); ordinary wheat flour, cake mixes and drink mixes "
           "excluded"),
        ("подсолнечное масло рафинированное 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000268261", "2000555852", "DI00079242",
                     "DI00080540"],
            "perekrestok": ["2007886", "2043188", "2068955", "2093709", "21676", "23714", "3426155", "4269568", "6275",
                            "64128"],
        }, "refined sunflower oil in 1 l bottles (the written size names the pack); 0.5/0.8/0.9/1.7/1.8/2/2.7 l bottles, "
           "the 250 ml spray, unrefined oils, high-oleic 800 ml and the blend «с добавлением оливкового» excluded"),
        ("2 десятка яиц", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "1a8d487cea", "2047000007",
                       "2047000014", "2047000033", "3454700001", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "3950938", "4012802", "4076991", "4085790", "4085791",
                            "4085792", "4088955", "4168688", "4201192", "4201194", "4236458", "4263543", "4337164",
                            "4339427", "4352464", "4364349"],
        }, "hen's eggs of any class in packs of 10 (bought twice) or 20 (= two dozens); packs of 6, 15 and 30, quail eggs "
           "and the toy «Мармелад в яйце» excluded"),
    ]),
    # j23 tea
    ("чай гринфилд зеленый, рафинад, варенье клубничное", [
        ("чай гринфилд зеленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no green Greenfield tea on offer; Greenfield black teas (Earl Grey Fantasy, Kenyan Sunrise, Золотой Цейлон, "
           "Spring Melody, Currant&Mint, Christmas Mystery) and the herbal «Spirit Mate» are traps"),
        ("рафинад", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white refined sugar cubes: «прессованный» sugar (Магнит Русский белый, Дикси 1 kg and Русский сахар 1 kg / "
           "500 g — pressed sugar is the cube form of rafinad) and «кусковой» white sugar (Дикси Чайкофский, Перекрёсток "
           "Русский Сахар белый кусковой; judgement: Чайкофский cubes are white refined sugar); cane cube sugar (Мистраль, Market Collection "
           "«нерафинированный», Маркет «тростниковый кусковой»), granulated sugar and «кусковая» stewed beef excluded"),
        ("варенье клубничное", {
            "pyaterochka": [],
            "magnit": ["3ba4bd1160", "9f6051ecca"],
            "dixy": ["2000546999"],
            "perekrestok": ["4198148", "4252164", "4252950"],
        }, "strawberry varenye (Магнит, Ратибор «Клубника», Круглое лето, Маркет Перекрёсток, Пр!ст); jams/confitures "
           "(varenye ≠ jam, set d convention), other berries, творог «с земляничным вареньем» and Простоквашино сырок "
           "«клубничное варенье» excluded"),
    ]),
    # j24 hygiene
    ("пасту зубную колгейт, туалетная бумага 3 слоя, прокладки always ночные", [
        ("пасту зубную колгейт", {
            "pyaterochka": ["2157107"],
            "magnit": ["02007f5dd2", "34c642c8c6", "350131f5fe", "5d575a5319", "65ee960a88", "6979fdd12e", "81453183d1",
                       "8708609287", "b432da8011", "b6d0eea1fc", "bf8f2e67c9", "bfa8bafe8c", "d03e638466", "fe74f3aca3"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpastes of any line (Тотал 12, Naturals, отбеливающие, Тройное действие, кальций-ремин; Пятёрочка "
           "«Colgаtе» spelled with mixed Latin/Cyrillic letters); judgement: Магнит «Гель для полости рта COLGATE Тотал12 "
           "Профессиональная чистка» taken as a toothpaste-gel. Children's Colgate toothpastes (6-9 лет, 3-5 лет, «Доктор "
           "Заяц») excluded as products for children, toothbrushes and the TAHITI shower gel (made by Colgate) excluded"),
        ("туалетная бумага 3 слоя", {
            "pyaterochka": [],
            "magnit": ["0f9bdfbe08", "11634cf6c9", "24f2c70304", "6189f05c16", "939f14debe", "9a0bd598be", "be21812bf9",
                       "cdc752b01e", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper of any brand and roll count; 2- and 4-ply paper and Мон Рулон wet toilet paper excluded. "
           "Judgement: Магнит «ЗЕВА ДЕЛЮКС, Белая с ароматом ромашки, 4 рулона» (ply not stated) taken as 3-ply like every "
           "other Zewa Deluxe"),
        ("прокладки always ночные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Always pads on offer; night pads of other brands (OLA! Ультра найт, LIN YUN «Ночные») and Discreet «Alldays» "
           "panty liners are traps"),
    ]),
    # j25 football evening (items 2 and 3 replaced after looking at offers, see README)
    ("пиво балтика 7 ж/б, гренки с чесноком, кальмарчики сушеные", [
        ("пиво балтика 7 ж/б", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Балтика 7 in cans; Магнит «БАЛТИКА 7 … 1,3л» is a PET bottle (the user wrote ж/б = can) and is excluded; "
           "Балтика Крафти and the alcohol-free «Балтика №0» beer drinks are traps"),
        ("гренки с чесноком", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb"],
            "dixy": ["2000301073", "2000431152", "2000545311", "2000594153"],
            "perekrestok": ["3387861", "3687988"],
        }, "croutons titled «гренки» with garlic («с чесноком», «Чеснок», «Чесночные», «со вкусом чеснока», BEERKA "
           "«чеснок-укроп»); judgement: Дикси «Фишка в ассортименте Чесночные/Холодец с хреном» and «777 со вкусом "
           "чеснока/красной икры» accepted (garlic is one of the assorted flavours, as «в ассортименте» goods are "
           "accepted elsewhere); «сухарики» (Take It Чеснок, Воронцовские, Хрусteam — the user wrote гренки), other flavours "
           "and soups «с сухариками» excluded"),
        ("кальмарчики сушеные", {
            "pyaterochka": [],
            "magnit": ["c422dbe3ff", "fd129d68ed"],
            "dixy": ["2000175972", "2000175974"],
            "perekrestok": [],
        }, "dried squid snacks (сушеный, сушено-вяленый полоски, солено-сушеные кольца, incl. «вкус краба»); frozen squid "
           "«тушка» and Пятёрочка boiled chopped squid in sauce excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fj"))
