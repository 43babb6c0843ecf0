#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wv.jsonl -- 25 shopping lists of a single father with two school-age
children (weekday breakfasts and dinners, school snacks asked for in the children's words, household
items), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wv.build.py

LISTS below is literal data: 25 lists (3-5 items, 94 items) as typed to a Telegram bot, and for every
item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly
that item would accept.  The list texts were written blind, before any offer was read, and saved in
fresh_basket_eval_wv.blind_lists.txt (read-only); this script first checks that every list text is
exactly the blind draft, except for the items recorded in REPLACED (a list whose items were all
missing in all four stores had one item replaced by a similar item that some store carries).
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each item records
what was accepted, what was deliberately left out and any judgement that rests on outside knowledge.
An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were
made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) then checks that every id exists in
real_offers_g.jsonl *for that store* and is in stock, that no id repeats within an item, that every
item has a note and that the labels are exactly the list's items in order (an item is the text
between commas / new lines), writes the JSONL (ids fwv01, fwv02, ... in LISTS order, every list in
split "fresh") and labelled_lists.stats prints the counts.
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wv.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wv.blind_lists.txt")

# list id -> (item text in the blind draft, item text that replaced it); see the README, "Replacements"
REPLACED = {
    "fwv09": ("пищевую пленку 30 м в коробке", "бумажные полотенца на кухню"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwv01
    ("молоко 3.2% 2 пачки, хлопья шоколадные nesquik, бананы штуки 4 для школы, сырки чудо", [
        ("молоко 3.2% 2 пачки", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                      "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488",
                      "1000127183", "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272",
                      "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                    "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised, children's milk Агуша/Тема, "
           "lactose-free Аммм «с 8 месяцев», Зелёная Линия «для детского питания», Дикси «в ассортименте» 3.2%); "
           "топлёное, ranges 3.2-4/3.2-6, Дикси Му-у «Для капучино», Магнит «отборное» without a fat value, "
           "condensed/dry/goat milk excluded; «2 пачки» is a quantity"),
        ("хлопья шоколадные nesquik", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik breakfast cereal in any store; Пятёрочка NESQUIK is the cocoa drink, Перекрёсток «Шарики "
           "Ухтышки со вкусом шоколада» and other brands' cereals are not Nesquik (brand written) - missing "
           "everywhere"),
        ("бананы штуки 4 для школы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. Перекрёсток «Бананы Био» and «Бананы красные» (no variety written); «Бананы для "
           "жарки» (plantains), dried/вяленые bananas, banana-flavoured dairy/purees excluded; «штуки 4», «для "
           "школы» are quantity/purpose"),
        ("сырки чудо", {
            "pyaterochka": [],
            "magnit": ["1000149410", "1000149411", "758f114f7c", "9119334841", "2a66b2b012"],
            "dixy": [],
            "perekrestok": [],
        }, "glazed/curd сырки of the brand Чудо (Магнит Кокос, шоколад, ЧУДО Десерт, чизкейк-манго); Чудо "
           "творожки/десерты, yoghurts, milkshakes and other brands' сырки excluded"),
    ]),
    # fwv02
    ('яйца с1 десяток на завтраки\nмасло сливочное 82.5 простоквашино пачку\nхлеб тостовый для бутеров утром\nсыр для бутербродов подешевле', [
        ("яйца с1 десяток на завтраки", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs class С1 / «1 категории» in packs of 10 (Latin «C1» in Магнит incl.); С0/СО/отборные, С2, "
           "СВ «высшей категории», packs of 6/15/20/30 and quail eggs excluded"),
        ("масло сливочное 82.5 простоквашино пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no butter of the brand Простоквашино in any store (the brand is sold only as milk/kefir/sour "
           "cream/tvorog); other brands' 82.5% butter excluded because the brand was written - missing everywhere"),
        ("хлеб тостовый для бутеров утром", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread: Магнит Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый; other sliced breads/batons, "
           "хлебцы and гренки excluded"),
        ("сыр для бутербродов подешевле", {
            "pyaterochka": ["3388814", "3367104", "3637088", "6e1075104f"],
            "magnit": ["8000046709", "0086507076", "8000032666", "1000578533", "1000500641", "1000500639",
                      "1000500635", "1000500634", "1000426484", "bb94e30976", "e2a74deed4", "be2dd7f6c8",
                      "1b8b3c9113", "f524067ea6", "07ea28435e", "f7f5ec29c3", "1000367086", "1000367084",
                      "1000387429", "1000316963", "1000242775", "1000451006", "1000242776", "1000316960",
                      "1000316962", "1000316961", "e1ddb3122f", "f6d00325e6", "bdf248d14f", "59a960bc76",
                      "4a1b7dbb6f", "8000068573", "959ebe85ab", "13cdfe21e3", "a296745f42", "f3ad590715",
                      "1000074377", "1000564747", "1000567797", "f1ec862f1b", "612aa92a54", "19a309a351",
                      "8000032665", "1000057898", "267e62ed23", "0ff9b3b851", "9408329d97", "90021816c1",
                      "f55c16f629", "ca5cdad8ff", "1000278400", "8000046707", "8000076647", "1000318957",
                      "1000452314", "1000352345", "1000565717", "1000383360", "8000040121", "eea589ee34",
                      "31ddd058b1", "8000072121", "aa8307af5f", "1000512567", "1000332012", "1000560446", "27147c26e5"],
            "dixy": ["2000588771", "2000420018", "2000302672", "2000365650", "2000397447", "2000397412", "2000184737",
                    "2000325240", "2000176772", "2000279127", "2000281063", "2000282400", "2000209050", "2000557451",
                    "2000300247", "2000578151", "2000407435", "2000566494", "2000541532", "2000578152", "2000579911"],
            "perekrestok": ["4357611", "4353317", "4296930", "3500346", "3500347", "4353316", "3668882", "3629975",
                           "4370306", "4274229", "3501004", "3505826", "4003954", "4003953"],
        }, "sliceable hard/semi-hard cheese in blocks, by weight or sliced (Российский, Гауда, Маасдам, Тильзитер, "
           "Ламбер, Чеддер, Сливочный, Грюйер, Асьяго, Качотта, flavoured semi-hard with nuts/herbs incl.); soft, "
           "brine and pasta-filata cheeses (моцарелла, боккончини, фета/фетакса, брынза, сулугуни, адыгейский, "
           "халуми incl. the brand «Бутербродов», чечил, косичка, пряди, скаморца, качокавалло, Гиагинский "
           "«Охотничий» копчёный), mould cheeses, ricotta/mascarpone/cream cheese, плавленый/творожный, grated, and "
           "grating cheeses (пармезан, Гойя, Hard Extra колотый, Белпер Кнолле) excluded; Предгорье Кавказа "
           "«Ассорти» and Город сыра «Гурманский копчёный» excluded as smoked Caucasian/processed types (outside "
           "knowledge); Магнит «Cheese House Cheese 20%» taken as a light semi-hard cheese; «подешевле» is a wish"),
    ]),
    # fwv03
    ("наггетсы куриные, картошку фри в духовку, кетчуп хайнц не острый", [
        ("наггетсы куриные", {
            "pyaterochka": [],
            "magnit": ["fd1fdcfdd7", "a36ebb7d8a"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets: Магнит Мираторг «НАГГЕТСЫ КУРИНЫЕ», Золотой Петушок «традиционные» (a chicken brand - "
           "outside knowledge); Индилайт turkey nuggets, стрипсы, Перекрёсток «Полосочки»/«Медальоны куриные в "
           "рисовых хлопьях» excluded"),
        ("картошку фри в духовку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000553851"],
            "perekrestok": ["4326042", "3489169"],
        }, "frozen French fries: Дикси «Картофель фри И зимой И летом», Перекрёсток «Картофель Фри замороженный» and "
           "«Картофель фри дольки быстрозамороженные»; Перекрёсток Пр!ст «Картофель резаный быстрозамороженный» (not "
           "called фри), Магнит «Картофель АЙДАХО (СП ГМ)» (ready dish) and chips excluded"),
        ("кетчуп хайнц не острый", {
            "pyaterochka": ["3387265", "2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4295651", "4157356", "4274972", "4116830", "4154517", "4157702", "4274973"],
        }, "Heinz ketchups that are not hot: томатный and Итальянский (incl. Перекрёсток «Heinz Pikador томатный», "
           "titled Heinz); острый, суперострый, гриль/шашлык, «с чесноком и пряностями», «укроп-петрушка для "
           "шашлыка» excluded as spicy or grill varieties; Дикси «Pikador» without Heinz in the title, other brands "
           "and Heinz sauces excluded"),
    ]),
    # fwv04
    ("пельмешки самые дешевые что есть, сметанки 15% баночку к пельменям, хлеб черный нарезкой на ужин", [
        ("пельмешки самые дешевые что есть", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                      "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000596853", "2000596852", "2000596851", "2000282673", "2000558274", "2000318344", "2000411354",
                    "2000565192"],
            "perekrestok": [],
        }, "any meat pelmeni incl. chicken (Стародворские «Сочные куриные») and Горячая штучка Бульмени/Бигбули "
           "(Пятёрочка and Магнит titles call them пельмени); Перекрёсток Четверг fish pelmeni from cod, хинкали, "
           "равиоли and вареники excluded; «самые дешевые» is a wish"),
        ("сметанки 15% баночку к пельменям", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                      "c90113311e", "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785",
                      "1000208902", "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                           "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "sour cream of exactly 15% incl. «из топлёных сливок» and lactose-free; Пятёрочка РостАгроЭкспорт "
           "«пикантная с чесноком» (flavoured) and other fat levels excluded; «баночку» is the unit"),
        ("хлеб черный нарезкой на ужин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3974720", "4074396", "3627134", "3658457", "4276930",
                           "3953836", "3624125", "4049144", "2053660", "3634576", "3965436"],
        }, "sliced rye/rye-wheat dark bread: Бородинский, Дарницкий, Каравай «Ржаной половинка нарезка», Экохлеб "
           "«Фермерский ржаной нарезка», Коломенский «Даниловский ржано-пшеничный нарезка», Столичный нарезка "
           "(Столичный taken as a rye-wheat dark bread - outside knowledge); unsliced dark loaves (нарезкой was "
           "written), Коломенский «Ржаной край» (brand word, as in set g), Измайловский/Крестьянский/Бабушкин (type "
           "not stated), white breads, хлебцы, гренки excluded"),
    ]),
    # fwv05
    ("фарш говяжий полкило на макароны, макарошки рожки (гоша просит), лучок репчатый пару луковиц, морковки пару штук на зажарку", [
        ("фарш говяжий полкило на макароны", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "beef mince: Дикси Мираторг and Иван Мясоедов «говяжий», Перекрёсток Мираторг, Перекрёсток «говяжий» (by "
           "weight), Хороший Кусок «из говядины»; pork, домашний/фермерский mixes, turkey and pollock mince "
           "excluded; «полкило» is the quantity"),
        ("макарошки рожки (гоша просит)", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4199587", "4274071", "4340660", "4328907", "82772", "3435299", "4273871"],
        }, "dry pasta of the рожки shape: рожки/рожок, рожок-полубублик, витой рожок, рожок крупный, Роллтон «Рожки "
           "с оливковым маслом», Бакалейщики «Рожок Малютка с томатами и шпинатом», Maltagliati «Chifferini Rigati» "
           "(chifferi = small elbows, outside knowledge); улитки, Pipe rigate, perья and other shapes excluded"),
        ("лучок репчатый пару луковиц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onion titled «Лук репчатый» (loose, net, pack, peeled, and «репчатый красный»); dried/ground "
           "onion, green onion and onion-flavoured snacks excluded"),
        ("морковки пару штук на зажарку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots (loose, washed, packed, mini, «для сока»); boiled carrots, Korean carrot salads and mixes "
           "excluded"),
    ]),
    # fwv06
    ("голень куриная кг, рис длинный для плова пачку, помидоры розовые на салатик, огурчики короткие к ужину", [
        ("голень куриная кг", {
            "pyaterochka": [],
            "magnit": ["7abe5505c4"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken drumsticks: only Магнит «ГОЛЕНЬ КУРИНАЯ в маринаде Алабама» 1 кг (raw in marinade, accepted "
           "as in real_basket_eval); Индилайт turkey drumstick (cooked-smoked) and beef shank excluded"),
        ("рис длинный для плова пачку", {
            "pyaterochka": ["3674167", "3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000203655", "2000594951", "2000180347", "2000587451", "2000002128", "2000288318", "2000261091",
                    "2000600234"],
            "perekrestok": ["3635865", "4254250", "4290674", "39747", "3674166", "57930", "3483037", "3608771",
                           "3413111", "3634155", "3634156", "3603168", "3469129", "3469126", "4371462"],
        }, "long-grain rice (длиннозерный, Индика, басмати, жасмин incl. in cooking bags) and rice sold «для "
           "плова»/«Пилаф» unless stated medium/round; Перекрёсток Националь «Золото Таиланда» taken as Thai "
           "long-grain rice (outside knowledge); Националь «среднезерный для плова», round/medium rice, parboiled "
           "rice whose grain length is not stated, brown and mixed rice, ready rice dishes excluded"),
        ("помидоры розовые на салатик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh tomatoes titled розовые; red, yellow, cherry, Кумато and varieties whose colour the title does not "
           "state (Бычье сердце, Махитос, Панамера, Голубая Леди, Дагестан) excluded, as are canned/pickled tomatoes"),
        ("огурчики короткие к ужину", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957", "2000271421"],
            "perekrestok": ["3368260", "2098997", "3255111", "2088998", "4072"],
        }, "fresh short/medium cucumbers: короткоплодные, среднеплодные (гладкие, колючие), fresh корнишоны, "
           "Бакинские (a short pimply type - outside knowledge); long-fruited, type-unstated packs («Огурцы, 600 г», "
           "«фасованные», «Хрустящие», Магнит «гладкие 1 кг»), salted and marinated cucumbers excluded"),
    ]),
    # fwv07
    ("овсянку геркулес большую пачку, изюм без косточек темный в кашу, мед жидкий, молоко ультрапастеризованное 2.5 литровое", [
        ("овсянку геркулес большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000222892", "2000005395"],
            "perekrestok": ["4157124", "4005492", "3421663", "6752", "24926", "3469028"],
        }, "rolled oats titled Геркулес in packs of 500 g or more («большую пачку» read as more than the usual "
           "350-450 g pack); Геркулес packs of 400-450 g, other oat flakes not titled Геркулес (Ясно Солнышко, "
           "Nordic without Геркулес), instant porridge sachets excluded"),
        ("изюм без косточек темный в кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dark raisins in any store: Перекрёсток has only «Изюм Голден» and «Изюм светлый» (light), excluded as "
           "the colour was written; raisin-containing products excluded - missing everywhere"),
        ("мед жидкий", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                           "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural honey of any kind; whether it is still liquid cannot be checked from the titles (accepted as in "
           "set zh for an unverifiable pack detail); крем-мёд (whipped), Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (a balsam "
           "blend), honey-flavoured goods excluded"),
        ("молоко ультрапастеризованное 2.5 литровое", {
            "pyaterochka": [],
            "magnit": ["1812450029", "1000418036", "8000058293"],
            "dixy": ["2000263555", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4244153", "3431582"],
        }, "UHT cow milk of exactly 2.5% in packs of 0.9-1 l (900 ml-1 l incl. 950 g/970-973 ml, «литровое» read as "
           "the ordinary litre pack); pasteurised milk, 1.43 l and 200 ml packs, other fat levels excluded"),
    ]),
    # fwv08
    ("растишку клубничную, барни 2 пачки, соки маленькие яблочные с трубочкой, печенье юбилейное молочное в школу", [
        ("растишку клубничную", {
            "pyaterochka": ["3476289"],
            "magnit": ["1000211109", "1000320906", "1000334603", "8000022358"],
            "dixy": [],
            "perekrestok": ["3629034", "4045398"],
        }, "Растишка products of strawberry flavour (творог клубника, йогурт Клубника, milkshake «со вкусом "
           "клубники», питьевой «Клубничный пломбир», Перекрёсток йогурт «клубника-злаки»); Растишка земляника (wild "
           "strawberry), mixed flavours (клубника-банан, клубника-малина-земляника, клубнично-банановое мороженое) "
           "and other flavours excluded"),
        ("барни 2 пачки", {
            "pyaterochka": ["3677543", "3358963", "3276703", "2143824"],
            "magnit": ["ac28fdabe7", "b957ea15ff", "cc28f2014d", "3a53d94c95", "0e65fbf1c1", "5500238e96"],
            "dixy": [],
            "perekrestok": [],
        }, "Медвежонок Барни biscuit cakes of any filling (Пятёрочка abbreviated «БАРНИ Пирож.МЕДВ.» incl.); «2 "
           "пачки» is a quantity"),
        ("соки маленькие яблочные с трубочкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000341137", "ЦТ0017501", "2000177649", "DI00081301"],
            "perekrestok": ["3411877", "3636704", "4001466", "4157530", "3387565", "4340742", "4340738", "3049629",
                           "3270265", "67047"],
        }, "single-fruit apple juice (incl. green-apple and children's juice) in 125-200 ml packs, taken as the "
           "small cartons sold with a straw (outside knowledge); Магнит Rich 200 ml (glass bottle, outside "
           "knowledge), 250-330 ml bottles, nectars, сокосодержащие напитки and mixed juices "
           "(яблоко-виноград/-вишня/-персик/-груша) excluded"),
        ("печенье юбилейное молочное в школу", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "68b382d22e"],
            "dixy": [],
            "perekrestok": [],
        }, "Юбилейное «Молочное» cookies incl. «Витаминное молочное с глазурью»; Юбилейное традиционное/витаминное "
           "without молочное and «Овсяное» excluded"),
    ]),
    # fwv09
    ('пакеты для бутербродов с застежкой\nфольгу для запекания курицы\nбумажные полотенца на кухню', [
        ("пакеты для бутербродов с застежкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no zip/food bags in any store (only product packaging mentions «пакет») - missing everywhere"),
        ("фольгу для запекания курицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no foil, baking sleeves or parchment in any store - missing everywhere"),
        ("бумажные полотенца на кухню", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3", "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind draft had «пищевую пленку 30 м в коробке», no store carries cling film): kitchen "
           "paper towels of any brand/roll count (Магнит Soffione, Papia, Софт Люкс, Зева); toilet paper, facial "
           "tissues and napkins excluded"),
    ]),
    # fwv10
    ("порошок стиральный для детского белья, кондиционер для белья мягкий, губки для посуды штук 10 поролоновые, фейри подешевле", [
        ("порошок стиральный для детского белья", {
            "pyaterochka": [],
            "magnit": ["bed5eabde5", "95636dc9ca", "0306390d77", "467ad72946"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for children's laundry: Магнит Tide «Детский»/«детский колор» and Завод Братьев "
           "Крестовниковых «детский»; children's gels (powder was written) and ordinary powders excluded"),
        ("кондиционер для белья мягкий", {
            "pyaterochka": ["70980", "3625262"],
            "magnit": ["20f80590d8", "5f6ea5bfba", "d84a2feb00", "bb6844cd7c", "9263318f64", "8f532dee73",
                      "7ab3cd50b3", "1ab71f9367", "20028d9807", "6527bb5d39", "059d53fa78", "fc6438872a"],
            "dixy": [],
            "perekrestok": ["4359643"],
        }, "fabric softener/conditioner of any brand and scent (Lenor, Vernel incl. «Детский», Synergetic, Qualita, "
           "Е, Магнит, Завод Братьев Крестовниковых, Frosch «ополаскиватель для белья»); «мягкий» read as the "
           "purpose of a softener, not a variety; hair conditioners and Persil «Свежесть от Вернель» detergents "
           "excluded"),
        ("губки для посуды штук 10 поролоновые", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.» (foam sponges - outside "
           "knowledge; «штук 10» read as the quantity wanted, two packs); shoe sponges and bath mitts excluded"),
        ("фейри подешевле", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                      "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                      "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dishwashing liquids of any scent and size (FAIRY/ФЭЙРИ/Fairy Platinum/Pure&Clean); Fairy "
           "dishwasher tablets («для посудомоечных машин») and other brands excluded; «подешевле» is a wish"),
    ]),
    # fwv11
    ("туалетную бумагу 8 рулонов, детскую зубную пасту 6+, детский шампунь без слез для девочки, жидкое мыло с дозатором в ванную", [
        ("туалетную бумагу 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in packs of 8 rolls (Магнит Soffione Премио, Зева Сирень; Перекрёсток Zewa Deluxe 8шт); "
           "4/6/12-roll packs and moist toilet paper excluded"),
        ("детскую зубную пасту 6+", {
            "pyaterochka": [],
            "magnit": ["4ad21b8537", "6aa3b9d65b"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste whose title states an age range for 6 years and up (Colgate Клубника 6-9 лет, "
           "Сплат Джуниор 6-11 лет); pastes for 1-8, 2-6, 3-5, 3-6 years and children's pastes without a stated age "
           "(Colgate Доктор Заяц, Сплат Джуси/Juicy Lab) excluded"),
        ("детский шампунь без слез для девочки", {
            "pyaterochka": [],
            "magnit": ["7fb0ac7670", "5b34832689", "c4881f5765"],
            "dixy": ["2000605354"],
            "perekrestok": [],
        }, "children's shampoos (Магнит «ГОНКИ детский 2 в 1», Беббл «с рождения» and «Май френд детский», Дикси "
           "BABY BOOM детский); «без слёз» is not stated on any title and children's shampoos are taken as tear-free "
           "(outside knowledge); «для девочки» is a purpose; adult shampoos excluded"),
        ("жидкое мыло с дозатором в ванную", {
            "pyaterochka": ["2156702"],
            "magnit": ["0950efec36", "ece4ff1781", "88aee1bd17", "af1a4a2fd7", "a83d606130", "0cb75b0290",
                      "5c167bfb88", "fcb39eaa2b", "ef11e1d9b0", "395d3dc41c", "627234dc4a", "314189cc1c",
                      "e70ce68862", "2539c26fd9", "f86784dad8", "c2cd737592", "ab93591c26", "aedf77402b",
                      "195c09bcbd", "2d8d4f118f", "1f41be18d5", "05b54fbbbb", "71857a9509", "6cb0cbb9b8", "bbf17b51de"],
            "dixy": ["2000605356", "2000575551", "ЦТ0041378", "2000605355", "2000343460", "2000448582"],
            "perekrestok": ["4347139", "4250593", "4201031", "4201033", "3670708", "4276537"],
        }, "liquid hand soap and liquid крем-мыло up to 1 l (incl. Пятёрочка «PALMOL.Мыло ... жид.», Магнит "
           "«Ж/мыло», мыло-пенка); the dispenser cannot be checked from titles; Магнит Synergetic крем-мыло 3,5 л "
           "(refill canister) and bar soaps excluded"),
    ]),
    # fwv12
    ("сосиски молочные детям на ужин, горошек зеленый банку к пюре, гречу ядрицу 2 пачки на гарнир, масло подсолнечное рафинированное 1л для жарки", [
        ("сосиски молочные детям на ужин", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "sausages titled «молочные» of any brand/grade incl. Магнит Индилайт «Молочные из индейки»; Вязанка "
           "«Молокуши», Окраина «с натуральным молоком», other sausages excluded"),
        ("горошек зеленый банку к пюре", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                    "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                           "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744",
                           "3360308", "3026306", "4380317", "4211849", "2035571", "4192227", "4188483", "4011800",
                           "3504837", "3447858"],
        }, "canned green peas of any brand/size; frozen peas (банку was written), «Горошек сладкий» (fresh pods), "
           "microgreens, peas with carrots and pet food with peas excluded"),
        ("гречу ядрицу 2 пачки на гарнир", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                    "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                           "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                           "4090171", "4019310", "3603166", "39155", "3667612", "4059000", "3600743", "3696237",
                           "3477255", "3231481", "3493533", "3994791"],
        }, "buckwheat groats (ядрица; titles «гречневая»/«Гречка» without a type taken as ядрица, the standard kind "
           "- outside knowledge), incl. quick-cooking and boil-in-bag; green buckwheat, buckwheat "
           "flakes/flour/noodles, ready buckwheat dishes excluded"),
        ("масло подсолнечное рафинированное 1л для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000005808", "2000555852", "DI00079242", "2000005809",
                    "2000003488"],
            "perekrestok": ["6275", "2093709", "2043188", "2068955", "2007886", "64128", "3426155", "23714", "21676",
                           "4269568"],
        }, "refined sunflower oil in 1 l bottles; unrefined, 0.5/0.8/0.9/1.7/1.8/2/2.7 l, oils blended with "
           "olive/almond, spray and Перекрёсток Аведовъ 1 л (refining not stated) excluded"),
    ]),
    # fwv13
    ("рыбные палочки, пюре картофельное в пакетиках (на ужин), соус тартар к рыбе", [
        ("рыбные палочки", {
            "pyaterochka": [],
            "magnit": ["8f0e6b97be"],
            "dixy": ["DI00081489"],
            "perekrestok": [],
        }, "breaded fish sticks (Магнит «Палочки рыбные ВИЧИ», Дикси Vici); Vici «Рыбные порции» and other breaded "
           "fish excluded"),
        ("пюре картофельное в пакетиках (на ужин)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000339292", "2000577651", "2000178886", "2000162971", "ЦТ0023259"],
            "perekrestok": ["78561", "3614553"],
        }, "instant dry mashed potato of any flavour (Кунцево, Роллтон, Доширак, Пр!ст, Картошечка); the packaging "
           "(sachet vs cup) cannot be checked from titles; Дикси «Бизнес меню с куриным филе» (meal pot), chilled "
           "ready puree Перекрёсток Select and ready meals with puree excluded"),
        ("соус тартар к рыбе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3677955"],
        }, "tartar sauce: Перекрёсток Astoria «Тартар»; the ready dish with tartar sauce excluded"),
    ]),
    # fwv14
    ("мука для блинов 1 кг, сгущенку 2 банки, варенье клубничное к блинам в банке, сахар 1 кг песок", [
        ("мука для блинов 1 кг", {
            "pyaterochka": [],
            "magnit": ["6ea45de7b6", "5636222689"],
            "dixy": ["2000214069"],
            "perekrestok": ["16319", "2053130", "3502352"],
        }, "pancake flour (мука блинная) in 1 kg packs (Пышечка, С.Пудовъ, Маркет); plain wheat flour and other "
           "mixes excluded"),
        ("сгущенку 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                      "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "sweetened condensed milk (сгущённое молоко с сахаром / цельное, any size incl. the Дикси «сашет» pouch "
           "and the 1% Пр!ст; «2 банки» read as a quantity); варёная сгущёнка, «с кофе», «вкус печенье», Моя цена "
           "«Продукт молочный Сгущенка», desserts/wafers with condensed milk excluded"),
        ("варенье клубничное к блинам в банке", {
            "pyaterochka": [],
            "magnit": ["3ba4bd1160", "9f6051ecca"],
            "dixy": ["2000546999"],
            "perekrestok": ["4252950", "4198148", "4252164"],
        }, "strawberry варенье; strawberry jam (джем), mixed-fruit varenye and curd with varenye excluded"),
        ("сахар 1 кг песок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933"],
        }, "white granulated sugar in 1 kg packs; 900 g/750 g/5 kg packs, pressed/lump sugar, cane sugar and "
           "Перекрёсток «Сахар Советский Экстра, 1кг» (form not stated) excluded"),
    ]),
    # fwv15
    ("какао несквик в банке, хлопья кукурузные без сахара для меня, йогурт питьевой клубничный в школу", [
        ("какао несквик в банке", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink (Пятёрочка 500 г; whether it is a can cannot be checked from the title); other cocoa "
           "brands excluded"),
        ("хлопья кукурузные без сахара для меня", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no corn flakes stated to be without sugar: Магнит/Дикси corn flakes are honey, glazed or cinnamon, and "
           "plain Любятово flakes are not labelled sugar-free (classic corn flakes contain sugar - outside "
           "knowledge) - missing everywhere"),
        ("йогурт питьевой клубничный в школу", {
            "pyaterochka": [],
            "magnit": ["43248db1e8", "1000519721", "264dcf04cc", "1000201629", "1000080819", "1000334603"],
            "dixy": ["2000524057"],
            "perekrestok": [],
        }, "drinking yoghurt of strawberry flavour incl. клубника-земляника (Активиа, Чудо), Растишка «Клубничный "
           "пломбир», Слобода, Lucky Days, Хуторок; mixed flavours with other fruit (банан, киви, маракуйя, яблоко, "
           "дыня), земляника-only and spoonable yoghurts excluded"),
    ]),
    # fwv16
    ('яблоки сладкие для перекуса\nмандаринки кило на неделю\nгруши мягкие\nвиноград без косточек зеленый детям', [
        ("яблоки сладкие для перекуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074363", "10E0076185"],
            "perekrestok": ["48645", "3366336", "3366339", "4047904", "4039875", "4194479", "4152138", "4194477",
                           "3366324", "4152181", "4097665", "3366346", "4381176", "3366344", "4047903", "79341",
                           "77001777", "81962", "3283268", "4194480", "3616014", "4286927", "3356276"],
        }, "fresh apples of sweet dessert varieties (Гала/Роял гала, Голден/Гольден, Fudzi, Ред делишес, Ред чиф, "
           "Джонаголд, Муцу, Амброзия, Слава победителям) and red apples sold without a variety (taken as sweet - "
           "outside knowledge); Гренни Смит, Симиренко, green apples, sweet-sour varieties (Синап, Жигулёвские, "
           "Богатырь, Крипс Пинк) and unnamed/local lots (Кубанские, Садовые, Черноземья, ранние, фасованные, свежие "
           "мытые) excluded"),
        ("мандаринки кило на неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins: Дикси «Мандарины сладкие»; «кило» is the quantity"),
        ("груши мягкие", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["ЦТ0024100", "D000011164"],
            "perekrestok": ["4258954", "4370831", "50819", "4370830", "79223", "6881", "3095430", "4370828", "3326082",
                           "31314", "3633264", "4370829", "47341", "200", "84531", "292", "47319", "9469", "4370794",
                           "7228", "4372904", "3339375", "6882", "2814", "57357", "3243465", "806", "79038",
                           "3139324", "4209031"],
        }, "fresh pears of any European variety; softness cannot be checked from titles; crisp Asian pears "
           "(Китайская/китайские, Кошия) excluded"),
        ("виноград без косточек зеленый детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no grapes stated to be both seedless and green: Дикси «Мускат, без косточки» (colour not stated), "
           "Перекрёсток «Artfrut белый» (seedlessness not stated), red/black/pink grapes and dried grapes excluded - "
           "missing everywhere"),
    ]),
    # fwv17
    ("колбаса докторская для бутеров в школу, сыр российский кусок граммов 300, батон белый нарезной один, чай черный в пакетиках 100 шт на работу", [
        ("колбаса докторская для бутеров в школу", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                      "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Докторская cooked sausage of any brand, whole, by weight or sliced; Докторские сосиски and other "
           "sausages excluded"),
        ("сыр российский кусок граммов 300", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese in a piece or by weight (incl. «Российский молодой»); Магнит Брест-Литовск «слайсами» "
           "(a piece was written) and «Продукт По-Российски» on vegetable fat excluded; «граммов 300» read as the "
           "quantity wanted"),
        ("батон белый нарезной один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "batons of the Нарезной type (Коломенское, Пр!ст, Маркет incl. «улучшенный»); other batons (Молочный, "
           "Горчичный, Зерновой, к завтраку, Новый, Отрубной, Утренний, unnamed «Батон 300г») excluded"),
        ("чай черный в пакетиках 100 шт на работу", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "4c2b5b0e84", "262636efc4", "9ed6ab900f", "539736f8c3",
                      "cf54caa8df", "1305f039da", "c237948667", "bd44dec0f2", "79c875b985", "f528489d63",
                      "a2edebfe73", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f",
                      "543ee3fdd2", "dc9080ff20"],
            "dixy": ["2000520549", "2000520542", "2000289445", "2000568232", "2000224056", "ЦТ0016759", "2000228472",
                    "2000262681", "2000295224"],
            "perekrestok": ["2147891", "3378336", "2147890", "3662837", "2070399"],
        }, "black tea in packs of 100 bags (100х…г, 100 пакетиков), plain or classic bergamot/Earl Grey; "
           "fruit/herb-flavoured (шиповник-яблоко, малина-черника, чабрец, Сиеста, Spring Melody), green tea, loose "
           "100 g packs, 20/25-bag packs and Richard 120-bag assortment excluded"),
    ]),
    # fwv18
    ("пицца замороженная с колбасой, сок апельсиновый 1л в пакете, мороженое пломбир в стаканчике вафельном", [
        ("пицца замороженная с колбасой", {
            "pyaterochka": ["3482556"],
            "magnit": ["a3ef730a3c"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza with salami/pepperoni: Пятёрочка Dr.Oetker Ristorante «сал(ями)/моц/песто», Магнит Ла "
           "Траттория «Пепперони» (both taken as frozen and pepperoni/salami as колбаса - outside knowledge); Цезарь "
           "«с ветчиной и грибами», 4 сыра, pear-gorgonzola pizzas excluded"),
        ("сок апельсиновый 1л в пакете", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107420", "DI00078814", "2000177095"],
            "perekrestok": [],
        }, "single-fruit orange juice in 0.97-1 l cartons (Rich 1 л, J7 0,97 л, Я 0,97 л; the carton is taken from "
           "these brands' 1 l packs - outside knowledge); nectars, сокосодержащие напитки, 0.3 l packs and mixed "
           "juices excluded"),
        ("мороженое пломбир в стаканчике вафельном", {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": ["2000292043"],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323",
                           "3680631"],
        }, "vanilla/classic пломбир in a waffle cup; Перекрёсток titles «стаканчик» without «вафельный» and Дикси "
           "Коровка из Кореновки «Пломбир ванильный 15%, 100г» taken as waffle cups (Пятёрочка titles the same "
           "Вологодский product «в вафельном стаканчике»; outside knowledge); flavoured plombir (варёная сгущёнка, "
           "арбуз, фисташка, черника, изюм, шоколадная крошка), сливочное/молочное ice cream, рожки, эскимо and tubs "
           "excluded"),
    ]),
    # fwv19
    ("творожок агуша детям на полдник, кефир детский агуша, ряженка 4% простоквашино бутылку, сушки с маком малым в школу", [
        ("творожок агуша детям на полдник", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015",
                      "1812432014", "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "Агуша children's curd of any flavour (Классический, fruit, Злаки, Засыпай-ка); other brands and Агуша "
           "yoghurts/porridges excluded"),
        ("кефир детский агуша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["18510"],
        }, "Агуша children's kefir: Перекрёсток «Кефир детский Агуша Первая ложка»; Агуша ряженка/yoghurts and other "
           "kefirs excluded"),
        ("ряженка 4% простоквашино бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино ряженка in any store; other brands' 4% ряженка excluded because the brand was written - "
           "missing everywhere"),
        ("сушки с маком малым в школу", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "poppy-seed сушки: Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»; сушки without poppy seeds (Ладожский "
           "малышок, тараллини с чесноком) excluded"),
    ]),
    # fwv20
    ("курицу целую тушкой в духовку, картошка 2 кг мытая, капуста белокочанная кочан небольшой на щи, свекла пара штук, лавровый лист пачка маленькая", [
        ("курицу целую тушкой в духовку", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "whole chicken carcass: Магнит «Тушка цыпленка-бройлера ПЕТРУХА»; цыплёнок табака (flattened, partly "
           "marinated), chicken parts and duck excluded"),
        ("картошка 2 кг мытая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "fresh potatoes titled мытый (Дикси белый/красный мытый в упаковке); potatoes not stated washed, sweet "
           "potatoes, cooked/fried potatoes excluded; «2 кг» is the quantity"),
        ("капуста белокочанная кочан небольшой на щи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546"],
        }, "fresh white cabbage heads (incl. «ранняя»); shredded/cut cabbage, marinated/sauerkraut, seeds and "
           "Перекрёсток «Капуста» (type not stated) excluded; «небольшой» is a wish"),
        ("свекла пара штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "4299508", "3378167", "786"],
        }, "fresh whole beetroot (loose, washed, bagged, net, tray, young, bunched, «Свекла свежая Маркет Fresh "
           "200г»); cooked, peeled (likely cooked vacuum packs), cut/shredded, pickled, Korean-style, chard and "
           "seeds excluded"),
        ("лавровый лист пачка маленькая", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Магнит Kotányi 5 г, Перекрёсток Пр!ст 10 г)"),
    ]),
    # fwv21
    ("мешки для мусора 60л крепкие, таблетки для посудомойки финиш упаковку, влажные салфетки детские 2 упаковки", [
        ("мешки для мусора 60л крепкие", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l garbage bags: Магнит «МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л»; «крепкие» cannot be checked (a wish)"),
        ("таблетки для посудомойки финиш упаковку", {
            "pyaterochka": [],
            "magnit": ["aa9c917668", "b57c035dcb", "811d49bac8", "bf6352e294", "148c738f30", "cc12d9a881",
                      "129779f2b2", "bf2da7cbfb"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets of any line and count; Finish machine cleaner tablets, powder, gel, salt and "
           "rinse aid excluded"),
        ("влажные салфетки детские 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "667fad1c9c", "bd449a17ff"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (Huggies, Pampers Аква Пьюр, Каспер Детские, Аура «Солнце и луна» taken as Aura's "
           "baby line - outside knowledge); universal/antibacterial/intimate wipes excluded; Pampers «Kids hygiene» "
           "and «NewBaby» are matched by their titles as детские"),
    ]),
    # fwv22
    ("киндер шоколад большой, мармеладки червячки, сок добрый маленький, крекер рыбки сырный", [
        ("киндер шоколад большой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001702"],
            "perekrestok": [],
        }, "Kinder Chocolate bar in the large 100 g pack (Дикси «Kinder молочный с молочной начинкой, 100 г»); "
           "Kinder Country 23.5 g, Kinder Surprise/Joy eggs, Молочный ломтик, Pingui, Maxi King excluded"),
        ("мармеладки червячки", {
            "pyaterochka": [],
            "magnit": ["c05e22f287"],
            "dixy": [],
            "perekrestok": [],
        }, "gummy worms: Магнит Бон Пари «Кислые червячки»; other gummy shapes and marmalades excluded"),
        ("сок добрый маленький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000225623"],
            "perekrestok": ["4157532", "4157531", "4157530", "4259039"],
        }, "Добрый juices in small packs (200-330 ml, any flavour incl. Active Kid); Добрый nectars, сокосодержащие "
           "напитки, soft drinks and 1 l packs excluded"),
        ("крекер рыбки сырный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fish-shaped cheese crackers in any store (only Tuc, Бэйкер Хаус, Скрепыши «Азбука зверушек») - "
           "missing everywhere"),
    ]),
    # fwv23
    ("котлеты куриные замороженные, спагетти макфа 2 пачки, томатная паста в банке для подливы, сыр тертый пармезан", [
        ("котлеты куриные замороженные", {
            "pyaterochka": [],
            "magnit": ["8706d861f4"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen chicken cutlets: Магнит Ложкаревъ «куриные в панировке» and Дикси Мираторг «По-киевски» (both "
           "taken as frozen chicken cutlets - outside knowledge); chilled cutlets (Первая свежесть, Петелинка, Наша "
           "Птичка, Троекурово шницель), turkey/beef cutlets and ready dishes excluded"),
        ("спагетти макфа 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Makfa spaghetti in any store: Магнит «Макароны длинные MAKFA» (long hollow macaroni), Дикси Makfa "
           "Capellini/Паутинка and Перекрёсток «Вермишель Makfa длинная» are other shapes - missing everywhere"),
        ("томатная паста в банке для подливы", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste in cans/jars (titles do not state the pack; 70-490 g packs taken as cans/jars); Дикси "
           "«пирамидка» and «саше» packs and ketchups excluded"),
        ("сыр тертый пармезан", {
            "pyaterochka": [],
            "magnit": ["b10071458c", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784"],
        }, "grated parmesan (Дольче, Dolce Granto, Маркет, Зелёная Линия); parmesan pieces and grated cheese mixes "
           "(Три сыра, микс 4 сыра) excluded"),
    ]),
    # fwv24
    ('вафли артек для перекуса\nпеченьки с шоколадом\nчокопай 12 шт\nбатончики мюсли без сахара', [
        ("вафли артек для перекуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Артек wafers in any store; other wafers excluded because the brand was written - missing everywhere"),
        ("печеньки с шоколадом", {
            "pyaterochka": [],
            "magnit": ["125da11669", "f4d02d704a"],
            "dixy": ["2000002140", "2000603633", "2000221434"],
            "perekrestok": ["3658003", "4315656", "91535"],
        }, "cookies with chocolate pieces, chocolate coating or chocolate filling (Посиделкино/Amelie/Лимак «с "
           "кусочками шоколада», Зелёная Линия «с шоколадом», Reeel «Шоколад», Oreo «с шоколадной начинкой», Alpen "
           "Gold печенье с молочным шоколадом); cocoa cookies with other fillings (Oreo клубника, Белвита, Фанни "
           "Ямми), chocolate bars with cookie pieces and protein flapjacks excluded"),
        ("чокопай 12 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Choco Pie-type marshmallow biscuit cakes in any store (Kinder, Барни and other cakes are different "
           "products) - missing everywhere"),
        ("батончики мюсли без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3455922"],
        }, "muesli bars labelled без сахара: Перекрёсток ДиYes «черника без сахара»; sweetened muesli bars, nut and "
           "fruit bars and the pastila bar excluded"),
    ]),
    # fwv25
    ("кукуруза консервированная бондюэль, крабовые палочки охлажденные, майонез провансаль 67 в пакете, рис круглый для салата 1 кг", [
        ("кукуруза консервированная бондюэль", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "canned Bonduelle sweet corn of any size; other brands excluded"),
        ("крабовые палочки охлажденные", {
            "pyaterochka": [],
            "magnit": ["8a27ccab55"],
            "dixy": ["2000307177", "ЦТ0035069", "2000224260", "2000546772", "2000179155", "2000300878"],
            "perekrestok": ["2154175", "2154177", "3408151", "3210145", "3659730", "4291954", "4291955"],
        }, "crab sticks stated as chilled (охлаждённые) of any brand; frozen sticks, sticks whose storage is not "
           "stated, крабовое мясо, cheese-filled Краб-ролл/Лосось-ролл and Crabe de L'amour with filling excluded"),
        ("майонез провансаль 67 в пакете", {
            "pyaterochka": [],
            "magnit": ["2c23c84574", "1000077734", "1799700138", "1000501598", "56ff8ec751", "7d31b46ae3",
                      "1000556519", "1000556521", "f0f427f9d4", "da818e4a20", "7a519275b4", "1000277219",
                      "1000169172", "8000045827", "1000233673", "1728400030", "1000179908", "1000422623",
                      "1000014596", "1000356802", "1000348713"],
            "dixy": ["2000570511", "ЦТ0040573", "2000204803", "2000156539", "ЦТ0027566", "2000265607", "1100075125",
                    "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000306265", "2000202369",
                    "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4259098", "4259097", "4297819", "3677986", "4331515",
                           "4331518", "4331500", "4331497", "3016147", "3467275", "3419671", "3674577", "3193489",
                           "78193", "3389322", "4199312", "3029014", "4105769"],
        }, "Провансаль mayonnaise of exactly 67% of any brand and variant (классический, с лимонным соком, "
           "оливковый, сливочный, на перепелиных яйцах, с маслом авокадо); only Перекрёсток Махеевъ states "
           "«дой-пак», the pack of the others cannot be checked from titles; 50.5/55% Провансаль, «Сметанный», packs "
           "without a fat value (Махеевъ 655 мл, Я люблю готовить 700 г) excluded"),
        ("рис круглый для салата 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no round rice in a 1 kg pack: round/round-grain rice is sold in 900 g, 500 g and 5х80/4х125 g packs, "
           "excluded because the pack size was written - missing everywhere"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list starts with a line '### fwvNN'."""
    texts, cur, buf = {}, None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("### "):
                if cur:
                    texts[cur] = "\n".join(buf).rstrip("\n")
                cur, buf = line[4:].strip(), []
            elif cur:
                buf.append(line)
    if cur:
        texts[cur] = "\n".join(buf).rstrip("\n")
    return texts


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fwv%02d" % n
        expected = blind.get(rid)
        if expected is None:
            errors.append("%s: not in the blind draft" % rid)
            continue
        if rid in REPLACED:
            old, new = REPLACED[rid]
            if [p.strip() for p in re.split(r"[,\n]", expected)].count(old) != 1:
                errors.append("%s: replaced item %r not found once in the blind draft" % (rid, old))
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwv"))
