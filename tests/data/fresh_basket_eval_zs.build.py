#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zs.jsonl -- hygiene-and-home shopping lists hand-labelled against the
real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zs.build.py

LISTS below is literal data: 25 household lists (3-4 items) on hygiene and home (shampoo, shower gel,
soap, toothpaste and brushes, deodorant, razors, pads, diapers, toilet paper, napkins, laundry and dish
products, cleaning, pet food and litter) plus a few groceries, as a household would type them to a
Telegram bot, and for every item the product ids of every store that a reasonable shopper would accept.
The texts are byte-identical to fresh_basket_eval_zs.blind_lists.txt, written before any offer was read.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item
records what was deliberately left out and any judgement that rests on outside knowledge.  An empty list
means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading korzina's matcher or its data files.

The script only checks the data (see labelled_lists.build) and writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are fzs01, fzs02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zs.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 hair care and a loaf (fzs01)
    ("шампунь для жирных волос подешевле, бальзам ополаскиватель для волос, гель д/душа мужской 3в1, батон нарезной нарезка", [
        ("шампунь для жирных волос подешевле", {
            "pyaterochka": ["2656"],
            "magnit": ["e55ac39ae7"],
            "dixy": [],
            "perekrestok": [],
        }, "shampoos labelled for oily hair: Magnit LIKATO «для тонких и жирных»; Пятёрочка SCHAUMA «7 трав» accepted on outside knowledge (Schauma 7 Herbs is sold as a shampoo for normal-to-oily hair, the title does not say so); «для жирных волос» names a kind of shampoo so it is a filter; shampoos for dry/damaged/coloured hair, anti-dandruff and LIKATO balm for oily hair excluded; «подешевле» is a wish"),
        ("бальзам ополаскиватель для волос", {
            "pyaterochka": ["60574", "3299592"],
            "magnit": ["0281096ce8", "082258b855", "1845c979e5", "18521c80c2", "26f754d9d5", "2fb7a38128",
                       "31ab318518", "356880dfe6", "3cb45970fd", "3e28c4a759", "50a1b58d96", "58a723ea4a",
                       "5d1b930dbf", "6644dbe523", "6752935c12", "69c05297bf", "6bffb22a88", "7003a88dfe",
                       "78bafdc769", "7e86cf8beb", "828e73ee75", "896ba7e2fc", "8ad064cec5", "8e56d1b7de",
                       "8f67542b0e", "981652d153", "9a2ede0117", "a71f353023", "b38d85f1ab", "b43b0f19f5",
                       "bc8c60bc14", "bca1f41506", "be00c76191", "c2fc076665", "c4fbd550e2", "c83fc7b14c",
                       "cb5e7a8633", "d0aaff95c2", "d17d426d5a", "d2653503fe", "da3319321d", "e737673322",
                       "e985f49d8e", "f60da7dd8b"],
            "dixy": [],
            "perekrestok": ["4093199", "4124055"],
        }, "every rinse-off hair balm / conditioner / бальзам-ополаскиватель (incl. Pantene «сыворотка-ополаскиватель» and Dove «супер-кондиционер 1 минута»); leave-in products (Pantene Miracles «несмываемый», Gliss Kur «экспресс-кондиционер» sprays), tinted balms КОНЦЕПТ, 2-in-1 shampoos, lip balm, after-shave balms, Лесной бальзам toothpaste/rinse and Рижский бальзам excluded"),
        ("гель д/душа мужской 3в1", {
            "pyaterochka": [],
            "magnit": ["a162a1690e", "a4d6d8f2fb", "b2be06e3a0"],
            "dixy": [],
            "perekrestok": ["4342546"],
        }, "men's 3-in-1 shower gels: Palmolive Men «3в1 Арктический ветер» 250/750 ml, Rexona Men «3 в 1 для душа и шампунь»; Palmolive «Спорт, 3 в 1» accepted on outside knowledge (part of the Palmolive Men line, title has no «мужской»); men's 2-in-1 gels (Nivea Men 2в1, Ecolatier 2 в 1, Palmolive Men «Цитрусовый заряд» gel+shampoo without 3в1), ordinary men's gels and women's gels excluded"),
        ("батон нарезной нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3680023", "4102687", "4329402"],
        }, "sliced «Нарезной» loaves (нарезка / нарезанный); Коломенское «Нарезной» 400 g (no slicing stated), other sliced batons (Утренний, Отрубной, Молочный, Горчичный, Зерновой, «к завтраку») and «батончик» excluded"),
    ]),
    # L2 laundry for the baby (fzs02)
    ("порошок для стирки детского белья, кондей для белья ленор, мешки мусорные 60 литров", [
        ("порошок для стирки детского белья", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "467ad72946", "95636dc9ca", "bed5eabde5"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powders labelled children's (Tide «Детский», Tide «детский колор», Заводъ братьевъ Крестовниковыхъ «детский» for white and colour); «для стирки детского белья» names a kind of powder so it is a filter; children's laundry gels (Крестовниковых «Детский Колор» gel, Synergetic «детский» gel) are not powder; ordinary powders and Synergetic hypoallergenic gel excluded"),
        ("кондей для белья ленор", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner (Пятёрочка «Lenor, скандинавская весна, 2 л»); Vernel, Synergetic, Е, Магнит, Крестовниковых conditioners and Ariel powder «Ленор фреш» excluded"),
        ("мешки мусорные 60 литров", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags (Магнит НУЖНЫЕ ВЕЩИ «Био ушки 60л»); nothing else of the kind in the offers"),
    ]),
    # L3 paper goods (fzs03)
    ("туалетка 3 слоя 8 рулонов, салфетки бумажные столовые, влажные салфетки детские 2 пачки, ватные диски 120 шт", [
        ("туалетка 3 слоя 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["6189f05c16", "9a0bd598be"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper in packs of 8 rolls (Soffione Премио ×2, Zewa Deluxe Персик 8шт); 3-ply packs of 4/6/12 rolls, 2-ply and 4-ply paper, wet toilet paper excluded"),
        ("салфетки бумажные столовые", {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, "paper table napkins (Home Story «Салфетки бумажные киви 33x33», WELLFORT «Бум салфетки 3слоя Барокко 16шт»); facial tissues (Zewa «для лица»), handkerchiefs and wet wipes excluded"),
        ("влажные салфетки детские 2 пачки", {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "47dd423390", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e",
                       "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (Каспер «Детские», Pampers, Huggies); АУРА «Солнце и луна, с ромашкой» accepted on outside knowledge (Aura's baby line); antibacterial/universal/intimate/surface wipes, MON RULON wet toilet paper excluded; «2 пачки» is a quantity"),
        ("ватные диски 120 шт", {
            "pyaterochka": [],
            "magnit": ["472f57de85"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads in packs of 120 (Я САМАЯ); Bella Cotton 80 pcs and cotton buds excluded"),
    ]),
    # L4 teeth and bread (fzs04)
    ("паста зубная сплат, щетка зубная средней жесткости 2 шт, ополаскиватель для полости рта лесной бальзам, хлебушек бородинский", [
        ("паста зубная сплат", {
            "pyaterochka": [],
            "magnit": ["05bcdac370", "582435118c", "5c5da323dc", "5fb3a6894f", "6aa3b9d65b", "8c74c7a89c",
                       "941096778d", "964d902e56", "be146bf29a", "c0230164e2", "cb6a253762", "cd7248cfbd"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "every SPLAT toothpaste (Professional, Daily, Ликвум-гель, Kids/Junior/Juicy children's pastes, 40 ml travel sizes); SPLAT brushes, mouthwash, floss and Biomio capsules made by Splat excluded"),
        ("щетка зубная средней жесткости 2 шт", {
            "pyaterochka": [],
            "magnit": ["164c85cff8", "30fbe9d778", "3f23977f6d", "6d7d415d16", "8be958bc76", "98a81e3790",
                       "a6f0ee3a9f", "cb1059cff8", "e1ec979e32", "e69a2c0e97", "f9252d0683"],
            "dixy": ["2000088859"],
            "perekrestok": [],
        }, "toothbrushes stated medium (средней жесткости / средняя / Medium / «40 ср/жестк»); hard, children's and Oral-B «3-Д Вайт Люкс Про Флекс» (no stiffness stated) excluded; «2 шт» is a quantity"),
        ("ополаскиватель для полости рта лесной бальзам", {
            "pyaterochka": ["3140290"],
            "magnit": ["50f6247327"],
            "dixy": [],
            "perekrestok": [],
        }, "Лесной бальзам mouth rinse (Magnit «Ополаскиватель для десен ЛЕСНОЙ БАЛЬЗАМ … 250мл», Пятёрочка «ЛЕС.БАЛЬЗ.Опол.д/дес.… 250мл»); Лесной бальзам toothpastes and other brands' rinses (Splat, Biomed, Агафья) excluded"),
        ("хлебушек бородинский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "Borodinsky rye bread (all four Перекрёсток loaves); BEERKA «Бородинские» croutons and the brand МД Бородина (sausages) are traps"),
    ]),
    # L5 men's shaving kit (fzs05)
    ("дезодорант рексона мужской, станок жиллет мак3, пена для бритья нивея", [
        ("дезодорант рексона мужской", {
            "pyaterochka": ["500"],
            "magnit": ["5f11b3c717", "a65979054c", "b3b309ce8f", "ba0094b520", "ffe672aa4a"],
            "dixy": [],
            "perekrestok": [],
        }, "Rexona Men deodorants/antiperspirants (Мэн/Мен/мужской, incl. Magnit «Кобальт мужской»); Пятёрочка «REXONA Антиперсп.COBALT» taken as men's on outside knowledge; Rexona women's lines, Дикси «Rexona Свежесть душа» (no men marker, taken as women's) and Rexona Men shower gel excluded"),
        ("станок жиллет мак3", {
            "pyaterochka": [],
            "magnit": ["e4394bed78", "f668eaa68a"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette Mach3 razor handles (Mach3 Turbo Aloe with 2 cassettes; «Станок бритвенный МАК 3» accepted on outside knowledge — Mach3 is a Gillette line, brand not in the title); Mach3 refill cassettes alone, Fusion/ProGlide and other brands excluded"),
        ("пена для бритья нивея", {
            "pyaterochka": [],
            "magnit": ["3d40588b9e", "985ad18c3c", "d717d74795", "e2b73f0057", "fe6c2f7501"],
            "dixy": [],
            "perekrestok": [],
        }, "every NIVEA shaving foam; NIVEA shaving gel and cream (Пятёрочка «NIVEA Гель д/брит.», Magnit «Крем д/бритья»), after-shave and other brands' foams excluded"),
    ]),
    # L6 women's hygiene (fzs06)
    ("прокладки олвейс ночные, тампоны о.б. нормал, ежедневки, станок женский венус", [
        ("прокладки олвейс ночные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Always pads in any store; night pads of other brands (LIN YUN «Ночные», OLA! «Ультра найт») and Naturella excluded → missing everywhere"),
        ("тампоны о.б. нормал", {
            "pyaterochka": ["23915"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "o.b. ProComfort Normal tampons; o.b. Super excluded"),
        ("ежедневки", {
            "pyaterochka": ["2050868", "2133901", "3379634"],
            "magnit": ["2ab6c3db94", "6d74abce8d", "745f26ae9b", "a24e5a3c91", "db43a2d8df", "dc981d8044"],
            "dixy": [],
            "perekrestok": [],
        }, "every panty liner (ежедневные прокладки: Discreet, Bella Panty Soft, Kotex, Laurier, LIN YUN); day/night/maxi pads and urological pads excluded"),
        ("станок женский венус", {
            "pyaterochka": [],
            "magnit": ["2b4b0bdb18", "d4887d1ad9", "ffad21686b"],
            "dixy": [],
            "perekrestok": [],
        }, "Venus razor handles (with cassettes, «Свирл»); Venus refill cassettes alone and Dorko women's razors excluded"),
    ]),
    # L7 baby care (fzs07)
    ("памперсы 4 размер макси, мыльце детское, влажные салфеточки 3 шт", [
        ("памперсы 4 размер макси", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3", "ba8611ce1a", "42c3dfa89a", "da5217477c", "8f86f635d0"],
            "dixy": [],
            "perekrestok": [],
        }, "«памперсы» taken as the everyday word for diapers (any brand): taped diapers of size 4 / Maxi / 8–14 or 9–14 kg — Pampers Актив Бейби Макси, Huggies Elite Soft 4, Huggies Ультракомфорт 8–14 kg (incl. «для девочек»), Merries 9–14 kg (size L, judged ≈ size 4 on outside knowledge); pants (трусики, incl. Pampers 4 Maxi pants) excluded as a different form, other sizes excluded"),
        ("мыльце детское", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": ["2000605355", "2000605356"],
            "perekrestok": [],
        }, "children's soap, bar or liquid (Johnson's Baby, BABY BOOM детское жидкое мыло and крем-мыло); adult soaps and children's shampoos/gels excluded"),
        ("влажные салфеточки 3 шт", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "36ac79cfc0", "4655517315", "47dd423390", "667fad1c9c", "73ec40a66f",
                       "9022eaa3a8", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e", "2499871"],
            "dixy": [],
            "perekrestok": [],
        }, "every wet wipe for skin (children's, antibacterial, universal, La Fresh); intimate-hygiene wipes, AURA wipes «д/поверхностей», K2R colour-catcher sheets and MON RULON wet toilet paper excluded; «3 шт» is a quantity"),
    ]),
    # L8 dishes (fzs08)
    ("фейри лимон 900мл, губки для мытья посуды 5 шт, таблетки для пмм финиш", [
        ("фейри лимон 900мл", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd"],
            "dixy": ["2000274013"],
            "perekrestok": [],
        }, "Fairy «Сочный лимон» 900 ml; Fairy lemon 450 ml / 1.35 l, other Fairy scents, Fairy dishwasher capsules and other brands' lemon liquids excluded"),
        ("губки для мытья посуды 5 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges in a pack of 5 (Магнит НУЖНЫЕ ВЕЩИ «Макси, 5шт»); shoe sponge excluded"),
        ("таблетки для пмм финиш", {
            "pyaterochka": [],
            "magnit": ["129779f2b2", "148c738f30", "811d49bac8", "aa9c917668", "b57c035dcb", "bf2da7cbfb",
                       "bf6352e294", "cc12d9a881"],
            "dixy": [],
            "perekrestok": [],
        }, "every Finish dishwasher tablet pack (All in 1, Powerball, Quantum, «0%»); Finish machine-cleaner tablets, powder, salt, rinse aid and gel, Somat/Fairy/Synergetic tablets excluded"),
    ]),
    # L9 toilet (fzs09)
    ("средство для унитаза доместос, белизна 1л, перчатки резиновые хозяйственные размер м, освежитель для унитаза блок", [
        ("средство для унитаза доместос", {
            "pyaterochka": [],
            "magnit": ["258e844027", "2750dd6add", "45a638f00b", "84c700d8bb", "a961e8e2cb", "ae9c88f524",
                       "b36a2da83b", "e407eb3e87", "ffbf84b458"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos universal cleaning gels 750 ml / 1.5 l, accepted on outside knowledge (Domestos gel is the usual toilet cleaner, the titles say «универсальное»); Domestos toilet rim block and Domestos spray excluded; Bref, Туалетный утенок, Комет, Харпик excluded (other brands)"),
        ("белизна 1л", {
            "pyaterochka": [],
            "magnit": ["2de571f286"],
            "dixy": [],
            "perekrestok": [],
        }, "chlorine bleach of 1 l: ACE «Отбеливатель, Гель, автомат, 1л» accepted on outside knowledge (ACE gel is a hypochlorite bleach, i.e. «белизна»); Synergetic oxygen bleach «без хлора», Sanfor «гель белизна 3в1» 700 g (wrong size) and Vanish excluded"),
        ("перчатки резиновые хозяйственные размер м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in any store → missing everywhere"),
        ("освежитель для унитаза блок", {
            "pyaterochka": [],
            "magnit": ["0dea0f0d56", "22f225a523", "638c34e4e4", "65de4380ad", "8c9f42202c", "9448ceba15",
                       "9b7b0844a6", "b3fb4363bf", "d67f3f2d68", "d995da486a", "f2ba41d502", "f7b40ee319",
                       "4701997b09"],
            "dixy": ["2000412200"],
            "perekrestok": ["4270940"],
        }, "toilet rim blocks (Bref, Domestos); Bref «Средство чистящее … для унитаза, 50г» / «Лимонная свежесть, 50г», Bref «Таблетки для унитаза 2*50г» and Перекрёсток «Чистящее средство для унитаза Лимон Маркет, 50г» accepted on outside knowledge (50 g toilet products are blocks); Туалетный утенок gel stickers, toilet gels and air fresheners excluded"),
    ]),
    # L10 cat and milk (fzs10)
    ("корм для кошек шеба, наполнитель древесный для кошачьего туалета, молоко 2.5 литр", [
        ("корм для кошек шеба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000537995"],
            "perekrestok": [],
        }, "every Sheba cat food (Дикси Sheba «Ломтики в соусе Форель и креветки»); other brands excluded"),
        ("наполнитель древесный для кошачьего туалета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood litter in any store; Cat Step silica-gel litter excluded → missing everywhere"),
        ("молоко 2.5 литр", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000418036", "1000445487", "1812450029", "8000029029", "8000058293",
                       "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000511374", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700"],
        }, "cow milk of exactly 2.5 % in ordinary «litre» packs of 0.9–1 l (900 ml–1 l, incl. 930/950/970/973 ml and 900/930/950 g); «литр» read as the pack size, so 200/500/800 ml and 1.4 l packs are excluded; топлёное 2.5 % (Зелёная Линия), condensed, kefir/ряженка and other fat levels excluded"),
    ]),
    # L11 dog, cat, kefir (fzs11)
    ("корм для собак педигри сухой, пакетики вискас 4 шт, кефирчик 3,2%", [
        ("корм для собак педигри сухой", {
            "pyaterochka": [],
            "magnit": ["5f419d7ce3", "635a090395", "a3b4a1cd4c"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree dry dog food for adult dogs 2.2 kg / 13 kg (titles without «сухой» judged dry on outside knowledge by pack size); Pedigree puppy food «для щенков» (puppy, like kitten food elsewhere), Pedigree wet 80–85 g, Пятёрочка «Pedigre Dentastix» treats excluded"),
        ("пакетики вискас 4 шт", {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493431", "2493691", "2541861",
                       "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food in 75 g pouches for adult cats (incl. «старше 7 лет»); kitten pouches, dry Whiskas, Magnit «Паштет с говядиной, 1,9кг» (not a pouch), the nameless «Корм для кошек» 2493321 excluded; «4 шт» is a quantity"),
        ("кефирчик 3", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000143510", "1000307731", "1000350609", "1000531928", "1899800795", "37f16272a7",
                       "48045cf20b", "790e8c96de", "9cbe548621"],
            "dixy": ["2000208649", "2000253973", "2000331970", "2000587052", "DI00081047"],
            "perekrestok": ["18510", "2083868", "3433425", "3467795", "3668693", "3682461", "3922310", "4045978",
                            "4109799", "4153932", "4159752", "4174038", "4198906", "4252382", "4318914", "97452"],
        }, "the typed «кефирчик 3,2%» is split by the decimal comma into «кефирчик 3» and «2%» (an item is the text between commas); «кефирчик 3» is labelled with the intended kefir of exactly 3.2 % (incl. organic/термостатный and Агуша children's kefir 3.2 %, as children's milk counts as milk); ranges 3.2–4 % (Из молока Нашей дойки) and other fat levels excluded"),
        ("2%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fragment «2%» left by the decimal comma of «кефирчик 3,2%»; it names no product, so nothing is acceptable → missing everywhere (a matcher should ideally not buy anything for it)"),
    ]),
    # L12 soap and paper (fzs12)
    ("мыло жидкое 500мл, мыло хоз 72 процента, бумажн полотенца пару рулонов, зубочистки", [
        ("мыло жидкое 500мл", {
            "pyaterochka": [],
            "magnit": ["395d3dc41c", "6cb0cbb9b8", "ab93591c26", "aedf77402b", "bbf17b51de", "c2cd737592",
                       "ef11e1d9b0", "fcb39eaa2b"],
            "dixy": ["2000448582", "2000605355", "2000605356"],
            "perekrestok": ["3670708", "4250593"],
        }, "liquid soap / liquid cream-soap of 500 ml (0.5 l) incl. BABY BOOM children's and Milana «Мыло пенка» 500 ml; 240/250/300 ml, 1 l, 3.5 l and bar soaps excluded"),
        ("мыло хоз 72 процента", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry (хозяйственное) soap in any store → missing everywhere"),
        ("бумажн полотенца пару рулонов", {
            "pyaterochka": [],
            "magnit": ["16ad542324", "1782e40b42", "2616a9cbe3", "32a9e59c4b", "4079668ed1"],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels in 2-roll packs (Zewa Premium, Софт Люкс, Soffione, Papia); «пару рулонов» read as the usual 2-roll pack, so Zewa 4 rolls is excluded; toilet paper and napkins excluded"),
        ("зубочистки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no toothpicks in any store → missing everywhere"),
    ]),
    # L13 bath (fzs13)
    ("шампунь клеар против перхоти, гель для душа палмолив с оливкой, мочалка для тела, туалетное мыло 4 шт", [
        ("шампунь клеар против перхоти", {
            "pyaterochka": ["3011966"],
            "magnit": ["07251bb98b", "0d996b1e8d", "2336c3ab82", "30b37b9eaf", "668e385f91", "751242848d",
                       "9bf74ec5cf", "a419804581", "b484b28e9c", "e300bac7aa"],
            "dixy": [],
            "perekrestok": [],
        }, "every CLEAR/КЛИАР shampoo; those without «перхоть» in the title (3 в 1, Ультрасвежесть, Фитотехнолоджи, АктивСпорт, VITA ABE) accepted on outside knowledge (the whole Clear line is sold as anti-dandruff); Head & Shoulders, Schauma «от перхоти», Fructis and Dove anti-dandruff excluded (other brands)"),
        ("гель для душа палмолив с оливкой", {
            "pyaterochka": [],
            "magnit": ["f6184e3882"],
            "dixy": [],
            "perekrestok": [],
        }, "Palmolive shower gel with olive («Олива и увлажняющее молочко», 750 ml); other Palmolive gels, Palmolive olive liquid soap excluded"),
        ("мочалка для тела", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000602996", "2000602997"],
            "perekrestok": [],
        }, "no stand-alone washcloth; Дикси gift sets «гель для душа 250мл+Мочалка» (Dove, Camay) accepted because they contain a washcloth; STELLARY dry-massage brush excluded"),
        ("туалетное мыло 4 шт", {
            "pyaterochka": ["3350526"],
            "magnit": ["1d0c2585e7", "1ea86852eb", "20a12648c7", "2b2dc9be48", "2fce245dcf", "32a0d1f104",
                       "4484d92f90", "64e63d8450", "68fee10c37", "7095610270", "7bb5cda4e1", "902f1446a6",
                       "9414c12e2a", "96831829cd", "9ab8acf840", "9b02b9b497", "dc80802708", "ed9cce1988",
                       "10ebefccb6", "513fa131d4", "8ca588b011", "dc578d26ca"],
            "dixy": ["2000570312", "2000578992"],
            "perekrestok": ["3141071", "3623988", "4280563", "4280564", "4341133"],
        }, "every solid toilet soap (bars, крем-мыло bars, банное мыло); «4 шт» is a quantity, so single bars and 4-packs both count; liquid soaps, children's soap (Johnson's Baby) and laundry soap excluded"),
    ]),
    # L14 laundry (fzs14)
    ("гель персил для цветного, ваниш пятновыводитель розовый, капсулы для стирки ариэль", [
        ("гель персил для цветного", {
            "pyaterochka": [],
            "magnit": ["66bfaeda5d", "7d313765a5", "977db1793a", "9906e11821"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil Color laundry gels (780 ml, 20 стирок, 2.92 l, 2×1.95 l); Persil Премиум/Пауэр/«Свежесть от Вернель» gels (not for colour), Persil capsules and powders excluded"),
        ("ваниш пятновыводитель розовый", {
            "pyaterochka": [],
            "magnit": ["6a5dfe63c5", "ac176ffbd4"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish Oxi stain removers in the pink bottle (Oxi Advance «для цветных тканей» gel 750 ml, Oxi Action «для цветного и белого» 450 ml) — colour of the pack judged on outside knowledge; Vanish carpet cleaners and Synergetic/ACE stain removers excluded"),
        ("капсулы для стирки ариэль", {
            "pyaterochka": [],
            "magnit": ["699818da0e", "7cc96b8aa8", "8e94dc49e6", "b5d8fb8b2f", "c8ef7484cc", "daa0b16039",
                       "e3ed881254"],
            "dixy": [],
            "perekrestok": [],
        }, "every Ariel laundry capsule pack; Ariel powders and gel, Persil/Tide/Bimax/Sorti capsules excluded"),
    ]),
    # L15 kids' bathroom (fzs15)
    ("зубная паста для детей, щетка детская, шампунь детский без слез", [
        ("зубная паста для детей", {
            "pyaterochka": [],
            "magnit": ["4ad21b8537", "65db2383ee", "6aa3b9d65b", "812ec1602a", "ac505bb49a", "be146bf29a",
                       "c0230164e2", "cb6a253762", "d5a001b980"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "children's toothpastes (Colgate 3–5 / 6–9 лет and «Доктор Заяц», Splat Kids/Junior/Juicy, Дракоша, Synergetic детская); adult pastes excluded"),
        ("щетка детская", {
            "pyaterochka": [],
            "magnit": ["1dad2830e7", "50e8d556df", "65647266ac", "c2e0afaa2f"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothbrushes (Splat Junior ×2, Oral-B Kids, Colgate детская); read as a toothbrush from the list; adult brushes excluded"),
        ("шампунь детский без слез", {
            "pyaterochka": [],
            "magnit": ["5b34832689", "7fb0ac7670", "c4881f5765"],
            "dixy": ["2000605354"],
            "perekrestok": [],
        }, "children's shampoos incl. 2-in-1 hair-and-body (BABY BOOM, Беббл «с рождения», Гонки 2 в 1, Бебл «Май френд»); no title states «без слёз» — taken as the usual property of baby shampoo (outside knowledge), not a filter; children's shower gels without shampoo excluded"),
    ]),
    # L16 windows and floors (fzs16)
    ("средство для мытья окон, тряпочки микрофибра, мистер пропер для полов, бананчики кг", [
        ("средство для мытья окон", {
            "pyaterochka": [],
            "magnit": ["43520c7447", "fd7ea6de24", "33bf988b24"],
            "dixy": [],
            "perekrestok": [],
        }, "window/glass cleaners (Synergetic «для мытья окон, зеркал», Клин «для мытья окон», Cif «для стекол»); universal sprays excluded"),
        ("тряпочки микрофибра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no microfibre cloths in any store → missing everywhere"),
        ("мистер пропер для полов", {
            "pyaterochka": [],
            "magnit": ["494fcd17ad", "ae95ec9c5b", "cac8e32a0f", "dc08e0632c", "275fd6ca49"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper floor-and-wall liquids; Magnit «Моющее средство MR.PROPER, Лимон/роза, 500мл» accepted on outside knowledge (that is the floor liquid); Mr. Proper sprays (universal, Антижир) excluded"),
        ("бананчики кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Перекрёсток «Бананы красные» and «Бананы Био»); «кг» is a quantity; «Бананы для жарки» (plantains), dried bananas, banana sweets and flavoured goods excluded"),
    ]),
    # L17 kitchen cleaning (fzs17)
    ("освежитель воздуха глейд, средство для чистки плиты от жира, губки металлические", [
        ("освежитель воздуха глейд", {
            "pyaterochka": ["20712", "3212818", "3347029", "3411982", "38668"],
            "magnit": ["42fe42c702", "4c2ba72398", "50ca75614b", "742bf3ba48", "7502cd94c3", "80a373ee13",
                       "82650cc4a1", "9e72b5ca86", "a83cb55b28", "a9459b85ec", "ab92bcd615", "c681b40c2c",
                       "cb27516695", "d012e0d603", "d577be321d", "f515076b4e", "f5c85ed1cb", "fbec69894f"],
            "dixy": [],
            "perekrestok": [],
        }, "every Glade/Глэйд/Глейд air freshener, aerosols and Automatic refills; Air Wick, Симфони, Synergetic and other brands excluded"),
        ("средство для чистки плиты от жира", {
            "pyaterochka": [],
            "magnit": ["6e81d7d602", "40c8848b8f", "2ca088b3fc"],
            "dixy": ["2000602636"],
            "perekrestok": [],
        }, "kitchen degreasers usable on a stove: Уникум «Жироудалитель для стеклокерамических плит», Уникум «Жироудалитель … для кухни», Cillit Bang «Антижир», Mr. Proper «Антижир» spray; universal cleaners, Finish «анти-жир» (dishwasher) and dish liquids excluded"),
        ("губки металлические", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no metal scourers in any store; foam dish sponges excluded → missing everywhere"),
    ]),
    # L18 shaving (fzs18)
    ("бритвы одноразовые мужские, гель для бритья жиллет, лосьон после бритья", [
        ("бритвы одноразовые мужские", {
            "pyaterochka": [],
            "magnit": ["0f0e1710f2", "41eb05fc96", "4c19c071a4", "6997758160", "88072131b3", "bda8fa7ee4"],
            "dixy": [],
            "perekrestok": [],
        }, "disposable razors: Gillette Blue Simple3 and Zollider Форс 2/3 «одноразовые», taken as men's on outside knowledge (no «мужские» in the titles); Dorko women's razors, system razors and cassettes excluded"),
        ("гель для бритья жиллет", {
            "pyaterochka": [],
            "magnit": ["0980ba11cb", "3ee9178279", "c01536d8e2", "cf2982ebb0"],
            "dixy": [],
            "perekrestok": [],
        }, "every Gillette shaving gel (Series, Fusion, «успокаивающий»); Gillette after-shave gel, Gillette foam, Nivea gel excluded"),
        ("лосьон после бритья", {
            "pyaterochka": ["70479"],
            "magnit": ["22487ff93c", "4ecd0fd498", "5e70614974", "abdd07e57f", "b34974e412", "b987058dee",
                       "e473f5b243"],
            "dixy": [],
            "perekrestok": [],
        }, "after-shave lotions (Nivea, Men Expert); after-shave balms and gels excluded (a different form)"),
    ]),
    # L19 for her (fzs19)
    ("дезик женский, шампунь пантин густые и крепкие, маска для волос, кондиционер для волос", [
        ("дезик женский", {
            "pyaterochka": ["77030"],
            "magnit": ["09cadde43e", "240b2e3de3", "2e0840c208", "3acde2d4bb", "5d24baf3b2", "95d5f0ceb5",
                       "a856fdf289", "b54eb41050", "d7e2a2e799", "db0fb374cf", "dbf8646d15", "fa80f75a84",
                       "fc9490e16b", "646a69deee", "8d3fb18ae5", "94e3af7830", "e4f602d65c", "f3603ee966",
                       "1109b9c12e", "23103129c3", "2d8a0cf27c", "3f59c948eb", "4771da81a4", "6a9b4973c6",
                       "8b17183829", "ec0e64dbb3", "10e5f72ebf"],
            "dixy": ["2000321591"],
            "perekrestok": ["4341094", "4342821", "4349774"],
        }, "women's deodorants and antiperspirants: titles saying женский/жен/д/жен, Lady Speed Stick, plus lines judged women's on outside knowledge — Dove, Rexona and FA without Men/мужской, Deonica «Нежность шелка»; Nivea without a gender (unisex-looking lines), Garnier «Активный контроль»/«Невидимый» (no gender), Deonica For teens, men's products and shoe deodorants excluded"),
        ("шампунь пантин густые и крепкие", {
            "pyaterochka": ["2092382"],
            "magnit": ["0efbec465d"],
            "dixy": [],
            "perekrestok": [],
        }, "Pantene «Густые и крепкие» shampoo; other Pantene shampoos and the Pantene «Густые и крепкие» balm/serum excluded"),
        ("маска для волос", {
            "pyaterochka": [],
            "magnit": ["1aa0b8789e", "342e05a43c", "39de0e84b9", "57e28f9f86", "67391eb9e9", "687e15a2b3",
                       "6b3317170d", "73d67d16be", "7669c0dbd1", "b4ade2175b", "f09f1014d0", "5a5dcf8866"],
            "dixy": ["2000299591"],
            "perekrestok": [],
        }, "every hair mask (incl. Gliss Kur «Маска 4-в-1 восстанавливающая», a hair brand); face masks, Fructis «Крем-уход», balms excluded"),
        ("кондиционер для волос", {
            "pyaterochka": ["60574", "3299592"],
            "magnit": ["0281096ce8", "082258b855", "1845c979e5", "18521c80c2", "26f754d9d5", "2fb7a38128",
                       "31ab318518", "356880dfe6", "3cb45970fd", "3e28c4a759", "50a1b58d96", "58a723ea4a",
                       "5d1b930dbf", "6644dbe523", "6752935c12", "69c05297bf", "6bffb22a88", "7003a88dfe",
                       "78bafdc769", "7e86cf8beb", "828e73ee75", "896ba7e2fc", "8ad064cec5", "8e56d1b7de",
                       "8f67542b0e", "981652d153", "9a2ede0117", "a71f353023", "b38d85f1ab", "b43b0f19f5",
                       "bc8c60bc14", "bca1f41506", "be00c76191", "c2fc076665", "c4fbd550e2", "c83fc7b14c",
                       "cb5e7a8633", "d0aaff95c2", "d17d426d5a", "d2653503fe", "da3319321d", "e737673322",
                       "e985f49d8e", "f60da7dd8b", "781e377bc1", "c9620652a9", "c4f4553bc4"],
            "dixy": [],
            "perekrestok": ["4093199", "4124055"],
        }, "every hair conditioner / balm (in Russian shops бальзам and кондиционер для волос are the same product), incl. leave-in ones (Gliss Kur «экспресс-кондиционер», Pantene Miracles «несмываемый»); tinted balms КОНЦЕПТ, 2-in-1 shampoos and laundry conditioners excluded"),
    ]),
    # L20 cat and eggs (fzs20)
    ("кошачий корм сухой для стерилизованных, фрискас пауч, яйца кур с1 десяток", [
        ("кошачий корм сухой для стерилизованных", {
            "pyaterochka": [],
            "magnit": ["082e5a8772", "5ac79c1445", "5f2c27349b", "81960a917d"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for sterilised cats (Purina One «для стерилизованных» 680 g / 750 g / 1.5 kg; the 750 g packs without «сухой» judged dry on outside knowledge); Perfect Fit «для стерилизованных» wet 75 g, ordinary dry cat food excluded"),
        ("фрискас пауч", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Friskies in any store; Felix/Whiskas/Kitekat pouches excluded → missing everywhere"),
        ("яйца кур с1 десяток", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "chicken eggs С1 / «1 категории» in packs of 10; packs of 6/15/20/30, С0/СВ and quail eggs excluded"),
    ]),
    # L21 laundry basics (fzs21)
    ("хозяйственное мыло 2 куска, порошок автомат 3 кг, соду пищевую пачку", [
        ("хозяйственное мыло 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap in any store → missing everywhere"),
        ("порошок автомат 3 кг", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "6d62d005d5", "84c2d44059", "9ec3c6b343", "eee3b0a174"],
            "dixy": [],
            "perekrestok": [],
        }, "machine washing powders of 3 kg (Bimax, Persil; Persil «Сенситив Миндаль, 3кг» accepted on outside knowledge — Persil powder is for machines); other sizes (1.5–6 kg), Somat 3 kg dishwasher powder excluded"),
        ("соду пищевую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda (Дикси «Сода пищевая, 500 г»); Palmia dish liquid «пищ сода» excluded"),
    ]),
    # L22 paper, sausages, tea (fzs22)
    ("туалетка зева, сосиски молочные подешевле кило, чай гринфилд черный 100 пак", [
        ("туалетка зева", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "475d902330",
                       "939f14debe", "b0339ecad9", "be65d013c1", "cdc752b01e", "e01188fba0", "f88b88076f"],
            "dixy": ["2000142974"],
            "perekrestok": ["75364"],
        }, "every Zewa/ЗЕВА toilet paper; Zewa paper towels, facial tissues and handkerchiefs excluded"),
        ("сосиски молочные подешевле кило", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, "every «Молочные» sausage (incl. Индилайт «Молочные из индейки»); «кило» is a quantity and «подешевле» a wish; сливочные and other sausages excluded"),
        ("чай гринфилд черный 100 пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000228472", "2000289445"],
            "perekrestok": ["2147890", "2147891", "3378336", "3450276"],
        }, "Greenfield black tea in packs of 100 bags (any variety, «100х2 г»); 25-bag packs, loose tea and the herbal Spirit Mate excluded"),
    ]),
    # L23 baby (fzs23)
    ("подгузники хаггис, крем под подгузник, нутрилон 1 смесь", [
        ("подгузники хаггис", {
            "pyaterochka": [],
            "magnit": ["09024602d9", "0eba20c6ea", "2405525a2c", "42c3dfa89a", "636b5f76cb", "afba812aec",
                       "ba8611ce1a", "da5217477c", "ed034d15a1"],
            "dixy": [],
            "perekrestok": [],
        }, "every Huggies taped diaper (Elite Soft, Ультракомфорт, all sizes); Huggies pants («трусики-подгузники») excluded as a different form, Huggies wipes and other brands excluded"),
        ("крем под подгузник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no diaper cream in any store → missing everywhere"),
        ("нутрилон 1 смесь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nutrilon or other infant formula in any store → missing everywhere"),
    ]),
    # L24 floors, vinegar, sugar (fzs24)
    ("средство для мытья пола, антижир спрей, уксус столовый 9 процентов, сахар 1 кг", [
        ("средство для мытья пола", {
            "pyaterochka": [],
            "magnit": ["119c855478", "69f4fcf56c", "789291ba7a", "ff7b4707dc", "494fcd17ad", "ae95ec9c5b",
                       "cac8e32a0f", "dc08e0632c", "275fd6ca49", "18d07f098b", "9851df55cf"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "floor cleaners (BioMio, Synergetic, Grass, Sanfor «для мытья пола», Mr. Proper floor-and-wall liquids; Mr. Proper «Лимон/роза, 500мл» on outside knowledge); Lysol «Средство дезинфицирующее д/пола и поверх» accepted (a floor cleaner); universal sprays excluded"),
        ("антижир спрей", {
            "pyaterochka": [],
            "magnit": ["40c8848b8f", "2ca088b3fc"],
            "dixy": ["2000602636"],
            "perekrestok": [],
        }, "degreaser sprays: Mr. Proper «Антижир» spray, Уникум «Жироудалитель, Спрей»; Cillit Bang «Антижир, 750мл» accepted on outside knowledge (trigger spray); Уникум for ceramic hobs (form not stated) and Finish «анти-жир» excluded"),
        ("уксус столовый 9 процентов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9 % table vinegar; Перекрёсток grape vinegar 6 % excluded → missing everywhere"),
        ("сахар 1 кг", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000468691", "2000214171"],
            "perekrestok": ["3650732", "4092763", "3230933"],
        }, "white sugar in 1 kg packs (сахар-песок, or pressed/lump — the form was not written); cane (тростниковый) sugar 1 kg judged a different product a shopper writing plain «сахар» would not want, 900 g / 500 g / 5 kg packs, coconut sugar and sweeteners excluded"),
    ]),
    # L25 oral care and soap (fzs25)
    ("зубная паста колгейт тройное действие, нить зубная орал би, мыло дав кусковое", [
        ("зубная паста колгейт тройное действие", {
            "pyaterochka": [],
            "magnit": ["65ee960a88"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate «Тройное действие» 100 ml; other Colgate pastes excluded"),
        ("нить зубная орал би", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Oral-B floss; Splat floss excluded → missing everywhere"),
        ("мыло дав кусковое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Dove bar soap; Dove liquid/cream soap excluded → missing everywhere"),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fzs")
    stats(records)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
