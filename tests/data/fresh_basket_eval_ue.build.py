#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ue.jsonl -- 25 shopping lists of a retired man in a provincial town who cooks simple
Russian food himself (щи, каша, котлеты, his late wife's pie recipes), keeps the house, drinks tea and buys sweets for the
grandchildren, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ue.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ue.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item in each of the two lists that were empty in all four stores).  labelled_lists.build then checks
the data -- every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item,
every item has a note, the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fue01, fue02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ue.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ue.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (7, "порошок для ручной стирки пачку", "порошок стиральный пачку"),
    (23, "ребрышки копченые для горохового супа", "грудинка копченая для горохового супа"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 щи
    ("капусты белой кочан на щи, говядина на косточке для щей, морковки штуки 3, лук репчатый сетку на неделю", [
        ("капусты белой кочан на щи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг», taken as whole heads sold by weight - outside "
           "knowledge); «кочан» is the unit, «на щи» a purpose; Перекрёсток «Капуста китайская» (Chinese cabbage), all "
           "sauerkraut (квашеная), broccoli, cauliflower and cabbage salads excluded"),
        ("говядина на косточке для щей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bone-in beef in any chain; «на косточке» is a form and is required: Магнит «Лопаточная часть говядины, без "
           "кости», Пятёрочка Мираторг «Мякоть бедра», steaks, minced beef and Пятёрочка «говядина шейная часть газ 400гр» "
           "(title does not say bone-in; a 400 g gas-packed cut taken as boneless) excluded; bone-in pork (Магнит "
           "грудинка/корейка/лопатка/окорок «на кости»), stewed beef, pet food and pelmeni are other products"),
        ("морковки штуки 3", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая»); «штуки 3» is a quantity; "
           "Korean carrot salads, carrot juices/nectars, purees, sauerkraut with carrot and pet food excluded"),
        ("лук репчатый сетку на неделю", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions of any colour (no colour was written): «Лук репчатый» red/white, Ялтинский (a red bulb onion "
           "- outside knowledge) loose and packed, Магнит «Лук Светофор, 1 уп. (3 шт)» (a pack of three bulb onions of "
           "three colours - outside knowledge); «сетку» and «на неделю» are quantity/unit; shallots (Лук Шалот), "
           "Перекрёсток «Лук салатный» (kind not stated), green onions, herb mixes, FEDERICI «Луковки» (pickled) and "
           "onion-flavoured chips/croutons excluded"),
    ]),
    # L02 каша
    ("пшено полкило на кашу\nмолоко 3.2 два пакета на кашу\nмасло сливочное 72.5 по госту", [
        ("пшено полкило на кашу", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (Пятёрочка «МИСТР.Пшено ЗОЛОТОЕ 5х80г», boil-in-bag, accepted as millet); «полкило» is a quantity; "
           "wheat flour, wheat beer and other «пшенич-» titles excluded"),
        ("молоко 3.2 два пакета на кашу", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                            "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "drinking cow milk of exactly 3.2% (pasteurised, UHT or sterilised, any pack; children's Агуша «от 3л» and "
           "Сарафаново «детское» 3.2% included as in real_basket_eval); «два пакета» is a quantity, «на кашу» a purpose; "
           "ranges (Романов луг «от 3,2% до 6%», 3.2-4%, 3.2-4.5%), other fat levels, топлёное 3.2% (Простоквашино, Домик в "
           "деревне), the oat drink NEMOLOKO 3.2%, condensed milk and milkshakes excluded; Магнит has no 3.2% milk"),
        ("масло сливочное 72.5 по госту", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«по госту» is required and is taken as satisfied only by a title that states ГОСТ (set convention); the only "
           "72.5% butter, Пятёрочка «Масло сливочное, Брест Литовск, 72,5%, 180 г», does not state ГОСТ (outside knowledge: "
           "a Belarusian butter made to the Belarusian standard) and is left out; 82-82.5% butters, the 62% chocolate "
           "butter and spreads excluded by the fat %"),
    ]),
    # L03 котлеты
    ("фарш говяжий на котлеты кило, батон белый для котлет, яйца десяток на котлеты, сухари панировочные для котлет пачку", [
        ("фарш говяжий на котлеты кило", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced beef (Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»); «кило» is a "
           "quantity; mixed pork-beef mince (Мираторг «свино-говяжий домашний», САМСОН «ДОМАШНИЙ», Ближние горки "
           "«Деревенский»), pork, chicken and turkey mince, ready cutlets excluded; Магнит has pork mince only"),
        ("батон белый для котлет", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white wheat loaf (батон): Пятёрочка «Батон \"Звездный\"нар», Перекрёсток «Батон Нарезной нарезка Маркет»; rye "
           "and rye-wheat breads, sweet buns (сдоба), chocolate «батончики» (trap) and breadcrumbs excluded"),
        ("яйца десяток на котлеты", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10 of any class (С0/СО, С1, «отборные»; Зелёная Линия «активита С1 с селеном и йодом» "
           "included); «десяток» = packs of 10 only, so Волжанин 6 шт and Лето 20 шт are excluded; quail eggs, Kinder "
           "eggs, mayonnaise «на перепелином яйце» excluded"),
        ("сухари панировочные для котлет пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no breadcrumbs in any chain; Гурмикс «Смесь панировочная для … наггетсов / хрустящей курочки» (seasoned "
           "coating mixes), snack «сухарики»/«гренки» with flavours and breaded nuggets/cutlets are other products"),
    ]),
    # L04 пироги по рецепту жены
    ("мука пшеничная высший сорт 2 кг для пирогов\nдрожжи сухие 3 пакетика как у нины в рецепте\nмаргорин для выпечки\nповидло яблочное для пирожков", [
        ("мука пшеничная высший сорт 2 кг для пирогов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in 2 kg packs (the size names the pack and is respected): Makfa «высшего сорта, 2кг» "
           "(Makfa flour taken as wheat - outside knowledge), Пышечка «пшеничная хлебопекарная высшего сорта, 2кг»; Makfa "
           "1 kg (size), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА» 2 kg (a different grade), "
           "whole-grain, rye, rice and durum «крупка» flours excluded"),
        ("дрожжи сухие 3 пакетика как у нины в рецепте", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast (Саф-Момент 11 г sachet); «3 пакетика» is a quantity, «как у нины в рецепте» a wish; frozen yeast "
           "dough and yeast-free puff pastry excluded"),
        ("маргорин для выпечки", {
            "pyaterochka": ["3977160"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "margarine (typo «маргорин»): Пятёрочка «Маргарин для выпечки Пышка, мдж. 72%, 250гр.»; Магнит «ХОЗЯЮШКА Топленая "
           "смесь» (a ghee-type blend), butter, baking mixes and puff pastry excluded"),
        ("повидло яблочное для пирожков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no apple povidlo in any chain; повидло is the product written, so jams (Махеевъ джемы), varenye, apple puree "
           "for babies, apple juice and sweets «с яблочным пюре» are other products"),
    ]),
    # L05 чай
    ("чай индийский байховый 250 гр, сахар-рафинад к чаю пачку, сушки маковые полкило, пряники тульские внукам к чаю", [
        ("чай индийский байховый 250 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Indian black leaf tea in a 250 g pack: none; «индийский» (origin/variety) and «250 гр» (pack size) are "
           "required; ШАХ «ГОЛД инд.чер.байх.100х2г» is Indian but 100 bags x 2 g; the 250 g teas (Акбар Gold, Крепкие "
           "Традиции листовой) do not say Indian; Richard «Royal English Breakfast» is a Kenyan-Indian-Ceylon blend in bags"),
        ("сахар-рафинад к чаю пачку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump refined sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (pressed white lump sugar in a box = "
           "рафинад - outside knowledge); cane sugar Демерара (granulated, unrefined) and sweets excluded; «пачку» is a unit"),
        ("сушки маковые полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no poppy-seed сушки; Пятёрочка «Баранки оригинал.с маком» (баранки, a larger softer ring - another product) and "
           "«Мини сушка Семейка Озби, ваниль» (vanilla, no poppy) excluded"),
        ("пряники тульские внукам к чаю", {
            "pyaterochka": ["3971669"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tula gingerbread: Пятёрочка «Пряники тульские \"Тульский пряник\" с имбирем и начинкой со вкусом марципана» "
           "(filling not written by the user, Tula pryaniki are always filled); ordinary glazed, mint, blackcurrant, "
           "classic and mini pryaniki, figured gingerbread and gingerbread houses are not Tula pryaniki"),
    ]),
    # L06 сладкое внукам
    ("конфеты мишка косолапый внукам, шоколатка аленка большая, зефир в шоколаде внучке, барбариски", [
        ("конфеты мишка косолапый внукам", {
            "pyaterochka": ["1671", "3611870"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Красный Октябрь «Мишка косолапый» sweets, 1 kg and 200 g; «Маша и Медведь» milk and «Ми-Ми-Мишки» soda "
           "excluded (trap)"),
        ("шоколатка аленка большая", {
            "pyaterochka": ["3426468"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Алёнка milk chocolate bar (typo «шоколатка»), «большая» read as the big 200 g bar (Красный Октябрь 200 г); the "
           "15 g mini bar excluded by size, АЛЕНКА gift sets of assorted sweets are not a chocolate bar"),
        ("зефир в шоколаде внучке", {
            "pyaterochka": ["3406629", "3936545", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla zefir coated in chocolate: «Зефир глазированный в шоколадной глазури с ароматом: ванили 1кг», Шарлиз "
           "«Зефир глазированный ваниль» and белевский «Зефир с ароматом ванили гл.» (glazed zefir taken as chocolate-glazed "
           "- outside knowledge: zefir «глазированный» is coated in chocolate/cocoa glaze); ВДОХНОВ. berry «ЯГ.ПАРФЕ» in dark "
           "chocolate excluded as flavoured (plain product word), unglazed zefir (Белевский, Сладкие истории с клубникой, "
           "Magnit Immuno), LOVE IS marshmallow excluded"),
        ("барбариски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no barberry hard candies; «Любимый Барбарис» soft drink and the «груша-барбарис» kefir drink are other products "
           "(trap)"),
    ]),
    # L07 стирка (one item replaced, see REPLACED)
    ("мыло хозяйственное 72% пару кусков, порошок стиральный пачку, белизна бутылку", [
        ("мыло хозяйственное 72% пару кусков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap; toilet soaps (Camay, Fax, Safeguard, Dove крем-мыло), liquid soap and gift sets are other "
           "products"),
        ("порошок стиральный пачку", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528", "2161508", "3023899",
                            "2070686", "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891", "198901", "106541",
                       "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "replacement item (blind «порошок для ручной стирки пачку», absent everywhere): laundry powder of any brand, "
           "scent and pack (Ariel, Persil, Tide incl. «Детский» and «д/чувств кожи», Лоск, Bimax, Биолан, BIOMIO); Пятёрочка "
           "«PERSIL СМС ПЕРСИЛ ЛАВАНДА 3 кг» taken as powder (sold by weight - outside knowledge); «пачку» is a unit; liquid "
           "detergents, gels and capsules (Ariel/Tide «жид.», Persil gel, Ласка, Woolite), conditioners and cleaning "
           "powders (Пемолюкс, Comet) excluded"),
        ("белизна бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Белизна chlorine bleach; VANISH Oxi stain remover, Domestos universal cleaners and toilet cleaners are other "
           "products; «белизна» in toothpaste titles (Aquafresh «сияющая белизна») is a trap"),
    ]),
    # L08 уборка
    ("пемолюкс для раковины, сода пищевая пачку, уксус столовый 9% бутылку, тряпка для пола хорошая", [
        ("пемолюкс для раковины", {
            "pyaterochka": ["3463865", "3463866"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пемолюкс cleaning powder, both scents (ЛИМОН, МОРСКОЙ БРИЗ); «для раковины» is a purpose; Comet and other "
           "cleaners are another brand"),
        ("сода пищевая пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking soda in any chain"),
        ("уксус столовый 9% бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% table vinegar; the only vinegar, Магнит «Уксус яблочный … 6%», is apple vinegar of another strength"),
        ("тряпка для пола хорошая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no floor cloth; BIG CITY LIFE «Салфетки в рулоне» (universal cleaning wipes), paper and wet napkins are other "
           "products"),
    ]),
    # L09 крупа и тушёнка
    ("гречка ядрица 2 пачки на неделю, тушенка говяжья гост пару банок, масло постное нерафинированное пахучее", [
        ("гречка ядрица 2 пачки на неделю", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г» (title without «ядрица», taken as ядрица - outside "
           "knowledge: продел is hardly sold); «2 пачки» is a quantity; PROSTO «Рис и греча» (a mix), buckwheat flakes, "
           "soba noodles, baby porridges, canned «каша гречневая с говядиной» and ready buckwheat dishes excluded"),
        ("тушенка говяжья гост пару банок", {
            "pyaterochka": ["3480976", "2160460"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef whose title states ГОСТ (set convention for «гост»/«по госту»): «Говядина Семейный Бюджет, Гост, "
           "тушеная, 500 г», «ЛЮБ.ДОМ Говядина туш.ГОСТ в/с 338г»; stewed beef without ГОСТ in the title (Русь «Экстра», "
           "Барс «Экстра», АК СНОВ, Лужская марка 1с, Великолукский «высший сорт») left out, stewed pork (also Магнит СОВОК "
           "«Свинина тушеная ГОСТ»), venison, canned chicken and buckwheat-with-beef excluded; «пару банок» is a quantity"),
        ("масло постное нерафинированное пахучее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«масло постное» = sunflower oil (outside knowledge: the old everyday name); no unrefined sunflower oil on sale: "
           "the sunflower oils are refined/deodorised (Благо, Mr.Ricco, Слобода, Олейна) or flavoured (Almador); unrefined "
           "olive oils (MONINI, Global Village) are not «постное» sunflower oil"),
    ]),
    # L10 винегрет и селёдка
    ("селедка иваси баночку, картошки 3 кг на пюре, свеклы кило на винегрет, майонез провансаль на салат", [
        ("селедка иваси баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted ivasi (the Soviet «сельдь иваси») in a jar: none; Магнит «Иваси (Сардина) тихоокеанская, 245 г» and "
           "Пятёрочка «Сардина т/о ИВАСИ натур.245г» are canned natural sardine (outside knowledge for the Магнит title: "
           "245 g at 59.99 is the standard tin), Пятёрочка «РРФ Сардина ИВАСИ т/о х/к тушка» is cold-smoked - other "
           "products; salted herring (сельдь) of other species is not ivasi"),
        ("картошки 3 кг на пюре", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (молодой, Новый урожай, мытый, красный, «для варки» 3 кг and «для жарки» 3 кг "
           "- «для жарки» is a purpose, not another product); «3 кг» is a quantity, «на пюре» a purpose; potato starch, "
           "chips, «Картофель хрустящий», instant mash and dumplings excluded"),
        ("свеклы кило на винегрет", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая, 1 уп. (1 кг)», Перекрёсток «Свекла мытая фасованная, 1кг»); beet salads "
           "and vegetable juices excluded; «кило» is a quantity"),
        ("майонез провансаль на салат", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3193489", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
                            "4105769", "3695167"],
        }, "mayonnaise of the Провансаль type, any brand and size, incl. «Провансаль оливковый», «Московский Провансаль … на "
           "перепелиных яйцах» and Махеевъ «Провансаль с лимонным соком»; Пятёрочка «Майонез Слобода, 67%, 800 мл» and "
           "Перекрёсток «Майонез Я люблю готовить на перепелиных яйцах 67%, 600мл» accepted because the other X5 chain "
           "titles the same product id as Провансаль (3193489, 3695167); mayonnaises not called Провансаль (Heinz "
           "«Классический», Слобода «Оливковый» incl. Магнит 375 г and the 800 мл id 3163111, Mr.Ricco, «Я люблю готовить "
           "домашний 55%») and Махеевъ «Соус ЦЕЗАРЬ» excluded"),
    ]),
    # L11 молочное и хлеб
    ("творог 9% полкило на сырники, сметана 20 процентов баночку, кефир 2.5 пакет, хлеб черный кирпичик", [
        ("творог 9% полкило на сырники", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9% (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); «полкило» "
           "is a quantity, «на сырники» a purpose; other fat levels (Брест-Литовск 3%, Село Зелёное 5%, Карат 4%), curd "
           "desserts, children's biotvorog with fruit, творожный сыр and сырки excluded"),
        ("сметана 20 процентов баночку", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409",
                            "4349770", "3634033"],
        }, "sour cream of exactly 20%, any brand and tub (incl. Вкуснотеево, found only in the re-check; lactose-free Parmalat Comfort 20% included, as lactose-free milk "
           "counts as milk); «баночку» is a unit; 10/15/25/30% sour creams, sour-cream cakes and flavoured snacks excluded"),
        ("кефир 2.5 пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in any chain; ряженка, yoghurts, Актимель/Имунеле fermented drinks are other products"),
        ("хлеб черный кирпичик", {
            "pyaterochka": ["3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский, 300 г»; «кирпичик» (a tin loaf) is not stated by any "
           "title and is read as the unit, not as a filter; «Хлеб Даниловский, Коломенское» and «Хлеб Марьин, заварной» "
           "(titles do not say rye), «Хреб Ржаной Край» and «Хлеб зерновой, Ржаной Край» (Ржаной Край is a brand, not rye "
           "bread), rye crispbread, croutons and the brand «Бородина» excluded"),
    ]),
    # L12 рыба
    ("минтай мороженый тушка кило, мука для обвалки рыбы, сметанка 15% к рыбе, цикорий растворимый банку", [
        ("минтай мороженый тушка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen whole headless pollock (тушка): none; «тушка» is a form and is required, so pollock fillets (Магнит «Филе "
           "минтая», Перекрёсток Люди Любят «Минтай филе» and «Филе … минтая порционное») are excluded; hake, cod and "
           "squid «тушка» are other fish"),
        ("мука для обвалки рыбы", {
            "pyaterochka": ["3605057", "3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "ordinary wheat flour of any grade and pack (Makfa 1 and 2 kg, Пышечка, «Мука Пшеничная, 2кг», Рязаночка «ЭКСТРА» "
           "and «из цельносмолотого зерна»); «для обвалки рыбы» is a purpose; rye flour, rice flour and durum «крупка» "
           "(other flours a shopper writing plain «мука» does not mean) excluded"),
        ("сметанка 15% к рыбе", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, "sour cream of exactly 15%, any brand and pack (РЕЗ ПАЛИСАД, Простоквашино, Домик в деревне, Молочный Знак, "
           "Брест-Литовск, Искренне Ваш, ЭкоНива; lactose-free Parmalat and Простоквашино 15% included); 10/20/25/30% "
           "excluded"),
        ("цикорий растворимый банку", {
            "pyaterochka": ["3462819"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain instant chicory (Большая Чашка «классический, растворимый, 85 г»); flavoured chicory (Большая чашка "
           "«черничный», Здравник «сливочный вкус») excluded; «банку» is a unit"),
    ]),
    # L13 внуку кашу и кисель
    ("кисель в брикете, сухофрукты на компот полкило, манка на кашу внуку, какао золотой ярлык порошок внукам", [
        ("кисель в брикете", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dry kisel briquette; Фруто Няня «Кисель, малина, 200 мл» is a ready children's drink, not a briquette"),
        ("сухофрукты на компот полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried-fruit mix for compote; single prunes (NaturFoods чернослив), nut-and-fruit snack mixes, ready "
           "compotes (JANARAT) and fruit yoghurts are other products"),
        ("манка на кашу внуку", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» taken as plain semolina groats (outside knowledge: a 700 g Увелка "
           "pack at groats price, not an instant porridge mix); «на кашу внуку» is a purpose; instant baby porridges "
           "excluded"),
        ("какао золотой ярлык порошок внукам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Золотой ярлык is absent; another brand is not accepted (КОММУНАРКА «Какао-порошок», Nesquik and "
           "УХТЫШКИ cocoa drinks excluded)"),
    ]),
    # L14 бутерброды
    ("колбаса докторская по госту полкило, сыр российский кусок к бутербродам, горчица русская к холодцу", [
        ("колбаса докторская по госту полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«по госту» is required and is satisfied only by a title that states ГОСТ (set convention); no Докторская title "
           "states ГОСТ (Велком, МД Бородина, Ближние Горки, Вязанка, Клинский, Окраина, Ремит, Рублевский, Маркет, «категории "
           "А», «высший сорт»), so all are left out although some may be made to GOST; Докторские sausages/сардельки and the "
           "energy drink «The Doctor» are other products"),
        ("сыр российский кусок к бутербродам", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese: Брест-Литовск «российский 50% 200гр», Зелёная Линия «Сыр Российский нарезка 50%» («кусок» "
           "read as the unit; sliced cheese for sandwiches accepted); other cheeses (Голландский, Белебеевский, Тысяча "
           "озёр…) and «Российский» chocolate/cognac/champagne excluded"),
        ("горчица русская к холодцу", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Russian mustard (МАХЕЕВЪ «Горчица РУССКАЯ столов.»); Global Village «Горчица Французская», horseradish and "
           "mustard-flavoured snacks excluded"),
    ]),
    # L15 кухня
    ("средство для посуды fairy подешевле, губки для посуды пачку 10 штук на кухню, перчатки резиновые хозяйственные пару, чистящий порошок", [
        ("средство для посуды fairy подешевле", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy hand dishwashing liquid, any scent and size (Platinum, Сочный лимон, Нежные руки); «подешевле» is a wish; "
           "AOS, Sorti, BIASEPT (other brands) and Finish/Somat dishwasher tablets excluded"),
        ("губки для посуды пачку 10 штук на кухню", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any chain"),
        ("перчатки резиновые хозяйственные пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rubber household gloves in any chain"),
        ("чистящий порошок", {
            "pyaterochka": ["3669892", "3463865", "3463866"],
            "magnit": ["204491"],
            "dixy": [],
            "perekrestok": [],
        }, "scouring powder: COMET «Порошок УТР.РОСА чист.», Пемолюкс (both scents), Магнит «Чистящее средство Comet, 475 г» "
           "(the 475 g Comet canister taken as the powder - outside knowledge); CIF cream, Comet and Domestos liquids, Bref "
           "gel and toilet blocks, laundry powders excluded"),
    ]),
    # L16 гигиена
    ("мыло детское 2 куска, зубная паста жемчуг тюбик, станки для бритья одноразовые пачку, пена для бритья подешевле", [
        ("мыло детское 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's soap; adult toilet soaps, JOHNSONS BABY oil and children's wet wipes are other products"),
        ("зубная паста жемчуг тюбик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Жемчуг is absent; other toothpastes (Colgate, Blend-a-med, Splat, ROCS, PRESIDENT…) are not "
           "accepted; the face cream «ЧЁРНЫЙ ЖЕМЧУГ» is a trap"),
        ("станки для бритья одноразовые пачку", {
            "pyaterochka": [],
            "magnit": ["204267144c"],
            "dixy": [],
            "perekrestok": [],
        }, "men's disposable razors (GILLETTE Blue II 5 шт); Gillette Simply VENUS (women's disposable razors) left out as "
           "another product for this shopper, Mach3 and Fusion handles with cartridges (reusable) excluded"),
        ("пена для бритья подешевле", {
            "pyaterochka": [],
            "magnit": ["111611"],
            "dixy": [],
            "perekrestok": ["56529"],
        }, "shaving foam (Arko 200 мл, Arko Man Sensitive 200мл); shaving gels (Gillette, NIVEA) are another form; "
           "«подешевле» is a wish"),
    ]),
    # L17 пирог с капустой
    ("капуста квашеная для пирога, яйца с0 десяток на пирог, масло топленое для пирога", [
        ("капуста квашеная для пирога", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4336623"],
        }, "plain sauerkraut: Белая Дача «Деревенская … крупная нарезка» and «фитнес», «кислая», «кисло-сладкая», Зелёная "
           "Линия «шинкованная с морковью» (carrot is part of the classic recipe); flavoured sauerkraut «с клюквой», «с "
           "хреном», «с морковью и клюквой/хреном» (also Магнит «с хреном») excluded; fresh cabbage and seaweed salad are "
           "other products"),
        ("яйца с0 десяток на пирог", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen eggs of class С0 (= СО = «отборные», set convention) in packs of 10: Окское СО, Роскар Экстра СО, Маркет СО, "
           "Волжское Утро «отборные»; С1 eggs, the 6-egg Волжанин «отборной категории» and 20-egg packs excluded"),
        ("масло топленое для пирога", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ghee (масло топлёное); Магнит «ХОЗЯЮШКА Топленая смесь 99,7%» (a blend with vegetable fat - outside "
           "knowledge), топлёное milk and «топленое молоко»-flavoured sweets are other products"),
    ]),
    # L18 завтрак
    ("геркулес на кашу утром, изюм без косточек для булочек, мед цветочный к чаю от простуды, молоко пастеризованное 2.5%", [
        ("геркулес на кашу утром", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the геркулес kind: Клинские «Хлопья овсяные \"Геркулес\" 500г», УВЕЛКА «Хлопья зерн.овсян.трад.» "
           "(traditional oat flakes = геркулес - outside knowledge); instant flavoured oat porridges (Быстров ассорти, "
           "Ясно Солнышко с ягодами, Heinz), buckwheat/rice/multigrain flakes, oat cookies and Велле oat yoghurts excluded"),
        ("изюм без косточек для булочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold on their own; nut-and-raisin mixes, chocolate and cookies with raisins are other products"),
        ("мед цветочный к чаю от простуды", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey (МЕДОВЫЙ ДОМ «цветочный разнотравье» 250 г, «цветочный монофлорный: Восточная липа» and "
           "«цветочный: Южный цветок» 320 г); крем-мёд with fillers (лимон-имбирь, малина) excluded as flavoured; "
           "honey-flavoured cookies, cereal and candies excluded"),
        ("молоко пастеризованное 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["7f46c8a5c5", "edf2484f0e", "4310700", "af8570f806", "2093081", "587286c051", "6986e66cd9",
                            "50cb0959f8", "3613024"],
        }, "pasteurised cow milk of exactly 2.5% («пастеризованное» is a form and is required): Асеньевская Ферма, Зелёная "
           "Линия, Молочный Знак (2 ids), Простоквашино (2 ids), Рузское, Сарафаново and Сарафаново «детское» (children's "
           "milk counts as milk); ultra-pasteurised («ультрапастеризованное», «у/паст», «ул/паст») and sterilised 2.5% milk "
           "(Вкуснотеево, Авида, Белый Город, Пр!ст, Простоквашино, Село Зелёное, Эконива, Домик в деревне, Можайское, "
           "Сарафаново) and other fat levels excluded"),
    ]),
    # L19 макароны по-флотски
    ("макароны рожки на по-флотски, фарш свиной полкило, томатная паста в банке для подливки, лист лавровый пакетик в суп", [
        ("макароны рожки на по-флотски", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta of the рожки shape: Пятёрочка «Макаронные изделия группы А высшего сорта. Витой рожок, 450 г.» (twisted "
           "horns); the shape is required, so перья, спирали/джирандоле/фузилли, пружинка, спагетти, вермишель, ракушки, "
           "улитки, фарфалле and pipe rigate are excluded, as are instant noodles and Macaronika cakes"),
        ("фарш свиной полкило", {
            "pyaterochka": [],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced pork (Магнит «Фарш свиной, натуральный, 1 кг»); «полкило» is a quantity; pork-beef «домашний» and "
           "«Деревенский» minces, beef, chicken and turkey mince excluded"),
        ("томатная паста в банке для подливки", {
            "pyaterochka": ["3696785", "84652", "31623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a jar («в банке» is the pack form): МАХЕЕВЪ «Паста ДОМАШНЯЯ томат.ст/б 500г», ПОМИДОРКА «Паста "
           "томатная паст.ст/б 250мл» and «Паста томатная, Помидорка, 480 мл» (the 480 ml pack of the same jarred paste taken "
           "as a jar - outside knowledge); Heinz «Паста Томатная, 310 г» left out (pack form not stated), ketchups, tomato "
           "sauces and fresh/pickled tomatoes excluded"),
        ("лист лавровый пакетик в суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bay leaves in any chain; spice mixes and seasonings are other products"),
    ]),
    # L20 пельмени
    ("пельмени сибирские пачку, сметана 15 процентов к пельменям, перец черный горошком в бульон", [
        ("пельмени сибирские пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pelmeni of the kind «Сибирские»: none; the brand «Сибирская коллекция» (Особые на сливках, Фирменные, Сочные, "
           "Телячьи, Новосибирские, 4 вида мяса) does not make its pelmeni «Сибирские» (a brand word in a product's name "
           "does not make it that product) and is left out (trap); other pelmeni (Мираторг, Ложкаревъ, Цезарь, Стародворье, "
           "Eat Meat, Бульмени) excluded"),
        ("сметана 15 процентов к пельменям", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, "sour cream of exactly 15%, any brand and pack (as «сметанка 15% к рыбе»); other fat levels and the Calve "
           "garlic sauce «д/мяс/кур/пельм.» excluded"),
        ("перец черный горошком в бульон", {
            "pyaterochka": ["89001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole black peppercorns: KOTANYI «Мельница перец черный 36г» (whole peppercorns in a disposable mill - the pack "
           "was not specified by the user); ground black pepper (Восточный гость «молотый»), pepper mixes (4 перца, смесь "
           "перцев, дроблёная), fresh and canned bell peppers excluded"),
    ]),
    # L21 чай с внуками
    ("вафли артек внукам, печенье юбилейное внукам, сгущенка цельная по госту, лимончик к чаю штучку", [
        ("вафли артек внукам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Артек is absent; other wafers (Яшкино, Коломенское, Коровка, Аладушкин, VARNA…) are not accepted"),
        ("печенье юбилейное внукам", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (product word + brand accepts every variant: традиционное, молочное/с глазурью, ореховое, "
           "овсяное, постное, with wholegrain, berries or chocolate taste); Магнит «Мини-кексы Юбилейное» (cakes), Julius "
           "Meinl «Кофе ЮБИЛЕЙНЫЙ» and Останкино «Колбаса Юбилейная» excluded (traps)"),
        ("сгущенка цельная по госту", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«по госту» is required and is satisfied only by a title that states ГОСТ (set convention); the whole sweetened "
           "condensed milks (Алексеевское 8,5% in Магнит, Перекрёсток and Пятёрочка ж/б and д/п) do not state ГОСТ and are "
           "left out although they may be made to GOST; варёная сгущёнка (Рогачев, «Егорка») and sweets/wafers with "
           "condensed milk are other products"),
        ("лимончик к чаю штучку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; lemonades, lemon-flavoured wafers/tea/candies, juices with lemon and Bref «лимон» "
           "toilet blocks are other products"),
    ]),
    # L22 засолка
    ("огурцы на засолку 3 кг, соль крупного помола для засолки, чеснок 3 головки на засолку, укроп пучок свежий", [
        ("огурцы на засолку 3 кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит «короткоплодные, тепличные» and «среднеплодные, пупырчатые», Перекрёсток «Ботаника "
           "фасованные», «Хрустящие», «корнишоны, 300г»); «на засолку» is a purpose and «3 кг» a quantity; Перекрёсток "
           "«Огурцы Хрустящие» taken as fresh (sold in the vegetables section at a fresh price - outside knowledge); salted, "
           "pickled and marinated cucumbers, Магнит «Ассорти Черри и Корнишоны» (a mixed pack), cucumber shampoos and "
           "«Цыплёнок корнишон» excluded"),
        ("соль крупного помола для засолки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coarse salt; MAREMAN «Соль морская средняя 1кг» is of medium grind (the grind was written and is required), "
           "Kotanyi «Чеснок-травы-соль» is a seasoning"),
        ("чеснок 3 головки на засолку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); ФЭГ «Чеснок белый солёный», dried granulated garlic and "
           "garlic-flavoured goods excluded"),
        ("укроп пучок свежий", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г»); «пучок» is a unit; "
           "mixed herb packs (петрушка-укроп-лук), dried dill and herring «с укропом» excluded"),
    ]),
    # L23 гороховый суп (one item replaced, see REPLACED)
    ("горох колотый полированный, грудинка копченая для горохового супа, сухарики к гороховому супу", [
        ("горох колотый полированный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dry split peas; canned green peas (Bizim Tarla «Горох … зелёный», горошек), ready pea soups and instant soup "
           "cups are other products"),
        ("грудинка копченая для горохового супа", {
            "pyaterochka": ["3465943", "4009229", "3999873"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4356314", "4322789", "78030214"],
        }, "replacement item (blind «ребрышки копченые для горохового супа», absent everywhere): smoked pork belly of any "
           "smoking method (копчёно-варёная, к/в, сырокопчёная; Останкино премиум, Маркет, ДЫМОВ «КРЫЛАТСКАЯ», Коптильный "
           "двор «Столичная», «грудинка сырокопченая … нарезка»); raw pork belly (Магнит «на кости», ПРОМАГРО «б/к»), "
           "Пятёрочка «Грудинка Особая, Останкино» (title does not say smoked), bacon (Бекон Велком, Cortador, Пятёрочка «бекон» - another product name) and Маркет Collection «Грудинка Лардо с "
           "можжевельником» (a spiced deli lardo, flavoured) excluded; «для горохового супа» is a purpose"),
        ("сухарики к гороховому супу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain сухарики: every сухарики/гренки title on sale is flavoured (холодец с хреном, сёмга с сыром, томат, "
           "чеснок, аджика, краб, сметана…) and plain products exclude flavoured ones; Finn Crisp «Сухарики Multigrain» is "
           "a crispbread; Knorr «Суп Горох с сухар» is a soup"),
    ]),
    # L24 блины и мороженое
    ("кефир литровый для оладий, варенье клубничное к блинам баночку, сахарный песок 1 кг пачку, пломбир в вафельном стаканчике внукам как раньше", [
        ("кефир литровый для оладий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in any chain"),
        ("варенье клубничное к блинам баночку", {
            "pyaterochka": [],
            "magnit": ["82bf2ad868"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry varenye (ВОЛОГОДСКОЕ ВАРЕНЬЕ «клубничное стерил 370г»); варенье ≠ джем (set d convention): Махеевъ "
           "«Джем КЛУБНИЧНЫЙ» and «Джем … клубника» excluded, ЭКОПРОДУКТ «Десерт ПРЕМИУМ КЛУБНИКА» (not called варенье) excluded, raspberry/blueberry varenye and ice cream with varenye "
           "excluded"),
        ("сахарный песок 1 кг пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar; Магнит «Сахар белый прессованный 1кг» is lump sugar and «Демерара» 500 г is cane "
           "sugar - other products"),
        ("пломбир в вафельном стаканчике внукам как раньше", {
            "pyaterochka": ["4009747"],
            "magnit": ["454d2f4e9d", "5e86759538"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (vanilla) plombir in a waffle cup: Свитлогорье «пломбир с ароматом ванили в вафельном стаканчике», СЛАВИНО "
           "«пломбир ванил в ваф/стак», 48 КОПЕЕК «Мороженое стак пломбир 88г» (the 48 копеек «стаканчик» taken as a waffle "
           "cup - outside knowledge); «как раньше» is a wish, so Магнит «Мороженое КАК РАНЬШЕ пломбир ваниль, 70г» is not "
           "implied by it and is left out because its pack is not stated (trap); chocolate plombir in a cup (flavoured), "
           "cones («рожок»), briquettes, eskimo, flow-pack plombir and milkshakes excluded"),
    ]),
    # L25 к столу
    ("кильки в томате пару банок, шпроты баночку к столу, хлеб бородинский к кильке, водка пол-литра", [
        ("кильки в томате пару банок", {
            "pyaterochka": ["3468685"],
            "magnit": ["159901"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprat in tomato sauce (Магнит «Килька обжаренная, в томатном соусе», Вкусные консервы «Килька черноморская, "
           "в томатном соусе»); «с чили» kilka excluded as flavoured, spiced-salted kilka (Балтийский Берег) is not in "
           "tomato; «пару банок» is a quantity"),
        ("шпроты баночку к столу", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil of any brand and size (incl. «Шпроты из салаки» and «Шпроты крупные»); «баночку» is a unit"),
        ("хлеб бородинский к кильке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread; «ЩЕДРЫЕ Хлебцы тонкие бородинские» (crispbread), «Колбаса Бородинская» and the brand "
           "«Мясной дом Бородина» are traps"),
        ("водка пол-литра", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "167591", "111501", "199131", "160071", "202041", "108971", "202051",
                       "167671", "199141", "1ea5fbb268", "213221", "159761", "112211", "2e5457171a"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in 0.5 l bottles («пол-литра» names the bottle and is respected), any brand (Drink House, "
           "Shustoff, Tundra, Белая Березка, Беленькая, Белуга, Журавли, Крещенская, Мороша, Русский Стандарт, Столичная, "
           "Талка, Хаски; «особая» Хортиця and Перепелка Фермерская accepted - no flavour named); 0.25/0.375/0.45/0.7/1 l "
           "bottles and flavoured vodkas (Зелёная Марка «Кедровая», Талка «Сибирский Кедр», Зимняя Деревенька "
           "«можжевеловая») excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fueNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fue\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fue%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fue%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fue"))
