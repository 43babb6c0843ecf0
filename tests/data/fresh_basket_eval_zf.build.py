#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zf.jsonl -- shopping lists dictated to a phone by voice (speech-to-text), hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zf.build.py

LISTS below is literal data: 25 lists (3-4 items, 85 items) written the way speech-to-text leaves a dictated list --
lower case, numbers as words, filler words («так», «ещё», «ну и»), recognition slips -- with the items separated by
commas, and for every item the product ids of every in-stock offer of each store that a reasonable shopper would accept.
The texts are byte-identical to fresh_basket_eval_zf.blind_lists.txt, written before any offer was read.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one; the note of each item records what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading korzina's matcher or its data files.

The checks and the writer are labelled_lists.build (same directory): every id exists in real_offers_g.jsonl *for that
store* and is in stock, no id is repeated within an item, every item has a note, and the labels are exactly the list's
items in order (an item is the text between commas / new lines).  List ids are fzf01, fzf02, ... in LISTS order; every
list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zf.jsonl")

# (text as dictated, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzf01
    ('так молоко простоквашино два с половиной процента, ещё батон нарезной, ну и десяток яиц', [
        ('так молоко простоквашино два с половиной процента', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000024178"],
            "perekrestok": [],
        }, "Простоквашино drinking milk labelled exactly 2.5% (only Дикси's 930 ml pack); Простоквашино 1.5%, "
           "3.2% and «Отборное» 3.4-4.5%, other brands' 2.5% milk and Простоквашино curd products excluded"),
        ('ещё батон нарезной', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, 'loaves titled «Батон Нарезной» (whole or sliced); other batons (Утренний, Отрубной, Новый, Молочный, '
           '«к завтраку», Горчичный, Зерновой, plain «Батон, 300г») are not the нарезной variety and are '
           'excluded, as in the earlier sets'),
        ('ну и десяток яиц', {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4201192",
                            "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, 'chicken eggs in packs of 10, any class (С0/СО/отборные, С1, С2, «1 категории», «высшей категории») — '
           '«десяток» names the pack; packs of 6/15/20/30, quail eggs (also sold by 10 at Магнит), chocolate eggs '
           '(Kinder, Шоки-токи), liquid egg products and «Филе куриное в яйце» excluded'),
    ]),
    # fzf02
    ('сметана двадцать процентов, творог пять процентов две пачки, кефир полтора литра, ну и масло сливочное восемьдесят два процента', [
        ('сметана двадцать процентов', {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, 'sour cream labelled exactly 20%; 10/15/25/30% sour cream, «Сыр Сметанковый», «сметанный» mayonnaise '
           'and chips/croutons «со сметаной» excluded'),
        ('творог пять процентов две пачки', {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473",
                       "1000441658", "1000448251", "1000453157", "1000475531", "1000512632", "1000535923",
                       "1000563526", "1000572167", "1079990193", "161690c563", "1720c2be05", "2400019178",
                       "3959a203ba", "8000030462", "8000068592", "8000069908", "8000079349", "9aeeb10b64",
                       "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184", "2000539346",
                     "2000555052", "2000568077", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3279582", "3617778", "3668864", "4128957", "4153930", "4166368", "4249284", "4274201",
                            "4294066", "4299495", "4302679", "4324116"],
        }, 'plain cottage cheese labelled exactly 5% (рассыпчатый, мягкий/нежный, «из топленого молока», '
           '«Зёрнышко», lactose-free Parmalat); «две пачки» is a quantity. Flavoured curd (101 Зерно + сливки, '
           'клубника, с изюмом, с вареньем), «зерненый в сливках», 5.5% Домик в деревне, Даниссимо and the infant '
           '«Биотворог детский с 6 месяцев» excluded'),
        ('кефир полтора литра', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«полтора литра» names the pack (1.5 l); no kefir is sold in 1.5 l. The nearest, Дикси «Кефир Сафiйка '
           '2,5%, 1430 г» (≈1.4 l), and all 0.9-1 l packs were left out — missing everywhere'),
        ('ну и масло сливочное восемьдесят два процента', {
            "pyaterochka": [],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1", "87355db645"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3637761", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367",
                            "3963777", "3999749", "4055506", "4135603", "4188102", "4196090", "4260609", "4281083",
                            "4292462", "4310021", "4343792", "86149", "3699369", "4113532", "4175276", "4188099"],
        }, 'butter labelled 82% or 82.5% (82.5% counts as «82», as in the earlier sets), any brand/size, salted '
           'or unsalted, incl. the lactose-free Тысяча Озёр 82.5%; 72.5% «Крестьянское», spreads and a Dove '
           'shower gel «масло авокадо» excluded'),
    ]),
    # fzf03
    ('бананы килограмм, яблок гренни смит штук шесть, ну и мандарины подешевле', [
        ('бананы килограмм', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "2084703", "4625"],
        }, 'fresh bananas incl. red and organic bananas; «килограмм» is a quantity of a weighed good. '
           'Dried/вяленые bananas, «Бананы для жарки» (plantains — outside knowledge, as in the earlier sets) and '
           'banana-flavoured goods excluded'),
        ('яблок гренни смит штук шесть', {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664"],
        }, 'fresh Granny Smith apples (loose, 1 kg and 4-pack); «штук шесть» is a quantity. Other varieties, '
           '«Яблоки зелёные» without the variety and Granny Smith juice excluded'),
        ('ну и мандарины подешевле', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, 'fresh mandarins; «подешевле» is a wish, not a filter. Mandarin-flavoured drinks, yoghurt, olives and '
           'Skittles excluded'),
    ]),
    # fzf04
    ('макароны барилла спагетти, пармезан грамм двести, томатную пасту одну баночку, ещё масло оливковое для салата', [
        ('макароны барилла спагетти', {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, 'Barilla spaghetti: спагетти №5, Spaghettini №3 (thin spaghetti) and Спагеттони (thick spaghetti) — '
           "judged spaghetti by outside knowledge of Barilla's range; Barilla букатини, баветте, Festivi, Risoni, "
           "spirals etc. and other brands' spaghetti excluded"),
        ('пармезан грамм двести', {
            "pyaterochka": [],
            "magnit": ["0dc02300a0", "1000371470", "1000384143", "1000526832", "1000578272", "632a4664e6",
                       "b10071458c", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416", "3496419", "4300784", "4345021"],
        }, 'parmesan cheese in any form (piece, by weight, grated), incl. Russian-made cheeses titled «Пармезан»; '
           '«грамм двести» reads as the amount wanted of a cheese, not a pack size. Крем-сыр ITALIAN SNACK «из '
           'пармезана» and ravioli with parmesan excluded'),
        ('томатную пасту одну баночку', {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000000761", "2000322276", "2000536311"],
            "perekrestok": ["3504319", "3690262"],
        }, 'tomato paste of any brand/size whose pack is not stated or is a jar/can; «одну баночку» is read as a '
           'jar, so Дикси «пирамидка 70 г» and «саше 30 г» are excluded. Tomato sauces, ketchup and other «паста» '
           'products excluded'),
        ('ещё масло оливковое для салата', {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000534311", "2000580611", "2000580797", "2000580798", "T000000850", "T000000852"],
            "perekrestok": ["19133", "2085912", "2153521", "2153522", "2153523", "25931", "27062", "3336247",
                            "3444926", "3444927", "3500363", "3501258", "3501259", "3501543", "3617469", "3660319",
                            "3666262", "3681164", "3958631", "4063916", "4130610", "4137208", "4182485", "4197654",
                            "4218015", "4220908", "4220922", "4261313", "4321136", "4333525", "4343608", "4343609",
                            "4353762", "4354006", "4361247", "4365079", "61549", "61550", "7581"],
        }, 'olive oil of any grade (extra virgin, unrefined, refined, pomace, «рафинированное с добавлением»), '
           'any size incl. spray; «для салата» is a purpose, not a filter. Flavoured olive oils (чеснок, лимон, '
           'трюфель), sunflower-olive and avocado-olive blends excluded; Coosur «рафинированное с добавлением '
           'масел» taken as ordinary olive oil (refined + virgin) — outside knowledge'),
    ]),
    # fzf05
    ('гречка две пачки, рис длиннозерный килограмм, овсянка геркулес самая дешевая', [
        ('гречка две пачки', {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995",
                     "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322",
                            "39155", "3994791", "4009020", "4059000", "4061364", "4204902", "4353613", "53673", "6847",
                            "3696237"],
        }, 'buckwheat groats (ядрица, пропаренная, быстроразваривающаяся, in cooking bags); «две пачки» is a '
           'quantity. Green buckwheat (excluded as in set g), ready dishes («с грибами», «гарнир с овощами», '
           '«По-Купечески»), porridge sachets, buckwheat drinks and bread excluded'),
        ('рис длиннозерный килограмм', {
            "pyaterochka": [],
            "magnit": ["442b8a34cc"],
            "dixy": [],
            "perekrestok": ["4254250"],
        }, 'long-grain rice in 1 kg packs — rice is sold in packs, so «килограмм» names the pack; Shanti «Басмати '
           'Селла» 1 кг accepted as long-grain (outside knowledge: basmati is long-grain). The many 900 g / 5x80 '
           'g long-grain, basmati and jasmine packs and round/other rice excluded'),
        ('овсянка геркулес самая дешевая', {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "23772", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, 'oat flakes whose title says Геркулес (brand Русский Продукт or the flake type), any size, incl. '
           '«быстрого приготовления» and «Нежный»; «самая дешевая» is a wish. Oat flakes not titled Геркулес '
           '(Ясно Солнышко №1-3, Nordic, Пр!ст), instant porridge sachets «Каша Геркулес с клубникой», '
           '«Геркулесовая каша» ready dish and bread «Геркулес» excluded'),
    ]),
    # fzf06
    ('куриное филе килограмм, фарш говяжей, ну и пельмени сибирской коллекции', [
        ('куриное филе килограмм', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832", "3609675",
                            "3649232", "3653837", "3669585", "3678985", "3689116", "3694848", "3940063", "3946764",
                            "4116904", "4208844", "4242120", "4306879", "4312563", "4323072", "4329298", "4347498",
                            "52888", "78003876"],
        }, 'raw chicken breast fillet (incl. «малое филе», medallions, raw fillet in marinade); «килограмм» is a '
           'quantity. «Филе цыплёнка» taken as breast fillet and Перекрёсток «Филе грудки фермерское» as chicken '
           '(outside knowledge). Thigh fillet, breast «на кости», «Грудка» with bone, cooked dishes and '
           'seasonings excluded'),
        ('фарш говяжей', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, 'minced beef («фарш говяжий», «из говядины») — the slip «говяжей» read as говяжий; mixed '
           '«Домашний»/«Фермерский»/«деревенский» minces, pork, turkey and pollock mince excluded'),
        ('ну и пельмени сибирской коллекции', {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, 'pelmeni of the brand Сибирская коллекция, any filling; other brands (Мираторг, Цезарь «Гордость '
           'Сибири», Горячая штучка) excluded'),
    ]),
    # fzf07
    ('кока кола зеро полтора литра, чипсы лэйс сметана зелень большую пачку, ещё семечки от мартина', [
        ('кока кола зеро полтора литра', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Coca-Cola Zero/без сахара in a 1.5 l bottle — not in the offers. Пятёрочка COCA-COLA б/сах 0.33 l '
           '(wrong size), Добрый Кола без сахара 1.5 l (other brand) and Coca-Cola with sugar excluded — missing '
           'everywhere'),
        ('чипсы лэйс сметана зелень большую пачку', {
            "pyaterochka": ["3453321"],
            "magnit": [],
            "dixy": ["2000001186"],
            "perekrestok": [],
        }, "Lay's «Сметана и зелень» in a big pack (225 g, 140 g); the 70 g pack and the 37 g assortment are not "
           '«большая пачка»; «Сметана и лук», «Белые грибы со сметаной» and other flavours excluded'),
        ('ещё семечки от мартина', {
            "pyaterochka": [],
            "magnit": ["5cbde10c7f", "f87f37880a"],
            "dixy": ["2000151864", "2000196729", "2000277205", "2000282287", "2000285542", "2000300666", "2000540213",
                     "2000562834"],
            "perekrestok": ["3072541", "3348828", "3403508", "3469303", "3624461", "3630849", "3661124", "3669122",
                            "3669391", "3669392", "4280033", "4280034"],
        }, 'От Мартина sunflower seeds of any kind/size (отборные, белые, полосатые, чёрные, Молодёжные, с '
           'солью/без соли); От Мартина pumpkin seeds (семечки usually means sunflower), other brands and MARTINI '
           'drinks excluded'),
    ]),
    # fzf08
    ('так хлеб бородинский, сыр российской полкило, ну и колбаса докторская', [
        ('так хлеб бородинский', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, 'Borodinsky rye bread, sliced or not; croutons BEERKA «Бородинские» and the brand «МД Бородина» '
           '(sausages) excluded'),
        ('сыр российской полкило', {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "8000046707", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, 'cheese «Российский» (incl. «Российский молодой» and slices), by weight or packed — «полкило» reads as '
           'the amount wanted of a cheese, not a filter; the slip «российской» read as российский. «Продукт '
           'По-Российски … на основе растительного жира» excluded'),
        ('ну и колбаса докторская', {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, 'boiled sausage «Докторская» of any brand/size, incl. «от шефа» and «Особая»; Докторские sausages '
           '(сосиски) excluded'),
    ]),
    # fzf09
    ('ну и кофе якобс монарх растворимый, чай грин филд, сахар килограмм, печенье к чаю', [
        ('ну и кофе якобс монарх растворимый', {
            "pyaterochka": ["3372171"],
            "magnit": ["01f9dd25ee", "0386d066d3", "2b03c3331f", "88df1b0c73", "d377483cd5"],
            "dixy": [],
            "perekrestok": [],
        }, 'Jacobs Monarch instant (freeze-dried) coffee incl. Монарх Интенс; Магнит «JACOBS Монарх Интенс, 95г» '
           'taken as instant (outside knowledge, as in set g). Monarch ground/beans, Jacobs Millicano/Дикси '
           '«Monarch Miligrano» (instant with ground — a different line), Jacobs Gold and 3в1 drinks excluded'),
        ('чай грин филд', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000294", "2000144520", "2000217793", "2000228472", "2000289445", "2000361849", "DI00080603"],
            "perekrestok": ["2042290", "2073803", "2095906", "2114141", "2147890", "2147891", "3378336", "3450276",
                            "3626161", "3679799", "46398"],
        }, 'all Greenfield tea (black, flavoured, herbal Spirit Mate; bags or loose) — brand + product accepts '
           'every variant'),
        ('сахар килограмм', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, 'white granulated sugar in 1 kg packs — «килограмм» names the pack (set g convention); Перекрёсток '
           '«Сахар Советский Экстра, 1кг» taken as granulated. 900 g packs, 5 kg, pressed/lump sugar (рафинад), '
           'cane sugar and powdered sugar excluded'),
        ('печенье к чаю', {
            "pyaterochka": ["3281716", "3414723", "3613445", "3613448"],
            "magnit": ["125da11669", "22d53303c6", "23c5c2875e", "2d33544c78", "2d6c3b194d", "2eddde78ab",
                       "495e3c2092", "4ecdd613ad", "68b382d22e", "69e944a251", "776c87216f", "857b65e2eb",
                       "858769ffec", "ad7d7d8d7a", "f4d02d704a"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652",
                     "2000325940", "2000327930", "2000347864", "2000349045", "2000351526", "2000419389", "2000529080",
                     "2000535032", "2000578691", "2000602074", "2000603031", "2000603032", "2000603633", "2000604751",
                     "2000604753"],
            "perekrestok": ["2023501", "2023502", "2091843", "2140253", "3035354", "3218321", "3412681", "3438892",
                            "3505244", "3603607", "3613445", "3613448", "3630266", "3639545", "3643376", "3658003",
                            "3663100", "3680466", "3681160", "3681278", "3688135", "3901906", "3901907", "3951119",
                            "4017837", "4024594", "4032428", "4050870", "4086029", "4113987", "4123144", "4152128",
                            "4172266", "4172267", "4185824", "4202786", "4202788", "4202831", "4237829", "4237830",
                            "4251005", "4258982", "4279727", "4283932", "4283934", "4283939", "4284221", "4284222",
                            "4315655", "4315656", "4321922", "4321928", "4345400", "4356039", "4370424", "4370425",
                            "91535"],
        }, "any sweet biscuit sold as «Печенье» (овсяное, сахарное, Юбилейное, Белвита, Орео, курабье, kids' and "
           'sugar-free ones); «к чаю» is a purpose. Heinz «Детское печеньице» (infant food), ProteinRex '
           'flapjacks, crackers, galettes, wafers, cakes and goods «с печеньем» excluded'),
    ]),
    # fzf10
    ('подгузники памперс, салфетки влажные детские две пачки, пюре фруто няня яблочное', [
        ('подгузники памперс', {
            "pyaterochka": [],
            "magnit": ["2301065fae", "53ba3d65f3", "c59f00047d", "c5e929fc0c", "c656fcd131", "d2b1035f43",
                       "e22730169f", "eec21469e0"],
            "dixy": [],
            "perekrestok": [],
        }, 'Pampers taped diapers of any size; Pampers pants («Трусики», «Трусики-подгузники») are a different '
           'form the user did not name, Huggies/Merries/Nani diapers and Pampers wipes excluded'),
        ('салфетки влажные детские две пачки', {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "47dd423390", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e",
                       "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes of any brand; «две пачки» is a quantity. АУРА «Солнце и луна, с ромашкой» taken "
           "as Aura's baby line (outside knowledge). Adult/antibacterial/intimate/surface wipes and moist toilet "
           'paper excluded'),
        ('пюре фруто няня яблочное', {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, 'ФрутоНяня single-fruit apple puree (any size, «без сахара» incl.); the spoken «фруто няня» read as '
           'ФрутоНяня. Apple mixes (яблоко-банан, яблоко-персик, яблоко-груша, with cream/raspberry) and other '
           'fruits excluded'),
    ]),
    # fzf11
    ('туалетная бумага четыре рулона, зубную пасту колгейт, шампунь хеден шолдерс, ещё мыло жидкое', [
        ('туалетная бумага четыре рулона', {
            "pyaterochka": [],
            "magnit": ["0f9bdfbe08", "11634cf6c9", "24f2c70304", "475d902330", "b0339ecad9", "be21812bf9",
                       "e01188fba0", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": [],
        }, 'toilet paper in packs of 4 rolls, any brand/ply/scent — «четыре рулона» names the pack; packs of '
           '6/8/12 rolls, moist toilet paper and paper towels excluded'),
        ('зубную пасту колгейт', {
            "pyaterochka": ["2157107"],
            "magnit": ["02007f5dd2", "34c642c8c6", "350131f5fe", "4ad21b8537", "5d575a5319", "65db2383ee",
                       "65ee960a88", "6979fdd12e", "81453183d1", "8708609287", "b432da8011", "b6d0eea1fc",
                       "bf8f2e67c9", "bfa8bafe8c", "d03e638466", "d5a001b980", "fe74f3aca3"],
            "dixy": [],
            "perekrestok": [],
        }, "every Colgate toothpaste incl. children's pastes and Пятёрочка «Colgаtе» spelled with Latin letters; "
           'Магнит «Гель для полости рта COLGATE Тотал12 Профессиональная чистка» taken as the gel toothpaste '
           '(outside knowledge). Colgate brushes, TAHITI shower gel (made by Colgate) and tights «колготки» '
           'excluded'),
        ('шампунь хеден шолдерс', {
            "pyaterochka": [],
            "magnit": ["03b46117d4", "1fe4376ca7", "329d78760f", "462209d33c", "4a5d360e19", "6ce22476a7",
                       "822ed0226f", "a77bec9d06", "bc02222db2", "c6681315e5", "cb730b6f9a", "edd4068621",
                       "f0e2ce54d8", "fa1fcb3709"],
            "dixy": [],
            "perekrestok": [],
        }, 'every Head & Shoulders shampoo incl. 2-in-1; the voice form «хеден шолдерс» read as Head & Shoulders. '
           'Other anti-dandruff shampoos (Clear, Schauma) excluded'),
        ('ещё мыло жидкое', {
            "pyaterochka": ["2156702"],
            "magnit": ["05b54fbbbb", "0950efec36", "0cb75b0290", "195c09bcbd", "1f41be18d5", "2539c26fd9",
                       "2d8d4f118f", "314189cc1c", "395d3dc41c", "5c167bfb88", "627234dc4a", "6cb0cbb9b8",
                       "71857a9509", "88aee1bd17", "a83d606130", "ab93591c26", "aedf77402b", "af1a4a2fd7",
                       "c2cd737592", "c31e1b2585", "e70ce68862", "ece4ff1781", "ef11e1d9b0", "f86784dad8",
                       "fcb39eaa2b"],
            "dixy": ["2000343460", "2000448582", "2000575551", "2000605355", "2000605356", "ЦТ0041378"],
            "perekrestok": ["3670708", "4201031", "4201033", "4250593", "4276537", "4347139"],
        }, "liquid hand soap incl. liquid «крем-мыло» sold by volume (мл/л, refills) and children's liquid soap; "
           'bar soap and bar крем-мыло (grams), foam soap «Мыло пенка» and shower gels excluded'),
    ]),
    # fzf12
    ('огурцов кило, помидорок черри коробочку, ну и лук репчатый два кило', [
        ('огурцов кило', {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072",
                            "44569"],
        }, 'fresh cucumbers of any type (гладкие, колючие, длинные, короткоплодные, Бакинские); «кило» is a '
           'quantity. Перекрёсток «Огурцы Хрустящие» (sold by weight) taken as fresh. Pickled/marinated cucumbers '
           '(incl. Магнит «ШЕСТЬ СОТОК хрустящие 720мл»), assortments and the stem inside «йогурт» excluded'),
        ('помидорок черри коробочку', {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000186544", "2000580827", "2000601471", "2000601472"],
            "perekrestok": ["11971", "3373662", "3410591", "3634714", "4217379", "4371254", "4381951", "4381952"],
        }, 'fresh cherry tomatoes (round, plum-shaped, on the vine, Kumato mini, mix); «коробочку» is a count of '
           'packs. Marinated/salted cherry tomatoes, cherry assortments, pepper «Теличерри», ketchup «черри» and '
           'cherry beer excluded'),
        ('ну и лук репчатый два кило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, 'fresh bulb onions incl. red «Лук репчатый красный» and peeled onions; «два кило» is a quantity. Dried '
           'onion, seasonings and goods «с луком» excluded'),
    ]),
    # fzf13
    ('картошка пять кило, морковки килограмм, капусту белокачанную кочан, ещё свеколка для борща', [
        ('картошка пять кило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, 'fresh raw potatoes of any kind/pack (white, red, baby, for boiling/frying); «пять кило» is a quantity '
           'of a weighed good. Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (outside knowledge). '
           'Boiled peeled, fried, frozen fries, ready dishes, sweet potato, «Конфеты Картошка» and seasonings '
           'excluded'),
        ('морковки килограмм', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4299784", "60529"],
        }, 'fresh carrots incl. mini carrots; «килограмм» is a quantity. Boiled carrots, Korean carrot salad, '
           'smoothies and pet food «с морковью» excluded'),
        ('капусту белокачанную кочан', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "45661"],
        }, 'whole heads of fresh white cabbage — «кочан» names the form; Перекрёсток plain «Капуста» (by weight) '
           'taken as white cabbage (outside knowledge). Shredded/«резаная»/«соломка» cabbage, marinated cabbage, '
           'seeds and other cabbages excluded'),
        ('ещё свеколка для борща', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "3444580", "3625863", "4208428", "4299508",
                            "4375880", "45532", "786", "82265", "92844"],
        }, 'fresh (raw) beetroot incl. young, bunched, peeled and raw-cut beet; «для борща» is a purpose. «Свёкла '
           'целая очищенная» and «Свекла очищенная» taken as raw (Перекрёсток sells boiled beet as «варёная»). '
           'Boiled, marinated, Korean-style, salads, dried snacks, mangold leaves and seeds excluded'),
    ]),
    # fzf14
    ('йогурт активия питьевой, ряженка литр, ещё сырок глазированный, ну и снежок', [
        ('йогурт активия питьевой', {
            "pyaterochka": ["3159605", "3159606", "8487", "3609770"],
            "magnit": ["264dcf04cc", "2da150143b", "555ec5242d", "6274db9238", "7d3e9ca5eb", "ad26a8d9c2",
                       "dcef614113", "e48ddbaaa1", "ff3259caa2", "67fc9c08f6"],
            "dixy": [],
            "perekrestok": [],
        }, 'drinkable Activia of any flavour («питьевой», Пятёрочка «АКТ.пит.»); Пятёрочка «АКТИВ.Биойогурт '
           'клубн/земл. 870г» and Магнит «АКТИВИА без сахара яблоко-вишня-финик 260г» taken as drinking (the 870 '
           'g and 260 g bottles — outside knowledge). Spoonable 130 g Activia cups and АктиБио excluded'),
        ('ряженка литр', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«литр» names the pack; no ryazhenka is sold in 1 l (largest: 900 g and 800 g) — left out, missing '
           'everywhere'),
        ('ещё сырок глазированный', {
            "pyaterochka": ["f17a948634", "4061730"],
            "magnit": ["1000059925", "1000059932", "1000077349", "1000117018", "1000122409", "1000138236",
                       "1000149410", "1000149411", "1000167329", "1000167330", "1000172948", "1000186648",
                       "1000186649", "1000238205", "1000238206", "1000274202", "1000305762", "1000351466",
                       "1000359364", "1000359365", "1000518913", "1000580174", "1000580175", "1000581120",
                       "1899801136", "8000061566", "8000061673", "8000070532", "8000078945", "1432ba3e24",
                       "2a66b2b012", "2a844a0718", "42cd196db0", "61ab02df21", "a436bb1f2b", "b3f3665e14",
                       "d7df85a8e4"],
            "dixy": ["2000179854", "2000597331", "2000597332"],
            "perekrestok": ["3041670", "4208433", "4227636", "4227649", "20615", "3427052", "3454107", "3463779",
                            "3666241", "3666242", "4227614", "4227635"],
        }, 'glazed curd snacks («глазированный», «в глазури», «в молочном/тёмном шоколаде», Пятёрочка '
           '«твор.гл.»), any flavour incl. «Картошка» and packs of several; curd snacks whose title does not say '
           'they are glazed (Сыркофф, Чудо «Десерт», Коровка из Кореновки, с изюмом, 90 g «творожный»), a curd '
           'cone and сырокопчёные sausages excluded'),
        ('ну и снежок', {
            "pyaterochka": [],
            "magnit": ["1000536154", "34811ecb49"],
            "dixy": ["2000536774", "2000579535", "2000604081"],
            "perekrestok": [],
        }, "the fermented milk drink снежок, any brand incl. ФрутоНяня children's снежок клубника-земляника"),
    ]),
    # fzf15
    ('сосиски молочные две пачки, горчицы баночку, ну и кетчуп хайнц, булочки для хотдогов штук шесть', [
        ('сосиски молочные две пачки', {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, 'sausages «Молочные» of any brand/size incl. Индилайт «Молочные из индейки»; «две пачки» is a '
           'quantity. Вязанка «Молокуши» (not present), «сливочные» and «с натуральными сливками» excluded'),
        ('горчицы баночку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "2000582072", "ЦТ0021675"],
            "perekrestok": ["21001", "21002", "2143139", "2153858", "3120635", "3135056", "3285595", "3297748",
                            "3332502", "3332503", "3333301", "3333328", "3358711", "3358713", "3372044", "3416298",
                            "3434688", "3435016", "3438145", "3456246", "3980912", "3995313", "3995314", "4149116",
                            "4152778", "4152780", "4229364", "4229365", "4268545", "4273279", "4276808", "4322908",
                            "4337616", "4337617", "4337618", "4361055", "4361056", "4361057"],
        }, 'table mustard of any kind (русская, столовая, дижонская, зернистая, с хреном/мёдом, fruit mustards); '
           '«баночку» is read as a count of packs. Whole mustard seeds «Горчица … целая 40г», Heinz «Соус '
           'Горчичный», mustard oil and mustard-flavoured goods excluded'),
        ('ну и кетчуп хайнц', {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": [],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000538777"],
            "perekrestok": ["4116830", "4116848", "4154517", "4157356", "4157697", "4157702", "4157703", "4157704",
                            "4157803", "4207051", "4225365", "4274971", "4274972", "4274973", "4295650", "4295651",
                            "4295653"],
        }, 'every Heinz ketchup incl. Heinz Pikador and every flavour/size; Heinz sauces (барбекю, сырный, '
           'Цезарь), mayonnaise, peas and baby food excluded'),
        ('булочки для хотдогов штук шесть', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4317073"],
        }, 'hot-dog buns (Маркет, 4 pcs); «штук шесть» is a quantity. Burger buns, brioche and sweet buns '
           'excluded'),
    ]),
    # fzf16
    ('пиво балтика семерка две бутылки, сухариков три корочки пару пачек, ну и фисташки', [
        ('пиво балтика семерка две бутылки', {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, 'Балтика 7 beer (1.3 l bottle); «две бутылки» is a quantity. Other Балтика beers (Крафти пшеничное) '
           'and alcohol-free Балтика №0 drinks excluded'),
        ('сухариков три корочки пару пачек', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Три корочки croutons — the brand is not in the offers; other croutons (Кириешки-type, BEERKA, Фишка, '
           'Гренковъ) excluded — missing everywhere'),
        ('ну и фисташки', {
            "pyaterochka": [],
            "magnit": ["8b9281613e", "b3ee07a59e", "cbb2d0c598"],
            "dixy": ["2000327653", "2000539534", "2000539549"],
            "perekrestok": ["2020566", "2049819", "3162277", "3411931", "3428414", "3451308", "3499562", "3638619",
                            "3640863", "3660622", "3900345", "3942813", "3943233", "3948588", "4002203", "4066346",
                            "4073982", "4090837", "4105870", "4207559", "4249887", "4259987", "4262027", "4262202",
                            "4274180", "4309728", "4331200", "4369326", "49082", "49715", "68781", "72535"],
        }, 'pistachio nuts of any kind (salted/roasted, in shell or shelled, crushed kernels, by weight); '
           'pistachio-flavoured ice cream, chocolate, yoghurt etc. excluded'),
    ]),
    # fzf17
    ('мороженое пломбир стаканчик, шоколадка алёнка плитку, ну и зефир', [
        ('мороженое пломбир стаканчик', {
            "pyaterochka": ["3603591", "3953305"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3370940", "3371923", "3603591", "3680631", "4035404", "4053323", "4152236", "4208997",
                            "4277968", "4289045", "4296327", "4301170", "4346104", "4346963"],
        }, 'plombir ice cream in a (waffle) cup, any flavour (ванильный, со сгущёнкой, фисташка, черника, с '
           'изюмом); non-plombir cups (Дикси «Первым Делом ванильное 4%», Ирбитское сливочное 10%), a frozen '
           'parfait dessert and plombir cones/eskimo excluded'),
        ('шоколадка алёнка плитку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393", "2000227851", "2000266303"],
            "perekrestok": [],
        }, 'Алёнка chocolate bars (100 g, 200 g, «Много молока» 90 g); Магнит «Конфеты АЛЕНКА» (sweets, not a '
           'bar) excluded'),
        ('ну и зефир', {
            "pyaterochka": ["3416715", "3624914", "3681423"],
            "magnit": ["1000354755", "0b2c20ca98", "3fbb186d83", "3ff40fc3af", "44889a6882", "4ea7ba519e",
                       "d36e332be7"],
            "dixy": ["2000561711", "2000561712", "2000601891"],
            "perekrestok": ["3423621", "3688339"],
        }, 'zefir of any flavour, plain or in chocolate, incl. Doni «Zefironi» and the Пастухов «Зефир молочный в '
           'бельгийском шоколаде»; marshmallow and пастила are not asked for'),
    ]),
    # fzf18
    ('корм для кошек вискас три пакетика, наполнитель комкующийся для кошек, ещё корм педигри для собак', [
        ('корм для кошек вискас три пакетика', {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493431", "2493691", "2541861",
                       "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, 'Whiskas wet food pouches (75 g «пакетики») for adult/senior cats, any flavour; «три пакетика» is a '
           'count. Whiskas kitten pouches, dry Whiskas (350 g, 800 g «Подушечки») and the 1.9 kg pâté excluded'),
        ('наполнитель комкующийся для кошек', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'clumping cat litter — the only litter offered is Магнит КЭТ СТЕП «силикагелевый» (silica gel, not '
           'clumping) — missing everywhere'),
        ('ещё корм педигри для собак', {
            "pyaterochka": [],
            "magnit": ["29c8e3ff37", "4051471852", "5f419d7ce3", "635a090395", "93ddf1f29b", "a3b4a1cd4c",
                       "b4a9c6d2c0", "d23d6a5e3a"],
            "dixy": [],
            "perekrestok": [],
        }, 'Pedigree dog food, wet and dry, for adult dogs of any size; Pedigree puppy food (excluded as kitten '
           'food was for cats) and the Dentastix treat excluded'),
    ]),
    # fzf19
    ('вода минеральная без газа полтора литра шесть штук, сок добрый яблочный, ну и лимон', [
        ('вода минеральная без газа полтора литра шесть штук', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000285345", "2000335456", "ЦТ0046868"],
            "perekrestok": ["4242048"],
        }, 'still mineral water in 1.5 l bottles whose title says «минеральная» and «негазированная»; «шесть '
           'штук» is a count. Drinking (питьевая) waters, carbonated waters, flavoured waters and 1.5 l mineral '
           'waters whose gas is not stated (Дикси Аш-Тау, Славяновская, Ессентуки, Галерея источников; '
           'Перекрёсток Кувака) excluded'),
        ('сок добрый яблочный', {
            "pyaterochka": [],
            "magnit": ["9aed063f0e"],
            "dixy": ["10E0072646", "2000225623"],
            "perekrestok": ["4259039", "58049", "4157530"],
        }, "Добрый single-fruit apple juice of any size incl. the children's «Active kid яблочный»; Добрый "
           'nectars («Деревенские яблочки», «Фермерские яблочки»), apple mixes and juice drinks excluded'),
        ('ну и лимон', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, 'fresh lemons; lemonades, lemon-flavoured goods and dish soap «лимон» excluded'),
    ]),
    # fzf20
    ('селедку в масле, майонез провансаль шестьдесят семь процентов, горошек зелёный консервированный две банки, ну и яйца перепелиные', [
        ('селедку в масле', {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3622072", "3682728", "3683735", "3683742",
                            "3993017", "4116562", "4159336", "4275608", "4322376", "4323336", "4366965", "79543"],
        }, 'herring (fillet/pieces) in oil or «в масляной заливке», any added herbs or spices (с укропом, с '
           'дымком, по-польски); herring in other fillings, whole salted herring and herring in brine excluded'),
        ('майонез провансаль шестьдесят семь процентов', {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219",
                       "1000348713", "1000356802", "1000422623", "1000501598", "1000556519", "1000556521",
                       "1728400030", "1799700138", "8000045827", "2c23c84574", "56ff8ec751", "7a519275b4",
                       "7d31b46ae3", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803",
                     "2000429651", "2000539317", "2000570511", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4199312", "4259097", "4259098", "4297819",
                            "4331497", "4331500", "4331515", "4331518", "78193"],
        }, 'mayonnaise titled «Провансаль» with 67% stated (incl. «Провансаль оливковый», «с лимонным соком», «с '
           'маслом авокадо», «Московский Провансаль классический»); 50.5%/55% Провансаль, 67% mayonnaises not '
           'titled Провансаль (на перепелиных яйцах, Оливковый, Классический Heinz, Чистый), «Московский '
           'Провансаль» Сливочный / на перепелиных яйцах (brand word only) and packs with no fat stated excluded'),
        ('горошек зелёный консервированный две банки', {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884", "2000313797",
                     "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3360308", "3447858", "3483842",
                            "3504837", "3628006", "3635251", "3951175", "4004677", "4011800", "4059535", "4188483",
                            "4192227", "4206921", "4211849", "4273266", "4274246", "4283761", "4380317", "77114"],
        }, 'canned green peas of any brand/size; «две банки» is a quantity. Titles without «консерв.» taken as '
           'canned (jar/tin sizes); fresh «Горошек сладкий», pea microgreens, peas with carrots, frozen mixes, '
           'pepper «горошек» and pea purees excluded'),
        ('ну и яйца перепелиные', {
            "pyaterochka": [],
            "magnit": ["8000079148"],
            "dixy": ["2000601592"],
            "perekrestok": ["3413822", "3477870"],
        }, 'raw quail eggs, any pack; smoked quail eggs «Молодецкие копченые» and chicken eggs excluded'),
    ]),
    # fzf21
    ('мука высший сорт два кило, дрожжи сухие пару пакетиков, разрыхлитель теста пакетик, ну и сахарная пудра', [
        ('мука высший сорт два кило', {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2107396", "2112692", "3193726", "3305673", "4326495", "91321"],
        }, 'wheat flour высший сорт in 2 kg packs — flour is sold in packs, so «два кило» names the pack; Магнит '
           '«Мука ПЫШЕЧКА, пшеничная, 2кг» taken as высший сорт (Дикси sells it as such). 1 kg packs, '
           '«экстра»/«особая» grades, pancake, wholegrain, rye, rice and other flours excluded'),
        ('дрожжи сухие пару пакетиков', {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, 'dry (instant) yeast; «пару пакетиков» is a quantity. Магнит «САФ-МОМЕНТ, 11г» taken as dry yeast '
           "(outside knowledge). Pressed yeast «Люкс Экстра 100 г» excluded, also Дикси's copy titled «сухие … "
           'прессованные» (Магнит titles the same 100 g product «ПРЕССОВАННЫЕ»)'),
        ('разрыхлитель теста пакетик', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, 'baking powder (Dr.Bakers 10 g sachet)'),
        ('ну и сахарная пудра', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, 'powdered sugar (Магета 100 g); cosmetics «пудра» and goods «в сахарной пудре» excluded'),
    ]),
    # fzf22
    ('шпроты две банки, тушёнку говяжью, кукуруза бондюель', [
        ('шпроты две банки', {
            "pyaterochka": [],
            "magnit": ["1bdba960f3", "3382c3c046", "861990d37c", "b98acadada", "cb3b169ef1"],
            "dixy": [],
            "perekrestok": [],
        }, 'canned sprats in oil of any brand incl. «с халапеньо»; «две банки» is a quantity'),
        ('тушёнку говяжью', {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120", "2000415753",
                     "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, 'canned stewed beef («Говядина тушеная») of any grade/size; pork, turkey and horse-meat stews excluded'),
        ('кукуруза бондюель', {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["10E0064890", "2000279948", "DI00079261"],
            "perekrestok": [],
        }, 'Bonduelle canned sweet corn of any size; «бондюель» read as Bonduelle. Other Bonduelle vegetables, '
           "Mexican mix and other brands' corn excluded"),
    ]),
    # fzf23
    ('ферри для посуды, губки для посуды подешевле, ещё порошок тайд автомат', [
        ('ферри для посуды', {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06",
                       "8d877b13ce", "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852",
                       "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, 'Fairy dishwashing liquid of any scent/size; «ферри» read as Fairy. Fairy dishwasher tablets (All in '
           '1) excluded'),
        ('губки для посуды подешевле', {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, 'kitchen sponges (Магнит «Губки для посуды … Макси, 5шт.»); «подешевле» is a wish. A shoe sponge '
           'excluded'),
        ('ещё порошок тайд автомат', {
            "pyaterochka": [],
            "magnit": ["0306390d77", "f400bf3623", "bed5eabde5"],
            "dixy": [],
            "perekrestok": [],
        }, 'Tide washing powder for automatic machines, any variant; Магнит «TIDE детский колор, 2,4кг» taken as '
           'automatic (outside knowledge). Tide liquid and gel capsules excluded'),
    ]),
    # fzf24
    ('креветки замороженные, лосось слабосоленый, ну и лаваш тонкий', [
        ('креветки замороженные', {
            "pyaterochka": [],
            "magnit": ["4377bbfd5b", "543e4295ac", "acf5d0e7eb", "d757ba985f", "daa53ea23d"],
            "dixy": ["2000283070", "2000559411", "2000563411", "2000578411", "2000595631"],
            "perekrestok": ["3331822", "3420956", "3464112", "3627766", "3647723", "3686756", "4116769", "4269760",
                            "4269762", "4277440", "4296609", "4301249", "4328813", "4343270", "4357329", "4360313",
                            "4362236", "4363720", "4364088", "69215"],
        }, 'frozen shrimps, raw-frozen or cooked-frozen, any kind (северные, королевские, аргентинские, '
           'тигровые), peeled or not; Магнит «КРЕВЕТКИ аргентинские красные без головы, 1кг», Дикси «Нортон '
           'Королевские 50/70» and Перекрёсток Camimex tiger shrimps taken as frozen (outside knowledge). Shrimps '
           'in brine/«в заливке», marinated skewers, shrimp kebab, poke, seafood cocktails and shrimp-flavoured '
           'snacks excluded'),
        ('лосось слабосоленый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'slightly salted salmon (лосось/сёмга) — not in the offers; slightly salted trout, кета and горбуша '
           'are other fish, salmon steaks are raw/frozen — missing everywhere'),
        ('ну и лаваш тонкий', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, 'thin lavash; Перекрёсток «Лаваш Армянский Маркет» taken as thin (Armenian lavash is the thin kind — '
           'outside knowledge)'),
    ]),
    # fzf25
    ('безлактозное молоко, кефир один процент, агуша творожок детский, ну и сыр моцарелла', [
        ('безлактозное молоко', {
            "pyaterochka": ["3146538"],
            "magnit": ["1000351083", "1000417765", "1000568396", "8000079205", "8000081425"],
            "dixy": ["2000328870"],
            "perekrestok": [],
        }, "lactose-free drinking cow milk of any fat/size incl. Parmalat Protein and the children's Аммм «с 8 "
           "месяцев» (children's milk counts as milk); lactose-free yoghurts, curd, sour cream, butter and drinks "
           'excluded'),
        ('кефир один процент', {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000451591", "1000563708", "1899911984"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383", "4255904",
                            "4263416", "4328084", "4334308"],
        }, 'kefir labelled exactly 1% incl. биокефир, any size; «Биокефирный продукт», «Кефирный продукт» and '
           '«Биопродукт … кефирный» (not kefir) and other fat levels excluded'),
        ('агуша творожок детский', {
            "pyaterochka": [],
            "magnit": ["1000109125", "1000177278", "1000564007", "1051242603", "1812432013", "1812432014",
                       "1812432015", "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "4174763", "69726"],
        }, "Агуша children's curd (творожок) of any flavour incl. «Классический»; Агуша yoghurts, ряженка, milk, "
           "porridge and other brands' children's curd excluded"),
        ('ну и сыр моцарелла', {
            "pyaterochka": [],
            "magnit": ["1000070528", "1000216597", "1000397214", "8000036544", "3ceec6b968", "8fafbefa0d",
                       "a6a7985f8b", "ac45682a48", "f34553b2a5"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3668945", "3949283"],
        }, 'mozzarella cheese of any form (ball, maxi, mini/чильеджина, fior di latte, кубики, «для пиццы», '
           'protein sticks); sausages «с моцареллой» excluded'),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzf"))
