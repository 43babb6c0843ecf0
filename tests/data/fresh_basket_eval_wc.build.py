#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wc.jsonl -- shopping lists of a teenager (14-16) sent to the shop by his parents or
buying for himself after school, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wc.build.py

LISTS below is literal data: 25 lists (3-4 items) as such a shopper would type them to a Telegram bot -- mum's
instructions re-typed carelessly (brand, fat %, «не бери X», «как в прошлый раз», pack size, typos) mixed with his own
snacks, energy drinks, instant noodles and sweets in teen slang and Latin transliteration -- and for every item the
product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё folded to е) and read one by one; each item was re-checked by listing every title matching
its stem that was not accepted.  The note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without seeing the tool being evaluated.

Before writing the JSONL the script checks that every list text equals the blind draft
fresh_basket_eval_wc.blind_lists.txt (written before any offer was read) apart from the replacements in REPLACED
(none), then labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are fwc01, fwc02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wc.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wc.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: (blind item text, new item text)}.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwc01
    ("хлеб бородинский как в прошлый раз, молоко простоквашино 2.5 проц, энергос адреналин, чипсоны лейс краб", [
        ("хлеб бородинский как в прошлый раз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread loaves (sliced, any maker); «как в прошлый раз» is a wish that cannot be "
           "checked, not a filter; Магнит гренки BEERKA «Бородинские» and the brand «МД Бородина» (колбаса, "
           "сосиски) excluded"),
        ("молоко простоквашино 2.5 проц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000024178"],
            "perekrestok": [],
        }, "Простоквашино drinking milk of exactly 2.5% (Дикси 930 ml); Простоквашино 1.5%, 3.2% and «отборное» "
           "3.4-4.5% and 2.5% milk of other brands (Домик в деревне, Зелёная Линия…) excluded"),
        ("энергос адреналин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline (Rush) energy drinks, any variant (only the sugar-free 0.449 l is offered); Дикси «Напиток "
           "энергетический Adrenaline без сахара» taken as Adrenaline Rush (outside knowledge: the brand); Burn, "
           "Red Bull, Gorilla, Tornado etc. excluded"),
        ("чипсоны лейс краб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's potato chips with crab flavour: only Дикси «Lay's Зеленый лук/Сметана и зелень/Краб 37г», an "
           "assortment card that includes crab (accepted as such); Lay's of other flavours and Магнит «РУССКАЯ "
           "КАРТОШКА Камчатский краб» (other brand) excluded"),
    ]),
    # fwc02
    ("яйца десяток категория с1\nсметана 15 не бери 20\nдошик с говядиной 2 шт", [
        ("яйца десяток категория с1", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "4085791", "2131763", "2109476", "3182856"],
        }, "chicken eggs of class С1 (= «1 категории») in packs of 10; С0/отборные, С2, СВ/«высшей категории», "
           "packs of 6/15/20/30 and quail eggs excluded"),
        ("сметана 15 не бери 20", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810",
                       "1000463648", "1000553874", "1000558440", "1899900582", "8000035449", "8000057502", "8000068594",
                       "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "plain sour cream of exactly 15% (incl. «из топлёных сливок» and lactose-free); «не бери 20» confirms "
           "20% is excluded; 10/20/25/30% and Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15% (flavoured) "
           "excluded"),
        ("дошик с говядиной 2 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак (дошик) instant noodles with beef flavour: Перекрёсток «Доширак Чан рамен … с острой "
           "говядиной»; Пятёрочка «Доширак, чан рамен, корейская, 120 г» accepted on outside knowledge that it is "
           "the same 120 g Чан рамен (spicy beef) noodle whose Перекрёсток title names the beef; BigBon "
           "«Говядина» and Роллтон «с говядиной» (other brands) and Доширак potato puree «со вкусом курицы» "
           "excluded; «2 шт» is a quantity"),
    ]),
    # fwc03
    ("батон нарезной один, масло слив 82.5 не спред, колу без сахара 1.5л, кириешки хрен холодец", [
        ("батон нарезной один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» kind, sliced or not (Коломенское, Пр!ст классический, Маркет "
           "Перекрёсток, Маркет улучшенный); other batons (Отрубной, Утренний, Новый, Молочный, Горчичный, "
           "Зерновой, к завтраку, plain «Батон, 300г») excluded; «один» is a quantity"),
        ("масло слив 82.5 не спред", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136",
                       "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                            "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        }, "butter (сливочное / сладкосливочное, Пятёрочка «Масло сл/слив.») of exactly 82.5%, salted or not, "
           "lactose-free incl.; «не спред» confirms spreads (Кремлевское) and margarine are excluded; 72.5% "
           "butter and butter labelled 82% (Arla, President, Киприно, Молочный знак, JALO KERMA) excluded because "
           "the written fat must match exactly"),
        ("колу без сахара 1.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000562693"],
            "perekrestok": [],
        }, "sugar-free cola in a 1.5 l bottle: only Дикси «Добрый Кола без сахара 1,5л»; the size is respected "
           "(Добрый без сахара 0.33/0.5/1 l, Coca-Cola zero 0.33 l excluded); Магнит «ДОБРЫЙ кола, 1,5л» does not "
           "say sugar-free and is excluded"),
        ("кириешки хрен холодец", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons with the «холодец с хреном» flavour: no Кириешки in any store; Дикси «Гренки Фишка "
           "… Холодец с хреном» (other brand) and Магнит гренки BEERKA are excluded because the brand was written"),
    ]),
    # fwc04
    ("картохи 2 кило\nлука репчатого кило\nred bull", [
        ("картохи 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes, loose or packed, any variety/size («2 кило» is the quantity wanted, not a pack "
           "filter); Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (1 kg pack, judgement); boiled "
           "peeled potatoes, fried/roasted potato dishes, frozen cut potatoes and fries, Магнит «Картофель АЙДАХО "
           "(СП ГМ)» (ready dish), chips, potato-flavoured goods and pet food excluded"),
        ("лука репчатого кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (репчатый, incl. red and peeled), loose or packed; «кило» is the quantity; "
           "dried/ground onion (Kotanyi, Айдиго), onion rings snack and onion-flavoured goods excluded"),
        ("red bull", {
            "pyaterochka": [],
            "magnit": ["40ecd31c9e"],
            "dixy": [],
            "perekrestok": ["2119252", "3173468"],
        }, "Red Bull energy drink of any size (Магнит «РЕД БУЛЛ» 355 ml, Перекрёсток 355/473 ml); other energy "
           "drinks excluded"),
    ]),
    # fwc05
    ("гречу ядрицу 2 пачки, сасиски молочные не вязанку, ролтон курица, сникерсы 2 штуки", [
        ("гречу ядрицу 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171",
                            "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481", "3493533",
                            "3994791", "3438178", "3667612", "4059000"],
        }, "buckwheat groats (гречка / крупа гречневая, ядрица), any brand and pack incl. boil-in-bag portions "
           "and quick-cooking/steamed ядрица; titles without the word «ядрица» are accepted on outside knowledge "
           "that plain buckwheat groats are ядрица unless sold as «продел» (none is offered); green buckwheat, "
           "ready buckwheat dishes (с грибами, гарнир с овощами, Шеф, Cook Chart), baby purees, flakes and "
           "buckwheat pasta excluded; «2 пачки» is a quantity"),
        ("сасиски молочные не вязанку", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["b2525e4143", "f72f36dddd", "1752cd8c83", "c890078deb"],
            "dixy": ["2000300143", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "boiled sausages of the «Молочные» kind, any maker except Вязанка (the user excluded it: Дикси "
           "«Стародворские колбасы Вязанка молочные» left out), incl. Магнит Индилайт «Молочные из индейки» "
           "(named молочные, turkey, judgement); Вязанка «Молокуши», Окраина «с натуральным молоком» (not the "
           "молочные kind), сливочные/венские/other sausages and sausage dishes excluded"),
        ("ролтон курица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0023259"],
            "perekrestok": [],
        }, "Роллтон product with chicken flavour; no product word was written, so Дикси «Пюре картофельное "
           "Роллтон с куриным вкусом» (the only one) is accepted; Роллтон beef puree, Роллтон pasta and broth, "
           "Пр!ст puree «со вкусом курицы» and Доширак puree (other brands) excluded"),
        ("сникерсы 2 штуки", {
            "pyaterochka": ["3215964"],
            "magnit": ["9a1e6196ae"],
            "dixy": ["2000348756", "DI00078665", "2000189225"],
            "perekrestok": [],
        }, "Snickers chocolate bars of any variant (Super, с миндалем, Пломбир) and Snickers Minis packs "
           "(Пятёрочка 1 kg, Магнит 100 g) — «2 штуки» is a quantity, pack size not written; Snickers ice cream "
           "cone (Перекрёсток) excluded"),
    ]),
    # fwc06
    ("творог 9 % одну пачку, кифир 1 процентный, харибо мишки мармеладки", [
        ("творог 9 % одну пачку", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486", "8000055235",
                       "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980", "2000567931",
                     "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese of exactly 9% (classic, рассыпчатый, пластовой, Зелёная Линия «Зернышко»), any "
           "pack; other fat levels, children's fruit curds, curd desserts, masses and snacks excluded; «одну "
           "пачку» is a quantity"),
        ("кифир 1 процентный", {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000451591", "1000563708", "1899911984"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383", "4255904",
                            "4263416", "4328084", "4334308"],
        }, "kefir and biokefir of exactly 1%; «биокефирный продукт» / «кефирный продукт» (Домик в деревне) and "
           "Bio Баланс «биопродукт кефирный» excluded (not kefir), other fat levels excluded"),
        ("харибо мишки мармеладки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Haribo gummy bears: no Haribo in any store; gummy bears of other brands (Бон Пари «Медведи») excluded "
           "because the brand was written"),
    ]),
    # fwc07
    ("сыра российского грамм 300, докторскую колбасу, майонез махеев 67, pringles сметана лук", [
        ("сыра российского грамм 300", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "cheese of the Российский kind (incl. «Российский молодой», by weight, pieces and slices; «грамм 300» "
           "is the quantity wanted, not a pack size); Магнит «Продукт По-Российски … на основе растительного "
           "жира» (not cheese) and other cheeses excluded"),
        ("докторскую колбасу", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                       "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "boiled sausage «Докторская» of any maker and form (loaf, piece, slices, by weight, «от шефа», "
           "Царицыно «Докторская Особая»); Рублёвский «Докторские» frankfurters (сосиски) excluded"),
        ("майонез махеев 67", {
            "pyaterochka": [],
            "magnit": ["2c23c84574", "1000077734"],
            "dixy": ["ЦТ0040573"],
            "perekrestok": ["2047206"],
        }, "Махеевъ mayonnaise of 67% (Провансаль с лимонным соком); Махеевъ 50.5% (Провансаль, оливковый, на "
           "перепелином яйце), the Перекрёсток 655 ml pack whose title gives no fat %, other brands' 67% "
           "mayonnaise and Махеевъ ketchups/mustards excluded"),
        ("pringles сметана лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles with sour cream & onion: no Pringles in any store; Lay's «Сметана и лук», Хрустящий "
           "картофель and Русская картошка «Лук и сметана» excluded because the brand was written"),
    ]),
    # fwc08
    ("бичпакеты самые дешевые 5 шт\nэнергетик бёрн\nшоколадку альпен гольд с орехами", [
        ("бичпакеты самые дешевые 5 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3947754", "3664094"],
        }, "«бичпакет» = cheap instant noodles of any brand and flavour: Доширак Чан рамен (Пятёрочка, "
           "Перекрёсток), BigBon (Дикси), Роллтон вермишель по-домашнему (Перекрёсток); «самые дешевые» and «5 "
           "шт» are a wish and a quantity, not filters; instant potato puree, Магнит «Суп БЫСТРИНКА» (cup soup "
           "with croutons), ready noodle dishes (Главобед, Фо Бо, Шеф) and dry pasta/egg noodles excluded"),
        ("энергетик бёрн", {
            "pyaterochka": [],
            "magnit": ["f4ace401d4", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca"],
            "dixy": ["2000529079", "2000268262"],
            "perekrestok": ["4315389", "3503452"],
        }, "Burn energy drinks of any flavour and size (Магнит «БЁРН/БЕРН/BURN», incl. sugar-free and Gold Rush); "
           "other energy drinks excluded"),
        ("шоколадку альпен гольд с орехами", {
            "pyaterochka": ["4053758"],
            "magnit": ["6cfae67d2b", "d8e11f8019", "e29d69ec44", "6e9f4b5667", "e1dde2301c", "139ff320b9", "7f2fc67594"],
            "dixy": ["ЦТ0042895", "2000178894", "2000220297"],
            "perekrestok": ["4329958"],
        }, "Alpen Gold chocolate bars with nuts (фундук, фундук и изюм, миндаль, арахис, солёный арахис/миндаль); "
           "Alpen Gold plain, porous, fruit/yoghurt, Max Fun, Oreo (incl. «Орео, арахисовая паста»: a paste "
           "filling, no nut pieces), капучино, инжир-кокос-крекер and Alpen Gold biscuits excluded"),
    ]),
    # fwc09
    ("макароны макфа перья, фарш говяжий пол кило, томат пасту баночку, спрайт 0.5", [
        ("макароны макфа перья", {
            "pyaterochka": [],
            "magnit": ["61313f9ca5"],
            "dixy": ["ЦТ0046807"],
            "perekrestok": [],
        }, "Makfa pasta of the «перья» (penne) shape, incl. «Перья Любительские»; other Makfa shapes (спирали, "
           "ракушки, улитки, витки, вермишель…) and other brands' перья excluded"),
        ("фарш говяжий пол кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw beef mince (говяжий / из говядины), any pack or by weight («пол кило» is the quantity); "
           "домашний/деревенский/фермерский mixed mince, pork, turkey and fish mince excluded"),
        ("томат пасту баночку", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack («баночку» read as a quantity, one pack, so sachets and pyramids "
           "are not excluded); ketchup, tomato sauces, juice and goods «в томате» excluded"),
        ("спрайт 0.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite: not offered in any store; lemon-lime sodas of other brands (Добрый лимон-лайм, Frustyle) "
           "excluded because the brand was written"),
    ]),
    # fwc10
    ("сахар пачку 1 кг, чай гринфилд пакетированный, пиченье юбилейное, чоко пай", [
        ("сахар пачку 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in a 1 kg pack (the written size names the pack); Перекрёсток «Сахар Советский "
           "Экстра, 1кг» taken as granulated (form not stated; lump sugar titles say кусковой/прессованный — "
           "judgement); 900 g/750 g/5 kg packs, lump/pressed sugar 1 kg (Русский сахар, Магнит «прессованный»), "
           "cane and coconut sugar, sugar powder excluded"),
        ("чай гринфилд пакетированный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472", "2000000294"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "3679799", "2114141",
                            "2147890", "46398", "3450276"],
        }, "Greenfield tea in tea bags, any blend (black, flavoured, the herbal «Spirit Mate» titled «Чай»), any "
           "count; Greenfield loose tea (Дикси 100 g/200 g Earl Grey, Kenyan Sunrise листовой, Golden Ceylon "
           "крупнолистовой) excluded; other brands excluded"),
        ("пиченье юбилейное", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "«Юбилейное» cookies of any variant (традиционное, молочное, с глазурью, Дикси «Юбилейное Овсяное»); "
           "Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
        ("чоко пай", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Choco Pie (Lotte/Orion): not offered in any store; Барни, Kinder, Скрепыши and Milka sponge cakes are "
           "other products and excluded"),
    ]),
    # fwc11
    ("малоко 3.2, хлеп черный, йогурт несладкий без добавок, скитлс", [
        ("малоко 3.2", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041",
                       "1000445488", "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "8000026014",
                       "8000026015", "8000058295", "8000081425", "18ca387556", "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992",
                     "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "drinking cow milk of exactly 3.2% (pasteurised/UHT/sterilised, incl. children's Агуша/Тема/Зелёная "
           "Линия «для детского питания» and lactose-free Аммм «с 8 месяцев»); ranges 3.2-4 / 3.2-6, топлёное "
           "(Эго, Северная долина), Дикси Му-у «Для капучино», Чудо Детки milkshakes and other fat levels "
           "excluded"),
        ("хлеп черный", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": [],
            "perekrestok": ["4149554", "3382146", "4329404", "3974719", "3624125", "3931337", "3945535", "3126329",
                            "3974720", "4074396", "3627134", "3953836", "2053660", "4354623", "4148558", "3658457",
                            "2060872", "4276930", "3631465", "2000243", "3617422", "4049144", "3634576", "2024150",
                            "4164733", "3965436", "78034786", "4361611", "78034810"],
        }, "«чёрный хлеб» = rye or rye-wheat bread loaves: titles saying ржаной/ржано-пшеничный, Бородинский, "
           "Дарницкий, and on outside knowledge (rye-wheat dark breads) Столичный, Двинский, Даниловский (Магнит "
           "«ДАНИЛОВСКИЙ зерновой»; Перекрёсток says ржано-пшеничный), Пумперникель; Ржаной Край loaves (brand "
           "name, composition not stated), breads whose kind is not stated (Ароматный, Крестьянский, Деревенский "
           "бездрожжевой Рижский, Ржевский, Боярский, солодовый, Измайловский), rye bread with raisins or garlic "
           "baguette, wheat breads, хлебцы and вафельный хлеб excluded"),
        ("йогурт несладкий без добавок", {
            "pyaterochka": ["8487"],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572", "1000470924", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000253975"],
            "perekrestok": ["4264817", "4246013"],
        }, "plain yoghurt without fillers: «натуральный» (spoonable, drinking, термостатный, "
           "Активиа/Epica/АктиБио), plain Greek yoghurts (Lactica, «ГРЕЧЕСКИЙ 2%», Epica, Neo «Классический», "
           "Простоквашино, Савушкин TEOS) and plain goat-milk yoghurts (Козочка с облачка «без сахара», Зелёная "
           "Линия) — taken as unsweetened on outside knowledge (titles name no sugar or flavour); fruit yoghurts "
           "even «без сахара», Зелёная Линия «Йогурт сладкий», Активиа с черносливом, Растишка and skyr "
           "(«кисломолочный продукт») excluded"),
        ("скитлс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4125039"],
        }, "Skittles candies of any flavour (only «Кисломикс» is offered); other chewy candies and marmalade "
           "excluded"),
    ]),
    # fwc12
    ("ряженку 4 процента\nсырок глазированный 3 шт\nфанту 1л\nчитос сырные", [
        ("ряженку 4 процента", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka of exactly 4% (Большая кружка, Из молока нашей дойки); 2.5/3.2% and flavoured ryazhenka "
           "excluded"),
        ("сырок глазированный 3 шт", {
            "pyaterochka": ["f17a948634", "4061730"],
            "magnit": ["1000059925", "1000059932", "1000077349", "1000117018", "1000122409", "1000138236", "1000149410",
                       "1000149411", "1000167329", "1000167330", "1000172948", "1000186648", "1000186649", "1000238205",
                       "1000238206", "1000274202", "1000305762", "1000351466", "1000359364", "1000359365", "1000402146",
                       "1000411952", "1000518913", "1000526829", "1000580174", "1000580175", "1000581120", "1899801136",
                       "8000061566", "8000061673", "8000070532", "8000078945", "1432ba3e24", "2a66b2b012", "2a844a0718",
                       "42cd196db0", "61ab02df21", "758f114f7c", "9119334841", "a436bb1f2b", "b3f3665e14", "d7df85a8e4"],
            "dixy": ["2000179854", "2000571273", "2000597331", "2000597332"],
            "perekrestok": ["3041670", "4208433", "4227636", "4227649", "20615", "3427052", "3454107", "3463779",
                            "3666241", "3666242", "4227614", "4227635"],
        }, "glazed curd snacks (сырок глазированный / «в шоколаде» / «в глазури», any flavour and pack incl. "
           "multipacks), incl. Сыркофф and Чудо «Десерт» 40 g bars accepted on outside knowledge that they are "
           "glazed (titles do not say); unglazed curd snacks (with raisins, 90-180 g, Коровка из Кореновки "
           "«ваниль» — glaze not stated), Магнит «в вафельном рожке» and cheese excluded; «3 шт» is a quantity"),
        ("фанту 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta in a 1 l bottle: only Пятёрочка Fanta 0.33 l can is offered (size written, excluded); "
           "Фрустайл/Добрый апельсин (other brands) excluded"),
        ("читос сырные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000265100"],
            "perekrestok": [],
        }, "Cheetos with cheese flavour: Дикси «Cheetos Сыр/Кетчуп» (an assortment card that includes cheese, "
           "accepted); Cheetos Кетчуп (Перекрёсток snacks and sticks) excluded"),
    ]),
    # fwc13
    ("риса длиннозерного пачку, куриное филе кило, флеш ап", [
        ("риса длиннозерного пачку", {
            "pyaterochka": ["3674167", "3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000288318", "2000261091"],
            "perekrestok": ["3635865", "4254250", "4290674", "39747", "3674166", "57930", "3608771", "3634155",
                            "3634156", "3603168", "3469129", "3469126"],
        }, "long-grain rice of any pack (длиннозерный/длинный, white or parboiled, boil-in-bag incl.) and the "
           "long-grain varieties basmati, jasmine and Индика; Националь «Золото Таиланда» taken as jasmine "
           "(outside knowledge); round-grain, brown, «для японской кухни», parboiled rice whose grain length is "
           "not stated (Агро-Альянс Gold, Националь Пропаренный/Пилаф, Перекрёсток 3608320/3469125), rice mixes "
           "and ready rice dishes excluded; «пачку» is a quantity"),
        ("куриное филе кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080023", "2000180302", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "2173555", "3946764",
                            "4329298", "3653837", "52888", "3191300", "78003876", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397"],
        }, "raw chicken breast fillet (филе грудки / филе цыплёнка(-бройлера) taken as breast fillet, малое филе, "
           "медальоны from fillet, raw «Филе курицы в маринаде»), any pack or by weight («кило» is the quantity); "
           "thigh fillet (филе бедра), «Филе грудки … на кости», «Грудка» on the bone, cooked/fried/smoked "
           "fillet, ready dishes and pet food excluded"),
        ("флеш ап", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4229369", "4199222"],
        }, "Flash Up energy drinks (Перекрёсток «Flash Up энергия мятный лайм», «Flash Up Ultra Energy»); other "
           "energy drinks excluded"),
    ]),
    # fwc14
    ("масло подсолнечное рафинированное не бери олейну, пищевую соду пачку, жвачка орбит арбуз", [
        ("масло подсолнечное рафинированное не бери олейну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000555852", "DI00079242", "2000005809", "2000003488", "ЦТ0039503",
                     "2000563791", "2000210260", "2000154498", "2000283309", "DI00080540"],
            "perekrestok": ["4218020", "6275", "2093709", "2043188", "2068955", "4022580", "2007886", "3426152",
                            "3426155", "21676", "3478098", "2147548", "4277755", "4269569", "4269568", "3642040",
                            "2046261", "3340103", "64128"],
        }, "refined sunflower oil of any brand except Олейна (the user excluded it: Дикси «Олейна Классическая», "
           "Перекрёсток Олейна 1 l/2 l left out), any size, incl. high-oleic refined and the Altaria refined "
           "spray; unrefined oil, blends with olive/almond/linseed/wheat-germ oil, flavoured Almador oils and "
           "oils whose titles do not say refined (Аведовъ, Getuva New Way) excluded"),
        ("пищевую соду пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda (сода пищевая); Магнит PALMIA dish detergent «пищ сода» excluded"),
        ("жвачка орбит арбуз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000606"],
            "perekrestok": [],
        }, "Orbit chewing gum with watermelon flavour («сочный арбуз»); Orbit гранат-малина and other gums "
           "excluded"),
    ]),
    # fwc15
    ("туалетку четыре рулона, фэйри бутылку, монстер энерджи", [
        ("туалетку четыре рулона", {
            "pyaterochka": [],
            "magnit": ["11634cf6c9", "e01188fba0", "be21812bf9", "24f2c70304", "b0339ecad9", "f88b88076f", "0f9bdfbe08",
                       "475d902330"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": [],
        }, "dry toilet paper in packs of 4 rolls (the count names the pack), any brand, ply or scent; packs of "
           "6/8/12 rolls, wet toilet paper, paper towels, tissues and toilet blocks excluded"),
        ("фэйри бутылку", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06", "8d877b13ce",
                       "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852", "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "Fairy hand dishwashing liquid of any scent and bottle size («бутылку» = one bottle); Fairy dishwasher "
           "tablets (All in 1) excluded"),
        ("монстер энерджи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Monster Energy: not offered in any store; other energy drinks excluded because the brand was written"),
    ]),
    # fwc16
    ("пельмени как в прошлый раз, сметану любую, колу 2 литра", [
        ("пельмени как в прошлый раз", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05", "f4f41d5103",
                       "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192"],
            "perekrestok": [],
        }, "frozen meat or chicken pelmeni of any brand (Бульмени, Бигбули, Мираторг, Сибирская коллекция, "
           "Цезарь/Caesar, Стародворские, GRANDMENI); «как в прошлый раз» cannot be checked and is not a filter; "
           "Перекрёсток «Четверг» fish pelmeni (треска со шпинатом) excluded as not what the plain word means "
           "(judgement)"),
        ("сметану любую", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000102474", "1000203662", "1000208902", "1000219465", "1000237596", "1000237597",
                       "1000241416", "1000253705", "1000372781", "1000372784", "1000372785", "1000429067", "1000461809",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1000574404", "1000574405", "1899900582",
                       "1899913371", "8000030079", "8000035449", "8000057502", "8000068594", "8000072734", "2645f50028",
                       "30145abd36", "4221528ef6", "65c9123e96", "87741a9faa", "a15781b1ca", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000100619", "2000166052", "2000220966", "2000220967", "2000230594", "2000276122",
                     "2000276139", "2000279280", "2000294264", "2000411404", "2000411407", "2000509087", "2000509714",
                     "2000509715", "2000544033", "2000544034", "2000558211", "2000595012", "2000602951"],
            "perekrestok": ["29910", "3142744", "3166306", "3181748", "3391034", "3423443", "3629029", "3632833",
                            "3632834", "3634035", "3651189", "3658372", "3667086", "4072176", "4087849", "4095524",
                            "4121582", "4121607", "4221355", "4221356", "4226994", "4229625", "4241375", "4246009",
                            "4250761", "4264297", "4320001", "4320002", "4335470", "4349771", "4349772", "4376610"],
        }, "plain sour cream of any fat and brand («любую»), incl. «из топлёных сливок», lactose-free and "
           "сливочная; Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), сметанный mayonnaise, "
           "сметанковый cheese and sour-cream-flavoured goods excluded"),
        ("колу 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cola in a 2 l bottle: none offered (colas exist only as 0.33/0.5/1/1.5 l); the written size is "
           "respected"),
    ]),
    # fwc17
    ("мороженка пломбир стаканчик, вода без газа 1.5, семки пачку, кукурузных палочек сладких", [
        ("мороженка пломбир стаканчик", {
            "pyaterochka": ["3953305", "3603591"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4277968", "4301170", "4346963", "4346104", "4208997", "4289045", "3603591", "4035404",
                            "4296327", "3370940", "3371923", "4152236", "4053323", "3680631"],
        }, "plombir ice cream in a (waffle) cup, any maker and flavour (ванильный, с крошкой, с изюмом, с варёной "
           "сгущёнкой, фисташка, черника, арбуз); non-plombir cup ice cream (Дикси «Первым Делом ванильное 4%», "
           "Ирбитское «сливочное 10%»), the парфе dessert, plombir in cones, eskimo and tubs excluded"),
        ("вода без газа 1.5", {
            "pyaterochka": [],
            "magnit": ["75ce595dc6", "65b73d7b58", "720f82c2d2", "162ec6aa1d", "98aaa95b9c"],
            "dixy": ["ЦТ0046868", "2000335456", "2000285345"],
            "perekrestok": ["3655718", "4344084", "4264401", "3674372", "4316383"],
        }, "still (негазированная) unflavoured drinking or table mineral water in 1.5 l bottles, incl. children's "
           "Фрутоняня water; Магнит «ЛЕГЕНДА ГОР АРХЫЗ, природная, 1,5л» taken as still (the sparkling one says "
           "газированная — judgement); sparkling, flavoured (лимон, персик, клубника), medicinal/лечебно-столовая "
           "waters (Ессентуки, Легенда Сибири, Аш-Тау, Галерея источников, Славяновская, Кувака — gas not "
           "stated), and other sizes excluded"),
        ("семки пачку", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "5cbde10c7f", "83a6516715", "a9efec4e65", "c07c5cf8b5", "f87f37880a"],
            "dixy": ["2000151864", "2000196729", "2000228392", "2000277205", "2000282287", "2000285542", "2000300666",
                     "2000433743", "2000540213", "2000562834"],
            "perekrestok": ["3014404", "3072541", "3248290", "3248291", "3276166", "3276168", "3331102", "3338822",
                            "3348828", "3358404", "3360327", "3403508", "3444686", "3449918", "3469303", "3473272",
                            "3473273", "3613320", "3619418", "3624461", "3630849", "3642467", "3652924", "3652925",
                            "3661124", "3664432", "3669122", "3669391", "3669392", "3671291", "3674375", "3677347",
                            "3695680", "3916662", "4004281", "4066289", "4066293", "4132783", "4155183", "4260366",
                            "4280033", "4280034", "4323974", "4373719", "85158"],
        }, "«семки» = roasted sunflower seeds in the shell, any brand, salted or not, black/white/striped, incl. "
           "Крутой Окер «с арахисом»; pumpkin seeds, shelled kernels (очищенные, OP'N'GO «Ядра подсолнечника») "
           "and halva excluded; «пачку» is a quantity"),
        ("кукурузных палочек сладких", {
            "pyaterochka": ["3370312"],
            "magnit": ["8fc31eddb1", "bdb97cb353", "b5bf08a50b"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet corn sticks (Кузя Лакомкин «в сахарной пудре», Скрепыши «Вареная сгущенка», Праздник сластены — "
           "the last taken as sweet on outside knowledge, flavour not stated); Cheetos «Кетчуп» corn sticks "
           "(savoury), corn flakes and corn balls excluded"),
    ]),
    # fwc18
    ("помидоры штук 5, огурчики 3 шт, сметана 10 процентная, лимонад подешевле", [
        ("помидоры штук 5", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785", "10E0075437",
                     "ЦТ0019904", "2000327738", "2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "4377073",
                            "4214021", "4272752", "4125409", "14809", "3657325", "82521", "4375133", "2166", "14811",
                            "4261327", "3695580", "21292", "3383465", "2100224", "3373662", "4217379", "3410591",
                            "4381951", "4381952", "4371254", "11971", "3634714"],
        }, "fresh tomatoes of any variety and colour (round, plum, pink, yellow, cocktail, on the vine, Кумато, "
           "cherry), loose or packed; «штук 5» is the quantity; Перекрёсток «Томаты резаные» (canned), salted "
           "cherry tomatoes, pickled assortments, tomato pulp/paste, sauces and tomato-flavoured goods excluded"),
        ("огурчики 3 шт", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any kind (smooth, prickly, long, short, fresh gherkins in a tray), loose or "
           "packed; «3 шт» is the quantity; pickled/marinated cucumbers and gherkins in jars (Закарпатские, "
           "Скатерть-Самобранка, Globus, Лукашинские), assortments and cucumber-scented goods excluded"),
        ("сметана 10 процентная", {
            "pyaterochka": [],
            "magnit": ["1000241416", "1000372784", "8000030079", "65c9123e96", "87741a9faa"],
            "dixy": ["2000230594", "2000509087", "2000558211"],
            "perekrestok": ["4121582"],
        }, "sour cream of exactly 10% (incl. Экомилк «сливочная» 10%); 15/20/25% excluded"),
        ("лимонад подешевле", {
            "pyaterochka": ["3607122"],
            "magnit": ["a1d6199329", "30822d92cf", "a5f624f2a7", "106d11f399", "dfb8def8b0", "b4875f70d2", "a65ecc8048",
                       "8b5709c065", "9469e0a196"],
            "dixy": ["2000265245", "2000322732"],
            "perekrestok": ["4349107", "3645982", "3976891", "2158026", "4273448", "4271305", "4174455", "3637653",
                            "3373647", "20850", "3374813", "3359208", "53165", "4375561", "20843", "3662137", "4340330",
                            "4340328", "4340329", "4302222", "4302220", "4302219", "4327937", "3625731", "4327938",
                            "3625699", "3625732", "4327935"],
        }, "drinks sold as «лимонад» (any flavour, incl. Шеф Перекрёсток lemonades) and the classic lemonade "
           "kinds Дюшес, Тархун, Байкал, Буратино, «Оригинальный» Черноголовка and Georgian pear lemonade "
           "(Алазани «Груша», like Зандукели «Лимонад груши») even where the title says «напиток» (outside "
           "knowledge); «подешевле» is a wish, not a filter; colas, lemon-lime sodas not sold as lemonade "
           "(Добрый/Frustyle лимон-лайм), fruit sodas, tonics, energy drinks, waters and kvass excluded"),
    ]),
    # fwc19
    ("doshirak kurica, lays krab, pepsi 0.5, snikers", [
        ("doshirak kurica", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000178886"],
            "perekrestok": [],
        }, "Доширак product with chicken flavour; no product word was written, so Дикси «Пюре картофельное "
           "Доширак со вкусом курицы» (the only Доширак with chicken) is accepted; Доширак beef/Чан рамен "
           "noodles, Роллтон chicken puree and Пр!ст puree (other brands) excluded"),
        ("lays krab", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's chips with crab flavour: only Дикси «Lay's Зеленый лук/Сметана и зелень/Краб 37г» (assortment "
           "card including crab, accepted); other Lay's flavours and Русская картошка «Камчатский краб» (other "
           "brand) excluded"),
        ("pepsi 0.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pepsi 0.5 l: the only Pepsi offered is Пятёрочка «PEPSI DARK VANILLA» 0.5 l, a vanilla-flavoured "
           "variant, excluded because a brand without qualifier means the classic drink; Coca-Cola, Черноголовка, "
           "Добрый and Funky Monkey colas (other brands) excluded"),
        ("snikers", {
            "pyaterochka": ["3215964"],
            "magnit": ["9a1e6196ae"],
            "dixy": ["2000348756", "DI00078665", "2000189225"],
            "perekrestok": [],
        }, "Snickers chocolate bars of any variant (Super, с миндалем, Пломбир) and Snickers Minis packs "
           "(Пятёрочка 1 kg, Магнит 100 g); the Snickers ice cream cone (Перекрёсток) excluded"),
    ]),
    # fwc20
    ("бигбон, сухарей три корочки, энергос горилла, твиксы", [
        ("бигбон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": [],
        }, "BigBon instant noodles (only «Говядина с томатным соусом с базиликом» is offered); other instant "
           "noodle brands excluded"),
        ("сухарей три корочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«3 Корочки» rye croutons: not offered in any store; croutons of other brands (Воронцовские, Хрусteam, "
           "Фишка, Take It, 777) excluded because the brand was written"),
        ("энергос горилла", {
            "pyaterochka": [],
            "magnit": ["eaee7b7235", "d14454fd02"],
            "dixy": [],
            "perekrestok": [],
        }, "Gorilla energy drinks of any flavour (Магнит «ГОРИЛЛА» original and Манго); other energy drinks "
           "excluded"),
        ("твиксы", {
            "pyaterochka": [],
            "magnit": ["43821bf5fe"],
            "dixy": [],
            "perekrestok": [],
        }, "Twix: only Магнит «Конфеты ТВИКС, минис, 100г» is offered, accepted as Twix (pack size not written); "
           "no Twix bars offered"),
    ]),
    # fwc21
    ("сливки 10 проц к кофе, нескафе классик кофе, печенюхи овсяные, газировка какая нибудь", [
        ("сливки 10 проц к кофе", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000128456", "1000144079", "1000456519", "1000461011", "1000506066",
                       "1000537609", "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3431574", "4271735", "4267108", "44849", "68419"],
        }, "drinking cream of exactly 10% (sterilised/UHT, any pack incl. 10×10 g coffee portions and «для кофе» "
           "cream); «к кофе» is a purpose, not a filter; Parmalat 11%, 20/33% cream, whipped cream, dry creamer "
           "and cream-flavoured goods excluded"),
        ("нескафе классик кофе", {
            "pyaterochka": [],
            "magnit": ["45760b0392", "9b7c8128ee", "fcd2266a66", "75165edd66"],
            "dixy": ["2000326563"],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee of any size, incl. Classic Crema and Дикси Classic «с добавлением "
           "натурального молотого»; Пятёрочка «Кофейный напиток Nescafe Classic» sticks and Nescafé 3в1 drinks "
           "(not coffee), Nescafé Gold/Barista/Alta Rica excluded"),
        ("печенюхи овсяные", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652",
                     "2000325940", "2000349045", "2000351526", "2000419389", "2000529080", "2000535032", "2000603032",
                     "2000603633"],
            "perekrestok": ["2023501", "2023502", "2091843", "3035354", "3218321", "3412681", "3438892", "3505244",
                            "3603607", "3613445", "3613448", "3639545", "3658003", "3663100", "3681160", "3681278",
                            "3688135", "3901906", "3901907", "3951119", "4017837", "4024594", "4032428", "4050870",
                            "4086029", "4113987", "4123144", "4172266", "4172267", "4185824", "4202786", "4202788",
                            "4202831", "4251005", "4258982", "4283932", "4283934", "4283939", "4284221", "4284222",
                            "4315655", "4315656", "4356039", "4370424", "4370425", "91535"],
        }, "oatmeal cookies of any brand and variant (classic, с изюмом, с шоколадом, сдобное, на "
           "мальтите/фруктозе, Юбилейное Овсяное, children's ФрутоНяня, protein Take A Bite); ProteinRex "
           "«Флэпджек» bars, Хлебный Спас «Полезный завтрак с овсяными хлопьями» (not sold as oat cookies), "
           "yoghurt and puree «с овсяным печеньем» excluded"),
        ("газировка какая нибудь", {
            "pyaterochka": ["3466967", "2137976", "1863", "1866", "3607122", "3922282"],
            "magnit": ["daac9718ba", "a0e61a1e60", "a1d6199329", "30822d92cf", "4709d99484", "b52788a8e7", "a5f624f2a7",
                       "106d11f399", "9107d9dc6a", "93578a0da7", "204c15a08e", "def2bfadfc", "0fd6daf7f9", "15a2eae307",
                       "218e9b02dc", "f41e3f025f", "42df81776f", "e2218d459a", "7953348cfc", "68eb1e7e1f", "5117f2b311",
                       "ab96bdf6db", "dfb8def8b0", "b4875f70d2", "9466122b48", "a65ecc8048", "8b5709c065", "9469e0a196",
                       "3397f6b160", "966a08b66a", "c0e42714dc", "f178bfc838", "50e080d876", "ea2654955d"],
            "dixy": ["2000265245", "2000562691", "2000562695", "2000562693", "2000562692", "2000550719", "2000566892",
                     "2000599931", "2000162011", "2000551058", "2000322732", "2000345874", "2000551056"],
            "perekrestok": ["4327938", "4349107", "3976891", "2158026", "4273448", "4271305", "4174455", "3637653",
                            "3373647", "20850", "3374813", "3359208", "53165", "4375561", "20843", "3662137", "4340330",
                            "4340328", "4340329", "4327937", "51176", "4343783", "3625699", "3625731", "3625732",
                            "4343167", "3495110", "4208830", "4208834", "4268549", "4134082", "4236596", "4283917",
                            "3299546", "3276041", "4357850", "4311002", "4360787", "4266676", "4303376", "3927587",
                            "2162413", "4095601", "4095600", "4311533", "4255770", "3276040", "4271328", "4341035",
                            "4358144", "4253930", "4327935", "4255754", "4255756", "3645982", "4358145", "4232521",
                            "4194720"],
        }, "any sweet carbonated soft drink («какая нибудь»): colas incl. zero and Pepsi Dark Vanilla, Fanta, "
           "Mountain Dew, lemonades, Дюшес/Тархун/Байкал/Буратино, fruit and berry sodas, Evervess, Rich "
           "tonics/bitter lemon, Laimon Fresh; Добрый 1–1.5 l апельсин/лимон-лайм/манго-маракуйя, Дикси Добрый "
           "«Апельсин с витамином С», Магнит Волчок, Дикси Алазани/Laimon FrashMax and Rich Bitter taken as "
           "carbonated on outside knowledge (titles do not say); mineral and flavoured waters, energy drinks, "
           "kvass, beer, alcoholic cocktails (Хуч, Манчестер), the wine-style LAVETTI, still juice drinks, iced "
           "tea, kombucha and the still Шеф Перекрёсток lemonades excluded"),
    ]),
    # fwc22
    ("корм коту вискас пакетики 5 шт, наполнитель в лоток коту, молока пакет, энергетик самый дешевый", [
        ("корм коту вискас пакетики 5 шт", {
            "pyaterochka": [],
            "magnit": ["2541891", "2493341", "2493311", "2493431", "2541881", "2493691", "2493331", "2541861",
                       "2493371", "2493411"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food in single 75 g pouches («пакетики») for adult cats, any flavour (рагу, паштет, желе, "
           "микс; «старше 7 лет» incl.); «5 шт» is a quantity; Whiskas kitten food, dry Whiskas (Пятёрочка 350 g, "
           "«Подушечки»), the Магнит 1.9 kg «Паштет с говядиной» (pack form not stated) and other brands excluded"),
        ("наполнитель в лоток коту", {
            "pyaterochka": [],
            "magnit": ["eaad0805c2"],
            "dixy": [],
            "perekrestok": [],
        }, "cat litter of any type: only Магнит «КЭТ СТЕП, силикагелевый, 1,8кг» is offered (no type was written, "
           "so silica-gel litter is accepted); yoghurts/curds «с наполнителем» excluded"),
        ("молока пакет", {
            "pyaterochka": ["3146538", "2144368"],
            "magnit": ["1000122658", "1000023413", "1000035016", "1000037901", "1000049786", "1000127183", "1000139951",
                       "1000143306", "1000151468", "1000156187", "1000172272", "1000244834", "1000318574", "1000323041",
                       "1000351083", "1000417765", "1000418036", "1000445487", "1000445488", "1000553875", "1000563706",
                       "1000568396", "1051242602", "1051242645", "1059990140", "1812450001", "1812450029", "1899800732",
                       "1899800825", "8000026014", "8000026015", "8000026668", "8000029029", "8000029030", "8000029505",
                       "8000058293", "8000058295", "8000079205", "8000081425", "115e5fb52e", "14bded1fbf", "18ca387556",
                       "447ce591a3", "4aff59ccac", "4e95f09bbf", "be3e0e74c3", "cfca1c1906", "ef94b89629"],
            "dixy": ["10J0077073", "2000024178", "2000066819", "2000133521", "2000204889", "2000227471", "2000238271",
                     "2000263555", "2000271385", "2000273384", "2000298650", "2000313238", "2000315332", "2000328870",
                     "2000328874", "2000509793", "2000511374", "2000546311", "2000557212", "2000560951", "2000571331",
                     "2000594992", "2000600211", "2000600212", "2000600213", "2000603016", "DI00081046"],
            "perekrestok": ["3431582", "3668699", "3668953", "4137916", "4137917", "4153926", "4153927", "4162259",
                            "4223221", "4238319", "4244153", "4250778", "4310700", "4316451", "4332464"],
        }, "drinking cow milk of any fat and pack (carton, bag, PET — «пакет» read as «one pack»), "
           "pasteurised/UHT/sterilised, отборное/цельное, lactose-free and children's drinking milk incl.; "
           "топлёное, Му-у «Для капучино», condensed, dry, evaporated («цельное концентрированное»), goat and "
           "plant milks, milkshakes and milk-flavoured goods excluded"),
        ("энергетик самый дешевый", {
            "pyaterochka": [],
            "magnit": ["f4ace401d4", "81c81e1a31", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca", "eaee7b7235",
                       "d14454fd02", "40ecd31c9e"],
            "dixy": ["2000600293", "2000600292", "2000565672", "2000572753", "2000542794", "2000529079", "2000268262",
                     "2000291275", "2000291276", "2000603931", "2000595892", "2000596692"],
            "perekrestok": ["4229369", "4199222", "4363397", "4206324", "4274186", "4315389", "3503452", "2119252",
                            "3173468"],
        }, "any energy drink («самый дешевый» is a wish, not a filter): Burn, Red Bull, Gorilla, DRANGO, "
           "Adrenaline, Tornado, Volt, E-ON, Lit Energy, Flash Up, X-Turbo (Дикси «Напиток тонизирующий X-Turbo» "
           "taken as an energy drink on outside knowledge); Bon Pastil «тонизирующие» candies, TESS «Get Energy» "
           "tea, Kombucha energy, J7 Energy juice drink and Active Energy kefir cocktail excluded"),
    ]),
    # fwc23
    ("яблоки зеленые кг, мёду баночку, черный чай пачку, липтон холодный чай", [
        ("яблоки зеленые кг", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "3171926", "4194478", "4152180", "4047567"],
        }, "fresh green apples: titles saying зелёные, and the green varieties Гренни Смит and Симиренко (outside "
           "knowledge), loose or packed («кг» is the quantity); yellow Голден/Гольден, Муцу, red and mixed "
           "varieties, apples of unstated colour (Садовые, Кубанские, Зелёная Линия «Органика» — brand name), "
           "dried apples, juices and apple-flavoured goods excluded"),
        ("мёду баночку", {
            "pyaterochka": [],
            "magnit": ["384d8d8201", "44c60c9317", "928ff089d4", "980d05dc00", "dadb78005d", "ec1ad9dc52"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["3467507", "3479121", "3687698", "3687699", "3687710", "4316603", "4316605", "4320670",
                            "4320671", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "natural bee honey of any kind and jar size («баночку» = one jar); Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (a "
           "honey-herb composition, judgement), honey-flavoured goods (cereal, cookies, chocolate, kvass, "
           "медовуха), honey melon/pineapple and cosmetics excluded"),
        ("черный чай пачку", {
            "pyaterochka": ["18087", "2070399", "3141303", "3380947", "3380950", "510", "55923", "3380940", "2049940"],
            "magnit": ["03fb2db2be", "05c3ce571d", "0b0945cde7", "0e0ba22a84", "12c93e2db3", "1305f039da", "17e7ecde98",
                       "1cb4934c51", "1ce117e378", "1fa2ce7c58", "245310ae46", "262636efc4", "278651b790", "2c07763f9f",
                       "41cb31723f", "41f4dd0c61", "4720a7f85f", "4c2b5b0e84", "52124b3c16", "527c289095", "539736f8c3",
                       "53ac9a45fa", "543ee3fdd2", "56284b2938", "56768c355e", "591cd0328d", "62e44aad83", "62e737f079",
                       "65054e7b15", "6cfa07362e", "6e48f23b2b", "6ef8a14558", "7304afe46d", "739159b9d5", "75e99adff2",
                       "77d6909a1a", "79c875b985", "8518655d6a", "85a472ac98", "8c57f14bbe", "8cdd8e4398", "8e34db68c9",
                       "913e5216b1", "91c9c098ea", "95bb72cd41", "9ed6ab900f", "9ffe7d26ae", "a0f6844207", "a2edebfe73",
                       "a510289c84", "ada217af77", "b411bf6170", "b6f8e6fea6", "b9a96edc01", "ba15dbb109", "bd44dec0f2",
                       "bdf50ca6e6", "c237948667", "c30034aa00", "c4994ca2ba", "c6300a9d93", "c67b0d7ef5", "c8696b4f23",
                       "cbfbcf3730", "cf54caa8df", "d35e2f82d3", "d6dd145bec", "d7f2406271", "dc9080ff20", "e13c422583",
                       "e421942210", "e5f644b54b", "e8cfbd68be", "edf75508f3", "eead07c0ce", "efc1b6f0d8", "f0009c3a1e",
                       "f101163507", "f27576dc9c", "f2c67c596a", "f2ec203f7f", "f48f2ca4d2", "f528489d63", "f619b0597f",
                       "f9b0dd39e7", "fdaeb671e9", "fe3343d282", "825c427300", "cfbea01d00", "108be7a212", "d19e923d5f"],
            "dixy": ["2000000294", "2000144518", "2000144520", "2000203431", "2000217793", "2000224056", "2000226734",
                     "2000228472", "2000262681", "2000289445", "2000295224", "2000335959", "2000361849", "2000362149",
                     "2000420414", "2000518878", "2000520542", "2000520549", "2000567055", "2000567056", "2000568231",
                     "2000568232", "2000578774", "2000578775", "2000601831", "2000603372", "DI00080603", "ЦТ0016759",
                     "ЦТ0038390", "2000295203", "2000534553"],
            "perekrestok": ["2042290", "2049940", "2070399", "2073803", "2095906", "2114141", "2133939", "2147890",
                            "2147891", "3338198", "3338246", "3378336", "3399714", "3418513", "3439925", "3439932",
                            "3440334", "3440336", "3450276", "3473068", "3497561", "3506745", "3506750", "3605415",
                            "3626161", "3626164", "3636930", "3662837", "3902078", "4113980", "4131559", "4131560",
                            "4131561", "4206081", "4206082", "4206083", "4219570", "4312239", "4344242", "4344243",
                            "4357411", "4370005", "46398", "5051", "96196", "4131558", "4297709", "4309349"],
        }, "black tea of any brand and form (bags, pyramids, loose), plain or flavoured (Earl Grey, чабрец, "
           "berries, fruit aromas); titles without the word «чёрный» accepted on outside knowledge: Пятёрочка "
           "Ahmad «Английский завтрак» 200 g and Майский «Корона Российской империи» (Перекрёсток titles the same "
           "product чёрный), Магнит Ahmad «Эрл Грей» 100 g and Принцесса Нури «пекое» 250 g; green, herbal, fruit "
           "and oolong teas, black-and-green blends (HILLTOP «1001 ночь»), assortment boxes, «напиток чайный» and "
           "bottled iced tea (Rich Tea, Нести, YES!, Пр!ст) excluded; «пачку» is a quantity"),
        ("липтон холодный чай", {
            "pyaterochka": ["3487481"],
            "magnit": [],
            "dixy": ["2000285268", "2000264940"],
            "perekrestok": ["3487474"],
        }, "Lipton bottled iced tea of any flavour and size (green, лимон, персик); Lipton Yellow Label leaf/bag "
           "tea, Нести, Rich and Святой источник iced teas (other brands) excluded"),
    ]),
    # fwc24
    ("пиццу замороженную пеперони, нагетсы куринные, heinz кетчуп, колу", [
        ("пиццу замороженную пеперони", {
            "pyaterochka": [],
            "magnit": ["a3ef730a3c"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pepperoni pizza: Магнит «Пицца ЛА ТРАТТОРИЯ Пепперони» taken as frozen (outside knowledge: La "
           "Trattoria is a frozen pizza line; the title does not say); «Чебупицца Пепперони» (a snack, not a "
           "pizza), other pizzas (4 сыра, ветчина-грибы, Ristorante салями/моцарелла, груша-горгонзола) excluded"),
        ("нагетсы куринные", {
            "pyaterochka": [],
            "magnit": ["fd1fdcfdd7", "a36ebb7d8a"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets: Мираторг «НАГГЕТСЫ КУРИНЫЕ» and Золотой Петушок «традиционные» (a chicken brand — "
           "taken as chicken, judgement); Индилайт turkey nuggets excluded"),
        ("heinz кетчуп", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": [],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000538777"],
            "perekrestok": ["4116830", "4116848", "4154517", "4157356", "4157697", "4157702", "4157703", "4157704",
                            "4157803", "4207051", "4225365", "4274971", "4274972", "4274973", "4295650", "4295651",
                            "4295653"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, для гриля и шашлыка, с чесноком, "
           "укроп-петрушка, incl. the «Heinz Pikador» line), any pack; other brands' ketchups and Heinz "
           "sauces/mayonnaise excluded"),
        ("колу", {
            "pyaterochka": ["3466967", "1863"],
            "magnit": ["9107d9dc6a", "93578a0da7", "218e9b02dc", "5117f2b311"],
            "dixy": ["2000562691", "2000562695", "2000562693", "2000562692"],
            "perekrestok": [],
        }, "cola of any brand and size, incl. sugar-free (Coca-Cola, Coca-Cola без сахара, Черноголовка Кола, "
           "Добрый кола, Добрый Кола без сахара, Funky Monkey Cola Classik); Pepsi Dark Vanilla "
           "(vanilla-flavoured), Evervess Блэк Роял, cola-flavoured sweets and the ром/кола beer drink excluded; "
           "Перекрёсток has no cola"),
    ]),
    # fwc25
    ("муки 2 кило, сухие дрожжи пакетик, яиц два десятка, нутеллу", [
        ("муки 2 кило", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "ЦТ0037862", "2000578792", "2000317163", "ЦТ0044481", "2000576791",
                     "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "4278294", "3292690", "3915409", "3193726", "3305673", "4215036", "91320",
                            "91321", "16318", "4326495", "3681817", "4262616", "2037765", "3346668", "3626914",
                            "2107396", "3394693", "2112692", "2112693", "3502351"],
        }, "plain white wheat flour (пшеничная / хлебопекарная, высший сорт or экстра, incl. Manitoba) in 1 or 2 "
           "kg packs («2 кило» read as the amount wanted); Перекрёсток «Мука Царь, 1кг» and «Мука Тихорецкая "
           "особая» accepted on outside knowledge that flour with no grain named is wheat flour; pancake flour "
           "(блинная), self-raising, whole-grain/цельносмолотая, rye, rice, corn, buckwheat, oat, chickpea, nut "
           "and gluten-free flours and pasta made of flour excluded"),
        ("сухие дрожжи пакетик", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry baker's yeast in sachets: Саф-Момент (Магнит title does not say dry — accepted on outside "
           "knowledge that Саф-Момент is instant dry yeast); pressed yeast «Люкс Экстра» 100 g (Магнит says "
           "прессованные; the Дикси title of the same 100 g block says «сухие … прессованные», taken as pressed) "
           "and yeast dough excluded"),
        ("яиц два десятка", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014",
                       "2047000033", "3454700001", "1a8d487cea", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "3950938", "4012802", "4076991", "4085791",
                            "4085792", "4088955", "4168688", "4201192", "4201194", "4236458", "4263543", "4337164",
                            "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs of any class (С0/отборные, С1, С2, «высшей категории», деревенские) in packs of 10 or 20 "
           "— «два десятка» is 20 eggs, from two 10-packs or one 20-pack; packs of 6/15/30, quail eggs, "
           "egg-containing goods and chocolate eggs excluded"),
        ("нутеллу", {
            "pyaterochka": [],
            "magnit": ["c2e351845d"],
            "dixy": ["2000001794"],
            "perekrestok": [],
        }, "Nutella hazelnut-cocoa spread of any size; other chocolate-nut spreads (Маркет Collection) excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list starts with a line '### fwcNN' and runs to the next blank line."""
    texts, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("### "):
                cur = line[4:].strip()
                texts[cur] = []
            elif cur is not None:
                if line == "":
                    cur = None
                else:
                    texts[cur].append(line)
    return {k: "\n".join(v) for k, v in texts.items()}


def check_blind(lists):
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fwc%02d" % n
        expected = blind.get(rid)
        if rid in REPLACED:
            old, new = REPLACED[rid]
            expected = expected.replace(old, new, 1) if expected is not None else None
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fwc"))
