#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yq.jsonl -- breakfast and evening-tea shopping lists of one household,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yq.build.py

LISTS below is literal data: 25 lists (3-5 items) typed to a Telegram bot by the members of one household
(a teenager, the parents, a grandmother) over a week of breakfasts and evening tea, and for every item the
product ids of every in-stock offer per store that a reasonable shopper who wrote exactly that item would
accept.  The list texts are copied byte for byte from fresh_basket_eval_yq.blind_lists.txt, which was
written before any offer was read.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note
of each item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
Nothing of korzina (its matcher, data or other sets' labels) was read or run.

The script only checks the data with labelled_lists.build -- every id exists in real_offers_g.jsonl *for
that store* and is in stock (``available`` true), no id is repeated within an item, every item has a note,
and the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fyq01, fyq02, ... in
LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yq.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 mum, Monday breakfast
    ("овсянка геркулес 500г, молочко 2.5 домик в деревне литровое, маслице сливочное 82.5 экомилк, хлебушек тостовый нарезаный", [
        ("овсянка геркулес 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000222892", "2000005395"],
            "perekrestok": ["4157124", "3421663", "6752", "3469028"],
        }, "plain rolled-oat flakes whose title says Геркулес (brand Русский продукт «Геркулес» or the геркулес kind, e.g. "
           "Маркет «геркулес»), 500 g packs only (the size names the pack); 350/400/420/450/600 g and 1 kg packs, "
           "Nordic «Геркулес Финский» 600 g, flavoured 35 g instant sachets «Геркулес», oat flakes not titled Геркулес "
           "(Nordic, Ясно Солнышко, Organic life) and Магнит «Хлеб ГЕРКУЛЕС» excluded"),
        ("молочко 2.5 домик в деревне литровое", {
            "pyaterochka": [],
            "magnit": ["ef94b89629", "1812450029", "1000035016"],
            "dixy": [],
            "perekrestok": [],
        }, "Домик в деревне cow milk 2.5 % in the ~1 l pack (930 ml / 950 g, taken as «литровое»); the 1.4 l packs "
           "(Магнит, Дикси) and 3.2/3.7 %, «отборное» without fat, lactose-free 1.8 % and ряженка «Топленое молоко» excluded"),
        ("маслице сливочное 82.5 экомилк", {
            "pyaterochka": [],
            "magnit": ["1899900309", "1000566266"],
            "dixy": ["10J0079578"],
            "perekrestok": ["4113532"],
        }, "Экомилк butter 82.5 % (incl. «Традиционное» and «сладкосливочное несолёное»); Экомилк «Шоколадное» 62 % and "
           "other brands' 82.5 % butter excluded"),
        ("хлебушек тостовый нарезаный", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "sliced toast bread (Коломенский «ТОСТОВЫЙ» пшеничный and злаковый, both sliced); other sliced loaves "
           "(Бородинский, Дарницкий, батоны) are not toast bread"),
    ]),
    # L02 teenager, cereal breakfast
    ("хлопья nesquik шоколадные шарики большую пачку, молоко шоколадное 2 шт, бананчики пару штук покрупнее, йогурт danone клубника", [
        ("хлопья nesquik шоколадные шарики большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik breakfast cereal in the offers; Пятёрочка NESQUIK is cocoa powder, Перекрёсток «Шарики Ухтышки со "
           "вкусом шоколада», Kellogg's Юникорн and other cereals are not Nesquik -- missing everywhere"),
        ("молоко шоколадное 2 шт", {
            "pyaterochka": ["3466824", "3339126"],
            "magnit": ["1000008104", "1000089124", "3010420008", "8000061562", "1000313369", "1000575573"],
            "dixy": [],
            "perekrestok": ["3636023", "3339133", "42876"],
        }, "chocolate milk drinks: chocolate «молочный коктейль» (Чудо Шоколад, Чудо Детки, Авишка, Топ «молочный шоколад», "
           "Angelato «Шоколад», Фанни Ямми «Фаннишейк») taken as what a shopper means by chocolate milk; «Вишня в шоколаде», "
           "other flavours, Nemoloko chocolate oat drink, Kinder eggs and chocolate bars excluded; «2 шт» is a quantity"),
        ("бананчики пару штук покрупнее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Бананы Био and красные бананы, still dessert bananas); «Бананы для жарки» (plantains), dried "
           "bananas and banana-flavoured goods excluded; «пару штук покрупнее» is a quantity and a wish"),
        ("йогурт danone клубника", {
            "pyaterochka": ["3609770"],
            "magnit": ["264dcf04cc"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry yoghurt of Danone: Activia «клубника-земляника» (Пятёрочка itself titles Activia «DANONE Биойогурт "
           "АКТ.», so Activia is taken as Danone); Activia «клубника-яблоко-питахайя» (mix), the Пятёрочка «ДАНОН Продукт "
           "твор.» (curd product, not yoghurt), Даниссимо, Растишка and Простоквашино (not sold under the Danone name in "
           "these titles) excluded"),
    ]),
    # L03 grandmother, porridge and butter
    ("крупа манная мистраль, сахар-песок кило подешевле, батон нарезной только свежий, маслице крестьянское 72.5 пачку", [
        ("крупа манная мистраль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina at all in the offers (Мистраль sells rice, buckwheat and oat products here; Makfa «Каша манная» "
           "flavoured instant sachets are neither plain semolina nor Мистраль) -- missing everywhere"),
        ("сахар-песок кило подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (the size names the pack); Перекрёсток «Сахар Советский Экстра, 1кг» taken "
           "as granulated (outside knowledge); Чайкофский 900 g / 750 g, the 5 kg sack, pressed/lump sugar, cane, coconut "
           "and vanilla sugar excluded; «подешевле» is a wish"),
        ("батон нарезной только свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the «Нарезной» loaf variety (Коломенское, Пр!ст классический, Маркет, Маркет улучшенный); other batons "
           "(Молочный, Горчичный, Зерновой, Новый, «к завтраку», Утренний, Отрубной, plain «Батон, 300г») excluded; "
           "«только свежий» is a wish"),
        ("маслице крестьянское 72.5 пачку", {
            "pyaterochka": [],
            "magnit": ["3181241105", "1855599920", "1844000142", "1000457493"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "3423762",
                            "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031",
                            "3406593", "3371288"],
        }, "butter titled «Крестьянское» 72.5 %; Перекрёсток «Масло Княгининское Крестьянское, 180г» accepted although no "
           "fat is printed (Крестьянское is the standard name of 72.5 % butter, outside knowledge); 72.5 % butter not "
           "titled Крестьянское (Danke, Брест-Литовск, Шахунья Гост, Первым делом, Кунгурский, ЭкоНива, lactose-free) "
           "excluded because the variety was written; «пачку» is a quantity"),
    ]),
    # L04 dad, coffee breakfast
    ("кофе жокей молотый классический, сливки 10 для кофе в коробочке, сыр ламбер 50%, салями какая-нибудь", [
        ("кофе жокей молотый классический", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жокей «Классический» ground coffee is not in the offers: Магнит «Арабика, классический» is beans, and "
           "Италиано/Традиционный/По-восточному ground, Триумф instant and «Ирландские сливки» are other varieties -- "
           "missing everywhere"),
        ("сливки 10 для кофе в коробочке", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1000128456", "1000144079", "1000537609", "3201860040", "1000052910",
                       "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["4267108", "3431574", "44849"],
        }, "drinking cream 10 % in retail packs; portion creamers (Альпенгурт, Campina, Зелёная Линия 10x10 g) excluded as not "
           "«в коробочке»; the pack material is not in the titles, so the other 10 % creams are accepted; Parmalat 11 %, "
           "20/33 % cream and «Ирландские сливки» coffee excluded; «для кофе» is a purpose"),
        ("сыр ламбер 50%", {
            "pyaterochka": [],
            "magnit": ["13cdfe21e3", "a296745f42", "1000074377"],
            "dixy": ["2000176772"],
            "perekrestok": [],
        }, "Ламбер cheese 50 % (pre-packed and weighed); Ламбер «легкий» 30 % excluded, and Дикси «Ламбер Классический "
           "твердый, 1/2 шара» excluded because no fat is stated"),
        ("салями какая-нибудь", {
            "pyaterochka": [],
            "magnit": ["494e727a2c", "bc94db809e", "47ef8a1460", "6c0ebbb571", "274740067e", "e2e8ea4b7d", "b69bc113b5",
                       "faac9e377e", "48c30df1cf", "d5889cdb3d", "6f8b49cfc4", "21cb360c4b", "d5f097ae4c"],
            "dixy": ["2000546175", "2000579172"],
            "perekrestok": ["4095329"],
        }, "any sausage titled салями (raw-smoked, semi-smoked, cooked-smoked, mini, sliced); Viola processed cheese «с "
           "салями» excluded; «какая-нибудь» is a wish"),
    ]),
    # L05 teenager, sweet breakfast
    ("нутелла большая банка, какао несквик пакет 500г для сына, сок rich апельсин 1л, хлеб для тостов пшеничный без корочек", [
        ("нутелла большая банка", {
            "pyaterochka": [],
            "magnit": ["c2e351845d"],
            "dixy": [],
            "perekrestok": [],
        }, "Nutella 350 g jar; Дикси's 180 g jar excluded as the small jar («большая банка»); Milka and Маркет nut/cocoa "
           "spreads are not Nutella"),
        ("какао несквик пакет 500г для сына", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink 500 g (sold in a bag); Хрутка, Скрепыши, Чукка cocoa drinks are other brands"),
        ("сок rich апельсин 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice 1 l; Rich apple/tomato juices, nectars, tonics, iced tea and Richard tea excluded"),
        ("хлеб для тостов пшеничный без корочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "crustless («без корочек») wheat toast bread is a distinct product; no title says crustless -- Магнит "
           "Коломенский «ТОСТОВЫЙ пшеничный нарезанный» is ordinary toast bread with crust and is excluded by the "
           "negative wish -- missing everywhere"),
    ]),
    # L06 grandmother, evening tea
    ("чай принцеса нури 100 пак, сушки с маком челнок, пряник тульский с повидлом один большой, варенье клубничное махеев", [
        ("чай принцеса нури 100 пак", {
            "pyaterochka": ["2070399"],
            "magnit": ["539736f8c3", "cf54caa8df", "62e737f079", "f2ec203f7f"],
            "dixy": ["2000224056"],
            "perekrestok": ["2070399"],
        }, "Принцесса Нури tea of any variety in packs of 100 bags (Высокогорный, Золото Шри-Ланки, Магия бергамота, plain); "
           "25-bag packs and loose tea excluded; Принцесса Ява is another brand"),
        ("сушки с маком челнок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Челнок sushki in the offers; Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые» (other brand), Nina Farina "
           "taralli and Зелёная Линия «Ладожский малышок» excluded -- missing everywhere"),
        ("пряник тульский с повидлом один большой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Tula pryanik in the offers; the packs of small пряники (Стойленские, Слана, Lucky Days, Дымка, Полёт, "
           "Русские Пряники) are not a Tula pryanik -- missing everywhere"),
        ("варенье клубничное махеев", {
            "pyaterochka": [],
            "magnit": ["ee9fac5d93", "217d026ff4"],
            "dixy": ["2000198900"],
            "perekrestok": ["3369992"],
        }, "Махеевъ strawberry jam; Махеевъ makes no варенье, so the brand and flavour can only mean its «Джем клубничный» "
           "-- accepted as most shoppers would, although варенье ≠ джем for unbranded items; other Махеевъ jams, "
           "Mr.Ricco «клубника-вишня» and strawberry варенье of other brands (Магнит, Ратибор, Круглое лето, Пр!ст, Маркет) "
           "excluded"),
    ]),
    # L07 mum, pancakes
    ("творог 5% простоквашино, сметанка 15% простоквашино, мед гречишный жидкий не засахареный, мука для блинов готовая", [
        ("творог 5% простоквашино", {
            "pyaterochka": [],
            "magnit": ["1000372786", "1000475531"],
            "dixy": ["ЦТ0047040"],
            "perekrestok": ["4274201"],
        }, "Простоквашино cottage cheese 5 % incl. «Нежный мягкий»; «Творог зерненый в сливках» 5 % (cottage cheese in "
           "cream), 2 % and 9 % excluded"),
        ("сметанка 15% простоквашино", {
            "pyaterochka": [],
            "magnit": ["2645f50028", "b699c0f510", "1899900582", "1000372785"],
            "dixy": ["2000024201"],
            "perekrestok": ["3142744", "3667086"],
        }, "Простоквашино sour cream 15 % incl. «из топлёных сливок» 15 %; 10/20/25 % and other brands excluded"),
        ("мед гречишный жидкий не засахареный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey (Маркет «Гречишный»); whether it is liquid is not in any title, so «жидкий не засахареный» only "
           "excludes crystallised/cream honey (крем-мёд); other honeys, Чак-Чак «с гречишным мёдом» and honey-flavoured "
           "goods excluded"),
        ("мука для блинов готовая", {
            "pyaterochka": [],
            "magnit": ["6ea45de7b6", "5636222689"],
            "dixy": ["2000214069"],
            "perekrestok": ["16319", "2053130", "3502352"],
        }, "ready pancake flour mix («Мука блинная»: Пышечка, С.Пудовъ, Маркет); plain wheat flour and the «блинная» "
           "frying pan excluded"),
    ]),
    # L08 teenager, on the go
    ("мюсли с орехами и медом, йогурт питьевой черника, батончики мюсли 3 шт", [
        ("мюсли с орехами и медом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no muesli with nuts and honey: Магнит ОГО «с тропическими фруктами» has neither, granolas (Granolife "
           "клубника-малина, Настин Сластин кедровые орешки и клюква) are granola without honey, yoghurts «с мюсли» are "
           "yoghurts -- missing everywhere"),
        ("йогурт питьевой черника", {
            "pyaterochka": [],
            "magnit": ["95fea1fa6d", "dcef614113", "1000454041"],
            "dixy": ["2000326717", "2000551851", "2000600833"],
            "perekrestok": ["4238985", "4274118", "4309945", "3668617", "3487326", "4089148", "3398778"],
        }, "drinking yoghurt with blueberry as the only fruit (cereal/linseed add-ins allowed: Activia, АктиБио); besides "
           "titles saying «питьевой», blueberry yoghurts sold in ml bottles (Бежин Луг 900 ml, Из Талицы 350 ml, Ирбитский "
           "500 ml, Тулома 500 ml, Тольяттимолоко 450 ml) are taken as drinking yoghurt (outside knowledge); spoonable "
           "cups (Teos, Царка 400 g, Epos 120 g, Зелёная Линия, Киржачский 450 g, термостатный), mixes (черника-малина, "
           "черника-ежевика, клубника-черника, яблоко-клубника-черника), голубика and baby yoghurts excluded"),
        ("батончики мюсли 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4211374", "3455919", "3455922", "3600317", "3600318", "3600319", "4304777"],
        }, "bars titled «Батончик-мюсли» of any flavour; nut bars (Nut&Go, Pikki, Reeel, R.A.W.), fruit bars, baby cereal "
           "bars (Gerber, ФрутоНяня), chocolate bars and Рот Фронт «Батончики» candies excluded; «3 шт» is a quantity"),
    ]),
    # L09 grandmother, weekly staples
    ("гречка ядрица увелка, кефир 1% савушкин, хлеб дарницкий половинку бабуле, сыр российский полкило", [
        ("гречка ядрица увелка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000272542"],
            "perekrestok": ["3493533", "39155", "3603166"],
        }, "Увелка buckwheat kernels, loose or in boil-in-bags; Увелка «Экстра» and Дикси «Крупа Увелка гречневая в пакетах» "
           "taken as ядрица (outside knowledge; no title says продел); Увелка buckwheat ready meals «с грибами» and "
           "Мистраль buckwheat excluded"),
        ("кефир 1% савушкин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Савушкин kefir in the offers (Савушкин sells cottage cheese, curd pastes and yoghurts here) -- missing "
           "everywhere"),
        ("хлеб дарницкий половинку бабуле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3627134", "3974720", "3953836", "2053660"],
        }, "Дарницкий bread as a half loaf: Пр!ст «часть изделия» 325 g and the 320-350 g loaves (half the 650-700 g "
           "standard loaf, outside knowledge); the whole 650 g and 700 g loaves excluded («половинку» names the size); "
           "«Хлеб Дарница ржаной подовый половинка» is a Дарница-brand rye loaf, not the Дарницкий variety"),
        ("сыр российский полкило", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand, fat, weighed or pre-packed, incl. slices; «полкило» is the quantity wanted of a "
           "weighed good, not a pack filter"),
    ]),
    # L10 dad, coffee and biscuits
    ("нескафе голд 190г, сахар рафинад чайкофский, печенье юбилейное молочное 2 пачки к чаю, лимон 2 шт покрупней", [
        ("нескафе голд 190г", {
            "pyaterochka": [],
            "magnit": ["67ebe44e72"],
            "dixy": ["ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold 190 g; other sizes of Gold (47.5-130 g), Gold Barista, Alta Rica 170 g, Classic 190 g and 3в1 "
           "excluded"),
        ("сахар рафинад чайкофский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000350151"],
            "perekrestok": [],
        }, "Чайкофский lump refined sugar («кусковой»); Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» is granulated, not "
           "рафинад cubes, and Чайкофский granulated/crystalline packs are excluded"),
        ("печенье юбилейное молочное 2 пачки к чаю", {
            "pyaterochka": [],
            "magnit": ["68b382d22e", "4ecdd613ad"],
            "dixy": [],
            "perekrestok": [],
        }, "Юбилейное «Молочное» biscuits incl. «Витаминное молочное с глазурью»; Юбилейное «традиционное», «витаминное с "
           "глазурью» (no молочное) and «Овсяное» excluded; «2 пачки» is a quantity"),
        ("лимон 2 шт покрупней", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in 2-piece packs; Перекрёсток «Микс Лайм-лимон», «Нектарины лимонные», lemon-flavoured "
           "goods and olives with lemon excluded; «2 шт покрупней» is a quantity and a wish"),
    ]),
    # L11 teenager, sweet snacks
    ("сырки б.ю. александров, круассаны 7days с кремом, чокопай орион", [
        ("сырки б.ю. александров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Б.Ю. Александров glazed curd snacks in the offers; Пятёрочка «Б.Ю.АЛЕКС.Масса ОСОБАЯ 23% с изюмом» is curd "
           "mass, not сырки, and other brands' сырки are excluded -- missing everywhere"),
        ("круассаны 7days с кремом", {
            "pyaterochka": [],
            "magnit": ["82f52ab2a8", "dd1f7d8587", "1060048500", "500db2728b"],
            "dixy": [],
            "perekrestok": [],
        }, "7 DAYS croissants with a cream filling (Мини «Крем какао-ваниль», «с кремом ваниль», «с кремом какао»); "
           "Магнит «Круассан-миди СЕВЕН ДЭЙЗ, какао» taken as cocoa-cream filled (outside knowledge); «ваниль/вишня» "
           "(cherry filling possible), «с вареной сгущенкой» and 7 DAYS cosmetics excluded"),
        ("чокопай орион", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Orion Choco Pie (nor any choco pie) in the offers -- missing everywhere"),
    ]),
    # L12 mum, tea and sweets
    ("чай гринфилд зеленый с жасмином в пакетиках, зефир ванильный шармель, мармелат жевательный, мандаринки без косточек", [
        ("чай гринфилд зеленый с жасмином в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield is present only with black and herbal teas; Принцесса Ява «Жасмин» and Tess «киви и жасмин» are "
           "other brands -- missing everywhere"),
        ("зефир ванильный шармель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanilla Шармэль zephyr: Магнит Шармэль «классический, в шоколаде» is chocolate-coated, Шармэль пастила "
           "is пастила, Коломенский «Ваниль и малина» is another brand -- missing everywhere"),
        ("мармелат жевательный", {
            "pyaterochka": ["3694097"],
            "magnit": ["c05e22f287", "5b2fa61fb1", "78cd5088f9", "a53d8621de"],
            "dixy": ["2000586474", "2000587811", "2000602472", "2000543569"],
            "perekrestok": ["3682141"],
        }, "chewing marmalade (Fruit-tella, Бон Пари, Lava Lava, Напугай-ка, Vidal); Дикси Chupa Chups «Страйпсы» taken as "
           "chewing marmalade (sour belts, outside knowledge); jelly/fruit marmalade, Свит бокс and «Мармелад в яйце» toy "
           "products (kind not stated), chewing candies (Фрутелла конфеты, Mentos, Halls, Живинка) excluded; «мармелат» "
           "is a typo"),
        ("мандаринки без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins; no title says whether they have pips, so «без косточек» cannot exclude Дикси «Мандарины "
           "сладкие»; mandarin drinks, yoghurt and olives excluded"),
    ]),
    # L13 dad, sandwiches
    ("колбаса докторская вязанка грамм 400, сыр с голубой плесенью дорблю, хлеб с отрубями нарезка", [
        ("колбаса докторская вязанка грамм 400", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Вязанка Докторская: Докторская of other makers (Кампомос, Дымов, Клинский, МД Бородина, Велком, Окраина, "
           "Черкизово…) and Вязанка's other sausages (Молочная, Классическая, Филейская) excluded -- missing everywhere"),
        ("сыр с голубой плесенью дорблю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Dor Blue taken as the brand: Магнит «Крем-сыр ДОРБЛЮ А-ля крем с голубой плесенью» is a cream cheese, not the "
           "blue cheese; other blue cheeses (Блфорт, Гальбани Пиканте, Рокфорти Молодея, Premiere of Taste, Grand Blu) "
           "excluded because the brand was written -- missing everywhere"),
        ("хлеб с отрубями нарезка", {
            "pyaterochka": [],
            "magnit": ["a37c992f14"],
            "dixy": [],
            "perekrestok": ["4323653"],
        }, "sliced bread with bran: Магнит «Батон ОТРУБНОЙ нарезка» (a батон counts as bread) and Перекрёсток Зелёная Линия "
           "«Хлебец Белый с отрубями нарезанный» (a small loaf, not crispbread); Перекрёсток «Хлеб с отрубями, 300г» "
           "excluded because it is not stated sliced; bran crispbreads, yoghurt «Отруби» and «шейный отруб» excluded"),
    ]),
    # L14 mum, light breakfast
    ("творожный сыр hochland сливочный, огурчики гладкие штуки 4, помидорки черри на ветке красненькие, хлебцы dr.korner ржаные с тмином", [
        ("творожный сыр hochland сливочный", {
            "pyaterochka": [],
            "magnit": ["6657cd7a33", "1000032374"],
            "dixy": [],
            "perekrestok": [],
        }, "Hochland cream cheese «сливочный» 60 % 140 g; Hochland processed cheese «сливочный», Дикси Hochland творожный "
           "«с маринованными огурцами», Фетакса and Grunlander excluded"),
        ("огурчики гладкие штуки 4", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000271421", "2000205870"],
            "perekrestok": ["2098997", "3301324"],
        }, "fresh smooth cucumbers (titles «гладкие») and the long-fruited cucumbers, which are smooth-skinned (outside "
           "knowledge); колючие, короткоплодные, «Хрустящие», Бакинские and unspecified «Огурцы фасованные/600г» excluded, "
           "as are pickled cucumbers; «штуки 4» is a quantity"),
        ("помидорки черри на ветке красненькие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601472", "2000580827"],
            "perekrestok": ["4381951", "4381952"],
        }, "fresh red cherry tomatoes on the vine (Виталион без цвета taken as red); cherry not on the vine, «коктейль(ные) на "
           "ветке» (cocktail size, not cherry), Кумато and «Микс», marinated/salted cherry excluded"),
        ("хлебцы dr.korner ржаные с тмином", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rye Dr.Korner crispbread with caraway: only Dr.Korner caramel, клюква, злаковый коктейль, гречневые and "
           "Корнерсы -- missing everywhere"),
    ]),
    # L15 teenager, cornflakes
    ("кукурузные хлопья без сахара и без глазури, молоко 3.2 parmalat, мед липовый баночку небольшую", [
        ("кукурузные хлопья без сахара и без глазури", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes (Любятово 600 g, no glaze or honey named); glazed (Кузя Лакомкин), honey (Любятово медовые, "
           "Магнит мед, Увелка с медом) and Extra «Golden с корицей и медом» excluded by the negative wishes"),
        ("молоко 3.2 parmalat", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Parmalat milk is offered only at 3.5 % and lactose-free 1.8 %; the written 3.2 % must match -- missing "
           "everywhere"),
        ("мед липовый баночку небольшую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3687698"],
        }, "linden honey in a small jar (Маркет Перекрёсток 350 g); the 500 g jars (Маркет «натуральный липовый», Магнит "
           "Башкирхан) excluded as not small; other honeys excluded"),
    ]),
    # L16 grandmother, syrniki
    ("ряженка 4, сырники замороженые морозко, сгущенка рогачев в жестяной банке", [
        ("ряженка 4", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка 4 % (Большая кружка, Из Молока Нашей Дойки); 2.1-3.5 % and flavoured ряженка excluded"),
        ("сырники замороженые морозко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Морозко сырники (Морозко offers cutlets, dough and frozen vegetables); Гармония and Шеф Перекрёсток сырники are "
           "other brands -- missing everywhere"),
        ("сгущенка рогачев в жестяной банке", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk 8.5 % (270-380 g); no title states the packaging, so «в жестяной банке» "
           "excludes nothing; Рогачевъ «с кофе», boiled («Вареное», «Егорка») and Рогачевъ butter excluded"),
    ]),
    # L17 grandmother, tea table
    ("пастила белевская яблочная классическая, халва подсолнечная в глазури, вафли яшкино, чай майский крупнолистовой, баранки", [
        ("пастила белевская яблочная классическая", {
            "pyaterochka": [],
            "magnit": ["357a2a47ed"],
            "dixy": ["2000573731"],
            "perekrestok": ["4116134", "4317912"],
        }, "Белёвская apple pastila: Магнит «БЕЛЕВСКАЯ ПАСТИЛА, Яблоко», Зелёная Линия «Белёвская классическая» (classic = "
           "apple, outside knowledge), Дикси «Белевская Классическая/Ягодное ассорти» (assortment incl. classic) and the "
           "Зелёная Линия bar of Белёвская apple pastila; клюква/черника pastila, Шармэль and Ударница pastila and "
           "Белевская «Мармелад» excluded"),
        ("халва подсолнечная в глазури", {
            "pyaterochka": [],
            "magnit": ["e4eb149a1c"],
            "dixy": ["2000133579"],
            "perekrestok": [],
        }, "glazed halva: Магнит «Халва РОТ ФРОНТ, в шоколаде» and Дикси Рот Фронт «халва глазированная» (weighed candies) "
           "taken as sunflower halva (no other base named, outside knowledge); peanut halva «Дружба», almond halva "
           "candies and wafers «с халвой» excluded"),
        ("вафли яшкино", {
            "pyaterochka": [],
            "magnit": ["005ccfcf56"],
            "dixy": [],
            "perekrestok": [],
        }, "the only Яшкино wafer product, «Вафельные рулетики ЯШКИНО, сгущенное молоко», accepted as a variant of Яшкино "
           "wafers; wafers of other brands excluded"),
        ("чай майский крупнолистовой", {
            "pyaterochka": ["2049940"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2049940"],
        }, "Майский «Корона Российской Империи» loose leaf 100 g taken as large-leaf (outside knowledge); Майский tea bags "
           "and the Магнит honey «Майский» excluded"),
        ("баранки", {
            "pyaterochka": [],
            "magnit": ["4b508529e8", "8eb8c0fdcc"],
            "dixy": [],
            "perekrestok": [],
        }, "баранки of any kind (Каравай сдобные, Семейка Озби ванильные); сушки and taralli are not баранки"),
    ]),
    # L18 dad, weekend coffee
    ("кофе в зернах lavazza, молоко для капучино 3.2, печенье савоярди для тирамису, какао-порошок без сахара для выпечки", [
        ("кофе в зернах lavazza", {
            "pyaterochka": ["3396617"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans (Crema e Aroma 1 kg «зер.»); Lavazza ground coffee excluded"),
        ("молоко для капучино 3.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000589411"],
            "perekrestok": [],
        }, "barista milk 3.2 % (Му-у «Для капучино»); ordinary milk, Planto Barista plant drinks and cappuccino-flavoured "
           "sweets excluded"),
        ("печенье савоярди для тирамису", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no savoiardi / «дамские пальчики» in the offers -- missing everywhere"),
        ("какао-порошок без сахара для выпечки", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        }, "natural cocoa powder (Золотой ярлык «Какао натуральный», «Какао-порошок РОССИЙСКИЙ»), taken as unsweetened "
           "(outside knowledge); sweetened cocoa drinks (Nesquik, Хрутка, Скрепыши, Чукка гранулированный) excluded"),
    ]),
    # L19 mum, eggs and sandwiches
    ("яйца с1 десяток нормальные, ветчина из индейки индилайт, сыр тильзитер нарезка, укропчик свежий пучочек", [
        ("яйца с1 десяток нормальные", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "hen eggs С1 («1 категории») in packs of 10; packs of 6/15/20/30, С0/СО/отборные, С2, «высшей категории», СВ "
           "excluded; «нормальные» is a wish"),
        ("ветчина из индейки индилайт", {
            "pyaterochka": [],
            "magnit": ["48db2d6df7"],
            "dixy": [],
            "perekrestok": [],
        }, "Индилайт turkey ham «Кампана из бедра индейки»; Индилайт sausages, nuggets, mince and drumsticks excluded"),
        ("сыр тильзитер нарезка", {
            "pyaterochka": [],
            "magnit": ["1000318957"],
            "dixy": [],
            "perekrestok": ["4274229"],
        }, "sliced Tilsiter (Сваля «нарезка», Маркет «ломтики»); Tilsiter blocks (Стародубский, Сыроварня Трубецких 400 g), "
           "weighed Landkaas and Магнит «ТИЛЬЗИТЕР Люкс 100г» (not stated sliced) excluded"),
        ("укропчик свежий пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in the offers (Дикси has only packed parsley; dill appears only as a flavour) -- missing "
           "everywhere"),
    ]),
    # L20 teenager, toast
    ("арахисовая паста хрустящая, джем махеев абрикос, хлеб harrys американский", [
        ("арахисовая паста хрустящая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no peanut butter in the offers (only chocolate, bars and a porridge «с арахисовой пастой») -- missing everywhere"),
        ("джем махеев абрикос", {
            "pyaterochka": [],
            "magnit": ["5363863c58"],
            "dixy": [],
            "perekrestok": [],
        }, "Махеевъ apricot jam; other Махеевъ jams, Круглое лето apricot jam and apricot варенье excluded"),
        ("хлеб harrys американский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Harry's bread in the offers; Коломенский toast bread and «Американо» coffee excluded -- missing everywhere"),
    ]),
    # L21 grandmother, porridge and biscuits
    ("овсяная каша быстрого приг. с яблоком, какао золотой ярлык 100г, печенье овсяное с изюмом мягкое, сливки 20% для бабушки", [
        ("овсяная каша быстрого приг. с яблоком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3480288"],
        }, "instant oat porridge with apple (Пр!ст 35 g); chilled ready porridges «с яблочным конфитюром»/«с яблоками», baby "
           "porridges with apple mixes, Ясно Солнышко «клюква-яблоко» flakes and assortments without apple excluded"),
        ("какао золотой ярлык 100г", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4"],
            "dixy": [],
            "perekrestok": [],
        }, "Золотой ярлык natural cocoa 100 g; other cocoa powders excluded"),
        ("печенье овсяное с изюмом мягкое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000255652"],
            "perekrestok": ["3639545", "3901906", "2023502", "4284222"],
        }, "oatmeal-raisin biscuits (Посиделкино, Кухмастер, Полёт, Маркет); no title states texture, so «мягкое» excludes "
           "only biscuits titled crisp; oat biscuits without raisins, Изюминка (raisins not stated) and Хлебный Спас "
           "«апельсин-изюм» (not oat) excluded"),
        ("сливки 20% для бабушки", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "drinking cream 20 % of any brand and pack; 10/11/33 % cream excluded; «для бабушки» is a purpose"),
    ]),
    # L22 mum, evening tea
    ("чай ahmad earl grey, лимончик один к чаю, конфеты коровка рот фронт, шоколадка аленка 100г", [
        ("чай ahmad earl grey", {
            "pyaterochka": ["3380947"],
            "magnit": ["1fa2ce7c58", "108be7a212", "bd44dec0f2"],
            "dixy": ["ЦТ0016759"],
            "perekrestok": ["5051"],
        }, "Ahmad Tea Earl Grey, loose or bagged, any size; other Ahmad teas and Richard/Greenfield Earl Grey excluded"),
        ("лимончик один к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in 2-piece packs («один» is a quantity); lime-lemon mix, lemon-flavoured goods excluded"),
        ("конфеты коровка рот фронт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Коровка candies: Пятёрочка «Вафли Коровка» are wafers, Рот Фронт offers only «Батончики», halva and "
           "marmalade -- missing everywhere"),
        ("шоколадка аленка 100г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393"],
            "perekrestok": [],
        }, "Алёнка milk chocolate 100 g; the 200 g and 90 g «Много молока» bars excluded by the written size, Магнит "
           "«Конфеты АЛЕНКА Крем-брюле» are candies"),
    ]),
    # L23 dad, hot breakfast
    ("сосиски молочные папа может, кетчуп не острый хайнц, хлеб бородинский нарезка с кориандром, кофе якобс монарх", [
        ("сосиски молочные папа может", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4329781"],
        }, "Папа Может «молочные» sausages; Папа Может Сочные/Гриль/Филейные sausages, Дикси Папа может «Молочная» "
           "(a варёная колбаса, not сосиски) and other brands' молочные sausages excluded"),
        ("кетчуп не острый хайнц", {
            "pyaterochka": ["3387265", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295651", "4207051", "4157356", "4274972", "4116830", "4157803", "4157703",
                            "4116848", "4154517", "4157702", "4274973"],
        }, "every Heinz ketchup not titled hot (томатный, итальянский, гриль/шашлык, с чесноком, укроп-петрушка, Heinz "
           "Pikador томатный/с чесноком); «Острый» and «суперострый» (incl. Pikador) excluded by the negative wish"),
        ("хлеб бородинский нарезка с кориандром", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "sliced Бородинский bread; coriander is part of the Бородинский recipe (outside knowledge), so the sliced loaves "
           "are accepted though no title names it; Магнит BEERKA «Бородинские» croutons and «МД Бородина» meat excluded"),
        ("кофе якобс монарх", {
            "pyaterochka": ["3372171", "3607723"],
            "magnit": ["f083873ce2", "2b03c3331f", "0386d066d3", "d377483cd5", "88df1b0c73", "01f9dd25ee", "b0961842e9",
                       "ef7ceaf5e3"],
            "dixy": ["2000228092", "2000263796", "2000604152", "2000200961"],
            "perekrestok": ["4347224", "4291307", "4315506"],
        }, "every coffee sold as Jacobs Monarch / «Monarch» (instant, ground, beans, Интенс, Original, Gold Arabica, "
           "Miligrano; Jacobs coffee was renamed Monarch in Russia, outside knowledge); Jacobs lines not titled Monarch "
           "(Голд, Милликано, Бариста, Крема, Эспрессо, 3в1/4в1, Turka) and Магнит «Сыр МОНАРХ» excluded"),
    ]),
    # L24 mum, laying the tea table
    ("салфетки бумажные белые однослойные на стол, сахар тростниковый кусковой, пирожное картошка 2шт, свечи чайные", [
        ("салфетки бумажные белые однослойные на стол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white single-ply paper napkins: Wellfort «Барокко» 3-ply, Home Story «киви» 2-ply, Зева facial tissues and "
           "K2R laundry sheets excluded -- missing everywhere"),
        ("сахар тростниковый кусковой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2113550", "4269180", "4282808"],
        }, "cane sugar in lumps (Мистраль, Маркет, Market Collection); crystalline cane sugar, Брауни cane «сахар-песок» "
           "and white lump sugar excluded"),
        ("пирожное картошка 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000574151"],
            "perekrestok": [],
        }, "«Картошка» cake (Клер Дэлис); «2шт» is a quantity; Медвежонок Барни and other cakes excluded"),
        ("свечи чайные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no candles at all in the offers -- missing everywhere"),
    ]),
    # L25 dad, coffee corner
    ("фильтры для кофе, кофе карт нуар растворимый, сахарозаменитель в таблетках, вафельный торт", [
        ("фильтры для кофе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no paper coffee filters (only water-filter jugs and coffee in filter bags) -- missing everywhere"),
        ("кофе карт нуар растворимый", {
            "pyaterochka": [],
            "magnit": ["9b2d4e05df"],
            "dixy": [],
            "perekrestok": [],
        }, "Carte Noire instant coffee; Carte Noire ground coffee (Магнит, Дикси, Перекрёсток Crema Delice) excluded"),
        ("сахарозаменитель в таблетках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sweetener tablets: ФитПарад №10 150 g and №7 60 g are powder/sachet sweeteners (form named, outside "
           "knowledge), excluded by «в таблетках» -- missing everywhere"),
        ("вафельный торт", {
            "pyaterochka": ["3399810", "65939"],
            "magnit": ["19fddcb78b"],
            "dixy": [],
            "perekrestok": ["4270604"],
        }, "wafer cakes of any brand (Мишка косолапый, Шоколадница, Маркет Collection «с орехами и изюмом»); Боярушка "
           "«тортик» candy and plain wafers excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyq"))
