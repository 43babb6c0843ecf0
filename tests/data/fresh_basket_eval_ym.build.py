#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ym.jsonl -- home-baking / dessert / sick-day shopping lists hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ym.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, written blind (before any
offer was read, see fresh_basket_eval_ym.blind_lists.txt) and copied from that draft byte for byte except
for the two replacements listed in REPLACED (whole lists that were empty in every store), and for every
item the product ids of every store that a reasonable shopper would accept.  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

The script checks the data with labelled_lists.build -- every id exists in real_offers_g.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and
the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL in the format of real_basket_eval.jsonl.  It also checks that every list text equals the
blind draft (apart from the replaced lists).  List ids are fym01, fym02, ... in LISTS order; every list is
in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ym.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ym.blind_lists.txt")

# list number -> (blind item, replacement item); see README "Replacements"
REPLACED = {
    19: ("желатин листовой", "желатин для желе"),
    22: ("бумага пергаментная", "полотенца бумажные"),
}

P, M, D, X = "pyaterochka", "magnit", "dixy", "perekrestok"


def acc(p=(), m=(), d=(), x=()):
    return {P: list(p), M: list(m), D: list(d), X: list(x)}


NONE = acc()

# ---- id groups used by more than one item -------------------------------------------------------
WHEAT_WHITE_M = ["a9121368e4", "f04dd7b81b", "42f4e32b0a"]
WHEAT_WHITE_D = ["D000002191", "ЦТ0035253", "ЦТ0037862", "2000578792", "2000317163", "ЦТ0044481",
                 "2000576791", "2000553733", "ЦТ0044544", "2000213875"]
WHEAT_WHITE_X = ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91320", "91321", "16318",
                 "3373613", "4326495", "3681817", "4262616", "2037765", "3626914", "2107396", "3394693",
                 "2112692", "2112693", "3502351"]
EGGS_C0_10_M = ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"]
EGGS_C0_10_D = ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"]
EGGS_C0_10_X = ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111", "3432532",
                "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"]
EGGS_C1_10_M = ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"]
EGGS_C1_10_D = ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"]
EGGS_C1_10_X = ["3001671", "2109476", "4085791", "2131763", "3182856"]
BUTTER_825_P = ["3026226"]
BUTTER_825_M = ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                "1000151122", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266", "1000521208", "8000045816"]
BUTTER_825_D = ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                "2000604391", "2000605413", "DI00080070"]
BUTTER_825_X = ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337",
                "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749", "4055506", "4113532",
                "4135603", "4175276", "4196090", "4260609", "4292462", "4310021", "4343792", "3699369", "86149"]
LEMONS_D = ["10E0074364"]
LEMONS_X = ["1536", "3677353", "3148269", "49780"]
CREAM_33 = acc(p=["44799"], m=["1000299287", "8000056173"], x=["44799"])
COCOA_POWDER_M = ["25a1b729b4", "f675db585c"]

LISTS = [
    # L1 baking staples
    ("мука пшеничная в/с пачка 2 кг, дрожжи быстродействующие саф-момент, сахарный песок килограмм, яйца с0 десяточек", [
        ("мука пшеничная в/с пачка 2 кг", acc(
            m=["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            d=["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544"],
            x=["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765", "3626914",
               "2107396", "2112692"]),
         "wheat flour of the highest grade (высший сорт, incl. «хлебопекарная высшего сорта») in 2 kg packs; сорт "
         "«экстра» (Makfa, Алексеевская, Печенов, Французская штучка), 1 kg packs, блинная, whole-grain, self-raising "
         "1 kg, rye, rice, corn, gluten-free, Manitoba and Дикси «Мука пшеничная хлебопекарная, 2 кг» (no grade, "
         "42.49) excluded, Перекрёсток «Тихорецкая особая» (grade not stated) excluded; outside knowledge: Магнит "
         "«Мука ПЫШЕЧКА, пшеничная, 2кг» taken as в/с (Дикси sells the same 89.99 pack as «высший сорт»), Магнит/"
         "Дикси «Старооскольская хлебопекарная 2кг» taken as в/с (Перекрёсток titles the brand «высшего сорта»)"),
        ("дрожжи быстродействующие саф-момент", acc(m=["974240f926"], d=["DI00080124"]),
         "Саф-Момент dry instant yeast 11 g; pressed yeast «Люкс Экстра» (Саф-Нева) excluded"),
        ("сахарный песок килограмм", acc(d=["2000214171"], x=["3230933"]),
         "white granulated sugar in 1 kg packs («килограмм» names the pack, as «сахар 1кг» in set g); the 5 kg bag, "
         "Чайкофский 900 g and 750 g, pressed/lump sugar (Русский сахар, Чайкофский кусковой), cane and coconut "
         "sugar and vanilla sugar excluded; Перекрёсток «Сахар Советский Экстра, 1кг» excluded (form not stated)"),
        ("яйца с0 десяточек", acc(m=EGGS_C0_10_M, d=EGGS_C0_10_D, x=EGGS_C0_10_X),
         "chicken eggs С0/СО/«отборные» in packs of 10 («десяточек» = десяток); С1, С2, СВ «высшей категории», "
         "packs of 20 and quail eggs excluded"),
    ]),
    # L2 sponge cake
    ("разрыхлитиль, ванильный сахар dr.oetker, какао порошок без сахара, мука для бисквита", [
        ("разрыхлитиль", acc(d=["2000220512"]),
         "typo for разрыхлитель: baking powder (Dr.Bakers 10 g); no other store carries baking powder"),
        ("ванильный сахар dr.oetker", acc(d=["2000220514"], x=["4272698"]),
         "Dr.Bakers vanilla sugar 8 g; outside knowledge: Dr.Bakers is the name Dr. Oetker's Russian business "
         "has used for the same products since 2022, so it is taken as the brand written; Магнит «Ванилин ХААС» "
         "(vanillin, another brand) excluded"),
        ("какао порошок без сахара", acc(m=COCOA_POWDER_M),
         "plain cocoa powder (Золотой ярлык «натуральный», «Какао-порошок РОССИЙСКИЙ»); sweetened instant drinks "
         "(Nesquik, Хрутка, Скрепыши, MacChoco) excluded by «без сахара»; Магнит «Какао ЧУККА, Гранулированный» "
         "excluded (outside knowledge: a sweetened granulated cocoa drink)"),
        ("мука для бисквита", acc(m=WHEAT_WHITE_M, d=WHEAT_WHITE_D, x=WHEAT_WHITE_X),
         "«для бисквита» is a purpose, not a kind: any white wheat flour (высший сорт, экстра, хлебопекарная, "
         "С.Пудовъ «Кондитерская самоподнимающаяся»), any size; блинная (a mix), whole-grain, rye, rice, corn, "
         "oat, buckwheat, chickpea, coconut, almond, gluten-free and Manitoba bread flour excluded; Перекрёсток "
         "«Тихорецкая особая» excluded (kind not stated); outside knowledge: «Мука Царь, 1кг» taken as wheat "
         "(the brand's 2 kg pack is «пшеничная высшего сорта»), Магнит Пышечка/Старооскольская and Дикси "
         "«Мука пшеничная хлебопекарная» taken as white wheat flour"),
    ]),
    # L3 cheesecake
    ("крем чиз для чизкейка 2 уп, печеньки юбилейные для основы, сливки 33% подешевле, пудра сахарная немного", [
        ("крем чиз для чизкейка 2 уп", acc(
            m=["1000375622", "1000534494", "1000450007", "8000023741", "9409610181", "6657cd7a33", "1000032374",
               "1000501241", "1899910131", "ee73d388ce", "1000296346", "54bb147c2f", "1000460184"],
            d=["2000325249", "2000516592"],
            x=["4162492"]),
         "plain cream cheese (сыр творожный / «Кремчиз» сливочный or unflavoured; Cream Nuvo, Pretto, Sveza, "
         "Экомилк, Almette, Hochland, President, Violette, Савушкин «Воздушный»); savoury cream cheeses (зелень, "
         "травы, креветки, хрен и чеснок, авокадо, маринованные огурцы) excluded because «для чизкейка» names a "
         "plain cream cheese (judgement); маскарпоне, Магнит «Сливочный сыр 45% Молокавоз» and Natura «Сливочный» "
         "45% (semi-hard cheeses), творожные продукты/пасты/десерты excluded; «2 уп» is a quantity"),
        ("печеньки юбилейные для основы", acc(m=["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
                                              d=["2000535032"]),
         "every Юбилейное cookie (brand + product word: молочное, традиционное, с глазурью, овсяное); Останкино "
         "колбаса «Юбилейная» and Julius Meinl «Юбилейный» coffee excluded"),
        ("сливки 33% подешевле", CREAM_33,
         "cream of exactly 33 % (Вкуснотеево «для взбивания», Молочный мир стерилизованные, Петмол 33 %); "
         "Пятёрочка «ПЕТМОЛ Крем сливочный ул/паст.33% 500г» has the same PLU 44799 that Перекрёсток titles "
         "«Сливки Петмол для взбивания 33%» (X5 chains share PLUs) and is accepted; 10/11/20 % creams, whipped "
         "aerosol creams (President 20 %, Альпенгурт «Кулинар» 26.5 %) excluded; «подешевле» is a wish"),
        ("пудра сахарная немного", acc(d=["ЦТ0026194"]),
         "icing sugar (Магета 100 g); corn sticks and cranberries «в сахарной пудре» excluded; «немного» is a "
         "quantity"),
    ]),
    # L4 fondant
    ("шоколад для растапливания черный, маслице сливочное 82.5 процента для теста, мука миндальная, тростниковый сахар для выпечки", [
        ("шоколад для растапливания черный", acc(
            p=["16430", "16432", "3067338", "45557", "20393", "45563"],
            m=["0071fb559e", "2b68a42ddd", "2c5c666697"],
            d=["2000001818", "2000593171", "1100072978", "2000227778", "2000220298", "2000601375"],
            x=["4334741", "4182941"]),
         "plain dark/bitter chocolate bars without inclusions or filling (горький, тёмный, элитный 75 %, Lindt "
         "70/85 %, Alpen Gold горький 70 % and тёмный пористый, Коммунарка тёмный, Зелёная Линия горький «на меду»); "
         "dark chocolate with nuts, fruit, orange, cranberry purée or other fillings, milk/white chocolate and "
         "Alpen Gold «Тёмный и белый» excluded; there is no couverture or chocolate sold for melting in the offers; "
         "outside knowledge: Пятёрочка «БАБАЕВ.Шоколад ЛЮКС» taken as dark (Дикси: «Бабаевский Люкс тёмный») and "
         "«БАБАЕВ.Шоколад фирменный» taken as Бабаевский's dark «Фирменный»; Дикси «Шоколад \"Особый\"» excluded (type "
         "not stated)"),
        ("маслице сливочное 82.5 процента для теста", acc(p=BUTTER_825_P, m=BUTTER_825_M, d=BUTTER_825_D, x=BUTTER_825_X),
         "butter labelled exactly 82.5 % (incl. sweet-cream «сладкосливочное», unsalted and lactose-free); 82 % "
         "(Arla, President, Киприно, Natura, Молочный знак, JALO KERMA), 72.5 %, chocolate butter 62 %, ghee, "
         "spreads and margarine excluded; «для теста» is a purpose"),
        ("мука миндальная", acc(x=["4308549"]),
         "almond flour (Зелёная Линия 250 g); almond drinks, sweets and other flours excluded"),
        ("тростниковый сахар для выпечки", acc(d=["2000598451"],
                                               x=["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"]),
         "cane sugar of any form (crystalline and cubes; «для выпечки» is a purpose, not a kind); white beet "
         "sugar and coconut sugar excluded"),
    ]),
    # L5 broth for someone ill
    ("курочка на бульон, морковочка пару штук, лук репка 3 головки, лимончик к чаю, имбирь свежый", [
        ("курочка на бульон", acc(
            m=["6bf2d45df8", "d9a7978145", "99331702b7", "f8e8bcfe75", "bba6e25510"],
            d=["2000581594", "2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            x=["3673509", "2160076", "3689116", "2160048", "78004576", "3683728", "3669585", "4242120", "4208844",
               "53105", "4323072", "3273915", "2173555", "3946764", "4329298", "3653837", "52888", "3191300",
               "3362832", "3940063", "4312563", "3678985", "3649232", "3609675", "4306879", "4116904", "3034277",
               "4347498", "3216279", "3336397"]),
         "raw unseasoned chicken, whole bird or parts (тушка, бедро, крыло, грудка, филе грудки/бедра, raw fillet "
         "«медальоны»); marinated chicken (голень «Алабама», цыплёнок табака Петруха «в маринаде», «Филе курицы в "
         "маринаде», шашлык в кефире) excluded because «на бульон» asks for plain chicken (judgement), breaded "
         "strips/medallions, chopped шницель, биточки, cooked and canned chicken, eggs excluded; Дикси «Набор для "
         "супа Слово мясника» excluded (meat not stated as chicken); Перекрёсток «Филе грудки фермерское» excluded "
         "(bird not stated); outside knowledge: Магнит «Цыплёнок табака СВОЯ охлажденный» taken as a plain raw "
         "flattened chicken"),
        ("морковочка пару штук", acc(d=["ЦТ0036199", "DI00078733"], x=["19345", "3368256", "60529", "4299784", "3463356", "4191099"]),
         "fresh carrots (incl. the mini carrots «Зайкино Счастье» and Перекрёсток «Морковь для сока, 1кг» — fresh carrots; «для сока» is a purpose); boiled peeled carrots, Korean carrot salads, "
         "juices, purées, pet food «с морковью» excluded; «пару штук» is a quantity"),
        ("лук репка 3 головки", acc(d=["10E0074356", "2000270979"],
                                    x=["45463", "3969", "3016771", "81209", "3016772", "3368253"]),
         "bulb onions (лук репчатый, incl. red and peeled); green onions, chips/croutons «с луком» and seasonings "
         "excluded; «3 головки» is a quantity"),
        ("лимончик к чаю", acc(d=LEMONS_D, x=LEMONS_X),
         "fresh lemons, loose or packed; Перекрёсток «Микс Лайм-лимон» and «Набор иммунный имбирь-лимон» (sets), "
         "lemon-flavoured drinks, teas and sweets, citric acid excluded; «к чаю» is a purpose"),
        ("имбирь свежый", acc(x=["3218215", "4097889"]),
         "typo for свежий: fresh ginger root; pickled, ground, candied and sugared ginger and ginger drinks "
         "excluded; outside knowledge: Перекрёсток «Имбирь» (weighed) and «Имбирь, 300г» taken as fresh root"),
    ]),
    # L6 cold remedies
    ("мед липовый хороший, лимоны три штучки, чаек с чабрецом, малиновое вареньице, носовые платочки", [
        ("мед липовый хороший", acc(m=["dadb78005d"], x=["3687698", "4316603"]),
         "lime-blossom honey; other honeys (цветочный, гречишный, горный, майский, акациевый…) excluded; «хороший» "
         "is a wish"),
        ("лимоны три штучки", acc(d=LEMONS_D, x=LEMONS_X),
         "fresh lemons as for «лимончик к чаю»; «три штучки» is a quantity; lime-lemon mix and ginger-lemon set "
         "excluded"),
        ("чаек с чабрецом", acc(m=["739159b9d5", "f9b0dd39e7", "245310ae46", "b411bf6170", "05c3ce571d"],
                                x=["3497561", "4206082", "4131559"]),
         "tea with thyme (чабрец), bags or loose, incl. Майский «чабрец-мята»; cream cheese «с тимьяном» excluded"),
        ("малиновое вареньице", acc(m=["bb783c4961"], d=["2000318053", "2000546998"], x=["4253746", "4204893", "4252161"]),
         "raspberry варенье; raspberry jams (Махеевъ, Mr.Ricco «Джем Малина», Ратибор/Пр!ст джем), Дикси «Малина "
         "дроблёная с сахаром» and other berries' варенье excluded (варенье ≠ джем, as in set d)"),
        ("носовые платочки", acc(m=["d334b417e0", "4eeae27a4e", "c617dc083d", "860dac16d4", "e5066f2ca7"]),
         "paper handkerchiefs (Магнит «Платки бумажные», ZEWA/ЗЕВА «Платки носовые»); boxed facial tissues (ZEWA "
         "«салфетки для лица» in Пятёрочка and Магнит), napkins, wet wipes and toilet paper excluded"),
    ]),
    # L7 light food for the patient
    ("кефирчик 1% простоквашино, сухари ванильные, бананчики для больного", [
        ("кефирчик 1% простоквашино", acc(d=["2000166045"], x=["3352331"]),
         "Простоквашино kefir 1 %; Простоквашино 2.5/3.2 %, other brands' 1 % kefir and the «Кефирный коктейль» "
         "excluded"),
        ("сухари ванильные", acc(m=["4f2c3ab423"]),
         "vanilla rusks (Магнит «Сухарики ОГО! ванильные 250г», sweet rusks despite the diminutive); rusks with "
         "raisins, breadcrumbs and savoury croutons excluded"),
        ("бананчики для больного", acc(d=["10E0074360"], x=["3652283", "4625", "2084703"]),
         "fresh bananas (incl. organic and red bananas); «Бананы для жарки» (plantains), dried bananas, purées and "
         "banana-flavoured goods excluded; «для больного» is a purpose"),
    ]),
    # L8 juice and fruit
    ("сок апельсиновый рич 1л, яблоки зеленые на перекус, морсик клюквенный в бутылке", [
        ("сок апельсиновый рич 1л", acc(d=["DI00078814"]),
         "Rich orange juice 1 l; Rich apple/tomato juices, Rich drinks/tonics and other brands' orange juice "
         "excluded"),
        ("яблоки зеленые на перекус", acc(m=["18871c6e60"], d=["10E0076186"],
                                          x=["3366327", "4097664", "4194478", "4152180", "4047567", "3171926"]),
         "fresh green apples (Гренни Смит, «зелёные»); red, yellow (Голден) and unspecified-colour apples, juices "
         "and snacks excluded; outside knowledge: Перекрёсток «Яблоки Симиренко» taken as green"),
        ("морсик клюквенный в бутылке", acc(x=["4275137", "4252637"]),
         "cranberry mors (Finnmors Клюква 0.5 and 1.5 l); mixed mors (клюква-виноград, J7 клюква-черника-…, "
         "ФрутоНяня, Агуша «ягодный сбор») excluded; outside knowledge: Finnmors is sold in PET bottles"),
    ]),
    # L9 tea time for the patient
    ("чай ахмад черный в пакетиках, мед гречишный баночка, шиповник сушеный", [
        ("чай ахмад черный в пакетиках", acc(m=["ba15dbb109", "f101163507", "e421942210", "c237948667", "bd44dec0f2"],
                                             d=["ЦТ0016759"], x=["3902078", "5051", "4113980"]),
         "every Ahmad black tea in bags (classic, Earl Grey and flavoured black teas: brand + product word); "
         "loose-leaf Ahmad (100–500 g, Пятёрочка 200 g boxes) and Ahmad green tea excluded"),
        ("мед гречишный баночка", acc(x=["4320671", "3687699"]),
         "buckwheat honey (jars); other honeys and Chak-chak «с гречишным мёдом» excluded"),
        ("шиповник сушеный", NONE,
         "dried rose hips: none in the offers; Barinoff rose-hip nectar, teas and yoghurts «с шиповником» excluded"),
    ]),
    # L10 pharmacy-ish corner
    ("влажные салфеточки, вода боржоми 0.5, аскорбинка, кубики магги куриные", [
        ("влажные салфеточки", acc(m=["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                                      "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"]),
         "general-purpose wet wipes, incl. antibacterial, universal and baby wipes; wipes for surfaces (AURA Pro "
         "Expert), for intimate hygiene (Я САМАЯ), wet toilet paper (Kleenex, Мон Рулон) and laundry «салфетки для "
         "стирки» excluded"),
        ("вода боржоми 0.5", acc(d=["ЦТ0020861", "2000188861"]),
         "Borjomi 0.5 l (PET and glass); Borjomi 0.75/1.25 l, Borjomi flavoured waters and other mineral waters "
         "excluded"),
        ("аскорбинка", NONE,
         "ascorbic-acid tablets: none in the offers; shower gels and cosmetics «витамин С» excluded"),
        ("кубики магги куриные", NONE,
         "Maggi chicken bouillon cubes: none; Maggi seasonings/«На второе» mixes and Роллтон beef bouillon excluded"),
    ]),
    # L11 pancakes
    ("мука для блинчиков пшеничная, молочко 2.5 процента, масло подсолнечное раф., сгущенка вареная рогачев", [
        ("мука для блинчиков пшеничная", acc(m=["6ea45de7b6", "5636222689"] + WHEAT_WHITE_M,
                                             d=["2000214069"] + WHEAT_WHITE_D,
                                             x=["16319", "2053130", "3502352"] + WHEAT_WHITE_X),
         "блинная flour (Пышечка, С.Пудовъ, Маркет — wheat-based mixes) and, since «для блинчиков» is a purpose, "
         "any white wheat flour as for «мука для бисквита»; whole-grain, rye, rice, corn, oat, buckwheat, coconut, "
         "almond, gluten-free and Manitoba flours excluded; «Мука Царь, 1кг» taken as wheat (outside knowledge, "
         "see L2)"),
        ("молочко 2.5 процента", acc(
            m=["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029", "1000037901",
               "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            d=["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            x=["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"]),
         "cow drinking milk labelled exactly 2.5 % (pasteurised or UHT, incl. Агуша children's milk 2.5 %); "
         "1.5/1.8/3.2 % milks, kefir/yoghurt 2.5 %, condensed, baked and plant milks excluded"),
        ("масло подсолнечное раф.", acc(
            d=["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261",
               "2000283309", "2000555852", "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            x=["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714", "3340103",
               "3426152", "3426155", "3454645", "3478098", "3642040", "4022580", "4218020", "4269568", "4269569",
               "4277755", "6275", "64128"]),
         "refined sunflower oil of any size (incl. high-oleic refined and the Altaria spray); unrefined, "
         "flavoured (Almador), blends with olive/almond/wheat-germ/linseed oil (Altero, Благо, Слобода, Agrolive) "
         "and Перекрёсток «Масло Аведовъ подсолнечное» (refining not stated) excluded"),
        ("сгущенка вареная рогачев", acc(m=["1000244512"], d=["2000311392"]),
         "Рогачевъ boiled condensed milk (Магнит «Рогачевъ Вареное», Дикси «Рогачевъ Егорка вареное»); plain "
         "Рогачевъ condensed milk, Рогачевъ «с кофе» and other brands' варёная сгущёнка excluded"),
    ]),
    # L12 charlotte
    ("антоновка для шарлотки, корица в порошке, разрыхлитель теста 3 пакетика", [
        ("антоновка для шарлотки", NONE,
         "Antonovka apples: none; Магнит зефир «Антоновка» and other apple varieties excluded"),
        ("корица в порошке", acc(m=["aaed24508c"]),
         "ground cinnamon (Kotányi «Корица молотая»); cinnamon-flavoured tea, coffee, sweets and drinks excluded"),
        ("разрыхлитель теста 3 пакетика", acc(d=["2000220512"]),
         "baking powder sachets (Dr.Bakers 10 g); «3 пакетика» is a quantity"),
    ]),
    # L13 tiramisu
    ("маскарпоне 250г, печенье саваярди, кофе молотый под эспрессо, какао для присыпки тирамису", [
        ("маскарпоне 250г", acc(m=["1000216596", "7bf2a13355", "e0645613c9"], x=["4154662"]),
         "mascarpone in 250 g packs; Viola yoghurt «с сыром Маскарпоне» and cream cheeses excluded"),
        ("печенье саваярди", NONE,
         "typo for савоярди: savoiardi (ladyfinger) biscuits: none in the offers"),
        ("кофе молотый под эспрессо", acc(
            p=["1e481d9846", "3607723"],
            m=["2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2", "bf33a13d25", "0fe86f8472", "a6281deb0c",
               "76b0197955", "80d20f5714", "7d84ba5b6e", "3bb33c0c9e", "a46592e215", "c2e5e0f5ec", "97373908ef",
               "4522417a72", "79b9a44edb", "8d3366ce51", "a2b0f72440", "46bb6aa6cb", "8269b24f19", "7046b50e4e",
               "222418c5e4", "ab6f2df0cf", "112396b31e"],
            d=["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725", "2000193927",
               "2000267720", "10E0076694", "2000056820", "2000362026", "2000582491", "2000263796", "2000574432",
               "2000546071", "2000568376", "2000557192", "2000557193", "2000605231", "2000235411", "2000604152",
               "2000552471"],
            x=["4058107", "3965705", "4108341", "4345202", "4345201", "4340948", "4325139", "3395340", "4150051",
               "3395339", "3689956", "4166073", "4166074", "2147872", "4329787", "4320251", "4320252", "72112",
               "72110", "3606929", "3612036", "4129183", "4122814", "4347224", "4291307", "4315506", "4351047",
               "4253960", "4295649", "4261915", "4261911", "4262483", "6944", "4342549", "3171130", "29278",
               "3644175", "4261910"]),
         "roasted ground coffee in packs of any blend and size («под эспрессо» is a purpose, so «для турки»/"
         "«по-восточному» grinds are kept); beans, instant and «сублимированный с молотым», capsules (Jardin, "
         "Tassimo), single-serve bags (Coffesso 5×9 g, drip and filter bags) excluded; outside knowledge: Магнит "
         "«ЛОР Эспрессо … 52г» taken as capsules (10×5.2 g) and Перекрёсток «Verle Гватемала … 66г» as a drip-bag "
         "pack, both excluded; Магнит «ЖОКЕЙ, По-восточному, Арабика» and «ПЕТР ВЕЛИКИЙ, Императорский помол» taken "
         "as ground, and Магнит «МОСКОВСКАЯ КОФЕЙНЯ НА ПАЯХЪ, Мокко, 250г» too (the chain lists the beans of the same "
         "line separately as «в зернах, мокко, 250г»); Пятёрочка «Bushido, original», Магнит «Коломбо», «JACOBS Монарх "
         "Интенс, 95г» (instant) and Дикси «Жокей Ирландские сливки, ароматизированный» (form not stated) excluded"),
        ("какао для присыпки тирамису", acc(m=COCOA_POWDER_M),
         "plain cocoa powder as in L2; sweetened instant cocoa drinks (Nesquik, Хрутка, Скрепыши, MacChoco, "
         "Чукка гранулированный) are a different product, excluded"),
    ]),
    # L14 berries and cream
    ("клубника свежая к чаю, голубичка, сливки для взбивания", [
        ("клубника свежая к чаю", acc(x=["4097821", "4183392", "3697994"]),
         "fresh strawberries; frozen strawberries, strawberries in syrup, fruit mixes and strawberry-flavoured "
         "goods excluded"),
        ("голубичка", acc(m=["73557aed71", "ab7fd3bb8a"]),
         "fresh blueberries (голубика); berry/fruit mixes with blueberries and blueberry-flavoured dairy excluded"),
        ("сливки для взбивания", CREAM_33,
         "whipping cream: the 33 % creams (Вкуснотеево «для взбивания», Петмол «для взбивания» — Пятёрочка titles "
         "the same PLU «Крем сливочный 33%», Молочный мир 33 % taken as whipping cream on its fat level); 10–20 % "
         "creams and ready whipped aerosol creams (President «взбит.» 20 %, Альпенгурт «Кулинар» 26.5 %) excluded"),
    ]),
    # L15 oat cookies
    ("шоколадные капельки, масло слив. 72.5, геркулес для печенья, изюм светлый кишмиш", [
        ("шоколадные капельки", NONE,
         "chocolate drops/chips for baking: none; chocolate bars and cookies «с кусочками шоколада» excluded"),
        ("масло слив. 72.5", acc(
            m=["1000384151", "1000262381", "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "1844000142",
               "1000457493", "8000058591"],
            d=["2000288309", "2000401635", "2000538793"],
            x=["2029217", "3363741", "2071031", "3226314", "3355277", "3371288", "3384196", "3406593", "3423762",
               "3472940", "3645266", "3917028", "3980020", "4035287", "4051359", "4068626", "4147662", "4260610",
               "86150", "3347817"]),
         "butter labelled exactly 72.5 % (Крестьянское and others, incl. lactose-free); 82/82.5 %, spreads "
         "(Кремлёвское 72.5 %), margarine, and butters without a stated fat value (Перекрёсток Княгининское "
         "«Крестьянское», Волгодонское) excluded"),
        ("геркулес для печенья", acc(
            m=["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            d=["2000222892", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115", "2000601251",
               "2000005395"],
            x=["4157124", "4005492", "4355178", "27919", "9056", "2105514", "3933387", "3421663", "23772", "6752",
               "4321219", "24926", "2122914", "2122915", "2122919", "3503161", "3469028", "4078263", "3469027"]),
         "plain rolled oat flakes (геркулес is the common name for овсяные хлопья; all plain kinds incl. quick, "
         "№1–№3, gluten-free, with bran); flavoured/instant porridge flakes (Быстров «с молоком», «с вишней», Ясно "
         "Солнышко клюква-яблоко), Фацер bread «ГЕРКУЛЕС», granola and oat cookies excluded"),
        ("изюм светлый кишмиш", acc(x=["3640864", "4316951"]),
         "light raisins (Перекрёсток «Изюм светлый», «Изюм Голден»); cottage cheese, bread, cakes and sweets "
         "«с изюмом» excluded"),
    ]),
    # L16 chicken noodle soup
    ("окорочок куриный пару штук, вермишелька паутинка, картошка 1 кг, укроп свежий пучочек", [
        ("окорочок куриный пару штук", NONE,
         "chicken leg quarters: none titled окорочок; thighs (бедро), drumsticks in marinade and pork «окорок» are "
         "different cuts, excluded"),
        ("вермишелька паутинка", acc(m=["e60106f6b1", "2c49a7a5d2"], d=["T000015331", "2000004708"], x=["82761"]),
         "very thin short soup vermicelli: Makfa «Паутинка»; also Makfa «Вермишель короткая тонкая», Barilla "
         "«Филини» and Шебекинские «Вермишелька лёгкая» / «№111 лёгкая» (judgement: the same thin soup shape); "
         "vermicelli of unstated thickness (Верони, Маркет «группа А», Пр!ст «группа В»), long spinach vermicelli, "
         "funchoza and instant soups excluded"),
        ("картошка 1 кг", acc(d=["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
                              x=["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469",
                                 "43968", "3092450"]),
         "fresh raw potatoes of any kind and pack («1 кг» of a weighed good is a quantity); boiled peeled potatoes, "
         "frozen chips, batat, sweets «Картошка» and herring «к картошке» excluded"),
        ("укроп свежий пучочек", NONE,
         "fresh dill: none; ketchup «укроп-петрушка» and herbs in marinades excluded"),
    ]),
    # L17 sick child
    ("пюре фрутоняня яблоко без сахара, водичка детская, сушки с маком 2 упаковки", [
        ("пюре фрутоняня яблоко без сахара", acc(p=["3397865"], m=["68374ad0ee"], d=["T000007148", "2000227782"]),
         "ФрутоНяня single-apple purée; mixed purées (яблоко-банан, яблоко-персик, груша-яблоко, with cream or "
         "biscuit), juices and desserts excluded; outside knowledge: ФрутоНяня single-fruit purées have no added "
         "sugar, so those not saying «без сахара» are accepted"),
        ("водичка детская", acc(m=["7f00277465", "daea15c2c5", "162ec6aa1d"],
                                d=["2000523032", "2000523034", "2000311289", "2000605054", "2000601611"]),
         "baby drinking water of any size (ФрутоНяня, Аквалайн «Для ляль», Черноголовка «Бэйби», Кидси); ordinary "
         "water, baby juices and wet wipes excluded"),
        ("сушки с маком 2 упаковки", acc(m=["99f439b486"]),
         "poppy-seed sushki (Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»); plain/vanilla баранки, Зелёная Линия "
         "«Ладожский малышок» (no poppy), garlic tarallini excluded; «2 упаковки» is a quantity"),
    ]),
    # L18 yeast buns
    ("дрожжи живые прессованные, молоко деревенское 3.2, маргарин, яичко с1 10 шт", [
        ("дрожжи живые прессованные", acc(m=["f1edb6ea13"], d=["2000160156"]),
         "pressed (fresh) yeast «Люкс Экстра» 100 g; Дикси titles it «сухие хлебопекарные прессованные» — taken as "
         "the same pressed yeast (Магнит: «ДРОЖЖИ ПРЕССОВАННЫЕ Люкс Экстра (Саф-Нева)»); dry instant Саф-Момент "
         "excluded"),
        ("молоко деревенское 3.2", acc(m=["8000026015", "1000553875", "8000026014", "1812450001"],
                                       d=["2000594992", "2000066819"]),
         "judgement: no offer is called «деревенское»; it is read as the brand «Домик в деревне» (3.2 % "
         "pasteurised/UHT milk); other brands' 3.2 % milk and Домик в деревне 2.5 % and 3.7 % «отборное» excluded"),
        ("маргарин", acc(m=["1000374189", "1000054609"], d=["2000003174"], x=["4275750", "58471"]),
         "margarine (Пышка «для выпечки», Хозяюшка «сливочный»); spreads (Кремлёвское) excluded"),
        ("яичко с1 10 шт", acc(m=EGGS_C1_10_M, d=EGGS_C1_10_D, x=EGGS_C1_10_X),
         "chicken eggs С1 / «1 категории» in packs of 10 (a count that names the pack); С0/СО, С2, СВ, packs of 6, "
         "15, 20, 30 and quail eggs excluded"),
    ]),
    # L19 cake decoration (item 4 replaced, see README)
    ("глазурь шоколадная, посыпка кондитерская, краситель пищевой, желатин для желе", [
        ("глазурь шоколадная", NONE,
         "chocolate icing/glaze: none; Абрико «Топпинг шоколад» (a syrup) and sweets «в шоколадной глазури» "
         "excluded"),
        ("посыпка кондитерская", NONE,
         "sprinkles: none; Магнит «Мак кондитерский» (poppy seed) and corn sticks «в сахарной пудре» excluded"),
        ("краситель пищевой", NONE, "food colouring: none in the offers"),
        ("желатин для желе", acc(d=["2000237733", "2000163050"]),
         "REPLACEMENT of the blind item «желатин листовой» (no sheet gelatin and nothing else of this list in any "
         "store): gelatin of any form (Dr.Bakers 10 g, Магета 50 g); «для желе» is a purpose"),
    ]),
    # L20 honey cake
    ("медок цветочный к блинам, сметана 20% для крема, грецкие орешки очищенные", [
        ("медок цветочный к блинам", acc(m=["928ff089d4"], d=["2000573811"],
                                         x=["4355859", "4320672", "4340911", "4340910", "3479121", "4316605",
                                            "3467507", "4331449", "3687710"]),
         "honey sold as flower honey (title says «цветочный»/«цветочное разнотравье») plus Перекрёсток «Мёд луговой» "
         "(meadow honey is polyfloral flower honey — outside knowledge); monofloral honeys (липовый, гречишный, "
         "акациевый), Магнит «Мед МАГНИТ горный», «Майский Алтайцвет», «УССУРИЙСКИЙ БАЛЬЗАМ», МЁДОВЕД «Горный»/«Акация белая», Дикси «Янтарный "
         "Подсолнух» (not stated as цветочный) and крем-мёд with fruit excluded"),
        ("сметана 20% для крема", acc(
            m=["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
               "1000429067", "1000574404", "1000574405"],
            d=["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            x=["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029", "3166306",
               "4072176", "4376610", "3181748", "4095524"]),
         "sour cream of exactly 20 %; 10/15/25 %, Пятёрочка garlic sour cream 15 %, «сметанный» mayonnaise and "
         "snacks «со сметаной» excluded; «для крема» is a purpose"),
        ("грецкие орешки очищенные", acc(x=["3912995"]),
         "shelled walnuts; outside knowledge: Перекрёсток «Грецкий орех Пр!ст, 100г» taken as shelled kernels; "
         "walnuts «в скорлупе», nut mixes, cheese/yoghurt/dates «с грецким орехом» excluded"),
    ]),
    # L21 vitamins for a cold
    ("клюковка замороженная, облепиха, сироп из шиповника, чай lipton зеленый", [
        ("клюковка замороженная", acc(x=["4275459", "4289122"]),
         "frozen cranberries (дикорастущая and садовая «быстрозамороженная»); fresh «Клюква садовая», cranberries "
         "mashed with sugar, dried and sugared cranberries excluded; Магнит «КЛЮКВА, 250г» excluded (not stated "
         "as frozen)"),
        ("облепиха", NONE,
         "sea buckthorn berries: none fresh or frozen; «облепиха протёртая с сахаром» (Дикси, Перекрёсток) is a "
         "processed product, excluded, as are teas and drinks with sea buckthorn"),
        ("сироп из шиповника", NONE,
         "rose-hip syrup: none; rose-hip nectar and teas excluded"),
        ("чай lipton зеленый", NONE,
         "Lipton green tea: none; Пятёрочка «LIPTON Напиток ICE TEA зел.1л» (a ready drink), Lipton black tea and "
         "Lipton iced teas excluded"),
    ]),
    # L22 baking paper goods (item 1 replaced, see README)
    ("полотенца бумажные, формочки для кексов, фольга для запекания рулон", [
        ("полотенца бумажные", acc(m=["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b",
                                      "2616a9cbe3", "ce24df13d2"]),
         "REPLACEMENT of the blind item «бумага пергаментная» (no baking paper and nothing else of this list in "
         "any store): paper kitchen towels of any brand and roll count; napkins, toilet paper and handkerchiefs "
         "excluded"),
        ("формочки для кексов", NONE,
         "cupcake cases/moulds: none; cupcakes and cake mixes «Печём дома» excluded"),
        ("фольга для запекания рулон", NONE, "aluminium foil: none; «фольгированная» face mask excluded"),
    ]),
    # L23 brownie
    ("шоколад горький 70% плитка, орехи пекан, сливочное масло 82 процента, яйца куриные 2 десятка", [
        ("шоколад горький 70% плитка", acc(p=["16430"], m=["2b68a42ddd"], d=["2000220298"], x=["4182941"]),
         "bitter/dark chocolate bars labelled exactly 70 % (Lindt, Alpen Gold, Россия, Зелёная Линия «на меду»); "
         "68/75/85 % and bars without a stated value excluded"),
        ("орехи пекан", NONE, "pecans: none in the offers"),
        ("сливочное масло 82 процента", acc(
            p=BUTTER_825_P + ["3993159"], m=BUTTER_825_M + ["87355db645"], d=BUTTER_825_D,
            x=BUTTER_825_X + ["3637761", "3963777", "4188099", "4188102", "4281083"]),
         "butter of 82 % or 82.5 % (82.5 counts as «82», as in set g); 72.5 %, chocolate butter 62 %, ghee, "
         "spreads and butters without a fat value excluded"),
        ("яйца куриные 2 десятка", acc(
            m=["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190", "e5202b5cfd",
               "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            d=["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
               "2000284425", "2000139399", "2000601652", "1041042135"],
            x=["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464", "3356111",
               "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250", "2109476", "4085791",
               "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"]),
         "chicken eggs of any class in packs of 10 («2 десятка» = two packs of a десяток; «десяток» = packs of 10 "
         "only, so packs of 6, 15, 20 and 30 are excluded), quail eggs and chocolate eggs excluded"),
    ]),
    # L24 fruit for the patient
    ("апельсинчики, гранат 2 шт, киви 6 штук, сок гранатовый 100%", [
        ("апельсинчики", acc(d=["2000312804"],
                             x=["4260539", "3629179", "77110", "55655", "48651", "77001353", "3022836", "3663839",
                                "98632", "60619", "4209029"]),
         "fresh whole oranges (incl. red-fleshed and Navel); Перекрёсток «Апельсин … резанный кусочками», "
         "«Апельсины шоколадные», juices and orange-flavoured goods excluded"),
        ("гранат 2 шт", acc(d=["2000015855"], x=["50828", "3695843", "4371417", "4371415", "4335750"]),
         "fresh pomegranates (incl. «для сока» and «отборный»); juices, air fresheners and goods «гранат»-flavoured "
         "excluded; «2 шт» is a quantity"),
        ("киви 6 штук", acc(m=["48288c27b9"], d=["2000313184"],
                            x=["1532", "4156364", "4177001", "4175544", "2094491", "14017", "3638652", "4322057",
                               "4104587"]),
         "fresh kiwifruit (green, gold, red); Перекрёсток «Киви мини» (kiwiberries, another fruit — outside "
         "knowledge), cut kiwi, fruit mixes and kiwi-flavoured goods excluded; «6 штук» is a quantity"),
        ("сок гранатовый 100%", acc(p=["40350"], m=["1af6e004b6"],
                                    x=["3165884", "3497974", "4222320", "3497977", "3427396", "2045973", "3684607",
                                       "4331160", "4331161", "4100581", "4145061"]),
         "single-fruit pomegranate juice (direct or reconstituted, incl. children's NAR juice); Barinoff "
         "«гранатовый с сахаром» excluded by «100%», and Магнит «Сок БАРИНОФФ гранатовый, 250мл» with it (outside "
         "knowledge: the same product Перекрёсток titles «с сахаром»); mixed juices with pomegranate excluded"),
    ]),
    # L25 light meals
    ("бульон куриный готовый, творог мягкий 5%, йогурт питьевой без сахара, сыр творожный hochland", [
        ("бульон куриный готовый", NONE,
         "ready chicken broth: none; Роллтон beef bouillon, Быстринка soup, Перекрёсток «Мясо говяжье для бульона» "
         "excluded"),
        ("творог мягкий 5%", acc(m=["8000030462", "c7f0f0e5ec", "1000475531", "1079990193"],
                                 d=["2000322093", "2000227595"], x=["4274201", "3279582"]),
         "plain soft cottage cheese of exactly 5 % (мягкий / «Нежный мягкий»); outside knowledge: Магнит «Творог "
         "Савушкин Нежный 5%» taken as the soft «Нежный мягкий» (Дикси/Перекрёсток titles); 5.5 %, 4.5 %, 0 %, "
         "flavoured soft cottage cheese (с изюмом, фруктовый 3 %) and grainy 5 % cottage cheese excluded"),
        ("йогурт питьевой без сахара", acc(p=["8487"],
                                           m=["67fc9c08f6", "8000033680", "8000033684", "8000033677", "555ec5242d",
                                              "1000380540"],
                                           d=["2000330341", "2000330336"]),
         "drinking yoghurt with no added sugar: bottles labelled «без сахара» (Актибио 1.5 % 260 g, Активиа 2 % "
         "260 g — Магнит titles them «Биойогурт» but Дикси sells the same Актибио as «питьевой») and plain natural "
         "drinking yoghurts (Activia «натур.» 870 g and 260 g, Epica «Натуральный» 260 ml — outside knowledge: no "
         "added sugar); flavoured drinking yoghurts, 130 g cups «без сахара» (spoonable), Тема «Биолакт» and "
         "Козочка 200 g (not stated as drinking) excluded"),
        ("сыр творожный hochland", acc(m=["6657cd7a33", "1000032374"], d=["2000585832"]),
         "every Hochland cream cheese (сливочный, с маринованными огурцами: brand + product word); Hochland "
         "Grunlander (semi-hard) and Фетакса Хохланд excluded"),
    ]),
]


def check_blind(lists):
    """Every list text must equal the blind draft, except the REPLACED items."""
    with open(BLIND, encoding="utf-8") as fh:
        blind = [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (b, (text, _)) in enumerate(zip(blind, lists), 1):
        expected = b
        if n in REPLACED:
            old, new = REPLACED[n]
            if b.count(old) != 1:
                errors.append("list %d: blind item %r not found once" % (n, old))
            expected = b.replace(old, new)
        if expected != text:
            errors.append("list %d differs from the blind draft: %r vs %r" % (n, text, b))
    if errors:
        sys.exit("\n".join(errors))
    print("blind check: %d list texts identical to the blind draft, %d with one replaced item (%s)"
          % (len(lists) - len(REPLACED), len(REPLACED), ", ".join("fym%02d" % n for n in sorted(REPLACED))))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fym"))
