#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zr.jsonl -- shopping lists for home cooking of many regions and peoples
(Uzbek plov, Georgian khachapuri, Tatar chak-chak, Siberian pelmeni, Italian pasta, Asian noodles,
Caucasian shashlik, borsch, Korean salads, rolls, blini, vareniki, Greek salad, tacos, curry, forshmak,
tolma, ukha, okroshka, Azerbaijani tea, mamaliga), hand-labelled against the real offers in
real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zr.build.py

LISTS below is literal data: 25 lists (2-5 items) as typed to a Telegram bot, written blind first (see
fresh_basket_eval_zr.blind_lists.txt), and for every item the product ids of every store that a
reasonable shopper who wrote exactly that item would accept (in-stock offers only).  Candidate titles were
grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё/е) and read one by one; the note of each item records what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item
is "missing" there).  The labels were made without reading korzina's matcher, its data or its other sets.

The script only checks the data (labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the
list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are
fzr01, fzr02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zr.jsonl")

E = []  # an empty store list (nothing acceptable)

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # 01 Uzbek plov
    ("рис для плова 2 кг\nбаранинка на косточке\nморковка желтая\nзиры пакетик", [
        ("рис для плова 2 кг", {
            "pyaterochka": ["3992161", "4046686", "3413111", "3483037"],
            "magnit": ["106021"],
            "dixy": E,
            "perekrestok": E,
        }, "rice sold for plov: titles «Рис для плова» (Global Village, Националь, Мистраль) and Увелка «Рис Девзира с "
           "зирой» (девзира is the Uzbek plov rice; taken although it comes with zira, outside knowledge); plain round/long "
           "rice, basmati, jasmine, «PROSTO Рис и греча», ready «Плов с говядиной», plov seasonings excluded; «2 кг» is a "
           "quantity"),
        ("баранинка на косточке", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no raw lamb/mutton in any store; dog/cat food «с ягненком» and «Баранки» (stem trap) excluded"),
        ("морковка желтая", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "the shopper asks for the yellow plov carrot (a variety); only ordinary «Морковь мытая» (Магнит, Перекрёсток) "
           "exists and is not taken; Korean carrot salads, carrot juices/nectars excluded"),
        ("зиры пакетик", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no cumin/zira sold on its own; Магнит «Приправа для плова» (Восточный гость), Kamis «к плову», Maggi «Смесь "
           "для плова» are blends, and «Рис Девзира с зирой» is rice - all excluded; «газированный» matches the stem"),
    ]),
    # 02 Georgian khachapuri
    ("сулугуни 2 пачки, мацони или кефир, мучка в/с, яйца 1 десяток", [
        ("сулугуни 2 пачки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4050805", "3203422", "3484610"],
        }, "any suluguni (Умалат 280 г and «палочки» sticks, Предгорье Кавказа); chechil «спагетти» and other brine "
           "cheeses excluded; «2 пачки» is a quantity"),
        ("мацони или кефир", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "either matsoni or kefir would do; no store has either (no «кефир» title at all); «биокефирный», ряженка, "
           "йогурт, айран-type drinks absent as well"),
        ("мучка в/с", {
            "pyaterochka": ["3296712"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["91304", "2003107", "8065"],
        }, "wheat flour of the highest grade (Makfa высшего сорта 1 и 2 кг, Пышечка хлебопекарная высшего сорта); "
           "Рязаночка «ПШЕНИЧНАЯ ЭКСТРА» taken (экстра is the grade above высший, outside knowledge); Перекрёсток "
           "«Мука Пшеничная, 2кг» without a grade, wholemeal, rye and rice flour and the durum «крупка» (С.Пудовъ, "
           "semolina-type) excluded"),
        ("яйца 1 десяток", {
            "pyaterochka": ["3620510", "3446505"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3634491", "3662512", "3062836", "3446505", "4068694", "44323", "3062835"],
        }, "chicken eggs in packs of 10 (any class); 6 and 20 packs, quail eggs, Kinder eggs, mayonnaise «на перепелином "
           "яйце» excluded"),
    ]),
    # 03 Tatar chak-chak
    ("мёд цветочный, мука пшеничная 2кг пачка, яички с1 20 шт", [
        ("мёд цветочный", {
            "pyaterochka": ["3645764", "3645749"],
            "magnit": ["d32ff23653"],
            "dixy": E,
            "perekrestok": E,
        }, "natural honey titled «цветочный» (Медовый дом Южный цветок, Восточная липа «цветочный монофлорный», "
           "разнотравье); крем-мёд with raspberry / lemon-ginger fillers and honey-flavoured sweets, HALLS, Belvita "
           "and the ready «Чак-Чак ... медовый» (Караван-Сарай, Тимоша) excluded"),
        ("мука пшеничная 2кг пачка", {
            "pyaterochka": ["3296712"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["91304", "3231328", "8065"],
        }, "the pack is named (2 кг): wheat flour 2 kg packs only (Рязаночка Экстра, Makfa в/с, «Мука Пшеничная», "
           "Пышечка); 1 kg and 0.5 kg packs, wholemeal 1 kg, rye and rice flour excluded"),
        ("яички с1 20 шт", {
            "pyaterochka": ["3341462"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3341462"],
        }, "class С1 chicken eggs in a pack of 20 (Лето); packs of 10 and other classes (СО, отборные) excluded"),
    ]),
    # 04 Siberian pelmeni
    ("фарш свино-говяжий 1 кг, луковица репчатая 1 кг, сметанка 20%, перчик черный молотый пакетик", [
        ("фарш свино-говяжий 1 кг", {
            "pyaterochka": ["3673806"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "only Мираторг «свино-говяжий домашний» says pork+beef; pure beef (Мираторг, Рестория, Останкино), pure "
           "pork (Магнит «Фарш свиной»), chicken «Премиум» Петелинка, turkey, and Самсон «ДОМАШНИЙ» / Ближние горки "
           "«Деревенский» whose meat is not stated in the title excluded; stuffed olives («фарш.») are a trap; «1 кг» is "
           "a quantity"),
        ("луковица репчатая 1 кг", {
            "pyaterochka": E,
            "magnit": ["168721"],
            "dixy": E,
            "perekrestok": ["79012", "79135"],
        }, "fresh onions titled «Лук репчатый» (red and white taken); Ялтинский, шалот, «Лук салатный», the 3-onion "
           "set «Светофор», green onion, herb sets, pickled FEDERICI «Луковки», onion-flavoured snacks excluded; «1 кг» "
           "is a quantity"),
        ("сметанка 20%", {
            "pyaterochka": ["3664287"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929",
                            "3634033", "4314537", "58101"],
        }, "sour cream of exactly 20% (lactose-free Parmalat 20% incl.); 10/15/25/30%, sour-cream-flavoured snacks and "
           "«Сметанник» cake excluded"),
        ("перчик черный молотый пакетик", {
            "pyaterochka": E,
            "magnit": ["82dc754b2f"],
            "dixy": E,
            "perekrestok": E,
        }, "ground black pepper (Восточный гость молотый 50 г); KOTANYI «Мельница перец черный» is whole pepper in a "
           "grinder, pepper mixes, bell peppers excluded"),
    ]),
    # 05 Italian pasta
    ("пенне ригате, томаты в собственном соку 2 банки, пармизан хороший, olive oil extra virgin", [
        ("пенне ригате", {
            "pyaterochka": ["4037652", "18460"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "ribbed penne: Barilla «ПЕННЕ РИГАТЕ» and FEDERICI «ПЕРЬЯ РИФЛЕНЫЕ» (рифлёные перья = penne rigate, outside "
           "knowledge); Магнит Макфа «перья» (not said to be ribbed), Barilla «ПИПЕ РИГАТЕ», other shapes excluded"),
        ("томаты в собственном соку 2 банки", {
            "pyaterochka": ["3327872"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "canned tomatoes in their juice: Global Village «Томаты в томатном соке» 680 г taken as the same product "
           "(outside knowledge); marinated or salted tomatoes, tomato paste, sauces, juices and fresh tomatoes excluded; "
           "«2 банки» is a quantity"),
        ("пармизан хороший", {
            "pyaterochka": ["24647", "3462825", "3433812", "3650219"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3912980", "3206443", "3963977", "3433812"],
        }, "typo for пармезан: every parmesan, piece or grated (Чиз Гелери, LAIME, Dolce Granto, CASTELLO Reggianido, "
           "Зелёная Линия «Пармезан молодой»); fuet «с сыром пармезан», parmesan-flavoured crisps excluded; «хороший» is "
           "a wish, not a filter"),
        ("olive oil extra virgin", {
            "pyaterochka": ["4082388", "2153521"],
            "magnit": ["190b32a64b", "204571"],
            "dixy": E,
            "perekrestok": E,
        }, "extra virgin olive oil (Global Village нераф. Extra Virgin, Filippo Berio Organic EV / EV, Монини Экстра "
           "Вирджин); Global Village «Virgen Extra ... рафинированное с добавлением нерафинированного» (a refined blend "
           "despite the name), Магнит «Pure», olive mayonnaise and tuna in olive oil excluded"),
    ]),
    # 06 Asian noodles
    ("удон лапша 2 пачки, соус соевый киккоман, филе куриное грудка 1кг, болгарский перчик красный", [
        ("удон лапша 2 пачки", {
            "pyaterochka": ["3618857"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "udon wheat noodles; soba, funchoza, lagman noodles, instant noodles and frozen noodle dishes excluded"),
        ("соус соевый киккоман", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "the brand Kikkoman is required and no store has it; Thai-so, Чим-Чим, Сен Сой, Стебель бамбука soy sauces "
           "excluded"),
        ("филе куриное грудка 1кг", {
            "pyaterochka": ["3963723", "2160069", "2160026"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4328961", "2160069", "2173555", "3658841", "2160026", "3068079", "4306577"],
        }, "raw chicken breast fillet / skinless breast («Куриная грудка без кожи» taken as the shopper wrote «грудка»); "
           "Петелинка «Филе цыплёнка малое» taken as the inner breast fillet (outside knowledge); baked/grilled "
           "Зелёная Линия breast, thigh fillets, turkey and duck, whole birds excluded; «1кг» is a quantity"),
        ("болгарский перчик красный", {
            "pyaterochka": E,
            "magnit": ["169191"],
            "dixy": E,
            "perekrestok": ["6177"],
        }, "fresh red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); yellow "
           "pepper, «Перец в ассортименте», Рамиро (colour not stated), canned «Перец-гриль», black pepper excluded"),
    ]),
    # 07 Caucasian shashlik
    ("шея свиная 2 кг\nлавашик армянский тонкий\nсоус ткемали красный\nборжоми 2 бутылки", [
        ("шея свиная 2 кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": E,
            "perekrestok": E,
        }, "raw pork neck, boneless or on the bone, incl. Черкизово «Шейка п/ф из свинины» and Магнит «Стейк из шеи "
           "свинины, в маринаде» (raw, marinated); cooked-smoked РЕМИТ «Шейка к/в», beef neck, other pork cuts excluded; "
           "«2 кг» is a quantity"),
        ("лавашик армянский тонкий", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no lavash in any store; Mission tortillas are a different flatbread and excluded"),
        ("соус ткемали красный", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "the red tkemali is asked for; the only tkemali, Пятёрочка «Соус Кинто, Ткемали», does not say its colour and "
           "is left out (doubtful); аджика and other sauces excluded"),
        ("боржоми 2 бутылки", {
            "pyaterochka": ["3943982"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["81514", "3943982"],
        }, "Borjomi mineral water, any bottle size; other mineral waters (Ессентуки, Нарзан, Архыз) excluded"),
    ]),
    # 08 Ukrainian borsch
    ("свеколка для борща 1 кг, капустка белая кочан, сальце солёное с прослойкой, сметанки 15% банку", [
        ("свеколка для борща 1 кг", {
            "pyaterochka": E,
            "magnit": ["168801"],
            "dixy": E,
            "perekrestok": ["19768"],
        }, "fresh beetroot; juices with beet and beet salads excluded"),
        ("капустка белая кочан", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["4738b3129c"],
            "perekrestok": E,
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя»); sauerkraut, Chinese cabbage, broccoli, "
           "cauliflower salads excluded"),
        ("сальце солёное с прослойкой", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "salted salo with a meat layer is asked for; no title says «с прослойкой» - Перекрёсток «Сало Белорусское из "
           "шпика» (pure back fat), «Сало Русское солёное», Пятёрочка «Сало домашнее с чесноком» and smoked грудинка are "
           "left out (doubtful: a shopper might settle for plain salted salo)"),
        ("сметанки 15% банку", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": E,
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470",
                            "4314536"],
        }, "sour cream of exactly 15% in any tub (lactose-free 15% incl.); «банку» is the quantity/form every tub has; "
           "10/20/25% and sour-cream sauces excluded"),
    ]),
    # 09 Tatar echpochmak
    ("говядина мякоть, картохи 3 кило, тесто дрожжевое замороженое", [
        ("говядина мякоть", {
            "pyaterochka": ["3917642"],
            "magnit": ["199481"],
            "dixy": E,
            "perekrestok": E,
        }, "raw boneless beef (Мираторг «Мякоть бедра говяжья», Магнит «Лопаточная часть говядины, без кости»); "
           "Пятёрочка «говядина шейная часть газ 400гр» (bone not stated), marbled steaks «Пеппер»/«Бафоло», minced "
           "beef, tongue, stewed beef, smoked beef excluded"),
        ("картохи 3 кило", {
            "pyaterochka": E,
            "magnit": ["199751", "168701", "168671", "109571", "107511"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes of any kind and pack (мытый, красный, молодой, для жарки/варки); «3 кило» is the quantity "
           "wanted for a weighed good, not a pack filter; starch, crisps, «Картошка марципановая», KNORR mixes "
           "excluded"),
        ("тесто дрожжевое замороженое", {
            "pyaterochka": ["4022612"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "typo for замороженное: frozen yeast dough (Рестория); filo dough and Магнит yeast-free puff pastry "
           "excluded"),
    ]),
    # 10 beshbarmak (item 3 replaced after labelling, see README)
    ("баранина лопатка, лапша домашняя, бульон роллтон говяжий", [
        ("баранина лопатка", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no lamb in any store; pork and beef shoulders excluded"),
        ("лапша домашняя", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "home-style egg noodles; none sold - Роллтон «Куриная по-домашнему» (instant), Лагман-лапша, udon/soba, "
           "funchoza and vermicelli excluded"),
        ("бульон роллтон говяжий", {
            "pyaterochka": E,
            "magnit": ["e323427153"],
            "dixy": E,
            "perekrestok": E,
        }, "Роллтон beef bouillon (Бульон говяжий Домашний 90 г); Maggi seasonings and Роллтон instant noodles "
           "excluded"),
    ]),
    # 11 Korean salads
    ("морковча, кимчи острая капуста, рисовый уксус", [
        ("морковча", {
            "pyaterochka": ["3431787"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4400339"],
        }, "Korean-style carrot salad (Freshsecret, Белая Дача «по-корейски»); Магнит «Морковь по-корейски со спаржей» "
           "and «Цветная капуста с морковью по-корейски» are other salads, Leor «Морковь пикантная с баклажанами» and "
           "fresh carrots excluded"),
        ("кимчи острая капуста", {
            "pyaterochka": ["3906577"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "kimchi (Пан Чан «Салат Кимчи»); sauerkraut and Korean fish «Хе» excluded"),
        ("рисовый уксус", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no rice vinegar; Магнит apple vinegar excluded"),
    ]),
    # 12 sushi rolls
    ("рис для суши mistral, листы нори для роллов, имбирь маринованный, слабосоленый лосось", [
        ("рис для суши mistral", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no sushi rice of any brand; Мистраль rice for plov, basmati, jasmine, Кубань and «АКВАТИКА MIX» are other "
           "rices and excluded"),
        ("листы нори для роллов", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no nori sheets in any store"),
        ("имбирь маринованный", {
            "pyaterochka": ["3605848"],
            "magnit": ["169051"],
            "dixy": E,
            "perekrestok": E,
        }, "pickled ginger; candied ginger, ginger biscuits/lemonade excluded"),
        ("слабосоленый лосось", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3387453", "3387452"],
        }, "lightly salted salmon: Русское Море «Сёмга ... слабосолёная» (сёмга = Atlantic salmon); trout (форель) and "
           "sockeye (нерка) are other fish and excluded, as are frozen salmon steaks/soup sets, salads with salmon, "
           "«Икра мойвы с лососем»"),
    ]),
    # 13 Russian blini
    ("молочка 2.5% 2 литра, блинная мука подешевле, икра красная горбуши", [
        ("молочка 2.5% 2 литра", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": E,
            "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                            "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                            "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"],
        }, "cow drinking milk of exactly 2.5% (past./UHT/steril., children's Сарафаново incl., Магнит Вкуснотеево 0.2 л "
           "incl.); «2 литра» is the quantity wanted, not a pack; other fats, ranges, condensed, flavoured and coconut "
           "milk excluded"),
        ("блинная мука подешевле", {
            "pyaterochka": ["3232252"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "pancake flour mix: Аладушкин «Смесь БЛИНЫ ЦАРСКИЕ муч.» (блинная мука is such a mix, outside knowledge); "
           "plain flour, frozen blini and blinchiki excluded; «подешевле» is a wish"),
        ("икра красная горбуши", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3465904", "4437727", "4432583", "4323783", "4386122"],
        }, "pink-salmon (горбуша) red caviar; caviar of нерка, кета, кижуч, форель, Магнит «Икра лососевая зернистая» "
           "(species not stated), Пятёрочка СВК «ТУНГУТУН лос.» (species not stated), capelin/cod/vegetable «икра» "
           "excluded"),
    ]),
    # 14 Ukrainian vareniki
    ("творог 9% 2 пачки, вишня замороженная, сметанка домашняя", [
        ("творог 9% 2 пачки", {
            "pyaterochka": ["3634733"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4185866", "4216658"],
        }, "tvorog of exactly 9% (Вкуснотеево, Молочный знак 180 г and 800 г); other fats, soft/grained tvorog of other "
           "fat, children's biotvorog excluded; «2 пачки» is a quantity"),
        ("вишня замороженная", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no frozen cherries; cherry compote, juices, yoghurts and sweets with cherry excluded"),
        ("сметанка домашняя", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "«домашняя» (farm-style) sour cream is asked for; no title says домашняя/фермерская, so plain sour creams "
           "(Домик в деревне etc.) are left out (doubtful)"),
    ]),
    # 15 Greek salad
    ("фета, маслинки б/к, огурчики свежие 1 кг, черри помидорки красные", [
        ("фета", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4227953"],
        }, "cheese sold as feta (Sveza «фета нежная»); Сиртаки (a separate brine-cheese product), Фетакса (processed / "
           "«без рассола»), брынза, чечил excluded"),
        ("маслинки б/к", {
            "pyaterochka": ["4005881", "3436379", "3013064"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4249106"],
        }, "pitted black olives (маслины без косточки: Filippo Berio, IBERICA, Bonduelle, La Explanada); olives with "
           "stone, green olives, stuffed olives excluded"),
        ("огурчики свежие 1 кг", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3368258", "3682401"],
        }, "fresh cucumbers (короткоплодные, пупырчатые, Ботаника, fresh корнишоны 300 г; Перекрёсток «Огурцы Хрустящие, "
           "450г» taken as a fresh variety - no pickling word, priced like fresh, doubtful); pickled/salted cucumbers, "
           "Магнит «Ассорти Черри и Корнишоны» (a jar), «йогурт» stem hits excluded; «1 кг» is a quantity"),
        ("черри помидорки красные", {
            "pyaterochka": E,
            "magnit": ["168841", "169381", "107681"],
            "dixy": E,
            "perekrestok": ["3673307", "3676649"],
        }, "fresh red cherry tomatoes (Магнит titles do not state the colour; cherry tomatoes taken as red by default); "
           "Перекрёсток «Медовые оранжевые», cocktail and plum tomatoes, «Ассорти Черри и Корнишоны», Pepsi «Вайлд "
           "черри» excluded"),
    ]),
    # 16 Mexican tacos
    ("тортильи, фасоль красная в банке, кукуруза bonduelle", [
        ("тортильи", {
            "pyaterochka": ["3439566"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "wheat tortillas (Mission); tortilla chips would not count (none in stock)"),
        ("фасоль красная в банке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3635743"],
        }, "canned plain red beans (Маркет «натуральная»); Bonduelle «Красная фасоль в классическом Барбекю» (a beans-in-"
           "sauce dish), white beans, baked beans in tomato, bean salads excluded"),
        ("кукуруза bonduelle", {
            "pyaterochka": E,
            "magnit": ["111551", "213661"],
            "dixy": E,
            "perekrestok": ["16793", "3645521"],
        }, "Bonduelle/Бондюэль sweet corn, any can; Heinz, Globus, 6 соток, Знак Заботы, Юнона corn and Bonduelle peas "
           "excluded"),
    ]),
    # 17 Indian curry
    ("карри порошок, молоко кокосовое в банке, басмати 1 кг, куриные бедрышки", [
        ("карри порошок", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no curry powder; КУХМАСТЕР «Соус Карри» and Pringles «Тикка Масала» excluded"),
        ("молоко кокосовое в банке", {
            "pyaterochka": ["3495702"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "coconut milk for cooking (400 ml, 17-19% fat; the pack is taken to be a can, outside knowledge); Dove soap "
           "«кокосовое молочко» and coconut drinks excluded"),
        ("басмати 1 кг", {
            "pyaterochka": ["5722"],
            "magnit": ["7936bf2f6b"],
            "dixy": E,
            "perekrestok": E,
        }, "basmati rice (Мистраль, Националь 500 г); «1 кг» is a quantity; jasmine and other rice excluded"),
        ("куриные бедрышки", {
            "pyaterochka": ["4007208", "3364509"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4328962", "2160041", "3692842", "4250498", "4007208"],
        }, "raw chicken thighs, bone-in or fillet (incl. Первая свежесть «Бедро цыпл-табака»); drumsticks (голень, "
           "Магнит «в маринаде Алабама»), turkey and duck thighs, breasts excluded"),
    ]),
    # 18 Ossetian pie
    ("сыр осетинский, шпинат свежий, кефирчик 3.2%", [
        ("сыр осетинский", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no Ossetian cheese; suluguni, chechil and other brine cheeses are different cheeses and excluded"),
        ("шпинат свежий", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["78000187", "3369264", "4295871"],
        }, "fresh spinach (бэби, мини упаковка, Маркет Fresh «Салат Мини Шпинат»); the рукола-мангольд-шпинат mix, "
           "smoothies and yoghurts with spinach excluded"),
        ("кефирчик 3.2%", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no kefir of any fat in the offers"),
    ]),
    # 19 forshmak
    ("селедочка филе в масле, антоновка яблоки 1 кг, белый батон нарезной", [
        ("селедочка филе в масле", {
            "pyaterochka": ["4043492", "3497722", "3682728", "3626055", "3603143"],
            "magnit": ["8f5e5b9485", "29793287b9", "112371", "ee295ae8a7", "3068665d37"],
            "dixy": E,
            "perekrestok": ["79542", "4056953", "4034451", "79544", "4147685", "3497722", "4364448", "4367699",
                            "4367712", "3621742", "4360965", "4225103"],
        }, "herring fillet / fillet pieces in oil (with dill, onion or smoke aroma incl.; «ф/кус» = филе-кусочки; Пятёрочка "
           "«Сельдь Тесей Царская, в масле» taken as fillet pieces, outside knowledge); Тесей «Царская, с укропом» (oil "
           "not stated), РАПТИКА Icelandic herring «в пр.з.»/«в с.вик.», Магнит «ассорти По-шведски», fillets in wine or other "
           "«заливка», in brine, Матиас «деликатесное оригинальное» (oil not stated), whole/spiced herring, herring roe "
           "excluded"),
        ("антоновка яблоки 1 кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "the Antonovka variety is required and no store has it (Гренни Смит, Гала, Ред Делишес, «красные», "
           "«сезонные», Медовый хруст excluded); Белёвский «Зефир антоновский» is a trap"),
        ("белый батон нарезной", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "white «батон нарезной» loaves (Хлебный Дом «Звездный» нар. — «нар» read as нарезной, outside knowledge; "
           "Маркет «Батон Нарезной нарезка»); rye/grain breads, chocolate «батончики» excluded"),
    ]),
    # 20 Armenian tolma
    ("фарш бараний, виноградные листья, рис круглый для долмы", [
        ("фарш бараний", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no minced lamb; beef, pork, chicken, turkey mince excluded"),
        ("виноградные листья", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no vine leaves in any store"),
        ("рис круглый для долмы", {
            "pyaterochka": E,
            "magnit": ["106651", "106021"],
            "dixy": E,
            "perekrestok": E,
        }, "round-grain rice: titles saying «круглый» (Увелка Краснодарский, Мистраль «для плова ... круглый»); "
           "Мистраль «Кубань» and Пятёрочка plov rice (grain shape not stated), long-grain, basmati, jasmine excluded"),
    ]),
    # 21 Siberian ukha
    ("горбуша с/м\nлаврушка пакетик\nперец горошком\nводочки пол-литра самой дешевой", [
        ("горбуша с/м", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4351939"],
        }, "frozen pink salmon (Люди Любят «Горбуша филе порционное замороженое»); canned горбуша, горбуша caviar, "
           "salmon soup sets excluded"),
        ("лаврушка пакетик", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no bay leaf in any store"),
        ("перец горошком", {
            "pyaterochka": ["89001", "89000"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "whole peppercorns: KOTANYI «Мельница перец черный» and «4 ПЕРЦА в мельн.» (grinder packs of whole "
           "peppercorns, outside knowledge); ground pepper, «СМЕСЬ ПЕРЦЕВ» (form not stated), crushed pepper, green "
           "peas «горошек» excluded"),
        ("водочки пол-литра самой дешевой", {
            "pyaterochka": E,
            "magnit": ["2fc1277b9b", "1ea5fbb268", "199131", "202321", "202051", "199141", "202041", "167671",
                       "167591", "159761", "160071", "108971", "111501", "204991", "205771", "213221"],
            "dixy": E,
            "perekrestok": E,
        }, "plain vodka in 0.5 l bottles (пол-литра names the bottle); 0.25/0.375/0.45/0.7/1 l, and flavoured «особая» "
           "vodkas (Зеленая Марка Кедровая, Талка Сибирский Кедр особая, Перепелка, Хортиця, Зимняя Деревенька "
           "можжевеловая) excluded; «самой дешевой» is a wish, not a filter"),
    ]),
    # 22 okroshka
    ("квас для окрошки 2л, докторской колбаски 300 г, редиски пучок, укропчик свеженький", [
        ("квас для окрошки 2л", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no kvass in any store (Перекрёсток's «Окрошка» category holds eggs, sausage and herbs but no kvass)"),
        ("докторской колбаски 300 г", {
            "pyaterochka": ["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615",
                            "4221913", "4352000", "3347584", "3033317", "78001451"],
        }, "Докторская boiled sausage, any pack or by weight; «300 г» is the quantity wanted; Докторские сардельки/"
           "сосиски and Black Monster «Доктор» excluded"),
        ("редиски пучок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["25180"],
        }, "red radish (500 г pack taken: «пучок» is a quantity word); daikon excluded"),
        ("укропчик свеженький", {
            "pyaterochka": E,
            "magnit": ["109841"],
            "dixy": E,
            "perekrestok": ["4295468"],
        }, "fresh dill; dried dill, mixed herb sets, herring and cheese «с укропом» excluded"),
    ]),
    # 23 Chinese noodles
    ("лапша соба, устричный соус, лук зеленый пучок", [
        ("лапша соба", {
            "pyaterochka": ["3618853"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "buckwheat soba noodles; udon, funchoza, instant noodles and «Сдобная особа» (stem trap) excluded"),
        ("устричный соус", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no oyster sauce; soy and sweet-and-sour sauces excluded"),
        ("лук зеленый пучок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4295465"],
        }, "fresh green onion (Маркет Fresh 100 г); herb sets with onion, bulb onions excluded"),
    ]),
    # 24 Azerbaijani tea
    ("азерчай с бергамотом, пахлава, курага", [
        ("азерчай с бергамотом", {
            "pyaterochka": ["4062548"],
            "magnit": ["112311"],
            "dixy": E,
            "perekrestok": E,
        }, "Азерчай/Azercay black tea with bergamot (loose and bags); Азерчай «Букет» without bergamot and Earl Grey of "
           "other brands (Lipton, Richard, Twinings, Greenfield, Ahmad) excluded"),
        ("пахлава", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no pakhlava/baklava in any store"),
        ("курага", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no dried apricots; Велле oat product «Курага» excluded"),
    ]),
    # 25 Moldovan mamaliga
    ("крупа кукурузная, брынза овечья, сметана 25%", [
        ("крупа кукурузная", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no maize grits; corn starch, corn flakes, canned corn, corn snacks excluded"),
        ("брынза овечья", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "sheep's-milk brynza is asked for; Mlekara Sabac «Сербская брынза» does not say sheep's milk and is left out, "
           "as are Сиртаки and Фетакса"),
        ("сметана 25%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3665625"],
        }, "sour cream of exactly 25% (Домик в деревне); 15/20/30% excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzr"))
