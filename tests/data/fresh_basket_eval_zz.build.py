#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zz.jsonl -- 25 shopping lists for cooking Asian and fish dishes at home,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zz.build.py

LISTS below is literal data: 25 lists (3-4 items, 86 items) written blind, before any offer was read
(fresh_basket_eval_zz.blind_lists.txt; the texts here are byte-identical to it), and for every item the
product ids of every in-stock offer of each store that a reasonable shopper who typed exactly that item
would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; each item's note records what
was accepted, what was deliberately left out and any judgement resting on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  No matcher or tool code was
read.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in
order -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fzz01..fzz25 in
LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zz.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzz01
    ("рис для суши мистраль, нори, васаби в тюбике, имбирь маринованый", [
        ("рис для суши мистраль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rice titled for sushi («для суши»/«японика») of Мистраль exists; Мистраль round-grain «Кубань»/«Италика» and other brands' sushi rice (Sen Soy «для суши», Market Collection «для японской кухни») excluded because the brand and the kind were both written"),
        ("нори", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nori sheets for rolls; Пятёрочка «Чипсы Нори» and Дикси «Чипсы нори Naitori» (seaweed snacks) excluded, nothing else is nori"),
        ("васаби в тюбике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wasabi paste; only Магнит peanuts «Васаби» and horseradish (хрен) exist, both excluded"),
        ("имбирь маринованый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3665698", "3482300", "3361489", "4152879", "4152880", "3665823", "3683949", "4028338",
                            "4276518", "4187203", "4187188", "4305773", "4305772", "4130670", "3644567", "3686056"],
        }, "pickled ginger of any colour (розовый/белый, weighed or packed, Takemura, Wike, Капустко, ФЭГ, Хрустальная Снежинка, Маркет); Скатерть-Самобранка «белый пастеризованный» accepted as pickled sushi ginger (outside knowledge: white gari is pasteurised in marinade); fresh root, ground ginger, candied ginger and «в сахаре» excluded"),
    ]),
    # fzz02
    ("соус терияки для курицы, лапша удон 2 пачки, филе куриное 1 кг", [
        ("соус терияки для курицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "teriyaki sauce; none sold as a sauce — ready meals «курица терияки», «вок рис … терияки» and cashews «в соусе терияки» excluded"),
        ("лапша удон 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon noodles; none — Домшим «Сомен» (thin wheat noodles), soba, egg noodles and lagman noodles are different noodles; «2 пачки» is a quantity"),
        ("филе куриное 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555",
                            "3946764", "4329298", "3653837", "52888", "3191300", "78003876", "3362832", "3940063",
                            "4312563", "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498",
                            "3216279", "3336397"],
        }, "raw chilled chicken breast fillet of any brand (филе грудки, филе цыплёнка/цыплёнка-бройлера taken as breast fillet, «малое» inner fillet, Петелинка/Петруха «медальоны» from breast, Перекрёсток «Филе курицы в маринаде» raw in marinade); thigh fillet, «Филе грудки … на кости» (breast on the bone), cooked dishes and turkey excluded; «1 кг» is the quantity of a weighed good, not a filter; Магнит and Пятёрочка have no chicken fillet"),
    ]),
    # fzz03
    ("королевские креветки замороженные неочищенные, чеснока головку, лимон пару штук, сливки 20 для соуса", [
        ("королевские креветки замороженные неочищенные", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["4360313", "4364088", "4269762", "69215", "3420956"],
        }, "frozen shrimp titled «королевские» and not peeled (в панцире, с головой, неразделанные, без головы in shell, or no peeling stated — shrimp are sold in shell unless «очищенные» is written); Дикси Нортон «Королевские 50/70» taken as frozen (outside knowledge); peeled королевские (Agama, «очищенные с хвостиками»), vannamei/Argentine/northern/tiger shrimp not titled королевские, shrimp in brine and shrimp skewers excluded"),
        ("чеснока головку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic heads (weighed, «в упаковке 1 шт», Фермерский Чеснок 1 шт/150 г, ранний); peeled cloves «зубчиками», dried/granulated/grated, salted garlic excluded; «головку» is the form wanted"),
        ("лимон пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or packed; the Перекрёсток «Микс Лайм-лимон» pack, lemonades and lemon-flavoured goods excluded; «пару штук» is a quantity"),
        ("сливки 20 для соуса", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "cooking/drinking cream of exactly 20 % (UHT or sterilised, any pack); 10/11/33 % excluded; Пятёрочка «PRESID.Крем слив.взбит.ул/паст.20% 250г» taken as a whipped-cream product, not cream, and excluded (outside knowledge); «для соуса» is a purpose, not a filter; Дикси sells no cream"),
    ]),
    # fzz04
    ("лосось стейки 2 шт, рис басмати для гарнира, брокколи замор.", [
        ("лосось стейки 2 шт", {
            "pyaterochka": [],
            "magnit": ["22aebd2e7d"],
            "dixy": [],
            "perekrestok": ["4336040", "2068358"],
        }, "salmon steaks (Магнит «СТЕЙК ИЗ ЛОСОСЯ», Перекрёсток «Лосось … сёмга стейк» and weighed «Лосось Чили стейк»); кижуч, нерка, trout steaks, salmon fillet/pieces/tushka excluded (лосось taken as Atlantic salmon/сёмга); «2 шт» is a quantity"),
        ("рис басмати для гарнира", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice of any brand (Dunar, Shanti «Басмати Селла» = parboiled basmati, Увелка in bags); jasmine and other long-grain rice excluded; «для гарнира» is a purpose"),
        ("брокколи замор.", {
            "pyaterochka": [],
            "magnit": ["6692f38506", "21a3b30de8"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817", "2059262", "4320949"],
        }, "frozen broccoli (any brand, incl. mini florets); Магнит HORTEX «Брокколи 400г» taken as frozen (outside knowledge: Hortex sells frozen vegetables); fresh broccoli/broccolini, broccoli–cauliflower mixes, baby purees excluded"),
    ]),
    # fzz05
    ("тунец консервированный в с/с 2 банки, яйца со 10 шт, огурчики для салата, майонез для салата с тунцом", [
        ("тунец консервированный в с/с 2 банки", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice: titles «в собственном соку» or «натуральный/натуральное» (natural canned fish = без масла) and Новый Океан «рубленый»/«филе-кусок» whose sibling packs say «в масле» (outside knowledge); tuna in oil («в масле», «д/м»), Дикси «Тунец ВК филе рубленное» and «ТУНЕЦ ДЛЯ САЛАТА КАПИТАН ВКУСОВ» (medium not stated), frozen tuna, tuna pâté/риет excluded; «2 банки» is a quantity"),
        ("яйца со 10 шт", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4364349", "3392204", "4337164", "4352464", "3356111", "3432532",
                            "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "chicken eggs of category С0 (=СО=«отборные») in packs of 10; С1/С2, «высшей категории» (СВ), packs of 6/15/20/30 excluded (the count names the pack)"),
        ("огурчики для салата", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                            "2131726"],
        }, "fresh cucumbers of any kind (гладкие, колючие, короткоплодные, длинные, Бакинские); Перекрёсток weighed «Огурцы Хрустящие» taken as fresh (price per kg as for fresh cucumbers); pickled/salted/canned cucumbers (ШЕСТЬ СОТОК «хрустящие» 720 мл, Globus, Дядя Ваня) excluded; «для салата» is a purpose"),
        ("майонез для салата с тунцом", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000108624", "d8bbb63f48", "5861fc587f", "ddda8365b8", "2c23c84574", "269c8ab257", "d2dba12ffc", "1b1e1ef668",
                       "53cac67445", "1000520539", "1000077733", "1000558908", "1000077734", "1000498096", "1799700138", "1000450507",
                       "1000501598", "56ff8ec751", "7d31b46ae3", "1000554514", "1000556519", "1000556521", "f0f427f9d4", "da818e4a20",
                       "b624a9bb8a", "7a519275b4", "1000277219", "1000169172", "8000045828", "1728400015", "1799900201", "8000045827",
                       "1000233673", "1728400030", "1000179908", "1000016691", "8000023980", "fa82a39b34", "1000351363", "1000422623",
                       "1000014596", "1000356802", "1000348713", "8000056331", "8000059708", "1000104853", "1000070834"],
            "dixy": ["2000567053", "2000570511", "2000202331", "T000005518", "ЦТ0040573", "2000593851", "2000409572", "2000204803",
                     "2000156539", "ЦТ0027566", "2000265607", "2000265115", "1100075125", "2000000160", "2000202332", "2000530112",
                     "2000186981", "ЦТ0044024", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000572811", "2000602611",
                     "2000306265", "2000202369", "2000172969", "2000176263", "2000599457"],
            "perekrestok": ["4284062", "3425670", "3640161", "3425669", "3412258", "4072721", "2047206", "4339442",
                            "2093561", "4261699", "4259098", "4259097", "4297819", "3677986", "4331515", "4331518",
                            "4331533", "4279915", "4331500", "4331497", "3016147", "3467275", "3419671", "3636361",
                            "3674577", "3193489", "78193", "3389322", "2162564", "3335647", "2108609", "3163111",
                            "4225978", "4199312", "3029014", "4112954", "4105769", "3695167"],
        }, "every mayonnaise (any brand, fat, provençal/olive/quail-egg/lemon variants); «соус майонезный» and herring in mayonnaise excluded; «для салата с тунцом» is a purpose, not a filter"),
    ]),
    # fzz06
    ("сайра в масле 3 шт, картошки 2 кг, лук 2 шт", [
        ("сайра в масле 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury in oil; no saury of any kind in the offers (mackerel, sprats and tuna are other fish); «3 шт» is a quantity"),
        ("картошки 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469",
                            "43968", "3092450"],
        }, "fresh potatoes, loose or bagged, any variety (красный, бэби, для жарки/варки); sweet potato (батат), boiled peeled, frozen cut potatoes, sweets «Картошка» excluded; «2 кг» is the quantity of a weighed good"),
        ("лук 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (репчатый, red, peeled, in nets/packs); dried onion and onion-flavoured snacks excluded; «2 шт» is a quantity"),
    ]),
    # fzz07
    ("соба гречневая лапша, шиитаке сушеные, масло кунжутное", [
        ("соба гречневая лапша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000023442"],
            "perekrestok": ["4061765"],
        }, "buckwheat soba noodles (Sen Soy Premium Soba, Домшим Соба гречневая); buckwheat-flour spirals (Зелёная Линия «Спиральки из гречневой муки») and other noodles excluded"),
        ("шиитаке сушеные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried shiitake; none — dried porcini (белые сушёные) and other mushrooms are different"),
        ("масло кунжутное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sesame oil; none — Магнит «Заправка салатная Кунжутная» is a dressing, sesame seeds are not oil"),
    ]),
    # fzz08
    ("рисовую лапшу, креветки очищенные, арахис жареный несоленый, лайм", [
        ("рисовую лапшу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry rice noodles; none — ready dishes (Фо Бо/Фо Га «с рисовой лапшой», «Лапша рисовая с морепродуктами Шеф»), рисовая мука and Токпокки rice sticks excluded; funchoza is bean vermicelli, not rice noodles"),
        ("креветки очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4328813", "4116769", "3464112", "3331822"],
        }, "peeled shrimp, frozen (tiger, Argentinian, королевские «очищенные»); shrimp preserves in brine/заливка (Санта Бремор, Русское Море, Два Капитана «в рассоле») excluded as a different product; unpeeled shrimp excluded"),
        ("арахис жареный несоленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain roasted unsalted peanuts; only Магнит СЕМУШКА «жареный, соленый» (salted) and flavoured ЧИКО&РИКО peanuts exist, excluded"),
        ("лайм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["325", "3678347"],
        }, "fresh limes (weighed, Маркет Fresh 3 шт); the «Микс Лайм-лимон», mojito kit and lime-flavoured goods excluded"),
    ]),
    # fzz09
    ("кальмар тушки самые дешевые, мука пшеничная для кляра, масло раст. рафинированное для фритюра", [
        ("кальмар тушки самые дешевые", {
            "pyaterochka": ["c4476447bc"],
            "magnit": ["b1aba46ee4", "92c8a76c40"],
            "dixy": ["2000602540"],
            "perekrestok": [],
        }, "frozen squid tubes/carcasses («тушка») of any brand; dried/salted squid snacks, squid salads and squid in sauce excluded; «самые дешевые» is a wish"),
        ("мука пшеничная для кляра", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "ЦТ0037862", "2000578792", "2000317163", "ЦТ0044481", "2000576791", "2000553733",
                     "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91320", "91321",
                            "16318", "3605057", "3373613", "4029085", "4326495", "3681817", "4262616", "2037765",
                            "3626914", "2107396", "3394693", "3394703", "2112692", "3502351", "3346668", "2112693"],
        }, "wheat flour of any grade/brand (высший, экстра, хлебопекарная, whole-grain, Manitoba, self-raising «Кондитерская»); Перекрёсток «Мука Тихорецкая особая» and «Мука Царь, 1кг» taken as wheat flour (outside knowledge / same maker's «пшеничная» pack); gluten-free mixes, 7-grain, rice/rye/corn/buckwheat etc. flours excluded; «для кляра» is a purpose"),
        ("масло раст. рафинированное для фритюра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000283309", "2000005808", "2000555852", "2000154498", "DI00079242",
                     "2000005809", "2000003488", "ЦТ0039503", "2000563791", "2000210260"],
            "perekrestok": ["4117517", "4231371", "3197302", "4218020", "6275", "2093709", "2043188", "2068955",
                            "4022580", "2007886", "64128", "2046261", "3340103", "3426152", "3426155", "23714",
                            "3454645", "21676", "3478098", "2147548", "4277755", "4269569", "4269568", "3642040"],
        }, "refined vegetable oil (sunflower, high-oleic sunflower, corn, grapeseed, refined avocado oil; spray included), any brand and size; oils whose title does not say рафинированное (Аведовъ, Getuva, Altero with almond/wheat germ), flavoured Almador oils, unrefined/cold-pressed oils and olive oil excluded; «для фритюра» is a purpose; Магнит and Пятёрочка sell no such oil"),
    ]),
    # fzz10
    ("семужка слабосоленая, сыр филадельфия для роллов, авокадо 2 шт спелые", [
        ("семужка слабосоленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted сёмга (Atlantic salmon); no salted salmon/сёмга in the offers — lightly salted trout, кета, горбуша and smoked fish excluded as different fish/preparations"),
        ("сыр филадельфия для роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Philadelphia cream cheese (brand written); no Philadelphia offer — other cream/curd cheeses (Hochland, Violette, Almette, Савушкин, Экомилк, Cream Nuvo) excluded since the brand is required; «для роллов» is a purpose"),
        ("авокадо 2 шт спелые", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360"],
        }, "fresh whole avocados (loose, 1–2 шт packs, 500–700 г and 1 кг trays, Hass, ready-to-eat); Перекрёсток «Авокадо свежий без косточки 300г» (processed halves) and avocado-flavoured/cosmetic goods excluded; «2 шт» is a quantity and «спелые» a wish"),
    ]),
    # fzz11
    ("фунчозу, морковка по корейски, соус устричный, перец сладкий красный 2 шт", [
        ("фунчозу", {
            "pyaterochka": ["d7d44e6c8e"],
            "magnit": ["07265a036c"],
            "dixy": [],
            "perekrestok": ["3980622", "4326610"],
        }, "funchoza (bean/glass vermicelli): Домшим, Зелёная Линия; Магнит СЭН СОЙ «вермишель фунчоза и японский соус мисо» accepted as a funchoza pack with a sauce sachet; salads and mixes with funchoza (Кореяна, «Микс по-корейски», Шеф salad) excluded"),
        ("морковка по корейски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000566992", "2000209090"],
            "perekrestok": ["4356605", "4356606", "4317162", "4052638", "4183217", "4263716", "4263718", "2090393",
                            "4286023", "4285982"],
        }, "Korean-style carrot salad (морковь по-корейски / «морковь пикантная по-корейски»), any pack; carrot mixed with asparagus, seaweed or cabbage and other Korean salads excluded"),
        ("соус устричный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "oyster sauce; none"),
        ("перец сладкий красный 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red sweet (bell) pepper; none in the offers — marinated peppers, chili and black pepper excluded; «2 шт» is a quantity"),
    ]),
    # fzz12
    ("скумбрию х/к, горбуша целая с/м, укроп свежий для рыбы", [
        ("скумбрию х/к", {
            "pyaterochka": [],
            "magnit": ["1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "cold-smoked mackerel (Мореслав «кусочки холодного копчения», РЫБНАЯ МИЛЯ «Косичка холодного копчения»); hot-smoked, canned and frozen mackerel and Перекрёсток weighed «Скумбрия 0.3-0.5 кг» (preparation not stated) excluded"),
        ("горбуша целая с/м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole frozen pink salmon; none — Магнит «Горбуша МАГНИТ филе с кожей мороженая» is fillet, the rest are canned, salted, smoked or dried"),
        ("укроп свежий для рыбы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill; none (only dill-flavoured goods and herring «с укропом»)"),
    ]),
    # fzz13
    ("имбирь корень свежий, мед гречишный к имбирю, лимоны для чая с имбирем, чай зеленый с жасмином в пакетиках", [
        ("имбирь корень свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root (weighed «Имбирь», «Имбирь, 300г»); pickled, ground, candied and dried ginger excluded"),
        ("мед гречишный к имбирю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey (Маркет «Мёд Гречишный», Маркет Перекрёсток «Мёд гречишный»); other honeys (цветочный, липовый, горный, акациевый …) and крем-мёд excluded; «к имбирю» is a purpose"),
        ("лимоны для чая с имбирем", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or packed; lime-lemon mix, lemonades and lemon-flavoured goods excluded; «для чая с имбирем» is a purpose"),
        ("чай зеленый с жасмином в пакетиках", {
            "pyaterochka": [],
            "magnit": ["45d9a874e0"],
            "dixy": [],
            "perekrestok": [],
        }, "green tea with jasmine in tea bags: Магнит ПРИНЦЕССА ЯВА «Жасмин, 25 пакетиков»; plain, lime, strawberry, mojito green teas, loose-leaf teas and bottled iced tea excluded"),
    ]),
    # fzz14
    ("рис круглозерный 2 кг, соус унаги, уксус рисовый для риса", [
        ("рис круглозерный 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743", "DI00080510"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127", "3143475", "4285358"],
        }, "round-grain white rice of any brand and pack (900 г, 500 г, 5×80 г, 4×125 г), incl. rice sold for sushi/Japanese cuisine (Sen Soy «для суши», Market Collection «для японской кухни») and Дикси Агро-Альянс «элитный кубанский» (Kuban rice is round-grain; outside knowledge); «2 кг» read as the quantity wanted, not a pack size (no 2-kg pack exists); medium-grain, risotto (Адриатика, Бальдо), pilaf, long-grain, parboiled and mixes excluded"),
        ("соус унаги", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unagi (eel) sauce; none"),
        ("уксус рисовый для риса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rice vinegar; none (only grape vinegar and olives «с винным уксусом»); «для риса» is a purpose"),
    ]),
    # fzz15
    ("паста том ям, кокосовое молоко для том яма, креветки тигровые, шампиньончики", [
        ("паста том ям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tom yum paste; none"),
        ("кокосовое молоко для том яма", {
            "pyaterochka": [],
            "magnit": ["1000389522"],
            "dixy": [],
            "perekrestok": [],
        }, "coconut milk for cooking: Магнит Thai Coco 5-7 % 400 мл; coconut plant drinks (Alpro/Planto «Кокосовый с рисом»), coconut flour/sugar and flavoured goods excluded; «для том яма» is a purpose"),
        ("креветки тигровые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4328813"],
        }, "tiger shrimp: Перекрёсток Camimex «тигровая … очищенная»; other shrimp species excluded"),
        ("шампиньончики", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            "perekrestok": ["4270844", "59120", "4280106", "3669839", "2071820", "3685051", "4136012", "3622668",
                            "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh button mushrooms (white or королевские, mini, whole or sliced 200–300 г trays, weighed, «для гриля»); canned, marinated, frozen and cooked champignons excluded, incl. Перекрёсток 400 г «резаные» Маркет/Пр!ст and Пятёрочка «ДСК Грибы Шампиньоны 400 г» taken as canned (as in fresh_basket_eval_g); a produce word means fresh produce"),
    ]),
    # fzz16
    ("минтай филе, сухари панировочные, сметана 15% к рыбе", [
        ("минтай филе", {
            "pyaterochka": [],
            "magnit": ["b9c33693bc", "21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pollock fillet (Магнит «МИНТАЙ филе» п/ф, МАГНИТ «филе без кожи»); pollock tushka (whole gutted), minced pollock, breaded portions excluded"),
        ("сухари панировочные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264338"],
            "perekrestok": [],
        }, "breadcrumbs for coating: Дикси «Сухари Магета панировочные»; sweet rusks with raisins and snack croutons excluded"),
        ("сметана 15% к рыбе", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e", "2645f50028",
                       "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449", "1000558440", "8000057502",
                       "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "sour cream of exactly 15 % (any brand/size, incl. «из топлёных сливок» and lactose-free); 10/20/25/30 % and Пятёрочка «пикантная, с чесноком» (flavoured) excluded; «к рыбе» is a purpose"),
    ]),
    # fzz17
    ("шпроты 2 банки подешевле, печень трески натуральная 2 банки, горошек bonduelle нежный", [
        ("шпроты 2 банки подешевле", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil of any brand (5 МОРЕЙ, БАРС, ВКУСНЫЕ КОНСЕРВЫ крупные, ЗНАК КАЧЕСТВА); Вкусные консервы «с халапеньо» (flavoured) excluded; «2 банки» is a quantity and «подешевле» a wish"),
        ("печень трески натуральная 2 банки", {
            "pyaterochka": [],
            "magnit": ["43e66c8a47"],
            "dixy": [],
            "perekrestok": [],
        }, "canned natural cod liver: Магнит ВКУСНЫЕ КОНСЕРВЫ «По-мурмански» accepted as natural cod liver (outside knowledge: that line is cod liver in its own fat); cod roe and pâtés excluded; «2 банки» is a quantity"),
        ("горошек bonduelle нежный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["1100075857"],
            "perekrestok": ["3635251"],
        }, "Bonduelle green peas of the «Нежный» line (Дикси 200 г, Перекрёсток 300 г); Bonduelle Classique/Молодой/plain and other brands' «нежный» peas excluded"),
    ]),
    # fzz18
    ("лапша яичная для вока, соус сладкий чили, бедрышки куриные без кости, орешки кешью", [
        ("лапша яичная для вока", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4307631", "4061766"],
        }, "dry egg noodles (ВЕРОНИ «яичная по-домашнему», Маркет «Домашняя яичная», Домшим «яичная»); «для вока» is a purpose, not a kind; other noodles (лагманная, бесбармачная, soba) excluded"),
        ("соус сладкий чили", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweet chili sauce; none — Перекрёсток «Соус Чим-Чим чили с лаймом» is not titled sweet and is excluded, as are chili spices and marinated chili"),
        ("бедрышки куриные без кости", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "boneless chicken thighs = thigh fillet (филе бедра куриное/цыплёнка); bone-in thighs (Магнит БЕДРО КУРИНОЕ, ПЕТЕЛИНКА, ПЕТРУХА), turkey thigh fillet and beef excluded"),
        ("орешки кешью", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4279869", "3640845", "4314008", "3428417", "3948591", "3942814", "4280430", "4252731",
                            "3900342", "4314009", "3649109", "4306959", "4304105", "3942810", "4259621", "4303530"],
        }, "plain cashew nuts — roasted, dried or raw, loose or packed, incl. roasted «с морской солью»; seasoned cashews (перец, карри, паприка, травы, чеснок, мёд-кунжут, «со специями», терияки), cashew sweets and vegan «cheese» excluded"),
    ]),
    # fzz19
    ("стейк тунца, приправа для рыбы, рукола", [
        ("стейк тунца", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tuna steak; none — Перекрёсток «Тунец филе 0.05-0.15 кг» and «Тунец желтоперый филе-кусочки» are fillet pieces, not steaks; canned tuna excluded"),
        ("приправа для рыбы", {
            "pyaterochka": [],
            "magnit": ["353d67aeeb", "77bfcf7953"],
            "dixy": [],
            "perekrestok": [],
        }, "seasoning for fish (CAPO DI GUSTO «Приправа д/рыбы», ВОСТОЧНЫЙ ГОСТЬ «к рыбе»); other seasonings excluded"),
        ("рукола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rucola/rocket; none alone — leaf mixes with rucola (Дикси «Микс Руккола мангольд и шпинат», Перекрёсток «рукола-мангольд-мицуна») excluded"),
    ]),
    # fzz20
    ("крабовые палочки vici, кукуруза сладкая в банке, рис длинный пропаренный", [
        ("крабовые палочки vici", {
            "pyaterochka": [],
            "magnit": ["4f11f65802"],
            "dixy": ["2000307177"],
            "perekrestok": ["4157138", "4112613", "3169222", "4124683", "3204340", "26084", "2154175", "2154177",
                            "3408151", "4034752"],
        }, "Vici/ВИЧИ crab sticks (chilled, frozen, «Снежный краб», «с мясом краба», «для рулетиков», Vici «Палочки сурими» taken as crab sticks); Vici «крабовое мясо», Crabe De L'amour sticks with sauce filling and other brands excluded"),
        ("кукуруза сладкая в банке", {
            "pyaterochka": [],
            "magnit": ["cfc404aebb", "a869e5b9ba", "d2de35fd7c", "27836bac30", "fb00d5f8b1"],
            "dixy": ["2000163950", "2000279948", "DI00079261", "10E0064890", "1041027555", "2000313796", "2000556891", "2000318963"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn of any brand and size (сладкая/сахарная, Bonduelle and «Молодая» taken as sweet corn — canned kernel corn in Russia is sweet corn, outside knowledge); corn flakes, sticks, purees and salads excluded"),
        ("рис длинный пропаренный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310624", "2000180346", "0230703063", "2000002128", "T000024619"],
            "perekrestok": ["3674166", "57930", "3603168", "3608320", "3469125"],
        }, "parboiled (пропаренный) rice, taken as long-grain where the title does not say (outside knowledge: parboiled rice in Russia is long-grain); non-parboiled long-grain rice, basmati «Селла», jasmine and mixes excluded"),
    ]),
    # fzz21
    ("икра горбуши, масло сливочное 82.5 для бутеров с икрой, багетик", [
        ("икра горбуши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000530894"],
            "perekrestok": [],
        }, "pink-salmon caviar: Дикси «Икра лососевая … горбуша зернистая»; caviar without species (Дикси «Икра лососевая зернистая 1 сорт», Магнит «ИКРА КРАСНАЯ»), trout caviar, «структурированная»/«Отборная» imitation and flavoured roe excluded"),
        ("масло сливочное 82.5 для бутеров с икрой", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642", "1000151122",
                       "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070", "2000602271",
                     "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241",
                            "3698785", "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367",
                            "4196090", "4135603", "3922315"],
        }, "butter of exactly 82.5 % (сливочное/сладко-сливочное, any brand or size, incl. lactose-free); 82 % (Arla Natura, Молочный знак), 72.5 % and spreads excluded; «для бутеров с икрой» is a purpose"),
        ("багетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78007697", "78001023", "78010859"],
        }, "plain baguettes (Парижский, Традиционный, «Багет 230г»); garlic and rye baguettes, Магнит «Багет ПИКАНТНЫЙ» (flavoured) and baguette croutons excluded"),
    ]),
    # fzz22
    ("мидии замороженные, вино белое сухое для мидий, петрушка свежая, сливки 10% для соуса", [
        ("мидии замороженные", {
            "pyaterochka": [],
            "magnit": ["b2721e5104"],
            "dixy": [],
            "perekrestok": ["4289553", "4363513", "4032672"],
        }, "frozen mussels plain (VICI «Чилийские варено-мороженые», in shell or meat); mussels in sauces (St.Andrews, Викинг), preserves in oil/brine/marinade, Перекрёсток weighed «Мидии черноморские» (state not stated) excluded"),
        ("вино белое сухое для мидий", {
            "pyaterochka": [],
            "magnit": ["55db4467cc", "04516a47c7", "9e6ee9ccf9", "c6c844d469", "0f4d49c5a1", "e216d600a4", "9111e6bce0", "8664bd4027",
                       "0b845d9920", "715024d773", "9e45b7a262", "c96b9bca7c", "0dacfed04a", "15025c63db", "eb1742ab37", "8fc27edd40",
                       "e387b9ab8b", "58c42ead4d", "02507ad3f8", "01de06b977", "e37dec0c08", "81e5535fde", "cd9e940465", "be67f7ed8c",
                       "505d47a56d"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still white dry wine of any origin and grape; sparkling wines (incl. «Кава … белое сухое»), semi-dry, semi-sweet and red/rosé excluded; «для мидий» is a purpose"),
        ("петрушка свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); herb-flavoured ketchup excluded"),
        ("сливки 10% для соуса", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609", "3201860040", "1000052910",
                       "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "cream of exactly 10 % (sterilised/UHT, any pack, incl. «для кофе» and 10×10 г portions — «для соуса» is a purpose, not a filter); 11 % Parmalat and other fats excluded"),
    ]),
    # fzz23
    ("форель слабосоленая, пармезан тёртый для пасты, спагетти barilla 5", [
        ("форель слабосоленая", {
            "pyaterochka": [],
            "magnit": ["af11d0a75a", "d049c4430b", "989af23711"],
            "dixy": [],
            "perekrestok": ["4362529", "4362530", "4066444"],
        }, "lightly salted trout (fillet slices or piece, МЕРИДИАН, ОКЕАН, Люди Любят, Пр!ст), incl. Магнит 3 FISH «Форель Пивной набор слабосоленый»; Пятёрочка «Форель, Балтийский Берег, 200 г» (preparation not stated), trout steaks, caviar and other fish excluded"),
        ("пармезан тёртый для пасты", {
            "pyaterochka": [],
            "magnit": ["b10071458c", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784"],
        }, "grated parmesan (Дольче, Dolce Granto, Маркет, Зелёная Линия); parmesan pieces/weighed, grated cheese mixes («4 сыра», «Три Сыра») excluded"),
        ("спагетти barilla 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti №5 (Дикси «Barilla спагетти №5»); other Barilla shapes (Spaghettini №3, Спагеттони, Bavette №13, Букатини) excluded"),
    ]),
    # fzz24
    ("лапша рамен, соевый соус sen soy, лук зеленый перо, яйца десяток с1 для рамена", [
        ("лапша рамен", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "ramen noodles: Доширак «Чан рамен» (instant ramen, the only noodles sold as ramen); other instant noodles excluded"),
        ("соевый соус sen soy", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000260452"],
            "perekrestok": [],
        }, "Sen Soy soy sauce (Дикси «Соус Sen Soy соевый классический»); other soy sauces (Mivimex, Стебель Бамбука, МАГНИТ, unbranded 30 г) and Sen Soy «чёрный перец» sauce excluded"),
        ("лук зеленый перо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green onions; none (only bulb onions and microgreens)"),
        ("яйца десяток с1 для рамена", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of category С1 («1 категории») in packs of 10; С0/СО/отборные, С2, packs of 6/15/20/30 excluded; «для рамена» is a purpose"),
    ]),
    # fzz25
    ("куркума, карри приправа, кориандр молотый, рис жасмин", [
        ("куркума", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "turmeric; none (only a Dove balm «с куркумой» and a drink mix «куркума и имбирь»)"),
        ("карри приправа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635518"],
        }, "curry seasoning: Перекрёсток «Приправа карри Маркет Перекрёсток»; curry sauces (HEINZ «Карри-манго») and curry-seasoned cashews excluded"),
        ("кориандр молотый", {
            "pyaterochka": [],
            "magnit": ["4664254ad9"],
            "dixy": [],
            "perekrestok": [],
        }, "ground coriander: Магнит ВОСТОЧНЫЙ ГОСТЬ «Кориандр … молотый»; whole coriander seed and fresh кинза excluded"),
        ("рис жасмин", {
            "pyaterochka": ["3674167"],
            "magnit": [],
            "dixy": ["2000288318"],
            "perekrestok": ["39747", "4290674", "3634156", "3608771"],
        }, "jasmine rice (Мистраль, Увелка, Маркет Collection); Перекрёсток Националь «Золото Таиланда» accepted as Thai jasmine rice (outside knowledge); other long-grain rice excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzz"))
