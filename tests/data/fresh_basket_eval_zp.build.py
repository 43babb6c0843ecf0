#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zp.jsonl -- hurried phone-typed shopping lists hand-labelled against the
real offers in real_offers_g.jsonl (the offers collected for fresh_basket_eval_g, see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zp.build.py

LISTS below is literal data: 25 lists (3-4 items) typed on a phone in a hurry by many different people --
abbreviations, missing letters and typos, no spaces after commas, numbers glued to words (2кг, 0.5л, 10шт),
slang and diminutives, Latin brand names, groceries mixed with household goods -- and for every item the
product ids of every store that a reasonable shopper would accept.  The list texts are byte-identical to
fresh_basket_eval_zp.blind_lists.txt, written before any offer was read.  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё/е) and read one by one; each item was re-checked by listing every title matching its stem
that was not accepted.  The note of each item records what was accepted, what was deliberately left out
and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzp01, fzp02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zp.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 breakfast staples
    ("молоко 2.5 2шт,батон нарезн,яиц с1 10шт", [
        ("молоко 2.5 2шт", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487",
                       "1000563706", "1051242602", "1812450029", "8000029029",
                       "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311",
                     "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT, incl. Агуша children's milk 2.5% per the "
           "молоко convention); топлёное 2.5% (Зелёная Линия), ряженка «Топленое молоко», kefir 2.5% and butter "
           "82.5/72.5% excluded; «2шт» is a quantity"),
        ("батон нарезн", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "loaves called «Батон Нарезной» (incl. «классический нарезка», «нарезанный», «улучшенный»); «нарезн» "
           "read as the variety нарезной, so other sliced batons (Утренний, Отрубной, Горчичный, Зерновой, "
           "Молочный, «к завтраку», Новый) and plain «Батон, 300г» excluded; батончики excluded"),
        ("яиц с1 10шт", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "hen eggs class С1 (incl. «1 категории») in packs of 10; С0/СО/отборные/высшей/С2/СВ, packs of "
           "6/15/20/30, quail eggs excluded"),
    ]),
    # L2 dairy and fruit
    ("смтана 15%,творог 9% 2пачки,бананы кило", [
        ("смтана 15%", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705",
                       "1000372785", "1000461810", "1000463648", "1000553874",
                       "1000558440", "1899900582", "8000035449", "8000057502",
                       "8000068594", "8000072734", "2645f50028", "b699c0f510",
                       "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189",
                            "3667086", "4221356", "4226994", "4246009",
                            "4264297", "4320001", "4335470", "4349771",
                            "4349772"],
        }, "typo for сметана; sour cream labelled exactly 15% (incl. «из топленых сливок», безлактозная); "
           "10/20/25/30% excluded, Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15% excluded (flavoured), "
           "«сметанный» mayonnaise and «Сметанковый» cheese excluded"),
        ("творог 9% 2пачки", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252",
                       "1000530486", "8000055235", "0cfee9df84", "18fc386178",
                       "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865",
                            "3487310"],
        }, "plain cottage cheese labelled exactly 9% (incl. рассыпчатый, пластовой, «Домашний»; Зелёная Линия "
           "«Зернышко 9%» taken as plain cottage cheese - outside knowledge); children's 3.9% curds, 5/2/18%, "
           "творожки/десерты/сырки excluded; «2пачки» is a quantity"),
        ("бананы кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas sold by weight/piece (incl. Перекрёсток «Бананы красные» and «Бананы Био»); "
           "Перекрёсток «Бананы для жарки» (plantains - outside knowledge), dried/вяленые bananas, banana sweets "
           "and flavoured goods excluded; «кило» is a quantity"),
    ]),
    # L3 bathroom and kitchen supplies
    ("туалетка 8рулонов,фейри 1л,губки д/посуды,мешки д/мусора 60л", [
        ("туалетка 8рулонов", {
            "pyaterochka": [],
            "magnit": ["6189f05c16", "9a0bd598be", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "slang туалетка = toilet paper; dry toilet paper in packs of 8 rolls (any brand/ply, incl. "
           "Перекрёсток Zewa Deluxe «8шт»); packs of 4/6/12 rolls, wet toilet paper, paper towels and "
           "«туалетный» blocks/soap/water excluded"),
        ("фейри 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish liquid in a 1 l bottle: none recorded - Fairy bottles are 430/450/650/900 ml and 1.35 l, "
           "so all excluded (a written bottle size is respected); Fairy dishwasher tablets excluded; other "
           "brands (Synergetic 1 л, AOS, Sorti) excluded"),
        ("губки д/посуды", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish-washing sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.»; shoe sponge "
           "(Дивидик) and shower-gel sets with a мочалка excluded"),
        ("мешки д/мусора 60л", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of 60 l: Магнит «Мешки для мусора МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л, 20шт.»; no other "
           "rubbish bags recorded"),
    ]),
    # L4 dinner: chicken and buckwheat
    ("филе курин 1кг,греча,морковь 1кг,лук репч", [
        ("филе курин 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832",
                            "3609675", "3649232", "3653837", "3669585",
                            "3678985", "3689116", "3694848", "3940063",
                            "3946764", "4116904", "4208844", "4242120",
                            "4306879", "4312563", "4323072", "4329298",
                            "4347498", "4349146", "52888", "53105", "62058",
                            "78002762", "78003876"],
        }, "raw chilled chicken breast fillet (филе куриное / филе грудки / филе цыплёнка(-бройлера), incl. "
           "«малое» (inner) fillet, Петелинка/Петруха «Медальон(ы)» and Перекрёсток «Филе курицы в маринаде» - "
           "taken as breast fillet, outside knowledge); thigh fillet (филе бедра), breaded «Полосочки», cooked "
           "ready meals (Select/Шеф), sausages, nuggets and pet food excluded; «1кг» read as the quantity wanted "
           "for a weighed good, not a pack filter"),
        ("греча", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128",
                            "3438178", "3446736", "3477255", "3493533",
                            "3600743", "3603166", "3667612", "3674200",
                            "3694322", "3696237", "39155", "3994791",
                            "4009020", "4019310", "4059000", "4061364",
                            "4090171", "4204902", "53673", "6847", "4353613"],
        }, "slang греча = dry buckwheat groats (ядрица/unspecified, incl. boil-in-bag packs, "
           "«быстроразваривающаяся», Prosto «для гарнира»); green buckwheat (Bravolli «Греча зелёная», "
           "Агро-Альянс/Зелёная Линия зелёная - outside knowledge: a different product), flakes, flour, soba, "
           "porridges, baby food and ready buckwheat dishes (Дядя Ваня, Raisad гарнир, Увелка «с грибами», Cook "
           "Chart, Шеф) excluded"),
        ("морковь 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "4317162", "4356605",
                            "4356606", "4356610", "4356612", "60529"],
        }, "fresh carrots (loose, washed, packed 200 g-1 kg, Зайкино Счастье mini carrots); boiled peeled "
           "carrots (Дмитровские Овощи), salad mixes with carrot, juices, purees, chips, pet food excluded; "
           "«1кг» read as the quantity wanted for a weighed vegetable, not a pack filter"),
        ("лук репч", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (лук репчатый loose, in a net, packed, peeled; Перекрёсток red «Лук репчатый "
           "красный» is also репчатый); dried/ground onion (Айдиго, Kotanyi), Великолукский products and other "
           "«лук» matches excluded"),
    ]),
    # L5 coffee break
    ("кофе якобс монарх раствор, сахр 1кг, печеньки юбилейное", [
        ("кофе якобс монарх раствор", {
            "pyaterochka": ["3372171"],
            "magnit": ["01f9dd25ee", "0386d066d3", "2b03c3331f", "88df1b0c73", "d377483cd5"],
            "dixy": ["2000200961"],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee (растворимый / сублимированный, incl. «Монарх Интенс»; Магнит «JACOBS "
           "Монарх Интенс, 95г» taken as instant - outside knowledge, the Интенс line is freeze-dried) and Дикси "
           "«Monarch Miligrano» растворимый с молотым (outside knowledge: Monarch is the current name of Jacobs "
           "Monarch; accepted as a Monarch instant); Monarch/Jacobs ground and beans, Jacobs "
           "Millicano/Gold/Barista (not Monarch), 3в1/4в1 drinks and «Сыр МОНАРХ» excluded"),
        ("сахр 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "typo for сахар; white granulated sugar in a 1 kg pack (Дикси «Сахар-песок белый, фасованный, 1 кг», "
           "Перекрёсток «Сахар белый песок, 1кг», «Сахар Советский Экстра, 1кг» - taken as granulated, outside "
           "knowledge); 900 g/750 g/5 kg packs excluded (size written), pressed/lump sugar (прессованный, "
           "кусковой - usually asked for as «рафинад»), cane/coconut/vanilla sugar, sugar powder and candy floss "
           "excluded"),
        ("печеньки юбилейное", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "diminutive печеньки; every «Юбилейное» cookie (traditional, milk, glazed, oat); Останкино "
           "«Юбилейная» salami and Julius Meinl «Юбилейный» coffee excluded"),
    ]),
    # L6 beer evening
    ("пиво балтика 7 4шт,чипсы lays краб,семки,сухарики 3корочки", [
        ("пиво балтика 7 4шт", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "Baltika No.7 beer: Магнит «Пиво БАЛТИКА 7 светлое Экспортное 5,4%, 1,3л» (no bottle size written, "
           "«4шт» is a quantity); Балтика Крафти and alcohol-free Балтика №0 drinks excluded"),
        ("чипсы lays краб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's crab-flavour chips: only Дикси «Lay's Зеленый лук/Сметана и зелень/Краб 37г», an assortment "
           "item that includes Краб (accepted - the flavour is one of the assortment, judgement); other Lay's "
           "flavours (сметана и зелень, сметана и лук, соль, грибы, креветка etc.) excluded"),
        ("семки", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "5cbde10c7f", "83a6516715", "a9efec4e65", "c07c5cf8b5",
                       "f87f37880a"],
            "dixy": ["2000151864", "2000196729", "2000228392", "2000277205", "2000282287", "2000285542",
                     "2000300666", "2000433743", "2000540213", "2000562834"],
            "perekrestok": ["3014404", "3072541", "3248290", "3248291", "3276166", "3276168", "3331102",
                            "3338822", "3348828", "3358404", "3360327",
                            "3403508", "3444686", "3449918", "3469303",
                            "3473272", "3473273", "3613320", "3619418",
                            "3624461", "3630849", "3642467", "3652924",
                            "3661124", "3664432", "3669122", "3669391",
                            "3669392", "3671291", "3674375", "3677347",
                            "3695680", "3916662", "4004281", "4066289",
                            "4066293", "4132783", "4155183", "4260366",
                            "4280033", "4280034", "4323974", "4373719",
                            "85158"],
        }, "slang семки = sunflower seeds in the shell (any brand/roast/salt, incl. «Семечки» without the word "
           "подсолнечник such as Степановна, Белочка, Золотая Семечка, Бабкины - taken as sunflower, outside "
           "knowledge); pumpkin seeds, shelled kernels («Ядро/Ядра подсолнечника», «очищенные»), Крутой Окер «С "
           "арахисом» mix and Чильеджина cheese excluded"),
        ("сухарики 3корочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«3 Корочки» brand rye croutons: none recorded (grepped корочк, 3 корочки, сухарик, гренк); other "
           "brands' сухарики/гренки (Хрусteam, Воронцовские, Фишка, Take It, ГРЕНКОВЪ, BEERKA) excluded - brand "
           "written"),
    ]),
    # L7 laundry
    ("порошок ariel автомат 3кг,кондей ленор,отбеливатель белизна", [
        ("порошок ariel автомат 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel automatic washing powder in a 3 kg pack: none recorded - Магнит Ariel automat powders are "
           "2.5/4/6 kg, all excluded because the pack size is written; Ariel capsules and gel excluded"),
        ("кондей ленор", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "slang кондей = laundry conditioner; Lenor conditioner: Пятёрочка «Кондиционер для белья Lenor, "
           "скандинавская весна, 2 л»; Магнит ARIEL powder «Ленор фреш» (a powder, not a conditioner) and other "
           "brands' conditioners (Vernel, E, Synergetic, Frosch, Магнит) excluded"),
        ("отбеливатель белизна", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chlorine bleach «Белизна» (outside knowledge: Белизна is the generic name of sodium-hypochlorite "
           "bleach): only Пятёрочка «Чистящее средство Sanfor, гель белизна, 3в1» (a Белизна bleach-cleaning "
           "gel, accepted - judgement); ACE gel/Oxi bleach, Synergetic oxygen bleach, Vanish stain removers and "
           "whitening toothpastes excluded"),
    ]),
    # L8 sandwich things
    ("колбаса докторск,сыр российск 300г,масло сл 82.5", [
        ("колбаса докторск", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10",
                       "47bbbb5374", "6e16b1777a", "80689e53b3", "892b23214a",
                       "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "every «Докторская» boiled sausage (any maker, whole/кусок/нарезка/100 g, incl. Царицыно «Докторская, "
           "Особая»); Докторские sausages (сосиски Рублёвский) excluded"),
        ("сыр российск 300г", {
            "pyaterochka": [],
            "magnit": ["1000057898"],
            "dixy": ["2000209050"],
            "perekrestok": ["3668882"],
        }, "«Российский» cheese that can be bought as 300 g: the weighed ones (Дикси «Тендер» Российский 45% and "
           "Перекрёсток Зелёная Линия «Российский молодой 50%» - no pack weight, per-kg prices; Магнит «Моя цена "
           "Российский весовой»); prepacked 190/200 g pieces and 130 g slices excluded because the written 300 g "
           "cannot be met by one pack (no 300 g pack recorded) - judgement"),
        ("масло сл 82.5", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970",
                       "1000433642", "1000458136", "1000521208", "1000566266",
                       "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7",
                       "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                     "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890",
                            "3612778", "3628337", "3643092", "3654551",
                            "3657363", "3698785", "3922315", "3953367",
                            "3999749", "4055506", "4135603", "4196090",
                            "4260609", "4292462", "4310021", "4343792",
                            "86149", "3699369", "4113532", "4175276"],
        }, "масло сл = сливочное масло; butter labelled exactly 82.5% (сливочное/сладкосливочное, salted or not, "
           "incl. безлактозное and Перекрёсток Брест-Литовск «82.5, 400г» without the % sign); 82% butters "
           "(President, Arla Natura, Киприно, JALO KERMA, Молочный знак 82%) excluded - the written 82.5 must "
           "match; 72.5% and spreads excluded"),
    ]),
    # L9 fermented dairy
    ("кефирчик 1проц,ряженки 4%,активия питьевая,сырок глазир", [
        ("кефирчик 1проц", {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000451591", "1000563708", "1899911984"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383",
                            "4255904", "4263416", "4328084", "4334308"],
        }, "diminutive кефирчик, «1проц» = 1%; kefir and биокефир labelled exactly 1%; «Кефирный "
           "продукт»/«Биокефирный продукт»/Bio Баланс «Биопродукт кефирный» 1% (not kefir), 2.5/3.2% kefir and "
           "kefir cocktails excluded"),
        ("ряженки 4%", {
            "pyaterochka": [],
            "magnit": ["1000371474", "1000439736", "1000451592"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka labelled exactly 4% (Из Молока Нашей Дойки, Большая Кружка 500/800 g); 2.5/3.2/3.5% and "
           "flavoured ryazhenka excluded"),
        ("активия питьевая", {
            "pyaterochka": ["3159605", "3159606", "3609770", "8487"],
            "magnit": ["264dcf04cc", "2da150143b", "555ec5242d", "6274db9238", "67fc9c08f6",
                       "7d3e9ca5eb", "ad26a8d9c2", "dcef614113", "e48ddbaaa1",
                       "ff3259caa2"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking Activia: Магнит «Йогурт питьевой АКТИВИА» of every flavour and «Биойогурт АКТИВИА без "
           "сахара яблоко-вишня-финик 2%, 260г» (outside knowledge: the 260 g Activia bottle is the drinkable "
           "format), Пятёрочка DANONE «Биойогурт АКТ.пит.» 870 g bottles and «АКТИВ.Биойогурт клубн/земл.2%870г» "
           "(chain abbreviations of Активия питьевая, 870 g drinkable bottle); 130 g spoonable Биойогурт АКТИВИА "
           "cups, Актибио (another brand) and АРКО «с активированным углем» excluded"),
        ("сырок глазир", {
            "pyaterochka": ["f17a948634", "4061730"],
            "magnit": ["1000059925", "1000059932", "1000077349", "1000117018", "1000122409",
                       "1000138236", "1000149410", "1000149411", "1000167329",
                       "1000167330", "1000172948", "1000186648", "1000186649",
                       "1000238205", "1000238206", "1000274202", "1000305762",
                       "1000351466", "1000359364", "1000359365", "1000518913",
                       "1000580174", "1000580175", "1000581120", "1899801136",
                       "8000061566", "8000061673", "8000070532", "8000078945",
                       "1432ba3e24", "2a66b2b012", "2a844a0718", "42cd196db0",
                       "61ab02df21", "a436bb1f2b", "b3f3665e14", "d7df85a8e4",
                       "9119334841", "758f114f7c"],
            "dixy": ["2000179854", "2000597331", "2000597332"],
            "perekrestok": ["3041670", "4208433", "4227636", "4227649", "20615", "3427052", "3454107",
                            "3463779", "3666241", "3666242", "4227614",
                            "4227635"],
        }, "glazed curd snacks (сырок/сырки глазированные of any brand/flavour/fat, incl. those described as «в "
           "молочном шоколаде» / «в глазури», the 6-pack, Моя цена «с ЗМЖ», Магнит «Сырок Картошка глзированный» "
           "(typo in the title) and Пятёрочка «СВИТЛОГОР.Сырок твор.гл.» - гл. = глазированный); Магнит ЧУДО "
           "«Десерт три шоколада» and «Десерт вишневое пирожное» 40 g сырки also accepted (outside knowledge: "
           "Чудо сырки are glazed); unglazed or unstated сырки (с изюмом/ванилином 90-100 g, Сыркофф, Коровка из "
           "Кореновки «ваниль 50 г»), curd masses, Свитлогорье «Творожные палочки» and desserts excluded"),
    ]),
    # L10 bathroom cosmetics
    ("зуб паста splat,шампунь pantene,жидк мыло,прокладки always ultra норм", [
        ("зуб паста splat", {
            "pyaterochka": [],
            "magnit": ["05bcdac370", "582435118c", "5c5da323dc", "5fb3a6894f", "6aa3b9d65b",
                       "8c74c7a89c", "941096778d", "964d902e56", "be146bf29a",
                       "c0230164e2", "cb6a253762", "cd7248cfbd"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "зуб паста = зубная паста; every Splat toothpaste (Professional, Daily, Ликвум-гель, travel 40 ml, "
           "children's Kids/Juicy/Junior pastes - brand with product word); Splat brushes, floss, mouthwashes "
           "and Biomio capsules («Сплат» maker) excluded"),
        ("шампунь pantene", {
            "pyaterochka": ["2092382", "3246199"],
            "magnit": ["0efbec465d", "1aa7d7f342", "3876166198", "720a86133e", "7f892ebf2d",
                       "b06f255d8e", "f8c25f65b8"],
            "dixy": [],
            "perekrestok": [],
        }, "every Pantene shampoo (any line, incl. 3в1); Pantene balms, conditioners, sprays, serums and "
           "«пантенол» products excluded"),
        ("жидк мыло", {
            "pyaterochka": ["2156702"],
            "magnit": ["05b54fbbbb", "0950efec36", "0cb75b0290", "195c09bcbd", "1f41be18d5",
                       "2539c26fd9", "2d8d4f118f", "314189cc1c", "5c167bfb88",
                       "627234dc4a", "6cb0cbb9b8", "71857a9509", "88aee1bd17",
                       "a83d606130", "ab93591c26", "aedf77402b", "af1a4a2fd7",
                       "c2cd737592", "e70ce68862", "f86784dad8"],
            "dixy": ["2000343460", "2000448582", "2000605355"],
            "perekrestok": ["3670708", "4201031", "4201033", "4250593", "4276537", "4347139"],
        }, "жидк мыло = liquid soap of any brand/scent/size (incl. крем-мыло жидкое, antibacterial, Baby Boom "
           "children's liquid soap, Пятёрочка «PALMOL.Мыло НЕЙТР.ЗАП.жид.300мл» - chain abbreviation); bar soap, "
           "shower gels and wet toilet paper excluded"),
        ("прокладки always ultra норм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always Ultra Normal sanitary pads: none recorded (grepped always/олвейс/прокладк); Naturella, Kotex, "
           "OLA! Ultra Normal, Bella, Lin Yun, Laurier pads and Пятёрочка Discreet «Alldays» panty liners (P&G, "
           "but panty liners, not Always Ultra pads - outside knowledge) excluded"),
    ]),
    # L11 quick dinner
    ("пельмешки самые дешовые,майонез провансал,кетчуп heinz томатный", [
        ("пельмешки самые дешовые", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4",
                       "dabbb02c05", "f4f41d5103", "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192"],
            "perekrestok": ["3905172"],
        }, "diminutive пельмешки; every pelmeni (any filling/brand, incl. chicken, Горячая штучка "
           "Бульмени/Бигбули and Четверг fish pelmeni - no filling written); «самые дешовые» (typo) is a ranking "
           "wish, not a filter"),
        ("майонез провансал", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908",
                       "1000233673", "1000277219", "1000348713", "1000356802",
                       "1000422623", "1000498096", "1000501598", "1000554514",
                       "1000556519", "1000556520", "1000556521", "1000558908",
                       "1728400030", "1799700138", "8000045827", "2c23c84574",
                       "56ff8ec751", "7a519275b4", "7d31b46ae3", "d8bbb63f48",
                       "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000429651", "2000539317", "2000570511",
                     "2000593851", "2000602611", "T000005518", "ЦТ0027566",
                     "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671",
                            "3467275", "3674577", "3677986", "4072721",
                            "4105769", "4112954", "4199312", "4259097",
                            "4259098", "4297819", "4331497", "4331500",
                            "4331515", "4331518", "4331533", "4339442",
                            "78193"],
        }, "typo for провансаль; every mayonnaise whose title names it Провансаль (any brand/fat, incl. "
           "«Провансаль оливковый», «с лимонным соком», Ряба «Провансаль сметанный», Московский провансаль "
           "«Классический»); the brand Московский Провансаль's other varieties (Домашний 55%, Сливочный, на "
           "перепелиных яйцах), mayonnaises without «Провансаль» (Оливковый, Классический Heinz/Mr. Ricco "
           "Классико, на перепелином яйце, Чистый) and mayonnaise sauces excluded"),
        ("кетчуп heinz томатный", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4116830", "4154517", "4157702", "4274973", "4295651"],
        }, "Heinz ketchup of the «Томатный» variety (any size, incl. Перекрёсток «Кетчуп Heinz Pikador томатный» "
           "- titled Heinz); Heinz Острый, Суперострый, Итальянский, для гриля и шашлыка, с чесноком, "
           "укроп-петрушка ketchups and Heinz sauces/mayonnaise excluded (variety written)"),
    ]),
    # L12 drinks
    ("водичка 5л 2шт, сок рич апельсин, кока кола 0.5л", [
        ("водичка 5л 2шт", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000145479", "2000264455", "2000311289", "2000337258", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871",
                            "4264399", "43693"],
        }, "diminutive водичка; drinking water in 5 l bottles (any brand, incl. children's drinking water 5 l - "
           "drinking water, nothing else added; Перекрёсток «Люкс вода питьевая, 5л с тарой»; Магнит «ИСТОЧНИК "
           "ЗДОРОВОЙ ЖИЗНИ Вода питьевая 5л»; Пятёрочка «Вода минеральная природная питьевая столовая негаз "
           "\"Легенда Гор\" 5.0» - still table water, «5.0» read as 5 l); 0.45-1.75 l bottles and "
           "medicinal/sparkling mineral waters excluded; «2шт» is a quantity"),
        ("сок рич апельсин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice: Дикси «Сок \"Rich\" апельсиновый, 1 л»; Rich apple/tomato juices, Rich nectars, "
           "Rich drinks/tonics/tea and Richard tea excluded"),
        ("кока кола 0.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Coca-Cola in a 0.5 l bottle: none recorded - Пятёрочка Coca-Cola cans are 0.33 l (size written, "
           "excluded); other colas of 0.5 l (Добрый Кола без сахара, Черноголовка Кола, Funky Monkey Cola) "
           "excluded because the brand Coca-Cola is written"),
    ]),
    # L13 salad vegetables
    ("помидоры розов,огурцы гладк,укропу пучек,перец болг", [
        ("помидоры розов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["21292", "3383465", "3695580", "4377073"],
        }, "fresh pink tomatoes: titles saying «розовые» (Азербайджанские розовые, розовые грунтовые, розовые "
           "фасованные, розовые Азербайджан) plus Перекрёсток «Томаты Махитос Азербайджан» (outside knowledge: "
           "Махитос is a pink-fruited hybrid); red/yellow/cherry/сливовидные/Кумато tomatoes, «Бычье сердце» "
           "(colour not stated), Азербайджанские/Дагестан without colour, salted/cut/canned tomatoes excluded"),
        ("огурцы гладк", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000271421", "2000205870"],
            "perekrestok": ["2098997", "3301324"],
        }, "fresh smooth cucumbers: titles saying «гладкие» plus long-fruited cucumbers (Дикси «Огурец "
           "длинноплодный, 1 шт», Перекрёсток «Огурцы длинные, 1шт» - outside knowledge: long greenhouse "
           "cucumbers are smooth-skinned); колючие/короткоплодные/Хрустящие/Бакинские and unspecified «Огурцы, "
           "600 г»/«фасованные» (skin not stated), salted/pickled cucumbers excluded"),
        ("укропу пучек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill bunch: none recorded (grepped укроп/зелень; Дикси sells packed КИНЗА and ПЕТРУШКА 75 г "
           "only); dill-flavoured goods, parsley, coriander and microgreens excluded"),
        ("перец болг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bell pepper (перец болгарский/сладкий): no fresh bell pepper recorded (grepped "
           "перец/паприка/сладк/болгар); black pepper, ground paprika, marinated pepper (Скатерть-Самобранка, "
           "Дядя Ваня чили) excluded"),
    ]),
    # L14 pasta night
    ("макарошки barilla,фарш говяж,пармизан терт", [
        ("макарошки barilla", {
            "pyaterochka": [],
            "magnit": ["3578fbe574", "54953eed21", "7e1d66d2df", "9332b0bf64", "c058112781",
                       "e60106f6b1"],
            "dixy": ["2000016649", "2000224712", "2000280926", "2000320175", "2000349519"],
            "perekrestok": ["4360107"],
        }, "diminutive макарошки; every Barilla dry pasta of any shape (спагетти, Spaghettini, баветте, Pipe "
           "Rigate, Джирандоле, Risoni, Стеллине, Спиральки, Спагеттони, Букатини, Festivi, вермишель Филини); "
           "no Barilla sauces recorded; other brands excluded"),
        ("фарш говяж", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "beef mince (Иван Мясоедов, Мираторг, Перекрёсток весовой, Хороший Кусок «из говядины»); "
           "mixed/домашний/фермерский/деревенский mince (meat not stated or pork-beef), pork, turkey (Индилайт) "
           "and pollock mince excluded"),
        ("пармизан терт", {
            "pyaterochka": [],
            "magnit": ["1000526832", "b10071458c"],
            "dixy": [],
            "perekrestok": ["4300784", "4345021", "3496419"],
        }, "typo for пармезан тёртый; grated parmesan(-style) cheese: Магнит Dolce Granto «Тёртый пармезан» 50 г "
           "and Невские сыры «Сыр тертый ПАРМЕЗАН, Дольче» 150 г, Перекрёсток Зелёная Линия «Пармезан тёртый», "
           "Маркет «Parmesan порционированный твёрдый тёртый», Маркет «Пармезан тёртый 32%» 40 г; parmesan "
           "pieces/weighed (Laime, Premiere of Taste, Гранд, Чиз Галлери, Маркет кусок), grated mixes («Три "
           "Сыра», «микс 4 сыра»), крем-сыр с гриссини and parmesan ravioli excluded"),
    ]),
    # L15 cat supplies
    ("корм кошке феликс пауч 10шт,наполнитель древесный 10л,влажн салфетки", [
        ("корм кошке феликс пауч 10шт", {
            "pyaterochka": [],
            "magnit": ["0aa722ea47", "0adb281b8b", "159c859f66", "1bc3a52946", "238c0d6220",
                       "258ae7de32", "3d18463c21", "4b45bf5084", "4f374f40d8",
                       "54a53edec1", "5c2b5eca31", "5e3ba75210", "8555865978",
                       "860a44990e", "88bfe8e014", "9f6054f9aa", "b357a754b6",
                       "b5120b46c3", "ba1a288ef8", "bbcb5d5f30", "bbcc3f6e2b",
                       "bc08b83fbb", "bceeba235b", "bf4253574e", "c44cca57cb",
                       "d08035f21d", "e615cc80e5", "f46b40c2dc", "2586511",
                       "2586551", "2586561", "2586581", "2586621", "2586641",
                       "2586661", "2586671", "2586681", "2586691", "2586701",
                       "2586731", "2586741", "2586751", "2586791", "5167901",
                       "5167911", "5168331", "5168341", "5168351", "5178631",
                       "5178641", "5227421", "5252471", "5257221", "5389101",
                       "5389501"],
            "dixy": ["2000325835"],
            "perekrestok": ["4249859"],
        }, "Felix wet cat food in pouches: every 75/85 g Felix item for adult cats (Аппетитные кусочки, "
           "Sensations/Сенсейшнс, Двойная вкуснятина, Мясные ломтики, «консервированный» 85 г) and the 48 g "
           "Felix «суп» sachets (outside knowledge: Felix wet food and soups are sold in pouches in Russia); dry "
           "Felix «Двойная вкуснятина сухой» 200/600 g and kitten food («для котят») excluded; «10шт» is a "
           "quantity"),
        ("наполнитель древесный 10л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood (древесный) cat litter 10 l: none recorded - the only litter is Магнит КЭТ СТЕП силикагелевый "
           "1,8 кг (silica gel, excluded)"),
        ("влажн салфетки", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "36ac79cfc0", "4655517315", "47dd423390", "667fad1c9c",
                       "73ec40a66f", "9022eaa3a8", "bd449a17ff", "c3df2e5787",
                       "d50c79a365", "e5cc67293e", "2499871"],
            "dixy": [],
            "perekrestok": [],
        }, "влажн = влажные; personal wet wipes of any kind (antibacterial, universal, children's: LA FRESH, "
           "Каспер, Академия комфорта, Pampers, Аура, Салфети, Huggies); surface wipes (AURA «д/поверхностей»), "
           "intimate-hygiene wipes (Я самая), Colour Catcher laundry sheets, paper napkins/facial tissues and "
           "wet toilet paper excluded"),
    ]),
    # L16 tea time
    ("чай greenfield,лимон 2шт,медок цветочн,шоколад аленка молочн", [
        ("чай greenfield", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000294", "2000144520", "2000217793", "2000228472", "2000289445", "2000361849",
                     "DI00080603"],
            "perekrestok": ["2042290", "2073803", "2095906", "2114141", "2147890", "2147891", "3378336",
                            "3450276", "3626161", "3679799", "46398"],
        }, "every Greenfield tea (black bags/leaf, flavoured, Christmas Mystery, and the herbal «Spirit Mate» "
           "sold as Чай Greenfield - brand with product word); other brands excluded"),
        ("лимон 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons (loose, Узбекистан, Маркет Fresh / Market Collection 2-packs); lemonades, "
           "lemon-flavoured goods excluded; «2шт» is a quantity"),
        ("медок цветочн", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911",
                            "4355859"],
        }, "diminutive медок; honey labelled «цветочный» (incl. «цветочное разнотравье», "
           "донниковый/горный/лесной/шалфейный/луговой «цветочный»); honeys not labelled цветочный (липовый, "
           "гречишный, акациевый, горный Магнит, Абрико Подсолнух, Уссурийский бальзам, Перекрёсток «Мёд "
           "луговой») excluded - judgement: «цветочный» read as the written variety; медовуха and «медальоны» "
           "excluded"),
        ("шоколад аленка молочн", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393", "2000227851", "2000266303"],
            "perekrestok": [],
        }, "Алёнка milk chocolate bars (Красный Октябрь Алёнка молочный 100/200 г, «Аленка» Много молока 90 г); "
           "Конфеты АЛЕНКА Крем-брюле excluded"),
    ]),
    # L17 baby
    ("памперсы 4,детск пюре яблоко,салфетки детские влажн", [
        ("памперсы 4", {
            "pyaterochka": [],
            "magnit": ["116d109416", "3b261b67cd", "3b8b03027e", "42c3dfa89a", "467f2f54d5",
                       "53ba3d65f3", "8a84cc1fd6", "ba8611ce1a", "da5217477c",
                       "db2998f897", "e24ac76acb", "04a312fbff", "1b74a227ee",
                       "8f86f635d0", "fbddb11926", "f00026b202", "de3924844c"],
            "dixy": [],
            "perekrestok": [],
        }, "slang памперсы read as disposable diapers in general (tape diapers or pants, any brand - judgement: "
           "the word is used generically), size 4: titles with size 4 / Maxi / Макси and the size-4 weight bands "
           "8-14 / 9-14 / 9-15 kg (Huggies Ultracomfort and Little Walkers, Merries L «9-14кг»/Good Skin L, NANI "
           "9-14 - outside knowledge: these bands are size 4); sizes 1-3, 5, 6, XL/XXL, Junior/Midi/Mini and "
           "weight bands 6-11, 12-17, 12-22, 13-17 kg, wet wipes excluded"),
        ("детск пюре яблоко", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "2000602072", "T000007148"],
            "perekrestok": [],
        }, "children's single-fruit apple puree (ФрутоНяня «Яблоко»/«Яблочное»/Пятёрочка «ФРУТОНЯНЯ Пюре "
           "ябл.д/дет.», Gipopo «Яблоко»); multi-fruit purees with apple (яблоко-банан, -персик, -груша, "
           "-черника, Агуша mixes, Heinz, Nutrino Lab) excluded - as «сок яблочный» = single-fruit, judgement"),
        ("салфетки детские влажн", {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "bd449a17ff", "47dd423390", "d50c79a365", "e5cc67293e",
                       "c3df2e5787", "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes: Магнит Каспер «Детские» 15/120 шт, Pampers NewBaby / Аква Пьюр / Kids hygiene, "
           "Huggies Elite Soft «детские», АУРА «Солнце и луна, с ромашкой» (outside knowledge: AURA's baby "
           "line); general/antibacterial wipes not labelled for children (LA FRESH, Салфети, Академия комфорта, "
           "АУРА антибактериальные), surface and intimate wipes, wet toilet paper excluded"),
    ]),
    # L18 sausages and potatoes
    ("сосиски молочн,горошек консерв,картоха 3кг,майонез слобода 67", [
        ("сосиски молочн", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248",
                            "4329781"],
        }, "every sausage titled «Молочные» (any maker/grade, incl. Индилайт «Молочные из индейки»); Вязанка "
           "«Молокуши» / «с молоком», сливочные and other sausages excluded"),
        ("горошек консерв", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba",
                       "68a96163bf", "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744",
                            "3360308", "3447858", "3483842", "3504837",
                            "3628006", "3635251", "3951175", "4004677",
                            "4011800", "4059535", "4188483", "4192227",
                            "4206921", "4211849", "4273266", "4274246",
                            "4283761", "4380317", "77114"],
        }, "canned green peas (any brand, jars/tins incl. Бояринъ 4.15 кг, «без сахара», «молодой», «нежный»; "
           "Зелёная Линия «Изысканный» 450 г and Знак Заботы 450 г taken as canned - outside knowledge); frozen "
           "peas (Маркет, 4 Сезона, весовой замороженный), fresh «Горошек сладкий» pods, Bonduelle Expert peas "
           "with carrot, black pepper «горошек» and microgreens excluded"),
        ("картоха 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000553851", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3489169", "3987",
                            "4265670", "4326042", "4342860", "4353253",
                            "43968", "769"],
        }, "slang картоха = fresh potatoes (loose, in a net, washed/packed, red/white, Бэби, «для варки»/«для "
           "жарки» 3 кг, гигант, отборный, Чик-Чик); «3кг» read as the quantity wanted for a weighed vegetable, "
           "not a pack filter; sweet potato (батат), fried/boiled/frozen-cut potatoes, Магнит «Картофель АЙДАХО "
           "(СП ГМ), 100г» (a ready dish, as in fresh_basket_eval_g), chips, puree, seasonings and «Картошка» "
           "sweets excluded"),
        ("майонез слобода 67", {
            "pyaterochka": [],
            "magnit": ["1000016691", "1000179908", "1000233673", "1728400015", "1728400030",
                       "1799900201", "8000023980", "8000045827", "8000045828",
                       "7a519275b4", "b624a9bb8a", "da818e4a20"],
            "dixy": ["2000135999", "2000176263", "2000186981", "2000429651", "2000530112", "ЦТ0044024",
                     "ЦТ0045065"],
            "perekrestok": ["2108609", "2162564", "3163111", "3193489", "3335647", "3389322", "3636361",
                            "3674577", "78193"],
        }, "every Слобода mayonnaise labelled 67% (Провансаль, Оливковый, на перепелиных яйцах, Московская, с "
           "маслом авокадо, Зелёная Дача - brand with product word, fat written); Слобода «Постный» 56% "
           "mayonnaise sauce and other brands excluded"),
    ]),
    # L19 cleaning
    ("гель для стирки persil,доместос д/унитаза,перчатки резин", [
        ("гель для стирки persil", {
            "pyaterochka": [],
            "magnit": ["0f9cb66369", "12b5bae819", "32aadc7f3d", "66bfaeda5d", "67efc94545",
                       "6a19e08c4a", "7d313765a5", "977db1793a", "9906e11821"],
            "dixy": [],
            "perekrestok": [],
        }, "every Persil laundry gel (Power, Premium, Колор, Свежесть от Вернель, any size); Persil Duo-caps "
           "capsules and powders excluded (form written)"),
        ("доместос д/унитаза", {
            "pyaterochka": [],
            "magnit": ["65de4380ad"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos for the toilet: only Магнит «Блок для унитаза ДОМЕСТОС, Атлантик Гигиена» (rim block - the "
           "only Domestos whose title says for the toilet); Domestos «универсальное» gels and spray excluded, "
           "following fresh_basket_eval_d («средство для унитаза» excludes universal Domestos) - judgement"),
        ("перчатки резин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rubber household gloves: none recorded (grepped перчат)"),
    ]),
    # L20 pantry
    ("рис круглозерн, тушенка говяж 2 банки, чеснок 2головки, соль йодир", [
        ("рис круглозерн", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "dry rice labelled round-grain (круглозерный/круглозёрный/круглозернистый/«Рис круглый», incl. "
           "boil-in-bag 5х80 г, Краснодарский, Кубань, Италика); rice not labelled round-grain (long-grain, "
           "пропаренный, для плова, Жасмин, Басмати, бурый, sushi/Japanese rice, Адриатика/Бальдо, Агро-Альянс "
           "«Экстра элитный кубанский» - grain shape not stated), Увелка «Дружба» rice-millet mix and ready rice "
           "dishes excluded"),
        ("тушенка говяж 2 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120",
                     "2000415753", "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (говядина тушёная of any brand/grade/size, incl. Гродфуд 97.5% and «Совок»); "
           "stewed pork, turkey, horse meat, stewed cabbage dishes excluded; «2 банки» is a quantity"),
        ("чеснок 2головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, "fresh garlic heads (loose, packed 1 шт, Фермерский Чеснок отборный 1 шт / 150 г, ранний); "
           "dried/granulated/ground/smoked garlic, salted garlic, Фермерский «отборный зубчиками» (peeled cloves "
           "- «2головки» asks for heads, judgement), garlic-flavoured goods and a garlic press excluded"),
        ("соль йодир", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001900", "2000171442", "2000317165", "ЦТ0001666"],
            "perekrestok": ["2157581", "3224596", "3224598", "3652519", "4117216", "4266811", "4328849",
                            "4335115"],
        }, "йодир = йодированная; iodised table salt (rock or sea, any brand/grind/size); non-iodised salts "
           "(поваренная, Экстра without йод, гималайская, адыгейская, Илецкая, flavoured), dishwasher and bath "
           "salts excluded"),
    ]),
    # L21 birthday
    ("морожко пломбир,торт наполеон небольш,свечки на торт", [
        ("морожко пломбир", {
            "pyaterochka": ["3603591", "3953305"],
            "magnit": ["6e5ca5e749", "93c026bda2", "b9cb5f988b", "c3c75fe1a4", "fd510dbe0a"],
            "dixy": ["2000292043", "2000403833", "2000404884", "2000425012", "2000591931", "2000602331",
                     "2000603152"],
            "perekrestok": ["2018400", "2020557", "3275180", "3287145", "3334702", "3370940", "3371923",
                            "3371925", "3495928", "3603554", "3603591",
                            "3603592", "3628052", "3650693", "3680631",
                            "3693306", "3953742", "3953928", "3955964",
                            "3958194", "3975059", "4035404", "4048085",
                            "4048090", "4053323", "4057826", "4069595",
                            "4096147", "4130359", "4132759", "4152236",
                            "4153779", "4154396", "4208997", "4210656",
                            "4265481", "4277968", "4278655", "4289045",
                            "4296327", "4298191", "4298192", "4301170",
                            "4308280", "4311163", "4320862", "4346104",
                            "4346963", "4354078", "73965"],
        }, "slang морожко = ice cream; every пломбир ice cream (any brand/flavour/form: стаканчик, рожок, "
           "эскимо, брикет, tubs, «Конфеты-мороженое пломбир»); non-пломбир ice cream (сливочное, молочное), "
           "пломбир-flavoured goods (Snickers Пломбир, торт «Пломбир», wafer rolls «Русский свиток Пломбир», "
           "drinks, curd desserts) excluded"),
        ("торт наполеон небольш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Наполеон cake: none recorded (grepped наполеон, also under торт); other cakes and АРВЕСТ «НАПОЛЕОН» "
           "cognac excluded; «небольш» would be a size wish"),
        ("свечки на торт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "birthday-cake candles: none recorded (grepped свеч)"),
    ]),
    # L22 baking
    ("сливки 33% для крема,мука 2кг,разрыхлитель 2пак,сах пудра", [
        ("сливки 33% для крема", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream labelled exactly 33% (Вкуснотеево «для взбивания» 250 г, Молочный мир стерилизованные 500 г, "
           "Петмол «для взбивания» - Перекрёсток and Пятёрочка «ПЕТМОЛ Крем сливочный ул/паст.33% 500г», the "
           "same PLU 44799); 10/11% cream and cream-containing goods excluded; «для крема» is a purpose (33% "
           "cream is what is whipped), not a further filter"),
        ("мука 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481",
                     "ЦТ0044544"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3292690", "3305673", "3346668",
                            "3394693", "3505430", "3626914", "3681817",
                            "3915409", "4215036", "4262616", "4326495",
                            "91321"],
        }, "plain wheat flour (пшеничная / хлебопекарная, высший сорт or экстра, incl. Тихорецкая «особая» - "
           "outside knowledge: wheat flour) in 2 kg packs; 1 kg packs excluded (size written), wholegrain "
           "(Французская Штучка цельнозерновая 2 кг), pancake mixes, rye/corn/oat/buckwheat/nut and gluten-free "
           "flours excluded"),
        ("разрыхлитель 2пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder: Дикси «Разрыхлитель теста \"Dr.Bakers\", 10 г»; baking soda excluded (a different "
           "product); «2пак» is a quantity"),
        ("сах пудра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "сах = сахарная; icing sugar: Дикси «Сахарная пудра \"Магета\", 100 г»; goods «в сахарной пудре», "
           "powder-scented deodorants and styling powder excluded"),
    ]),
    # L23 summer okroshka
    ("квас очаковский 1.5л,огурчики малосол,редиска 1пуч", [
        ("квас очаковский 1.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Очаковский kvass 1.5 l: none recorded (grepped квас/очаков); Пятёрочка Русский Узор «Летний» 2.5 l "
           "and Перекрёсток Зелёная Линия «Квас Медовый» 1 l excluded (brand and size written)"),
        ("огурчики малосол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4260194"],
        }, "lightly salted cucumbers: Перекрёсток «Огурчики Лукашинские По-Суздальски малосольные бочковые»; "
           "marinated, salted/бочковые (not малосольные) cucumbers and Lay's «Малосольные огурчики» chips "
           "excluded"),
        ("редиска 1пуч", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh radish: none recorded (grepped редис)"),
    ]),
    # L24 floor cleaning
    ("mr proper для пола,тряпки микрофибра,освежитель возд glade", [
        ("mr proper для пола", {
            "pyaterochka": [],
            "magnit": ["494fcd17ad", "ae95ec9c5b", "cac8e32a0f", "dc08e0632c", "275fd6ca49"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper floor cleaner: titles «для полов и стен» (Дикси Лимон 500 мл; Магнит Лимон 1 л, "
           "Лавандовое спокойствие 1 л / 1.5 л, Питомцы 1 л) and Магнит «Моющее средство MR.PROPER®, Лимон/роза, "
           "500мл» (outside knowledge: the plain Mr. Proper liquid is the floor-and-wall cleaner); Mr. Proper "
           "sprays (Антижир, Универсальный), Lysol floor disinfectants (other brand) and Mr. Muscle excluded"),
        ("тряпки микрофибра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "microfibre cleaning cloths: none recorded (grepped тряп/микрофиб/салфетки для уборки); wet wipes and "
           "surface wipes excluded"),
        ("освежитель возд glade", {
            "pyaterochka": ["20712", "3212818", "3347029", "3411982", "38668"],
            "magnit": ["42fe42c702", "4c2ba72398", "50ca75614b", "742bf3ba48", "7502cd94c3",
                       "80a373ee13", "82650cc4a1", "9e72b5ca86", "a83cb55b28",
                       "a9459b85ec", "ab92bcd615", "c681b40c2c", "cb27516695",
                       "d012e0d603", "d577be321d", "f515076b4e", "f5c85ed1cb",
                       "fbec69894f"],
            "dixy": [],
            "perekrestok": [],
        }, "возд = воздуха; every Glade air freshener (aerosols of any scent, Automatic/Автоматик refills 269 мл "
           "incl. Пятёрочка «GLADE Освеж.AUTOM.»); Air Wick, Symphony/Симфони, Liberhaus fresheners excluded "
           "(brand written)"),
    ]),
    # L25 fruit
    ("яблоки зелен,мандарины 2кило,виноград без косточ,киви 5шт", [
        ("яблоки зелен", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3171926", "3366327", "4047567", "4097664", "4152180", "4194478"],
        }, "fresh green apples: titles saying «зелёные» (Перекрёсток Маркет / фасованные 1 кг / 1.5 кг) and "
           "green varieties Гренни Смит (Дикси, Магнит 1 кг, Перекрёсток Маркет loose and 4шт) and Симиренко "
           "(outside knowledge: green-skinned); Перекрёсток «Яблоки Органика Зелёная Линия» (Зелёная Линия is "
           "the brand, colour not stated), Муцу (yellow-green, not sold as green - judgement), Голден/Гольден "
           "(yellow), red and other varieties, dried apples and apple goods excluded"),
        ("мандарины 2кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins: Дикси «Мандарины сладкие»; mandarin-flavoured goods excluded; «2кило» is the "
           "quantity wanted for a weighed fruit, not a pack filter"),
        ("виноград без косточ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes: Дикси «Виноград Мускат, без косточки»; fresh grapes not labelled seedless "
           "(Ред Глоб, Тайфи, чёрный, Artfrut белый), dried «без косточек» raisins, fruit mixes and "
           "grape-flavoured goods excluded"),
        ("киви 5шт", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["14017", "1532", "2094491", "3638652", "4104587", "4156364", "4175544",
                            "4177001", "4322057"],
        }, "fresh kiwi of any variety (green, Gold, red, loose, packed 2/3/6 шт or 300-900 г); Перекрёсток «Киви "
           "мини, 125г» (kiwiberries - outside knowledge, a different fruit) and «Киви нарезанный кусочками» "
           "(cut), kiwi-flavoured goods excluded; «5шт» is a quantity"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzp"))
