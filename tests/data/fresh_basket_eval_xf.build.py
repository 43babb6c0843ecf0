#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xf.jsonl -- shopping lists of a household that cooks fish and seafood at home,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xf.build.py

LISTS below is literal data: 25 lists (3-4 items, 92 items) as a household would type them to a Telegram bot,
copied from fresh_basket_eval_xf.blind_lists.txt (written before any offer was read), and for every item the
product ids of every in-stock offer per store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin
and Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  One item (fxf22, third item) replaces a blind item because the
whole list was empty in every store; see fresh_basket_eval_xf.README.md, "Replacements".

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fxf01, fxf02, ... in LISTS order;
every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xf.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 cod with potatoes
    ("филе трески замороженное, картошечка кило 3, лимончика пару штук, укропчику пучок", [
        ("филе трески замороженное", {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen cod fillet: Магнит «Треска МАГНИТ филе без кожи, свежемороженая»; Магнит «ТРЕСКА полуфабрикат"
           " из замороженного сырья (СП ГМ)» (a store-made semi-finished product, not plain fillet), cod "
           "liver/roe tins, Polar fish triangles «из тресковых пород», cod pelmeni and cat food excluded; no "
           "other chain has cod fillet"),
        ("картошечка кило 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "3074469", "43968", "3142878", "3142879",
                            "3092450", "4342860"],
        }, "fresh raw potatoes of any variety and pack (loose, nets, 1-3 kg bags, baby, red, for "
           "boiling/frying); «кило 3» is the quantity of a weighed good, not a pack filter; батат, cooked peeled"
           " potatoes (Перекрёсток «Картофель варёный очищенный»), fries, puree, chips, ready dishes, Магнит "
           "«Картофель АЙДАХО (СП ГМ)» (a ready dish) and сырок/пирожное «Картошка» excluded"),
        ("лимончика пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose or 2-packs); Перекрёсток «Микс Лайм-лимон 1шт» (lime-lemon mix, unclear what one"
           " gets), lemon-flavoured goods, citric acid, olives with lemon excluded; «пару штук» is a quantity"),
        ("укропчику пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: no chain's offers hold a fresh dill bunch (only herrings/chips/sauces «с укропом», "
           "croutons «чеснок-укроп»); Дикси «ПЕТРУШКА УПАК» is parsley, not dill, excluded; missing everywhere"),
    ]),
    # L2 shrimp pasta
    ("криветки королевские варено-мороженые 1кг, чесночок пара головок, сливки 20 процентов для соуса к пасте, спагетти barilla 5ка", [
        ("криветки королевские варено-мороженые 1кг", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000595631"],
            "perekrestok": ["4269762", "3464112", "3420956", "3331822"],
        }, "royal (королевские) shrimps whose title says cooked-frozen (варено-мороженые), shell-on or peeled, "
           "any pack; «1кг» read as the quantity of shrimps wanted, not a pack filter; royal shrimps whose title"
           " does not say cooked (Дикси Мореслав «замороженные», Дикси Нортон 50/70, Перекрёсток «королевские "
           "50/70 замороженные»), raw (сыромороженые Polar, аргентинские, ваннамей, тигровые), shrimps not "
           "called royal (northern, Магнит «КРЕВЕТКИ варено-мороженые в панцире», Перекрёсток «неразделанные "
           "70/90»), shrimps in brine/marinade and dishes with shrimps excluded"),
        ("чесночок пара головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic heads (loose, 1 шт, Фермерский 150 г net, ранний); peeled cloves (Перекрёсток «отборный"
           " зубчиками 100г»: not heads), dried/granulated/minced/grated, salted, smoked garlic and garlic-"
           "flavoured goods excluded; «пара головок» is a quantity"),
        ("сливки 20 процентов для соуса к пасте", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000290041", "1000461012", "1000549783", "1812420003"],
            "dixy": [],
            "perekrestok": ["4316249", "3163857", "4267107", "44831"],
        }, "cream labelled exactly 20 % (sterilised or UHT, any pack); 10/11/33 % cream, Пятёрочка «PRESID.Крем "
           "слив.взбит.ул/паст.20%» (whipped-cream topping, not cream for cooking), milkshakes and curd with "
           "cream excluded; «для соуса к пасте» is a purpose, not a filter"),
        ("спагетти barilla 5ка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti n.5: Дикси «Barilla спагетти №5»; Barilla Spaghettini №3 (a thinner size), "
           "Спагеттони, баветте, букатини and other Barilla shapes excluded (the user named the n.5 size)"),
    ]),
    # L3 smoked mackerel and beer
    ("скумбрия холодного копчения целая, ржаной хлебушек в нарезке, пивко светлое 0.5 жигулевское", [
        ("скумбрия холодного копчения целая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole cold-smoked mackerel: none; Магнит Рыбная Миля «Косичка холодного копчения» (braided fillet "
           "strips) and Дикси Мореслав «кусочки холодного копчения» are not whole fish, Магнит Русское море "
           "«горячего копчения» is hot-smoked, Перекрёсток «Скумбрия 0.3-0.5 кг» does not say smoked, tins and "
           "Магнит «СКУМБРИЯ полуфабрикат» excluded; missing everywhere"),
        ("ржаной хлебушек в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3658457", "3965436"],
        }, "sliced bread that the title calls rye (Перекрёсток «Каравай Ржаной половинка нарезка», «Экохлеб "
           "Фермерский ржаной нарезка»); rye breads not said to be sliced (Грiдневъ 100% ржаной, Дарница, "
           "Старосельский, Рижский), rye-wheat breads (Бородинский, Дарницкий, Даниловский, «ржано-пшеничный»), "
           "the brand «Ржаной Край» (Магнит, Дикси, Перекрёсток; a brand word, as in set g), хлебцы and rye "
           "croutons excluded"),
        ("пивко светлое 0.5 жигулевское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "light beer 0.5 l of the Жигулёвское kind: none; Магнит «ЖИГУЛИ Барное» (a different brand, and all "
           "0.45 l), Дикси Жигули mango beer drink and other light beers excluded (brand and 0.5 l bottle/can "
           "required); missing everywhere"),
    ]),
    # L4 salmon rolls in lavash
    ("семужка слабосол., сырок креметте для рулетиков, огурчики длинные, лаваш тонкий пару пачек", [
        ("семужка слабосол.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted сёмга (Atlantic salmon): none; the salted fish on offer is trout (Магнит "
           "Океан/Меридиан, Перекрёсток Люди Любят/Пр!ст), горбуша, кета and herring, the salmon items are a "
           "frozen steak (Перекрёсток), Магнит Mare «рубленый подкопченный» and salmon paste/olives, all "
           "excluded; missing everywhere"),
        ("сырок креметте для рулетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Hochland «Креметте» cream cheese: no title names Креметте/Creamette; plain Hochland «Сыр творожный "
           "сливочный» (Магнит) is a different Hochland line (judgement), other cream cheeses excluded; missing "
           "everywhere"),
        ("огурчики длинные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000205870"],
            "perekrestok": ["3301324"],
        }, "long (long-fruited) fresh cucumbers: Дикси «Огурец длинноплодный», Перекрёсток «Огурцы длинные»; "
           "medium/short-fruited, smooth, prickly, Бакинские and unspecified cucumbers, pickled cucumbers "
           "excluded"),
        ("лаваш тонкий пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Перекрёсток Коломенский «Армянский тонкий» and «Лаваш Армянский Маркет» (Armenian "
           "lavash is the thin sheet kind — outside knowledge); «пару пачек» is a quantity"),
    ]),
    # L5 baked pink salmon
    ("горбуша целая замороженая без головы, маянез провансаль 67 пачка побольше, фольга для духовки", [
        ("горбуша целая замороженая без головы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole frozen headless pink salmon: none; Магнит «Горбуша МАГНИТ филе с кожей мороженая» is fillet, "
           "not a whole fish; tinned, salted, smoked, dried горбуша, caviar and breaded fillet excluded; missing"
           " everywhere"),
        ("маянез провансаль 67 пачка побольше", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219", "1000348713", "1000356802",
                       "1000422623", "1000501598", "1000556519", "1000556521", "1728400030", "1799700138", "8000045827", "2c23c84574",
                       "56ff8ec751", "7a519275b4", "7d31b46ae3", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803", "2000429651",
                     "2000539317", "2000570511", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4199312", "4259097", "4259098", "4297819",
                            "4331497", "4331500", "4331515", "4331518", "78193"],
        }, "mayonnaise whose title says Провансаль and 67 % (classic, «с лимонным соком», «оливковый»/«с маслом "
           "авокадо» Провансаль, Московский Провансаль «Классический»/«классический»), any pack; «маянез» is a "
           "typo and «пачка побольше» a wish, not a filter; 50.5/55 % Провансаль, Провансаль packs without a fat"
           " value (Перекрёсток Махеевъ 655 мл, ЯЛГ Московский Провансаль классический 700 г), 67 % mayonnaises "
           "not called Провансаль (Heinz Классический, Ряба/Слобода «Оливковый», Слобода «Московская», ЯЛГ "
           "«Чистый», «с лимонным соком» ЯЛГ), Московский Провансаль «Сливочный»/«на перепелиных яйцах» (other "
           "recipes of the brand) and mayonnaise sauces excluded"),
        ("фольга для духовки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking foil: no chain's offers hold kitchen foil (only a foil face mask in Магнит); missing "
           "everywhere"),
    ]),
    # L6 mussels in white wine
    ("мидии в раковинах замороженные, винцо белое сухое к рыбе, багетик хрустящий, маслице сливочное 82.5% несоленое", [
        ("мидии в раковинах замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4302634", "4302632", "4302633"],
        }, "frozen mussels in shells: Перекрёсток St.Andrews «чилийские в раковине» in white-wine, tomato-garlic"
           " and garlic-cream sauce (only the last title says замороженные; the St.Andrews range is sold frozen "
           "— outside knowledge); mussel meat (Магнит, Перекрёсток Vici/Agama/Маркет), mussels in "
           "brine/oil/marinade, salads, Vici «чилийские варено-мороженые» without «в раковине» (Магнит 400 г, "
           "Перекрёсток; the title does not say shells) and Перекрёсток «Мидии черноморские» (not said frozen) "
           "excluded"),
        ("винцо белое сухое к рыбе", {
            "pyaterochka": [],
            "magnit": ["01de06b977", "02507ad3f8", "04516a47c7", "0b845d9920", "0dacfed04a", "0f4d49c5a1", "15025c63db", "505d47a56d",
                       "55db4467cc", "58c42ead4d", "715024d773", "81e5535fde", "8664bd4027", "8fc27edd40", "9111e6bce0", "9e45b7a262",
                       "9e6ee9ccf9", "be67f7ed8c", "c6c844d469", "c96b9bca7c", "cd9e940465", "e216d600a4", "e37dec0c08", "e387b9ab8b",
                       "eb1742ab37"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still white dry wine of any grape/country (title «белое сухое»); semi-dry, semi-sweet, sparkling "
           "white and red/rosé wines excluded; «к рыбе» is a purpose; Пятёрочка and Дикси offers hold no still "
           "wine"),
        ("багетик хрустящий", {
            "pyaterochka": [],
            "magnit": ["46026081ca"],
            "dixy": [],
            "perekrestok": ["78007697", "78001023", "78010859"],
        }, "plain baguette: Магнит «Багет ПИКАНТНЫЙ (СП ГМ)» (in-store bakery baguette; «пикантный» taken as a "
           "plain variety — judgement), Перекрёсток «Багет Парижский», «Багет Традиционный», «Багет 230г»; "
           "garlic baguette halves (a filled/flavoured product), rye garlic baguette and Хрусteam «Багет» "
           "croutons excluded; «хрустящий» is a wish"),
        ("маслице сливочное 82.5% несоленое", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208",
                       "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391",
                     "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                            "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        }, "butter labelled 82.5 % (сливочное/сладкосливочное, incl. Пятёрочка «ТЫС.ОЗЕР Масло сл/слив.», Из "
           "Вологды, lactose-free Тысяча Озёр), any pack; butter whose title does not say «несолёное» is "
           "accepted too — no offer is salted and Russian сладкосливочное butter is unsalted unless labelled "
           "солёное (outside knowledge); 82 % butters (Arla Natura, JALO KERMA, President, Молочный знак, "
           "Киприно) and 72.5 % Крестьянское excluded (the written 82.5 must match)"),
    ]),
    # L7 squid with carrots
    ("кальмар тушка неочищеный, морковочки 1 кг, приправа для рыбы kotanyi, сметана простоквашино 15% 300г", [
        ("кальмар тушка неочищеный", {
            "pyaterochka": [],
            "magnit": ["b1aba46ee4"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen squid tubes whose title says unpeeled: Магнит «КАЛЬМАР Тушка, неочищенный свежемороженый»; "
           "squid tubes not said to be unpeeled (Пятёрочка Fish House «тушка», Магнит Бореалис командорский, "
           "Дикси Мореслав) excluded as the written form cannot be checked; dried squid snacks, squid "
           "salads/pastes excluded"),
        ("морковочки 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh raw carrots of any pack (loose, 1 kg bag, tray, mini); «1 кг» is the quantity of a weighed "
           "good; cooked peeled carrots (Перекрёсток Дмитровские Овощи), Korean carrot salads, juices, purees, "
           "mixes excluded"),
        ("приправа для рыбы kotanyi", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kotanyi seasoning for fish: none; Kotanyi carries pepper, paprika, garlic, potato/meat/grill "
           "seasonings only, and the only fish seasoning (Магнит «ВОСТОЧНЫЙ ГОСТЬ, к рыбе») is another brand; "
           "missing everywhere"),
        ("сметана простоквашино 15% 300г", {
            "pyaterochka": [],
            "magnit": ["2645f50028", "1000372785"],
            "dixy": ["2000024201"],
            "perekrestok": [],
        }, "Простоквашино sour cream 15 % in a 300 g pot; Простоквашино 15 % 180 g and «из топлёных сливок» 15 %"
           " 260 g (other sizes; the size names the pot), 10/20/25 % and other brands excluded"),
    ]),
    # L8 fried pollock
    ("минтай без головы, яички со 10шт, масло подсолнечное рафинированное 1л не олейна", [
        ("минтай без головы", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "headless frozen pollock: Магнит Borealis «ТУШКА БЕЗ головы»; Дикси Мореслав «тушка» and Перекрёсток "
           "Люди любят «тушка потрошеная» accepted because «тушка» in the fish trade means a headless gutted "
           "fish (outside knowledge); fillet (Магнит МАГНИТ филе, a different cut), Магнит «МИНТАЙ (филе) "
           "полуфабрикат из замороженного сырья» (store-made semi-finished products), pollock mince, roe and "
           "dishes excluded"),
        ("яички со 10шт", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4168688", "4201192", "4201194", "4236458", "4337164", "4352464", "4364349", "4085790"],
        }, "chicken eggs of class С0 (= СО = отборные, incl. Дикси Роскар «Экстра категория С0») in packs of 10;"
           " «со» read as С0, «10шт» as the pack; С1/С2, «высшей категории»/СВ, 1st category, packs of "
           "6/15/20/30 and quail eggs excluded"),
        ("масло подсолнечное рафинированное 1л не олейна", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000555852", "DI00079242", "2000005809", "2000003488"],
            "perekrestok": ["6275", "2093709", "2043188", "2068955", "2007886", "3426155", "21676", "4269568"],
        }, "refined sunflower oil in 1 l bottles of any brand except Олейна (the negative wish «не олейна» "
           "excludes exactly Олейна: Дикси «Олейна Классическая», Перекрёсток Олейна 1 л); unrefined, blends "
           "with olive/almond oil, flavoured, high-oleic 0.8 l, other sizes (0.8/0.9/1.7/1.8/2/2.7 l, spray) and"
           " Перекрёсток «Аведовъ подсолнечное 1л» (not said refined) excluded; Пятёрочка and Магнит offers hold"
           " no sunflower oil"),
    ]),
    # L9 salmon steaks with broccoli
    ("соус тартар хайнц, стейки лосося, брокколи замор. 400г, боржоми стекло", [
        ("соус тартар хайнц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz tartar sauce: none; the only tartar sauce is Перекрёсток Astoria «Тартар» (another brand) and "
           "Heinz offers hold ketchups/mayonnaise only; missing everywhere"),
        ("стейки лосося", {
            "pyaterochka": [],
            "magnit": ["22aebd2e7d"],
            "dixy": [],
            "perekrestok": ["4336040", "2068358"],
        }, "salmon (лосось/сёмга) steaks: Магнит «СТЕЙК ИЗ ЛОСОСЯ полуфабрикат из замороженного сырья» (a store-"
           "cut steak), Перекрёсток Люди любят «атлантический сёмга стейк», «Лосось Чили стейк»; steaks of other"
           " fish (нерка, кижуч, форель, зубатка, толстолобик) excluded («лосось» is Atlantic salmon — outside "
           "knowledge)"),
        ("брокколи замор. 400г", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019915", "3444750", "2125852", "3405386", "4225833", "3489151", "4152339",
                            "4238817", "2059262"],
        }, "frozen broccoli in 400 g packs; Магнит «Брокколи HORTEX 400г» accepted as frozen (Hortex is a "
           "frozen-vegetable brand — outside knowledge); 300 g, 700 g, 900 g and 1 kg packs (the size names the "
           "pack), fresh broccoli, broccolini/mini, broccoli-cauliflower mixes and purees excluded"),
        ("боржоми стекло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000188861"],
            "perekrestok": [],
        }, "Borjomi mineral water in a glass bottle: Дикси «Borjomi … в стекле, 0,5 л»; Borjomi in PET (Дикси "
           "0.5/0.75/1.25 l) and bottles whose material is not stated (Магнит 1.25 l, Перекрёсток 0.75 l), "
           "Borjomi Flavored Water excluded"),
    ]),
    # L10 herring and potatoes
    ("селедочка в масле матиас, картофель молодой мытый, водочка подешевле 0.5", [
        ("селедочка в масле матиас", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000179260"],
            "perekrestok": ["79543", "3164086"],
        }, "Матиас herring fillet in oil: Дикси «Матиас Деликатесная оригинальная в масле», Перекрёсток «Матиас "
           "филе в масле с приправами» and Санта Бремор «Матиас свежая зелень» (the Матиас fillets are packed in"
           " oil — outside knowledge; flavour not restricted by the item); other herrings in oil and salted "
           "herring excluded (brand written)"),
        ("картофель молодой мытый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "young (new-crop) potatoes: none; the only «молодой» potato is a baked ready dish (Перекрёсток "
           "«Картофель молодой с паприкой и чесноком запеченный»); ordinary washed and «Бэби» potatoes are not "
           "said to be young; missing everywhere"),
        ("водочка подешевле 0.5", {
            "pyaterochka": [],
            "magnit": ["090152c9de", "1ecbe55218", "32795289f4", "483a8735b1", "534137b00f", "5566ab37c4", "56c2c0738a", "5a09151d49",
                       "5d4a3d8744", "73f83e02e5", "9a3d8b810b", "a773f41952", "b96abc4aba", "eafc6715dd", "f8bb91864d", "f98a033259"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in a 0.5 l bottle, any brand (incl. «особая»/strong 45 % plain vodkas); "
           "«подешевле» is a wish; 0.7/1 l bottles, flavoured vodkas (Tundra «Морозный можжевельник», Зимняя "
           "деревенька «Можжевеловая», Graf Ledoff Lemon, Зеленая марка «Кедровая», Белая берёзка «Морозная "
           "клюква»), Кизлярка grape vodka and настойки excluded"),
    ]),
    # L11 sprats on Borodinsky bread
    ("шпроты в масле рижское золото, горошек зеленый bonduelle 2 банки, хлеб бородинский к шпротам, сок томатный с мякотью", [
        ("шпроты в масле рижское золото", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil of the Рижское золото brand: none; the sprats on offer (Магнит 5 Морей, Барс, Вкусные "
           "консервы, Знак качества) are other brands and Перекрёсток «Рижский Хлеб» is bread; missing "
           "everywhere"),
        ("горошек зеленый bonduelle 2 банки", {
            "pyaterochka": [],
            "magnit": ["68a96163bf", "08e4c89d92"],
            "dixy": ["2000313828", "1100075857", "0230306094"],
            "perekrestok": ["27460", "16791", "4059535", "3635251", "4283761", "3951175", "4188483"],
        }, "Bonduelle (БОНДЮЭЛЬ) green peas of any variety (Classique, молодой, нежный, стерилизованный) and tin"
           " size; «2 банки» is a quantity; Bonduelle Expert peas with carrots and other brands excluded"),
        ("хлеб бородинский к шпротам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky bread loaves (sliced or not); Магнит гренки BEERKA «Бородинские» and the brand «МД "
           "Бородина» (sausages) excluded; «к шпротам» is a purpose"),
        ("сок томатный с мякотью", {
            "pyaterochka": ["3652920"],
            "magnit": ["9e403e69fb", "135a3b5716", "ced6e1653e", "c31db3f9e2"],
            "dixy": ["2000550671"],
            "perekrestok": ["3612826", "3649437"],
        }, "single-vegetable tomato juice of any brand and pack; juices whose title does not say «с мякотью» "
           "(Пятёрочка «Сок Томат прямой отжим», Магнит Добрый/Рич/Сады Придонья, Дикси Любимый) accepted too, "
           "because tomato juice is sold with pulp (outside knowledge); Магнит Айдиас detox tomato-coriander-"
           "pepper-garlic mix and tomatoes in tomato juice excluded"),
    ]),
    # L12 sushi at home
    ("рис японский для роллов, соус соевый классика, имбирь маринованный розовый, васаби", [
        ("рис японский для роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3143475", "4285358"],
        }, "rice sold for sushi/Japanese cuisine: Перекрёсток Sen Soy «для суши», Market Collection «для "
           "японской кухни»; ordinary round-grain rice (Мистраль, Увелка, Националь, Маркет…) excluded — the "
           "user named the sushi kind"),
        ("соус соевый классика", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000260452", "2000322380"],
            "perekrestok": ["4130566"],
        }, "plain soy sauce: titles saying «классический» (Пятёрочка Стебель Бамбука, Дикси Sen Soy) and plain "
           "soy sauces that name no other flavour (Магнит МАГНИТ 1 л and Стебель Бамбука 280 г, Дикси Mivimex, "
           "Перекрёсток «Соус соевый, 30г»), since plain soy sauce is the classic one (judgement); Sen Soy "
           "«чёрный перец» sauce, soy drinks and soy asparagus excluded"),
        ("имбирь маринованный розовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4152880"],
        }, "pink pickled ginger: Перекрёсток Скатерть-Самобранка «розовый маринованный»; white pickled ginger "
           "(Маркет Fresh «белый», Скатерть-Самобранка «белый пастеризованный», «маринованный белый 20г») and "
           "pickled ginger whose colour is not stated (Takemura, Wike, Капустко, ФЭГ, Хрустальная Снежинка, "
           "Маркет, loose) excluded as the written colour cannot be checked; fresh, ground, candied ginger "
           "excluded"),
        ("васаби", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wasabi: none; the only wasabi title is Магнит Чико&Рико peanuts «Васаби» (a snack), excluded; "
           "missing everywhere"),
    ]),
    # L13 trout with asparagus
    ("форель охлажденная стейк, спаржа зеленая, лимон 3шт, перец черный молотый kotanyi", [
        ("форель охлажденная стейк", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chilled trout steak: none; the only trout steak is Дикси ВкусАрт «стейк, замороженная» (frozen, the "
           "user wrote chilled), the rest is salted trout; missing everywhere"),
        ("спаржа зеленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4119075", "4359842", "3449160", "78000180", "4126308", "4119673", "4344802"],
        }, "green asparagus: titles saying зелёная (Ла Бэлль, Планета Витаминов fresh and frozen, «Спаржа "
           "зелёная 1уп») and fresh asparagus whose colour is not stated (Перекрёсток «Спаржа Россия» 250/450 г,"
           " «Спаржа свежая 350г»; fresh asparagus is green unless labelled белая/фиолетовая — outside "
           "knowledge); white and purple asparagus, frozen «спаржа» without a colour (Всегда пожалуйста, Кружево"
           " Вкуса, Маркет Collection, loose — could be white), Korean-style soy asparagus salads and soy фучжу "
           "excluded"),
        ("лимон 3шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (as for fxf01 «лимончика пару штук»); «3шт» is a quantity; Перекрёсток «Микс Лайм-"
           "лимон», lemon-flavoured goods and citric acid excluded"),
        ("перец черный молотый kotanyi", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["ЦТ0046005"],
            "perekrestok": ["88780", "4088822"],
        }, "Kotanyi ground black pepper (any pack); Kotanyi black peppercorns and the grinder with whole pepper "
           "(Перекрёсток «в мельнице»), pepper mixes and other brands excluded"),
    ]),
    # L14 crab-stick salad
    ("крабовые палочки vici снежный краб, кукуруза консервированная сладкая, яйца куриные с1, майонез слобода 67% 400мл", [
        ("крабовые палочки vici снежный краб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4157138", "4112613", "3169222"],
        }, "Vici crab sticks of the «Снежный краб» line (frozen 500 g, «с мясом натурального краба» 170 g, 200 "
           "g); other Vici crab sticks (имитация, охлаждённые, «для рулетиков», Crabe De L'amour with filling), "
           "Магнит ВИЧИ crab sticks/meat (not Снежный краб), Меридиан/Новый Океан «Снежный краб» (other brands) "
           "and crab meat excluded"),
        ("кукуруза консервированная сладкая", {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963", "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn kernels (сладкая = сахарная) of any brand and tin; Bonduelle «Кукуруза 212мл/340г»"
           " and «Молодая» accepted as sweet corn (canned corn kernels are sweet corn — outside knowledge); corn"
           " snacks, flour, flakes, purees excluded"),
        ("яйца куриные с1", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "8000092349", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671", "2000601112"],
            "perekrestok": ["2109474", "2109476", "2131763", "3001671", "3062838", "3182856", "3303858", "3950938",
                            "4085791", "4088955", "4322003", "4229222"],
        }, "chicken eggs of class С1 (= «1 категории») in any pack (6/10/15/20/30); С0/СО/отборные, С2, СВ and "
           "quail eggs excluded"),
        ("майонез слобода 67% 400мл", {
            "pyaterochka": [],
            "magnit": ["1000233673", "da818e4a20", "1728400015", "1000016691"],
            "dixy": ["2000135999"],
            "perekrestok": ["3674577", "3636361", "3335647", "2108609"],
        }, "Слобода mayonnaise 67 % of any recipe (Провансаль, оливковый, на перепелиных яйцах, с маслом "
           "авокадо) in the medium ~400 ml pack: titles saying 400 мл, Магнит 375 г and Перекрёсток 400 г packs "
           "(375 g of mayonnaise ≈ 400 ml; the same doy-pack sold by weight — judgement); 94-230 g/100-230 ml, "
           "656-800 g/700-800 ml packs, Дикси Слобода «Московская» 700 мл, mayonnaise sauces and Слобода "
           "ketchups excluded"),
    ]),
    # L15 saury and rice
    ("сайра натуральная с маслом, рис круглый краснодарский, огурцы соленые в банке", [
        ("сайра натуральная с маслом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "saury: no offer of any chain holds сайра; missing everywhere"),
        ("рис круглый краснодарский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079260", "ЦТ0042579"],
            "perekrestok": ["3674360"],
        }, "round-grain rice from the Krasnodar region: Дикси Националь «Краснодарский белый круглозерный», "
           "Мистраль «Кубань круглозерный» (Дикси 900 г, Перекрёсток 5×80 г; Кубань = Krasnodar region rice — "
           "outside knowledge); round rice without origin (Увелка, Зернышко к зернышку, Маркет, Мистраль "
           "Италика, «Крупа Рис круглый»), Агро-Альянс «Экстра элитный кубанский» (grain shape not stated), "
           "long-grain/parboiled rice excluded"),
        ("огурцы соленые в банке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["4167094", "4149239", "2145531", "4260395", "4379607", "3976232", "4275316", "3609120",
                            "4260194"],
        }, "salted (солёные/бочковые, incl. малосольные бочковые and flavoured salted) cucumbers in glass-jar "
           "sizes (720 мл, 350 g Лукашинские, 670-950 g); marinated cucumbers and корнишоны (a different "
           "preserve), salted cucumbers in 300/500/600 g packs (Дикси «Огурцы соленые» 300/600 г and «Корнишоны,"
           " соленые» 500 г, Перекрёсток Маркет/Маркет Fresh 300/500 г — titles do not say jar and the sizes are"
           " those of counter packs; judgement) and Лукашинские «По-старорусски» (not said salted) excluded"),
    ]),
    # L16 red caviar for a holiday
    ("икра красная горбуши 100г, масло сливочное простоквашино 82%, шампусик брют на праздник", [
        ("икра красная горбуши 100г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pink-salmon (горбуша) red caviar in a 100 g jar: none; Дикси Московский рыбокомбинат «горбуша "
           "зернистая» is 90 g (the written 100 g names the jar), other red caviars do not name горбуша (Дикси "
           "«лососевая зернистая 1 сорт», Магнит «ИКРА КРАСНАЯ 95г») or are structured imitations (Магнит "
           "«структурированная», Дикси «Отборная/Русская», Три кита), trout caviar and palтус «черная» excluded;"
           " missing everywhere"),
        ("масло сливочное простоквашино 82%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Простоквашино butter: the Простоквашино offers are dairy (milk, kefir, сметана, творог, yoghurts) "
           "but no butter; other brands' 82 % butter excluded (brand written); missing everywhere"),
        ("шампусик брют на праздник", {
            "pyaterochka": [],
            "magnit": ["31844a02d1", "3372349d7b", "4eb78cec1b", "fc186391a3", "22ff9f18a9", "921bd70811", "36e4ecf3ef", "84ac7a2c5a",
                       "ed1f763e6d", "3524b141a3"],
            "dixy": [],
            "perekrestok": ["4006572"],
        }, "«шампусик» = sparkling wine (colloquially any игристое), brut of any colour and origin (Абрау-Дюрсо,"
           " Аристов, Шато Тамань, Crémant de Loire, Prosecco, Cava, Советское Шампанское розовое брют); "
           "экстрабрют (Абрау-Дюрсо Премиум экстрабрют), сухое, полусухое and sweet sparkling wines, champagne-"
           "flavoured sweets excluded; «на праздник» is a purpose"),
    ]),
    # L17 tilapia with couscous
    ("тилапия филе заморож, кускус мистраль, паприка копченая, масло оливковое extra virgin 0.5", [
        ("тилапия филе заморож", {
            "pyaterochka": [],
            "magnit": ["eb2286e376"],
            "dixy": [],
            "perekrestok": ["4362606"],
        }, "frozen tilapia fillet: Магнит МАГНИТ «филе без кожи, свежемороженое», Перекрёсток Люди Любят «филе "
           "без кожи мороженое»; Перекрёсток «Тилапия филе 0.15-0.3 кг» (counter fillet, not said frozen) "
           "excluded"),
        ("кускус мистраль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Мистраль couscous: no offer of any chain holds couscous (Мистраль offers are rice only); missing "
           "everywhere"),
        ("паприка копченая", {
            "pyaterochka": [],
            "magnit": ["bc8ee9164c"],
            "dixy": [],
            "perekrestok": [],
        }, "smoked paprika: Магнит КОТАНИ «Паприка копченая молотая»; plain red paprika (Восточный гость, КОТАНИ"
           " «Перец красный молотый»), pepper mix with paprika and paprika-flavoured goods excluded"),
        ("масло оливковое extra virgin 0.5", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000580798", "T000000850"],
            "perekrestok": ["3617469", "4063916", "27062", "4130610", "3666262", "3501259", "3444927", "3444926",
                            "2153521", "61549", "4343609"],
        }, "olive oil whose title says Extra Virgin (Пятёрочка «EXTR.VIR.»), unflavoured, in 500 ml bottles; "
           "200/250/375/750 ml and 1 l bottles, Barbera «Extra Vergine» 500 г (a weight-labelled bottle, not 0.5"
           " l — judgement), unrefined oils not called extra virgin (Anfosso, Cobram, Colavita «Mediterranean» 1"
           " л, De Cecco, Monini, Frantoi, Sita), flavoured EV oils (лимон, чеснок, трюфель), pomace and blends "
           "excluded"),
    ]),
    # L18 seafood pasta
    ("морской коктейль замороженный в масле, макарошки ракушки, сливки или сметана, пармезанчик тертый", [
        ("морской коктейль замороженный в масле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen seafood cocktail in oil: none meets both written forms; the cocktails in oil are chilled "
           "preserves (Пятёрочка Балтийский берег and «Оливковый МАРЕ», Магнит Вичюнай, МАРЕ, Pescatore "
           "Francesco — none said frozen) and the frozen ones are plain (Магнит «МОРСКОЙ КОКТЕЙЛЬ 1кг», «Морской"
           " коктейль МАГНИТ 500г», Дикси Shifudo «замороженный»), Меридиан «в рассоле» is in brine; missing "
           "everywhere"),
        ("макарошки ракушки", {
            "pyaterochka": [],
            "magnit": ["06594d00ff"],
            "dixy": ["2000437863"],
            "perekrestok": [],
        }, "dry pasta shells (ракушки): Магнит MAKFA «Ракушки», Дикси Роллтон «Ракушки с оливковым маслом» (dry "
           "pasta with olive oil in the dough); other shapes excluded; Belgian Harvest «Ракушки» chocolates "
           "excluded"),
        ("сливки или сметана", {
            "pyaterochka": ["44799"],
            "magnit": ["1000006089", "1000052910", "1000071969", "1000082622", "1000102474", "1000128456", "1000144079", "1000203662",
                       "1000208902", "1000219465", "1000237596", "1000237597", "1000241416", "1000253705", "1000290041", "1000299287",
                       "1000350169", "1000372781", "1000372784", "1000372785", "1000429067", "1000456519", "1000461011", "1000461012",
                       "1000461809", "1000461810", "1000463648", "1000506066", "1000537609", "1000549783", "1000553874", "1000558440",
                       "1000574404", "1000574405", "1812420003", "1899900582", "1899911837", "1899913371", "3201860040", "8000030079",
                       "8000035449", "8000056173", "8000057502", "8000068594", "8000072734", "2645f50028", "30145abd36", "4221528ef6",
                       "65c9123e96", "87741a9faa", "913cd14db9", "a15781b1ca", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000100619", "2000166052", "2000220966", "2000220967", "2000230594", "2000276122", "2000276139",
                     "2000279280", "2000294264", "2000411404", "2000411407", "2000509087", "2000509714", "2000509715", "2000544033",
                     "2000544034", "2000558211", "2000595012", "2000602951"],
            "perekrestok": ["29910", "3142744", "3166306", "3181748", "3391034", "3423443", "3431574", "3629029",
                            "3632833", "3632834", "3634035", "3651189", "3658372", "3667086", "4072176", "4087849",
                            "4095524", "4121582", "4121607", "4221355", "4221356", "4226994", "4229625", "4241375",
                            "4246009", "4250761", "4264297", "4271735", "4316249", "4320001", "4320002", "4335470",
                            "4349771", "4349772", "4376610", "3163857", "4267107", "4267108", "44799", "44831",
                            "44849", "68419"],
        }, "either cream or sour cream (any fat %, brand and pack, incl. whipping cream 33 % — Пятёрочка «ПЕТМОЛ"
           " Крем сливочный ул/паст.33%» is the same Петмол whipping cream that Перекрёсток titles «Сливки … для"
           " взбивания» —, coffee-cream portions, lactose-free and «из топлёных сливок» sour cream); Пятёрочка "
           "«PRESID.Крем слив.взбит.» (whipped-cream topping), Пятёрочка «Сметана … пикантная, с чесноком» (a "
           "seasoned product), curd «в сливках/со сметаной», «сметанный» mayonnaise, sauces, chips and ice cream"
           " excluded"),
        ("пармезанчик тертый", {
            "pyaterochka": [],
            "magnit": ["b10071458c", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784"],
        }, "grated parmesan (тёртый, any brand/pack, incl. Маркет «порционированный твёрдый тёртый»); parmesan "
           "in pieces/by weight (Laime, Dolce Granto весовой, Гранд, Чиз Галлери, Premiere of Taste, Дикси Laime"
           " 200 г, Маркет кусок), cream cheese with parmesan and ravioli excluded"),
    ]),
    # L19 chum salmon with tomatoes
    ("кета стейки замороженные, томатики розовые, rich апельсин 1л", [
        ("кета стейки замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen chum salmon (кета) steaks: none; Магнит «ПФ из рыбы Кета потр б/г» is a gutted headless fish "
           "(store-made), Перекрёсток кета is salted/cold-smoked slices; steaks of other fish excluded; missing "
           "everywhere"),
        ("томатики розовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh pink tomatoes (Азербайджанские розовые, грунтовые, фасованные 500 г); red, cherry, «сливка» "
           "and canned tomatoes excluded"),
        ("rich апельсин 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice 1 l: Дикси «Сок Rich апельсиновый, 1 л» (no product word was written; «апельсин» "
           "with Rich read as the juice); Rich apple/tomato juices, nectars, Rich Tea and tonics, other brands' "
           "orange juice excluded"),
    ]),
    # L20 herring under a fur coat
    ("филе сельди в масле санта бремор, свеколка для шубы, майонез махеевъ на перепелиных, яички 2 десятка", [
        ("филе сельди в масле санта бремор", {
            "pyaterochka": [],
            "magnit": ["7279e41fcb"],
            "dixy": [],
            "perekrestok": ["3164086"],
        }, "Санта Бремор herring fillet in oil: Магнит «Филе сельди САНТА-БРЕМОР, популярное» and Перекрёсток "
           "«Сельдь филе Санта Бремор Матиас свежая зелень» (both Santa Bremor fillet preserves in oil although "
           "the titles do not say «в масле» — outside knowledge); other Santa Bremor seafood (мидии, креветки, "
           "икра мойвы, pastes) and other brands' herring excluded"),
        ("свеколка для шубы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000414083", "DI00079991", "2000153342"],
            "perekrestok": ["45532", "4208428", "2140811", "2140807", "92844", "2143053", "3635806", "3635805",
                            "3635807", "49505", "13998", "4375880", "3368257", "82265", "3625863", "4299508",
                            "3378167", "786", "3444580"],
        }, "beetroot, raw or plain boiled (whole, peeled, cubed, julienne, bunches, young; «для шубы» is a "
           "purpose, plain boiled beet serves it); pickled/marinated beet, Korean beet salad, beet salads with "
           "garlic, dried beet snacks, мангольд (leaf chard), seeds, beet sugar, cabbage with beet excluded"),
        ("майонез махеевъ на перепелиных", {
            "pyaterochka": [],
            "magnit": ["269c8ab257"],
            "dixy": [],
            "perekrestok": [],
        }, "Махеевъ quail-egg mayonnaise: Магнит «МАХЕЕВЪ, на перепелином яйце, 50,5%, 770г» (no fat or size "
           "written); Махеевъ Провансаль/оливковый and other brands' quail-egg mayonnaise (Слобода, Mr. Ricco, "
           "ЯЛГ, Печагин) excluded"),
        ("яички 2 десятка", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014", "2047000033",
                       "3454700001", "1a8d487cea", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425", "2000326489",
                     "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "3950938", "4012802", "4076991", "4085791",
                            "4085792", "4088955", "4168688", "4201192", "4201194", "4236458", "4263543", "4337164",
                            "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs of any class in packs of 10 or 20 («2 десятка» = two packs of ten; a pack of 20 is the "
           "same two dozen — judgement); packs of 6/15/30, quail eggs and other egg products excluded"),
    ]),
    # L21 kitchen non-food
    ("губки для мытья посуды 10шт, фейри лимон 450, пакеты для мусора 60л с завязками, рукав для запекания 3м", [
        ("губки для мытья посуды 10шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges in a pack of 10: none; the only dish sponges are Магнит МАГНИТ НУЖНЫЕ ВЕЩИ «Макси, "
           "5шт.» (a pack of 5; the written 10 names the pack), shoe sponge excluded; missing everywhere"),
        ("фейри лимон 450", {
            "pyaterochka": [],
            "magnit": ["d0bd1a2d49", "551d8403a9"],
            "dixy": ["2000265727"],
            "perekrestok": [],
        }, "Fairy dish liquid lemon in 450 ml: Дикси «Fairy Сочный лимон, 450 мл», Магнит FAIRY «Сочный лимон, "
           "Апельсин-лимонник, 450мл» (two assortment cards listing the lemon variant); Fairy lemon 900 ml/1.35 "
           "l (other sizes), other Fairy scents (жасмин, ромашка, чайное дерево, Pure&Clean, арбуз) and Fairy "
           "dishwasher tablets excluded"),
        ("пакеты для мусора 60л с завязками", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags with ties: Магнит МАГНИТ НУЖНЫЕ ВЕЩИ «Мешки для мусора Био ушки 60л» (tie-handle "
           "«ушки» bags taken as «с завязками» — judgement); no other chain sells bin bags"),
        ("рукав для запекания 3м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "roasting sleeve: no chain's offers hold a baking/roasting sleeve (only pork ribs «для запекания»); "
           "missing everywhere"),
    ]),
    # L22 drinks
    ("чай зеленый greenfield в пакетиках, морсик клюквенный добрый, тархун черноголовка 1л", [
        ("чай зеленый greenfield в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield green tea in bags: none; every Greenfield offer (Дикси, Перекрёсток) is black tea or the "
           "herbal Spirit Mate, other brands' green tea excluded (brand written); missing everywhere"),
        ("морсик клюквенный добрый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый cranberry mors: none; the only Добрый mors is Перекрёсток «Морс Добрый виноград-клюква» (a "
           "grape-cranberry blend, not «клюквенный»), cranberry mors of other brands (Finnmors, Любимый клюква-"
           "виноград, J7 mixes) excluded (brand written); missing everywhere"),
        ("тархун черноголовка 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["20843"],
        }, "REPLACEMENT (see README «Replacements»): the blind item «тархун черноголовка 1.5» is missing in "
           "every store (Перекрёсток Черноголовка Тархун is 1 l; Магнит «ТАРХУН, Старые добрые традиции» 500 мл,"
           " Чудесное далеко, Пр!ст and Маркет тархун are other brands) and so was the whole list, so it was "
           "replaced by the 1 l size: Перекрёсток «Лимонад газированный Черноголовка Тархун, 1л»; other "
           "Черноголовка flavours (Байкал, Буратино, Дюшес, лимон) and other brands' тархун excluded"),
    ]),
    # L23 breaded hake
    ("хек тушка, панировочные сухари, кефир 1% простоквашино, лаврушка пачечка", [
        ("хек тушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hake tushka: none; Магнит «ХЕК СЕРЕБРИСТЫЙ, полуфабрикат из замороженного сырья (СП ГМ)» does not "
           "name the cut (store-made semi-finished product), Дикси Vici hake «в панировке» and Перекрёсток hake "
           "medallions are not whole headless fish, baby purees with hake excluded; missing everywhere"),
        ("панировочные сухари", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264338"],
            "perekrestok": [],
        }, "breadcrumbs: Дикси Магета «Сухари … панировочные»; sweet rusks with raisins, croutons (сухарики) and"
           " breaded products excluded"),
        ("кефир 1% простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000166045"],
            "perekrestok": ["3352331"],
        }, "Простоквашино kefir 1 %; Простоквашино 2.5/3.2 %, the fat-free strawberry «Кефирный коктейль» and "
           "other brands' 1 % kefir excluded"),
        ("лаврушка пачечка", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Магнит КОТАНИ «Лист лавровый 5г», Перекрёсток Пр!ст «Лист лавровый 10г»); «пачечка» is a"
           " quantity"),
    ]),
    # L24 tuna salad
    ("тунец консервированный в собственном соку, айсберг салатик, черри на ветке 250г, маслины без косточек иберица", [
        ("тунец консервированный в собственном соку", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "tinned tuna in its own juice: Дикси Fortuna «в собственном соку», and tuna labelled "
           "«натуральный/натуральное» (Магнит and Дикси Магуро, Дикси Знак Качества; «натуральный» tinned fish "
           "is packed in its own juice — outside knowledge), Перекрёсток Новый Океан skipjack «рубленый»/«филе-"
           "кусок» (the range's non-oil version sold beside the «в масле» ones — judgement); tuna in oil (Магуро"
           " «в масле», Новый Океан «в масле», Магнит Fortuna «д/м» = with added oil), Дикси ВК «филе рубленное»"
           " (medium not stated), frozen/counter tuna and tuna rillettes excluded"),
        ("айсберг салатик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "iceberg lettuce: no offer of any chain is iceberg lettuce; missing everywhere"),
        ("черри на ветке 250г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cherry tomatoes on the vine in a 250 g pack: none; the vine cherry tomatoes are 200 g (Дикси "
           "Виталион, Сладкая ягода; Перекрёсток Эко-Культура) or 500 g (Перекрёсток), and the 250 g packs "
           "(Дикси «в упаковке», «сливовидные», Перекрёсток «красные», «отечественные», Кумато, Микс) are not on"
           " the vine; the written 250 g names the pack and «на ветке» the form; salted/marinated cherry "
           "excluded; missing everywhere"),
        ("маслины без косточек иберица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000011668"],
            "perekrestok": [],
        }, "Iberica pitted olives/black olives: Дикси «Маслины Iberica Mini черные без косточки»; other brands' "
           "pitted olives excluded (brand written)"),
    ]),
    # L25 baked dorado and staples
    ("дорадо 2 шт, соль морская крупная, розмарин, молоко 2.5% только не ультрапастеризованное", [
        ("дорадо 2 шт", {
            "pyaterochka": [],
            "magnit": ["c78c2a2c89"],
            "dixy": [],
            "perekrestok": ["3651444", "81555"],
        }, "dorado (gilt-head bream), whole fish: Перекрёсток «Дорадо 400-600 Турция», «Дорадо Турция 0.2-0.6 "
           "кг», Магнит «ДОРАДО, полуфабрикат из замороженного сырья (СП ГМ)» (store-prepared dorado; no form "
           "was written); «2 шт» is a quantity; сибас excluded"),
        ("соль морская крупная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coarse sea salt: none; the sea salts on offer are fine or medium (Магнит Мареман «Средняя», Дикси "
           "Крымская мелкий/средний помол, 4Life «мелкая», Маркет «помол №0») or do not state the grind "
           "(Перекрёсток Зелёная Линия Крымская, Маркет морская йодированная), and the coarse salt (Перекрёсток "
           "«Соль поваренная пищевая крупная») is rock salt; bath salt excluded; missing everywhere"),
        ("розмарин", {
            "pyaterochka": [],
            "magnit": ["2c6456acd6"],
            "dixy": [],
            "perekrestok": [],
        }, "rosemary: Магнит КОТАНИ «Розмарин, Нарезанный» (dried; no form was written); crackers, bread and "
           "lemonade with rosemary excluded; no chain sells fresh rosemary"),
        ("молоко 2.5% только не ультрапастеризованное", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "8000029029", "1000037901", "1000445487", "1051242602", "1000563706",
                       "1000035016"],
            "dixy": ["2000024178", "2000313238"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916"],
        }, "cow drinking milk labelled exactly 2.5 % that is not ultra-pasteurised: pasteurised milk, Магнит "
           "Агуша children's «стерилизованное» 200 мл and Магнит Домик в деревне «2,5%, 1,4л» (processing not "
           "stated; the negative wish «только не ультрапастеризованное» excludes exactly the UHT milk); every "
           "«ультрапастеризованное» 2.5 % milk (Магнит Домик в деревне 950 г, Минская марка, Из Вологды; Дикси "
           "Сафiйка, Село Зеленое, Хуторок, «в ассортименте»; Перекрёсток Молочный знак, Пр!ст), топлёное milk "
           "(Перекрёсток Зелёная Линия) and kefir 2.5 % excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxf"))
