#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zm.jsonl -- 25 shopping lists for the meat, fish and deli counters
(cuts and preparations, sausages and cheeses by name, fish by species and by how it is salted or
smoked, and the side dishes bought with them), hand-labelled against the real offers in
real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zm.build.py

LISTS below is literal data: 25 lists (3-4 items) as a household would type them to a Telegram bot,
written blind before any offer was read (fresh_basket_eval_zm.blind_lists.txt, byte-identical texts),
and for every item the product ids of every in-stock offer of every store that a reasonable shopper
who wrote exactly that item would accept.  Candidate titles were grepped broadly in real_offers.jsonl
(stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by
one; each item was then re-checked by listing all titles matching its stem that were not accepted.
The note of each item records what was accepted, what was deliberately left out and any judgement that
rests on outside knowledge.  An empty list means the store has nothing acceptable ("missing").  The
labels were made without reading korzina's matcher or its data files.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for
that store* and is in stock, no id repeats within an item, every item has a note, the labels are
exactly the list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl.
List ids are fzm01, fzm02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zm.jsonl")

POTATOES_NOTE = ("fresh potatoes of any kind (молодой, красный, мытый, для варки/для жарки, packs or by weight)")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzm01 shashlik
    ("шейка свиная на шашлык 2 кило, лучок репчатый кило, кетчуп шашлычный махеев, лаваш армянский тонкий пару пачек", [
        ("шейка свиная на шашлык 2 кило", {
            "pyaterochka": ["3619731", "3666472", "3957120"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck (шейка / шейная часть, with or without bone, incl. Магнит «Стейк из шеи свинины, в маринаде» -- raw "
           "neck steaks in marinade, fine for shashlik); Пятёрочка РЕМИТ «Шейка из свинины к/в» (smoked-boiled deli), "
           "Перекрёсток «Шейка-Балык-Бекон Панчетта» (cured assortment) and Пятёрочка «говядина шейная часть» (beef) excluded; "
           "«на шашлык» is a purpose and «2 кило» a quantity, not filters"),
        ("лучок репчатый кило", {
            "pyaterochka": [],
            "magnit": ["168721", "168741", "168731"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions of any colour: «Лук репчатый» белый/красный, Ялтинский (a red bulb-onion variety) and Магнит «Лук "
           "Светофор, 3 шт» (three bulb onions of three colours) -- the last two rest on outside knowledge; шалот (shallot), "
           "«Лук салатный» (not clear it is a bulb), green onion, herb mixes and onion-flavoured chips excluded; «кило» is a quantity"),
        ("кетчуп шашлычный махеев", {
            "pyaterochka": ["3673190"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Махеевъ shashlik ketchup (Пятёрочка «МАХЕЕВЪ Кетчуп ШАШЛЫЧ.»); Махеевъ томатный/чили ketchups (other variety) and "
           "Магнит «СЛОБОДА Кетчуп Шашлычный» (other brand) excluded"),
        ("лаваш армянский тонкий пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "thin Armenian lavash -- no lavash in any store; Пятёрочка Mission «Лепешки тортилья» is a different flatbread and is excluded"),
    ]),
    # fzm02 plov
    ("лопатка свиная для плова, рис для плова кило, морковочка кг, зира приправа", [
        ("лопатка свиная для плова", {
            "pyaterochka": ["3666473"],
            "magnit": ["107281"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork shoulder (Пятёрочка «Лопатка свиная, Слово Мясника», Магнит «Лопатка свиная, на кости»); Пятёрочка Черкизово "
           "«Лопатка Фермерская, варено копченая» and Перекрёсток «Дымовица … из лопатки» (deli), Магнит «Лопаточная часть "
           "говядины» (beef) excluded; «для плова» is a purpose"),
        ("рис для плова кило", {
            "pyaterochka": ["3483037", "3413111", "3992161", "4046686"],
            "magnit": ["106021"],
            "dixy": [],
            "perekrestok": [],
        }, "rice sold as plov rice: titles «Рис для плова» (Мистраль, Националь, Global Village, Магнит Мистраль) and Пятёрочка "
           "Увелка «Рис Девзира с зирой» (devzira is the classic Uzbek plov rice -- outside knowledge); plain long/round (incl. Националь «Лазер длиннозерный», not sold as plov rice in its title), "
           "basmati, jasmine, brown and mixed rice, «Рис и греча», and MAGGI/Kamis plov seasonings excluded; «для плова» here "
           "names a kind of rice; «кило» is a quantity (0.8-0.9 kg packs accepted)"),
        ("морковочка кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Морковь мытая); Korean-style carrot salads, carrot juice/nectar, baby purees and sauerkraut with carrot "
           "excluded; «кг» is a quantity"),
        ("зира приправа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cumin/zira spice -- none sold; «Приправа для плова» blends (Восточный гость, Kamis, MAGGI) are not zira, and Увелка "
           "«Рис Девзира с зирой» is rice; missing everywhere"),
    ]),
    # fzm03 spaghetti bolognese
    ("фарш свино-говяжий домашний, спагетти подешевле, пармезан кусочком грамм 200", [
        ("фарш свино-говяжий домашний", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork-and-beef mince of the «Домашний» kind: Мираторг «свино-говяжий домашний» and САМСОН «Фарш ДОМАШНИЙ» (the "
           "«Домашний» recipe is pork+beef -- outside knowledge); beef mince (Мираторг, Останкино, Рестория), pork mince (Магнит), "
           "Ближние горки «Деревенский» (another recipe), Петелинка and turkey mince excluded"),
        ("спагетти подешевле", {
            "pyaterochka": ["18453", "4008044", "4077771", "4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry spaghetti of any brand (FEDERICI, Barilla, «Spaghetti n.3», unbranded «Спагетти»); Barilla КАПЕЛЛИНИ (another "
           "shape), other pasta shapes, Магнит «Куриный оладушек со спагети» and Перекрёсток chechil «спагетти» cheese excluded; "
           "«подешевле» is a wish"),
        ("пармезан кусочком грамм 200", {
            "pyaterochka": ["3462825", "24647", "3650219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3206443", "3912980"],
        }, "parmesan in a piece: LAIME 200 г, Cheese Gallery 175 г, CASTELLO «REGGIANIDO ПАРМЕЗ.», Перекрёсток Dolce Granto by "
           "weight and Зелёная Линия «Пармезан молодой»; grated/flakes excluded (Cheese Gallery «тёртый хлопья», Dolce Granto «тёртый» "
           "-- Пятёрочка «Сыр Пармезан, Dolche, 150 г» has the same X5 id 3433812 as Перекрёсток's grated Dolce Granto 150 г and is "
           "taken as grated, outside knowledge), parmesan-flavoured chips and Фуэт «с сыром пармезан»; «грамм 200» read as the "
           "amount wanted, not a pack size"),
    ]),
    # fzm04 steak night
    ("стейк рибай пару штук, молодой картошки кило, соус барбекю heinz", [
        ("стейк рибай пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef rib-eye steaks -- none; Мираторг «Стейк Бафоло Black Angus» and «Стейк Пеппер» are other cuts, pork/turkey/fish "
           "steaks and «Стейк»-flavoured croutons excluded; missing everywhere"),
        ("молодой картошки кило", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young (new-crop) potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (new crop = young potatoes, "
           "outside knowledge); ordinary washed/red/для варки/для жарки potatoes excluded; «кило» is a quantity"),
        ("соус барбекю heinz", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz barbecue sauce -- none; other Heinz sauces (сырный, кисло-сладкий, чили, терияки, цезарь, брусничный), Бондюэль "
           "beans «в … Барбекю» and BBQ-flavoured snacks excluded; missing everywhere"),
    ]),
    # fzm05 breakfast
    ("грудинка варено-копченая, яйца с1 десяток подешевле, хлеба ржаного буханку", [
        ("грудинка варено-копченая", {
            "pyaterochka": ["3999873", "3465943", "3630235", "3691119"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4424791", "4356314", "4322789", "78030214"],
        }, "smoked-and-cooked pork belly (варёно-копчёная and копчёно-варёная / к/в taken as the same for a shopper): Коптильный "
           "двор «Столичная», ДЫМОВ «КРЫЛАТСКАЯ к/в», Перекрёсток Маркет/Останкино, Маркет Collection «Лардо … варёно-копчёная»; "
           "Останкино «Грудинка Особая» (type not in the title) and Черкизово «Грудка по-черкизовски, свиная» (Черкизово's "
           "smoked-cooked brisket) accepted on outside knowledge; raw belly (Магнит, ПРОМАГРО), Пятёрочка «грудинка сырокопченая» "
           "and bacon excluded"),
        ("яйца с1 десяток подешевле", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10; С1 20-packs (Лето), СО/отборные, 6-packs and Kinder eggs excluded; «подешевле» "
           "is a wish"),
        ("хлеба ржаного буханку", {
            "pyaterochka": ["3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread loaf: only Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» says rye (rye-wheat is what stores sell as rye "
           "bread); «Хлеб Даниловский, Коломенское», «Хлеб Марьин» (rye not stated), «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand word, kind not stated), "
           "rye flour, rye croutons and Бородина-brand sausages excluded"),
    ]),
    # fzm06 turkey and buckwheat
    ("филе грудки индейки, гречка ядрица 2 уп, сметанка 15% баночка", [
        ("филе грудки индейки", {
            "pyaterochka": ["3966112", "4013612", "3662143"],
            "magnit": ["107381"],
            "dixy": [],
            "perekrestok": ["3688509", "3979117", "4326921", "3966112", "3662143"],
        }, "raw turkey breast fillet: «Филе грудки индейки» (ИндиЛайт, Пава-Пава, Зелёная Линия), «Стейк (из) грудки индейки» "
           "(breast sliced into steaks), ИндиЛайт «Филе малое» and Пятёрочка «Вырезка из индейки» (the inner breast fillet -- "
           "outside knowledge) and Магнит «Филе индейки, в маринаде» (raw turkey fillet in marinade, taken as breast); thigh/drumstick "
           "fillets, «Стейк индейки По-мексикански» and ИндиЛайт «Медальоны» (part not stated), азу, фарш, котлеты, ham, canned SETRA fillet and cat food excluded"),
        ("гречка ядрица 2 уп", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats, whole kernel: Магнит «Крупа Гречневая Prosto» (the title does not say ядрица; whole-kernel is Prosto's "
           "buckwheat -- outside knowledge); buckwheat flakes, instant porridge, «Рис и греча», soba noodles and ready meals excluded; "
           "«2 уп» is a quantity"),
        ("сметанка 15% баночка", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470", "4314536"],
        }, "sour cream of exactly 15% of any brand and tub size, lactose-free included (Parmalat Comfort, Простоквашино "
           "безлактозная); 10/20/25/30% and sour-cream-flavoured snacks excluded; «баночка» is the usual tub, not a filter"),
    ]),
    # fzm07 herring and potatoes
    ("селедка слабосоленая пару штук, картошечка, зеленого лучка пучок, бородинский", [
        ("селедка слабосоленая пару штук", {
            "pyaterochka": ["3637884", "4043492", "3497722", "3638123", "3697250", "3603143", "3603144", "3682728", "3626055"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "79544", "4402738", "4402737", "4360965",
                            "4364450", "4034451", "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "lightly salted herring, whole or fillet pieces in oil/brine: titles saying слабосолёная/малосольная, Матиас (a mild "
           "matjes cure), «из бочки», and plain salted herring or fillet in oil (Царская, по-царски, с укропом, с луком, Меридиан, "
           "Vici, Смоленская коллекция, Fish House «специального посола», Русское Море «атлантическая») -- herring preserves in oil "
           "are lightly salted (outside knowledge); herring marinated in wine or sauce without «слабосолёная» (Меридиан «в "
           "красной-винной заливке», Раптика «по исл.» in spicy dressing / sauce, Золотая Fishka «По-шведски»), Магнит «Сельдь "
           "тихоокеанская, 245 г» (canned like the 245 г Иваси), сельдь под шубой, herring roe and canned sardines excluded; «пару "
           "штук» is a quantity"),
        ("картошечка", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, POTATOES_NOTE + "; chips, «хрустящий картофель», potato starch, vareniki, purees and «к картошке» herring excluded"),
        ("зеленого лучка пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion (Перекрёсток «Лук зеленый Маркет Fresh»); herb mixes with onion (Ассорти петрушка-укроп-лук, Набор "
           "зелени), «Лук салатный» (not clearly green onion), bulb onions and onion-flavoured snacks excluded"),
        ("бородинский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Borodinsky rye bread -- none in any store; Магнит «Колбаса Бородинская» and the brand «Мясной дом Бородина/МДБ» "
           "(sausages, ham) and Пятёрочка «ЩЕДРЫЕ Хлебцы тонкие бородинские» (crispbread) are traps; missing everywhere"),
    ]),
    # fzm08 trout sandwiches
    ("форель слабосол, сыр сливочный hochland, огурчики гладкие пару штук, багет французский", [
        ("форель слабосол", {
            "pyaterochka": ["3923407", "3387455", "4006166"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3923407", "4408134", "4412698", "4285178", "4132667", "4372070", "4408804", "3387455", "3387456",
                            "4349602", "4426783", "4428364", "4385583", "11778", "4019282", "6204", "4217902"],
        }, "lightly salted trout, piece or slices, any brand (incl. «с/с», Silver Fish «с розмарином»); Gustafsen «радужная соленая "
           "филе-кусок» accepted as the same product (salted trout fillet packs are lightly salted -- outside knowledge); Пятёрочка "
           "Меридиан «Форель сырокопченая, слабосоленая» and Моремания «полукопченая» (smoked), frozen trout and trout steaks, trout "
           "roe and Груши «Форелл» excluded"),
        ("сыр сливочный hochland", {
            "pyaterochka": ["3467389"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3348645"],
        }, "Hochland cream cheese, «сливочный» variety: Перекрёсток «Сыр творожный Hochland сливочный 60%» and Пятёрочка «Сыр "
           "Hochland. Сливочный, 220 г» (the 220 г tub of the same cream cheese -- outside knowledge); Hochland «с зеленью» and «Для "
           "кулинарии» (other varieties), Грюнландер/Чеддер (hard cheese), Магнит «Сыр Hochland, плавленый, сливочный» and Пятёрочка "
           "HOCHL. «Сыр пл.-тост С ВЕТ.» (processed cheese) and other brands' cream cheese excluded"),
        ("огурчики гладкие пару штук", {
            "pyaterochka": [],
            "magnit": ["200221"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh smooth-skinned cucumbers: Магнит «Огурцы короткоплодные, тепличные» (Магнит's smooth line, sold next to its "
           "«среднеплодные, пупырчатые» -- outside knowledge); Магнит «пупырчатые», Перекрёсток «Ботаника», «Хрустящие» (skin not "
           "stated) and «корнишоны», pickled/salted cucumbers and cucumber-scented goods excluded; «пару штук» is a quantity"),
        ("багет французский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "French baguette -- none; Хрусteam «Багет» croutons and «Горчица Французская» excluded; missing everywhere"),
    ]),
    # fzm09 beer fish
    ("скумбрия холодного копчения 2 шт, лещ вяленый, пивка жигулевского 4 банки", [
        ("скумбрия холодного копчения 2 шт", {
            "pyaterochka": ["3454689"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4358592"],
        }, "cold-smoked mackerel, whole or pieces (Балтийский берег 300 г, Люди Любят «кусочки холодного копчения»); canned "
           "mackerel (в т/с, натуральная) and Магнит «Скумбрия рубленная» excluded; «2 шт» is a quantity"),
        ("лещ вяленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried bream -- none; SOLO NINA «Вобла вяленая соломка» (another fish, snack strips), dried squid and tuna snacks "
           "excluded; missing everywhere"),
        ("пивка жигулевского 4 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer -- none in any store; other beers excluded (brand written); missing everywhere"),
    ]),
    # fzm10 sandwiches
    ("колбаса докторская вязанка, сыр пошехонский, батон белый нарезной", [
        ("колбаса докторская вязанка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4301347"],
        }, "Вязанка «Докторская» (Перекрёсток); Докторская of other brands (Велком, Клинский, Ближние Горки, МДБ, Рублевский, Маркет, "
           "unbranded Пятёрочка 450 г) and other Вязанка sausages (Классическая, Молокуша, Сливушка, Филейская, «со шпиком», "
           "Столичная ham) excluded"),
        ("сыр пошехонский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пошехонский cheese -- none; Российский, Голландский, Костромской and other named cheeses excluded; missing everywhere"),
        ("батон белый нарезной", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white sliced loaf «батон нарезной» (Перекрёсток Маркет «Батон Нарезной нарезка», Пятёрочка «Батон "
           "\"Звездный\" нар.»); chocolate/cereal «батончики» and other breads excluded"),
    ]),
    # fzm11 cervelat sandwiches
    ("сервилат финский, сыр маасдам нарезка, хлеб для тостов пшеничный", [
        ("сервилат финский", {
            "pyaterochka": ["3442569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4394293", "4217621"],
        }, "«Финский» cervelat of any brand (Рублевский, Бахрушинъ, Папа Может); other cervelats (Кремлевский, Ореховый, "
           "Австрийский, Зернистый, Российский, Коньячный, Швейцарский, Имбирный…) and Виола «Финское избранное» processed "
           "cheese excluded; «сервилат» is a typo for сервелат"),
        ("сыр маасдам нарезка", {
            "pyaterochka": ["3448799"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "4260755"],
        }, "sliced Maasdam (VILLAEUR «МААСДАМ нар.», Cheese Gallery «Маасдам нарезка», Viola «Маасдам … нарезка»); Ламбер "
           "«Маасдам» 180 г piece (not sliced) and other sliced cheeses excluded"),
        ("хлеб для тостов пшеничный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wheat toast bread -- none; «для тостов» hams (Черкизово, Клинский) and Hochland «пл.-тост» cheese excluded; missing "
           "everywhere"),
    ]),
    # fzm12 smoked ham
    ("окорок копченый, горчица с медом, корнишоны маринованные банка", [
        ("окорок копченый", {
            "pyaterochka": ["3476489", "3925657", "3689014", "3611775"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4268739"],
        }, "smoked pork ham (окорок) of any smoking: ВЕЛИКОЛУК «Окорок ТАМБОВСКИЙ к/в», «Окорок по-тамбовски … к/в», Маркет "
           "Collection «Кулателло копчёно-варёный», Егорьевский «Окорок Хамон … сырокопченый» (title says smoked); Егорьевская "
           "«Окорок по-егорьевски» (type not stated; Егорьевская's «По-Егорьевски» deli line is копчёно-варёная -- outside "
           "knowledge); raw ham (Магнит «Окорок свиной, на кости»), сыровяленый hamon/prosciutto (not smoked), Велком «Ветчина из "
           "окорока» and hamon-flavoured chips excluded"),
        ("горчица с медом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "honey mustard -- none; Русская/Французская mustards (no honey), Crackzel «мёд горчица лук» pretzels and honey-mustard "
           "peanuts excluded; missing everywhere"),
        ("корнишоны маринованные банка", {
            "pyaterochka": ["3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated (pasteurised) gherkins: Дядя Ваня «Огурцы Пикули Одесские. Пастеризованные» (pickles are gherkin-size "
           "pickled cucumbers -- outside knowledge); Скатерть-Самобранка «Огурчики маринов.» (size not stated), Магнит «Огурцы "
           "соленые, Корнишоны» and other salted cucumbers (salted, not marinated), Магнит «Ассорти Черри и Корнишоны» (mix), "
           "Перекрёсток fresh «Огурцы корнишоны» and «Цыплёнок корнишон» excluded"),
    ]),
    # fzm13 roast chicken
    ("тушка цыпленка бройлера, картофель 3 кг, чеснок 2 головки, майонез самый дешевый", [
        ("тушка цыпленка бройлера", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722"],
        }, "whole raw broiler chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг», Перекрёсток «Тушка цыплёнка» (1 сорт, Петелинка, "
           "An-noor Халяль, Зелёная Линия на зерновом откорме); «Цыплёнок корнишон» (a small young bird, not a broiler), duck, "
           "chicken parts, canned chicken and squid/fish «тушки» excluded"),
        ("картофель 3 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, POTATOES_NOTE + "; «3 кг» is the amount wanted of a weighed vegetable, not a pack size; chips, starch and ready dishes "
           "excluded"),
        ("чеснок 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); ФЭГ «Чеснок белый солёный» (pickled), dried granulated garlic and "
           "garlic-flavoured goods excluded; «2 головки» is a quantity"),
        ("майонез самый дешевый", {
            "pyaterochka": ["4002440", "3982578", "3640161", "3355228", "3355242", "3695167", "3193489", "3425670", "3163111"],
            "magnit": ["204681", "104941"],
            "dixy": [],
            "perekrestok": ["4297313", "4412152", "3425669", "4105769", "4284062", "2108609", "3495835", "2047206", "3674577",
                            "4312243", "3467275", "4233420", "3193489", "3163111", "4352557", "4199312", "3695167", "4112954"],
        }, "every mayonnaise of any brand, fat and size; Махеевъ «Соус ЦЕЗАРЬ майонезный» (a sauce) excluded; «самый дешевый» is a "
           "ranking wish, not a filter"),
    ]),
    # fzm14 romantic dinner
    ("вырезка говяжья грамм 700, спаржа, красное сухое винишко", [
        ("вырезка говяжья грамм 700", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef tenderloin -- none; Мираторг «Мякоть бедра говяжья», «Лопаточная часть говядины», beef neck and steaks of other "
           "cuts, and Пятёрочка «Вырезка из индейки» (turkey) excluded; missing everywhere"),
        ("спаржа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "asparagus -- none; Магнит «Морковь по-корейски со спаржей» (a Korean salad; its «спаржа» is soy fuju) excluded; missing "
           "everywhere"),
        ("красное сухое винишко", {
            "pyaterochka": [],
            "magnit": ["ce196366c4", "bade36759d", "e70e8ddb93", "e8053f6404", "82c49b7fbf", "5d8a8a24cf", "c2612cf80f", "7ad3172a4a",
                       "229b7b954e", "202001", "202281", "202011", "199091", "167471", "168041", "104811", "111851", "205611",
                       "213501", "213381"],
            "dixy": [],
            "perekrestok": [],
        }, "still red dry wine of any grape and country (titles «красное, сухое» / «кр(ас) сух»); red semi-dry/semi-sweet (п/сух, "
           "п/сл), white, rosé, sparkling, port (МОНТЕЙРО «Портвейн Руби»), alcohol-free wines and grapes excluded"),
    ]),
    # fzm15 antipasti
    ("салями миланская, хамон нарезка, дор блю сыр, оливки зеленые без косточки", [
        ("салями миланская", {
            "pyaterochka": ["4068713"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236323", "4068713"],
        }, "«Миланская» dry-cured (сырокопчёная полусухая) sausage of any brand (Клинский, Рублевский; Пятёрочка's unbranded "
           "«Миланская» 0.27 кг has Рублевский's X5 id); other salamis (Венская, Парма, Пражская, Лучеза, Итальянская, Астория, "
           "мини-салями) and Велком «Ассорти Брауншвейгская + Велкомовская + Миланская» (mixed slices) excluded"),
        ("хамон нарезка", {
            "pyaterochka": ["3611775"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4385680", "3613991"],
        }, "sliced jamón: Маркет Collection «Окорок Хамон … нарезка», Casademont «Хамон свиной сыровяленый, 100г» and Егорьевский "
           "«Окорок Хамон … 55 г» (small packs of jamón are sliced -- outside knowledge); Solemici «Prosciutto Crudo» (Italian ham, "
           "not jamón) and «Хамон де Теруель»-flavoured chips excluded"),
        ("дор блю сыр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3614011", "3654470", "3466978", "3626124", "3920347", "4108550"],
        }, "blue-mould cheese: Dorblu Classic, and -- because «дор блю» is used for any blue cheese in Russian (outside knowledge) -- "
           "Grandblu Intense/Сливочный, Mont Blu, Маркет «Сыр с голубой плесенью», Cambozola; Dorblu «A La Creme» (крем-сыр), "
           "white-mould Brie/Camembert excluded"),
        ("оливки зеленые без косточки", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249104"],
        }, "pitted green olives: ITLV «Оливки зел. без косточки», Filippo Berio and La Explanada «Оливки без косточки» («оливки» "
           "without colour = green in Russian usage, outside knowledge); black olives (маслины), olives with stone, stuffed olives "
           "(апельсин, трюфель, лимон, сыр, креветка, лосось), grilled olives in oil and olive mayonnaise excluded"),
    ]),
    # fzm16 cold cuts for the holiday
    ("карбанат, буженина запеченая, ветчина для бутербродов, хрена баночку", [
        ("карбанат", {
            "pyaterochka": ["3474298", "3611864", "4024713"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3379713", "4284223"],
        }, "deli carbonade (копчёно-варёный / к/в: Великолукский «СЛАВЯН.», Велком, Мясная Ферма «ЮБИЛ.», Егорьевская, Маркет) -- "
           "read as the deli product because the list is cold cuts (буженина, ветчина, хрен); Магнит raw «Карбонад без кости, "
           "охлажденный» and Пятёрочка БГ «Карбонад в классич. соусе … охл. 1кг» (not clear it is cooked) excluded, as are "
           "корейка and «Карбонара» sauces/pasta; «карбанат» is a typo for карбонад"),
        ("буженина запеченая", {
            "pyaterochka": ["78001511"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4254839"],
        }, "baked буженина (М.РЯД «Буженина запеч.», Чёрный Кабан «Буженина запечённая с черным перцем»); Пятёрочка «буженина "
           "по-домашнему к/в» (smoked-cooked, not baked), canned «Буженина классическая» and ИндиЛайт raw turkey «Буженина … в "
           "маринаде» excluded"),
        ("ветчина для бутербродов", {
            "pyaterochka": ["3469348", "4005633", "3365796", "3438509", "3670825", "4037352"],
            "magnit": ["109321", "167871"],
            "dixy": [],
            "perekrestok": ["4395546", "4399593", "4400358", "4195681", "3670825", "3469348", "2072717"],
        }, "any ham (ветчина) of pork or turkey, cooked or dry-cured (Бахрушинъ «Ветчина … сыровяленая»); canned hams (Магнит "
           "«Ветчина мясная, консерва», Пятёрочка «Ветчина Балтийская» and Елинский «Ветчина Экстра, ГОСТ» 325 г tins -- canned by "
           "their tin size, outside knowledge), ham-flavoured croutons, blini/pizza/cheese «с ветчиной» and Кордон блю excluded; «для "
           "бутербродов» is a purpose"),
        ("хрена баночку", {
            "pyaterochka": ["3616052"],
            "magnit": ["c88a871b65"],
            "dixy": [],
            "perekrestok": [],
        }, "table horseradish (МАХЕЕВЪ «Хрен столовый», Uni Dan «Хрен сливочный» -- a horseradish with cream); sauerkraut «с "
           "хреном» and «холодец с хреном»-flavoured croutons/chips excluded; «баночку» is a quantity, the doy-pack is accepted"),
    ]),
    # fzm17 seafood
    ("креветки королевские в/м, минтай филе замороженный, кальмары тушки", [
        ("креветки королевские в/м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3970776", "3642960", "4379876", "4379877", "3432111", "3641931", "4385594"],
        }, "king prawns, cooked-frozen (в/м = варёно-мороженые), shell-on or peeled (Vici, Бухта Изобилия, Люди Любят); "
           "«свежемороженые» king prawns, king prawns whose title does not say cooked (Fish & More, Пятёрочка Fish House "
           "«королевские, 500 г», Перекрёсток «Королевские очищенные … замороженные»), vannamei/northern/argentine prawns not "
           "sold as королевские, prawns in brine, and capelin roe/olives «с креветкой» excluded"),
        ("минтай филе замороженный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock fillet (Люди Любят «Минтай филе без кожи замороженный», «Филе … минтая … порционное мороженое»); Магнит "
           "«Филе минтая, полуфабрикат из замороженного сырья» (thawed and sold chilled -- that phrase marks defrosted goods, outside "
           "knowledge) excluded"),
        ("кальмары тушки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4122013", "4355942"],
        }, "squid tubes/carcasses (Borealis «Кальмар … тушка», Люди Любят «Тушка кальмара»); squid strips and tentacles in brine, "
           "dried squid snacks and salads excluded"),
    ]),
    # fzm18 Caucasian cheeses
    ("сулугуни копченый, чечил косичка, лепешка", [
        ("сулугуни копченый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "smoked suluguni -- none; plain suluguni (Предгорье Кавказа, Умалат, палочки) and smoked chechil excluded; missing "
           "everywhere"),
        ("чечил косичка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3165362", "4236800"],
        }, "chechil in its usual braid («косичка»): Предгорье Кавказа «Чечил копчёный» 100 г and Чизолини «Чечил 40%» 70 г, whose "
           "titles name no other form (chechil is sold as a braid unless the title says otherwise -- outside knowledge); the forms "
           "«спагетти» and «соломка» and Долголетие «Чечил Ассорти» (mixed forms) excluded"),
        ("лепешка", {
            "pyaterochka": ["3439566"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "flatbread: the only one is Пятёрочка Mission «Лепешки тортилья пшеничные» (sold as лепёшки); no tandyr/Georgian "
           "flatbread or lavash exists in the offers; pancake/«Плюшка» pastries excluded"),
    ]),
    # fzm19 fish and pancakes
    ("горбуша г/к, кета слабосоленая, икра мойвы копченая, блинчики", [
        ("горбуша г/к", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hot-smoked pink salmon -- none; frozen pink-salmon fillet, canned «Горбуша натуральная» and pink-salmon roe excluded; "
           "missing everywhere"),
        ("кета слабосоленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted chum salmon -- none; «Икра кеты», сёмга, нерка and trout (other species) excluded; missing everywhere"),
        ("икра мойвы копченая", {
            "pyaterochka": ["3976387"],
            "magnit": ["fbee45a3fb", "213741"],
            "dixy": [],
            "perekrestok": [],
        }, "smoky capelin-roe spread: Санта Бремор «Икра мойвы … с копченым лососем» (Магнит, both titles) and Пятёрочка «С.БРЕМ. "
           "Икра деликатесная с копченым лососем 180г» (the same Santa Bremor capelin-roe product, titled as икра мойвы by Магнит -- "
           "outside knowledge); the smoky taste is taken to meet «копченая»; Русское море «Икра мойвы деликатесная Люкс» and «с "
           "креветкой» (not smoked), Fish House «Икра рыбная … с аром копч» and Пятёрочка «Икра деликатесная с копченым лососем … 270 "
           "г» (roe species and maker not stated), salmon/cod/herring roe and vegetable «икра» excluded"),
        ("блинчики", {
            "pyaterochka": ["3452442", "3679123", "3633258", "3417343", "3403651", "3662908", "3443976", "3403652"],
            "magnit": ["1000498736", "1000394738"],
            "dixy": [],
            "perekrestok": ["4338980", "4335251", "4407903"],
        }, "ready pancakes (блинчики/блины), plain or filled, chilled or frozen; pancake mix (АЛАДУШ «Смесь БЛИНЫ»), оладьи and "
           "«Куриный оладушек» excluded"),
    ]),
    # fzm20 pizza at home
    ("фарш куриный, рожки макфа пачку, сыр моцарела для пиццы", [
        ("фарш куриный", {
            "pyaterochka": ["3652704"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken mince: Петелинка «Фарш Премиум» (Петелинка is a chicken brand, outside knowledge); turkey mince (Пава Пава), "
           "pork/beef mince, «Шарики куриные», chicken cutlets and nuggets excluded"),
        ("рожки макфа пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa «рожки» -- none; Макфа «перья» and MAKFA «СВИТКИ» (other shapes), Makfa flour and biscuits, and unbranded «Витой "
           "рожок» (other brand) excluded; missing everywhere"),
        ("сыр моцарела для пиццы", {
            "pyaterochka": ["3976999"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3958444", "4111694"],
        }, "pizza mozzarella (a kind of mozzarella): Маркет «Моцарелла для пиццы», Пятёрочка «Моцарелла Пицца» полутвердый and "
           "Cheese Gallery «Моцарелла тертый» (grated low-moisture mozzarella, used for pizza -- outside knowledge); fresh mozzarella "
           "balls in water, mini/чильеджина, sticks, Pretto «д/бутерброд.», Unagrande «для сэндвичей», processed «Моцарелла» slices, "
           "pizzas and pizza-flavoured snacks excluded; «моцарела» is a typo"),
    ]),
    # fzm21 kids' supper
    ("колбаски охотничьи, сосиски папа может, кетчупчик острый", [
        ("колбаски охотничьи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Охотничьи» smoked sausages -- none; Черкизово «Колбаски Снек из кур», МясоТакМясо «Кнуты», Чевапчичи and купаты "
           "excluded; missing everywhere"),
        ("сосиски папа может", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Папа Может frankfurters -- none; Папа Может «шпикачки Сочные», «Колбаса Мясная/Филейная» and cervelats (other products "
           "of the brand) and other brands' sosiski excluded; missing everywhere"),
        ("кетчупчик острый", {
            "pyaterochka": ["3941585"],
            "magnit": ["665b5b224d"],
            "dixy": [],
            "perekrestok": [],
        }, "hot ketchup: Махеевъ «Кетчуп Чили» (chili = hot); tomato, «пряный», garlic, «с горчицей», cherry-tomato and shashlik "
           "ketchups (not sold as hot), sweet-chili sauces and Mivimex «Соус Кавказский, особо острый» (a sauce, not ketchup) excluded"),
    ]),
    # fzm22 salo and vodka
    ("сальце соленое с прослойкой, черный хлеб, чесночок головка, водочка", [
        ("сальце соленое с прослойкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted lard with a meat layer -- none says «с прослойкой»: Белорусское «из (свиного) шпика» is plain back fat, Заповедные "
           "«Русское солёное», Маркет «Белорусское солёное» and Копченов «Сало домашнее, с чесноком» do not state a meat layer; "
           "bacon, грудинка and Лардо excluded; missing everywhere"),
        ("черный хлеб", {
            "pyaterochka": ["3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye (black) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский»; «Хлеб Даниловский, Коломенское» and «Хлеб Марьин» "
           "(rye not stated), «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand word), rye flour and rye croutons excluded"),
        ("чесночок головка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic (Перекрёсток «Чеснок, 3шт»); pickled «Чеснок белый солёный», dried garlic and garlic-flavoured goods excluded"),
        ("водочка", {
            "pyaterochka": [],
            "magnit": ["08d0c3ece1", "bddc13f20f", "4d87a1d2d7", "e2bdccf03a", "6947733dde", "0186ea2f0c", "2fc1277b9b", "fba5be4983",
                       "2e5457171a", "1ea5fbb268", "c2be88d2c4", "0eb9645e38", "2390182f91", "e1592f3647", "199131", "202321",
                       "202051", "199141", "202361", "202041", "160081", "159561", "167671", "167631", "167591", "159761",
                       "160071", "104851", "108971", "112211", "111501", "204991", "205771", "213221"],
            "dixy": [],
            "perekrestok": [],
        }, "every vodka of any brand, flavour (кедровая, можжевеловая, на расторопше) and bottle size; only Магнит sells spirits "
           "in these offers"),
    ]),
    # fzm23 bacon and beans
    ("бекон в нарезке, фасоль в томате, ребрышки свиные", [
        ("бекон в нарезке", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3445554", "3443644", "4420883", "4225967"],
        }, "packaged bacon (Дымов «Венгерский … нарезка», Велком, Market Collection «Бекон венгерский», Cortador, Пятёрочка "
           "unbranded 150/180 г) -- packs of 150-200 г are sliced (outside knowledge, as in fresh_basket_eval_zh); Маркет Collection "
           "«Шейка-Балык-Бекон Панчетта» (assortment), club sandwich and bacon-flavoured croutons excluded"),
        ("фасоль в томате", {
            "pyaterochka": [],
            "magnit": ["3bdf7d899a"],
            "dixy": [],
            "perekrestok": [],
        }, "beans in tomato sauce (ПИКАНТА «Фасоль печеная в томатном соусе»); natural white/red beans, Бондюэль «Красная фасоль в "
           "классическом Барбекю» (barbecue sauce) and bean salads excluded"),
        ("ребрышки свиные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork ribs -- none; Магнит «Корейка свиная, на кости» and «Грудинка свиная, на кости» are other cuts; missing everywhere"),
    ]),
    # fzm24 offal
    ("печенка говяжья, язычок говяжий, сметана 20% для подливы", [
        ("печенка говяжья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef liver -- none; Магнит «Печень свиная для жарки» (pork), liver pâtés and «Салат с говяжьей печенью» excluded; "
           "missing everywhere"),
        ("язычок говяжий", {
            "pyaterochka": ["3332005"],
            "magnit": ["199591"],
            "dixy": [],
            "perekrestok": [],
        }, "beef tongue (Пятёрочка «Язык говяжий, замороженный», Магнит «Язык говяжий для варки»); «языковая» sausages (Велком, "
           "Клинский) excluded"),
        ("сметана 20% для подливы", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929", "3634033",
                            "4314537", "58101"],
        }, "sour cream of exactly 20% of any brand and size, lactose-free included; 10/15/25/30% excluded; «для подливы» is a purpose"),
    ]),
    # fzm25 Bavarian night
    ("рулька свиная, капустка квашеная, горчица зернистая, пиво темное", [
        ("рулька свиная", {
            "pyaterochka": [],
            "magnit": ["107321"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork knuckle (Магнит «Рулька свиная, полуфабрикат из замороженного сырья» -- thawed, raw); nothing else"),
        ("капустка квашеная", {
            "pyaterochka": [],
            "magnit": ["200101"],
            "dixy": [],
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4325074", "4325073", "4336623", "4336625", "4336624"],
        }, "sauerkraut of any style (кислая, кисло-сладкая, с морковью, с клюквой, с хреном, крупная нарезка, «фитнес»); fresh "
           "white/Chinese cabbage, broccoli, seaweed salad and Korean-style cauliflower excluded"),
        ("горчица зернистая", {
            "pyaterochka": ["3621047"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole-grain mustard: Global Village «Горчица Французская» (in Russian stores «французская» mustard is the grainy kind -- "
           "outside knowledge); МАХЕЕВЪ «Горчица РУССКАЯ» (smooth hot) and mustard-flavoured snacks excluded"),
        ("пиво темное", {
            "pyaterochka": ["3630690"],
            "magnit": ["213061", "213471", "956d7ab45e", "7d9ffc1dd9"],
            "dixy": [],
            "perekrestok": [],
        }, "dark beer: Жатецкий гусь «Cerny» (beer and «пивной напиток», as in real_basket_eval) and ABBE «Brune … Темн» (a beer "
           "drink of beer style); light, wheat and alcohol-free beers excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzm"))
