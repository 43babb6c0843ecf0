#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yn.jsonl -- shopping lists for a football night with friends and the
morning after, hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yn.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot -- copied byte for byte
from fresh_basket_eval_yn.blind_lists.txt (written before any offer was read), except one item of
fyn18 replaced because that whole list was empty in every store (see README, "Replacements") -- and
for every item the product ids, per store, of every in-stock offer a reasonable shopper who wrote
exactly that item would accept.  Candidates were grepped broadly in real_offers.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one;
each note records what was accepted, what was deliberately left out and any judgement resting on
outside knowledge.  An empty list means the store has nothing acceptable (missing there).  Nothing
of the price-comparison tool itself was read or run.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is
in stock, no id repeats within an item, every item has a note, the labels are exactly the list's
items in order -- and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fyn01,
fyn02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yn.jsonl")


def A(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    """Accepted ids per store, in the store order labelled_lists expects."""
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# shared id sets (two items of the same kind get the same labels)
GROUND_COFFEE = dict(
    pyaterochka=["2100058", "2147888", "3353391", "3395339", "3395340", "3452816", "3607723", "3607740",
                 "3664256", "3683616", "3689956", "3900893", "3980976", "4034432", "46293", "72110", "7765"],
    magnit=["111661", "14d2756c10", "159961"],
)
GROUND_COFFEE_NOTE = (
    "natural roasted ground coffee of any brand/blend (Paulig, Jardin, Egoiste, Jacobs Monarch/Barista, "
    "Ambassador, Восэба, Starbucks, Lavazza, J.Meinl, Черная карта/Paulig Mokka «для заваривания в чашке», "
    "Carte Noire, Жардин «Дессерт Кап»); the strength word is a wish, not a filter (no title states strength); "
    "instant coffee incl. «молотый в растворимом» / «сублимированный с молотым» (Nescafe Gold Barista, "
    "Bushido, Millicano), beans, flavoured ground coffee (Жокей «Ирландские сливки») and Магнит "
    "«MONARCH Lungo 8 Intenso … молотый 52г 10шт» excluded -- the last taken as capsules (outside knowledge)")

LISTS = [
    # fyn01 kick-off: beer and snacks
    ("пивко жигулевское баночное 4 шт, чипсы lays со вкусом краба большая пачка, кириешки холодец-хрен, колбаски для жарки не острые", [
        ("пивко жигулевское баночное 4 шт", A(),
         "no Жигулевское beer in any store (no title matches жигул/zhiguli); «4 шт» is a quantity"),
        ("чипсы lays со вкусом краба большая пачка", A(pyaterochka=["3931228"], magnit=["106331"]),
         "Lay's crab chips in the regular 85-90 g pack (Пятёрочка «Королевский краб» 85 г, Магнит 90 г); «большая "
         "пачка» read as excluding the small 50 g pack (Пятёрочка LAY'S краб 50г), no larger crab pack exists; "
         "other brands' crab chips (LAVA LAVA, Русская картошка, Pringles краб, «Картофель хрустящий со вкусом "
         "краба»), TUC краб and Хрусteam краб excluded"),
        ("кириешки холодец-хрен", A(magnit=["4fb9148fb2", "e26d76ca46"]),
         "Магнит КИРИЕШКИ «холодец/бекон/ветчина» 40 г and 100 г accepted -- a promo card covering the line's "
         "flavours, холодец (с хреном) among them (outside knowledge: Кириешки sells «Холодец с хреном»); Три "
         "корочки, Фишка, Гренковъ, Vian, Крутоны «холодец с хреном» croutons and TWISTER «холодца с хреном» "
         "chips are other brands, excluded"),
        ("колбаски для жарки не острые", A(pyaterochka=["3492564", "3651808"], magnit=["199531"], dixy=["4792481012"]),
         "raw sausages for frying: Мираторг «Колбаски Чевапчичи из говядины», Ближние Горки «Чевапчичи из "
         "свинины», Магнит «Купаты куриные, охлажденные», Дикси «Купаты Ямское подворье охлажденные»; none says "
         "spicy, so «не острые» excludes nothing here; cooked sausages (сосиски, Баварские, шпикачки, сардельки), "
         "dry-cured snack sausages (Черкизово «Колбаски Снек», «Кнуты») and «Хотстеры» excluded"),
    ]),
    # fyn02 beer for the match
    ("пивас светлый нефильтр, б/а пиво 3 шт, фисташки солененькие к пивку, кальмарчик сушеный стружкой", [
        ("пивас светлый нефильтр", A(magnit=["204931", "30dda00a31", "7f9482ca4a", "111751", "108671"]),
         "light unfiltered alcoholic beer: Carlsberg Wild Unfiltered, LOWENBRAU «свет … н/ф», FRANZISKANER "
         "Weissbier «св н/ф», Hoegaarden 4,9 % and Kronenbourg 1664 Blanc (both taken as unfiltered wheat beers "
         "-- outside knowledge, the titles do not say it); filtered lagers, dark beer, alcohol-free «нефильтрованный» "
         "drinks (Перекрёсток Балтика №0 Пшеничный, Hoegaarden б/а) excluded"),
        ("б/а пиво 3 шт", A(magnit=["167351", "ab02321689"],
                            perekrestok=["3502293", "3636389", "3655527", "4344713", "4350458"]),
         "alcohol-free beer of beer style: Магнит Bud безалкогольное, Горьковская пивоварня IPA 0 %; Перекрёсток "
         "Балтика №0 светлое and Пшеничный нефильтрованный, Bud б/а 0.5 %, Крушовице Нон-алко, Hoegaarden б/а; "
         "flavoured alcohol-free beer drinks (Балтика 0 Малина, «грейп», Гранат, Перекрёсток Балтика №0 Грейпфрут), "
         "alcoholic beer and alcohol-free wine/soft drinks excluded; «3 шт» is a quantity"),
        ("фисташки солененькие к пивку", A(pyaterochka=["3933060", "4073982"], magnit=["f692308d66"]),
         "salted pistachios: Пятёрочка «Фисташки … обжаренные подсоленные» and Джаз «жареные соленые», Магнит "
         "Восточный гость «Фисташка жар солен»; pistachio-flavoured sweets/yoghurt excluded"),
        ("кальмарчик сушеный стружкой", A(magnit=["e9fc0d684c"]),
         "Магнит SOLONINA «Кальмар стружка сушено-вяленый»; boiled squid in brine (Два капитана «соломка в "
         "рассоле», Меридиан пресервы), frozen squid and squid salads excluded"),
    ]),
    # fyn03 pizza night
    ("пиццу 4 сыра замороженую, пицца пеперони, кетчуп хайнс томатный 2 бутылки, соус сырный к начосам", [
        ("пиццу 4 сыра замороженую", A(),
         "no four-cheese pizza anywhere; Пятёрочка Цезарь «с ветчиной и грибами» and РЕСТОРИЯ «ассорти» are other "
         "pizzas, excluded"),
        ("пицца пеперони", A(),
         "no pepperoni pizza; Пятёрочка «ГОР.ШТУЧ. Чебупицца Пепперони» is a pizza-shaped snack, excluded (as in "
         "fresh_basket_eval_zh); Цезарь/РЕСТОРИЯ pizzas are other kinds"),
        ("кетчуп хайнс томатный 2 бутылки", A(pyaterochka=["4086400"]),
         "Heinz plain tomato ketchup (Пятёрочка «Томатный кетчуп Heinz 342г»); HEINZ «Кетчуп томат. с горч.» "
         "(tomato with mustard -- another flavour), Heinz sauces (Salsa, Cherry, Сырный …) and other brands' tomato "
         "ketchups excluded; «2 бутылки» is a quantity"),
        ("соус сырный к начосам", A(magnit=["160311", "214641", "911424de26", "938a512a73", "e86487c5f3"]),
         "cheese sauce: Магнит Слобода «Сырный», Heinz «Сырный» 230 г and 200 г, MR.RICCO «Сырный», МАХЕЕВЪ "
         "«Сырный»; Caesar dressings (Calve «Соус сырный … Цезарь», Calve «Цезарь сырный д/салата», Heinz "
         "Цезарь), cheese-flavoured snacks and nachos themselves excluded; «к начосам» is a purpose"),
    ]),
    # fyn04 dried fish and nuts
    ("вобла вяленая 1 шт, арахис соленый пачки 3, балтика 7 0.5, крекер рыбки солененькие", [
        ("вобла вяленая 1 шт", A(magnit=["705f039ea0"]),
         "Магнит SOLO NINA «Вобла вяленая соломка 40г» accepted -- dried roach, no form written («1 шт» read as a "
         "quantity); other dried fish (BEERKA тунец) and squid excluded; no whole вобла anywhere"),
        ("арахис соленый пачки 3", A(pyaterochka=["3954224"], magnit=["4a8764138e"]),
         "plain salted peanuts: От Мартина «обжаренный с солью», Магнит Восточный гость «Арахис жар соленый»; "
         "Джаз «Арахис жареный» (salt not stated), PARTY NUTS flavoured peanuts (васаби, чили, мёд-горчица, "
         "сметана-лук, «морская соль и черный перец»), peanut sweets and nut mixes excluded; «пачки 3» is a quantity"),
        ("балтика 7 0.5", A(),
         "the only Балтика №7 is Магнит's 1,35 л bottle -- the written 0.5 l size excludes it; Балтика 0 drinks are "
         "alcohol-free/flavoured"),
        ("крекер рыбки солененькие", A(),
         "no fish-shaped crackers; TUC, «Забавные животные» (animal shapes) and «С кунжутом и семенами льна» "
         "crackers excluded"),
    ]),
    # fyn05 grill at home
    ("колбаски баварские, горчичка зернистая, heinz барбекю соус, лавашик тонкий армянский 2 шт, огурчики маринованые хрустящие", [
        ("колбаски баварские", A(),
         "no Bavarian колбаски; Пятёрочка «Сосиски БАВАРСКИЕ» (Дымов, 420 г, 0,44 кг) are сосиски, another product, "
         "excluded"),
        ("горчичка зернистая", A(pyaterochka=["3621047"]),
         "Пятёрочка «Горчица Французская Global Village» taken as grain mustard (outside knowledge: «французская "
         "горчица» is the mild whole-grain kind); МАХЕЕВЪ «Горчица РУССКАЯ» (smooth) excluded"),
        ("heinz барбекю соус", A(),
         "no Heinz barbecue sauce; Heinz Salsa/Cherry/Сырный/Цезарь/кисло-сладкий/терияки/чили/брусничный, "
         "Мираторг «Хрумпилсы BBQ» and other brands excluded"),
        ("лавашик тонкий армянский 2 шт", A(),
         "no lavash in any store; Mission «Лепешки тортилья» are another bread, excluded"),
        ("огурчики маринованые хрустящие", A(pyaterochka=["2147768", "3952588"]),
         "marinated cucumbers: Пятёрочка «СК.САМОБР. Огурчики маринов 720мл» and Дядя Ваня «Огурцы Пикули Одесские» "
         "(pasteurised gherkins, taken as marinated -- outside knowledge); «хрустящие» is a quality wish; fresh "
         "cucumbers (Перекрёсток «Огурцы Хрустящие 450г» in Окрошка, корнишоны 300 г) and salted/barrel cucumbers "
         "excluded"),
    ]),
    # fyn06 the morning after
    ("кефирчик 2.5% литр, рассол огуречный банка, ессентуки 17 минералка, лимончик на утро", [
        ("кефирчик 2.5% литр", A(),
         "no kefir at all in the recorded offers (only Агуша ряженка клубника 2,9 %); missing everywhere"),
        ("рассол огуречный банка", A(),
         "no cucumber brine sold as such; «в рассоле» seafood and pickled cucumbers are other products"),
        ("ессентуки 17 минералка", A(pyaterochka=["3977406", "3977408", "3688644"], perekrestok=["3977406"]),
         "Ессентуки №17 any size: Пятёрочка 0,45 л glass and 1 л PET, Перекрёсток 450 мл; Пятёрочка «ЗАПОВ.ЗДОР. "
         "Вода№17 пит.мин.лечеб.газ 1,5л» taken as Ессентуки №17 (outside knowledge: «№17» names that Essentuki "
         "spring, Заповедник здоровья bottles it); Ессентуки №4 and other mineral waters excluded"),
        ("лимончик на утро", A(),
         "no fresh lemons in any store; lemon-flavoured goods (Fairy, AOS, Halls, drinks) excluded"),
    ]),
    # fyn07 breakfast
    ("яйца с0 десяточек пару упаковок, бекон нарезочка, кофе молотый покрепче", [
        ("яйца с0 десяточек пару упаковок", A(pyaterochka=["3620510"], perekrestok=["3062835", "3634491", "44323"]),
         "chicken eggs С0/СО/«отборные» in packs of 10: Пятёрочка Волжское Утро «отборные, 10 шт», Перекрёсток "
         "Окское СО, Маркет СО, Роскар Экстра СО; С1 eggs, Волжанин «отборной категории» 6 шт and quail eggs "
         "excluded; «пару упаковок» is a quantity"),
        ("бекон нарезочка", A(pyaterochka=["3443644", "3445554", "3655098", "3649921", "4020279"],
                              perekrestok=["3443644", "3445554", "4225967", "4420883"]),
         "packaged bacon: Велком 200 г, Дымов Венгерский «нарезка», Пятёрочка «с/к бекон 150гр» and «бекон 180г», "
         "Cortador 180 г, Market Collection «Бекон венгерский» 150 г -- packs of 150-200 g taken as sliced (outside "
         "knowledge; as in fresh_basket_eval_zh); грудинка (incl. «грудинка сырокопченая нарезка»), the "
         "«Шейка-Балык-Бекон Панчетта» assortment and raw pork belly excluded"),
        ("кофе молотый покрепче", A(**GROUND_COFFEE), GROUND_COFFEE_NOTE),
    ]),
    # fyn08 hangover kit
    ("бульон куриный кубиками, нарзан 1л, кефир 1% 900 грамм, сок томатный солёненький", [
        ("бульон куриный кубиками", A(),
         "no chicken stock cubes; Роллтон «Бульон говяжий» (beef, granules), Роллтон chicken noodles and MAGGI "
         "seasonings excluded"),
        ("нарзан 1л", A(),
         "the only Нарзан is Магнит «НАРЗАН ЭЛИТА, негазированная, 500мл» -- the written 1 l excludes it"),
        ("кефир 1% 900 грамм", A(), "no kefir in the recorded offers"),
        ("сок томатный солёненький", A(magnit=["73e225090c"], perekrestok=["3498246"]),
         "tomato juice whose title says salted: Магнит Сады Придонья «Сок томатный с солью 2л», Перекрёсток Santal "
         "«томатный … с солью»; tomato juices without «с солью» in the title (Rich, J7, Дары Кубани, Фруктовый сад, "
         "Сады Придонья «для детского питания») excluded, as is Добрый «Нектар томатный с сахаром и солью» (a nectar) "
         "and !DEAS tomato-cucumber vegetable juice"),
    ]),
    # fyn09 party supplies
    ("стаканчики пластиковые одноразовые, тарелки бумажные одноразовые, мешки мусорные 60л прочные", [
        ("стаканчики пластиковые одноразовые", A(),
         "Перекрёсток «Стаканы одноразовые 250мл в ассортименте Маркет, 6шт» does not say plastic (39 g for six "
         "250 ml cups points to paper -- outside knowledge), so excluded; whisky gift packs «/ стакан» excluded"),
        ("тарелки бумажные одноразовые", A(), "no disposable plates in any store"),
        ("мешки мусорные 60л прочные", A(magnit=["e9bebc57c0"]),
         "Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; «прочные» is a wish; Магнит 35 л bags excluded (size)"),
    ]),
    # fyn10 more beer and chips
    ("пиво hoegaarden, пиво безалкогольное клинское, принглс сметана и лук, чипсы какие-нибудь подешевле", [
        ("пиво hoegaarden", A(magnit=["111751"]),
         "Магнит «Пиво Hoegaarden, 4,9 %»; Перекрёсток «Напиток пивной Hoegaarden … безалкогольный» excluded (a brand "
         "alone means the classic alcoholic beer)"),
        ("пиво безалкогольное клинское", A(),
         "no Клинское beer (Клинский in the offers is the sausage maker); other alcohol-free beers excluded (brand "
         "written)"),
        ("принглс сметана и лук", A(),
         "Pringles exist only as сыр, паприка, краб and rice «Asian Collection»; sour-cream-and-onion chips of "
         "other brands (Lay's, KRAC, Русская картошка) excluded"),
        ("чипсы какие-нибудь подешевле", A(
            pyaterochka=["2153831", "3231225", "3435061", "3453318", "3463551", "3463552", "3485986", "3611009",
                         "3624025", "3624026", "3671742", "3671743", "3688435", "3931228", "3941439", "3943579",
                         "3956451", "3956452", "3986506", "3986507", "3994439", "3994660", "3994662", "4035369",
                         "4035371", "4035377", "4035779", "4035782", "4061907", "4062940", "4086621", "4086622",
                         "4086623", "4086624", "4069903", "4069908", "4343840", "4343841"],
            magnit=["1000487857", "106331", "106341", "162f632716", "198921", "202981", "204411", "213571",
                    "b3b39073da"]),
         "any savoury chips: potato chips of every brand and flavour (Lay's incl. Stax and 50 g, Pringles, KRAC, "
         "Lorenz Naturals, Bon Giorno, Русская картошка, LAVA LAVA, TWISTER and «Картофель хрустящий» -- potato "
         "chips by another name), corn «Чипсы НАЧОС» DELICAD and Pringles rice chips; «какие-нибудь подешевле» is a "
         "wish; apple chips (ЯБЛОКОВ), onion rings, corn sticks (Читос), Сырball, crackers and сухарики excluded"),
    ]),
    # fyn11 hot dogs
    ("сосисочки для гриля, кетчуп махеевъ шашлычный, горчица русская острая ядреная", [
        ("сосисочки для гриля", A(),
         "«для гриля» read as naming the kind (grill sausages); no title offers sausages for grilling/frying; "
         "ordinary cooked сосиски (Баварские, Венские, молочные, сливочные …), шпикачки, сардельки, купаты and "
         "чевапчичи excluded"),
        ("кетчуп махеевъ шашлычный", A(pyaterochka=["3673190"]),
         "Пятёрочка «МАХЕЕВЪ Кетчуп ШАШЛЫЧ.» 700 г; Махеевъ Томатный/Чили, Слобода «Шашлычный» (other brand) and "
         "Тихвинский уезд «Соус шашлычный» excluded"),
        ("горчица русская острая ядреная", A(pyaterochka=["3435016"]),
         "Пятёрочка «МАХЕЕВЪ Горчица РУССКАЯ столов.» (Russian mustard is the hot kind; «острая ядреная» adds "
         "nothing checkable); French/grain mustard and mustard-flavoured snacks excluded"),
    ]),
    # fyn12 guests are coming
    ("сухари 3 корочки, сырные палочки, пиво охота крепкое, водичка питьевая 5л 2 бутыли", [
        ("сухари 3 корочки", A(magnit=["38f3e441a4"], perekrestok=["2063961", "2063964", "3014253", "3911761", "63021"]),
         "every Три корочки/3КОРОЧКИ сухарики (brand + product = all flavours and sizes, incl. packs with a sauce "
         "sachet); other croutons (Хрусteam, Кириешки, Фишка, Гренковъ …) excluded"),
        ("сырные палочки", A(perekrestok=["4050804", "4050805"]),
         "cheese in stick form: Перекрёсток Unagrande «Моцарелла палочки» and Умалат «Сулугуни палочки»; Хрусteam "
         "сухарики «со вкусом Сырные палочки» (croutons), Читос corn sticks «кетчуп/сыр», Чечил «соломка»/«спагетти» "
         "and crab sticks excluded"),
        ("пиво охота крепкое", A(), "no Охота beer in any store; other strong beers excluded (brand written)"),
        ("водичка питьевая 5л 2 бутыли", A(pyaterochka=["3608729", "3635131"], magnit=["e8574e2cda"],
                                            perekrestok=["3503711"]),
         "still drinking water in 5 l bottles: Перекрёсток Малаховская №1 5 л, Пятёрочка Архыз «Легенда Гор» 5 л "
         "(natural table water) and the children's waters Honey kid Черноголовская 5 л and Магнит АКВАЛАЙН «Для "
         "ляль» 5 л (drinking water for children is still drinking water); smaller bottles excluded (size written); "
         "«2 бутыли» is a quantity"),
    ]),
    # fyn13 quiet morning
    ("ряженочка 4% пол литра, якобс монарх растворимый, сырок дружба плавленый", [
        ("ряженочка 4% пол литра", A(),
         "no ряженка 4 %: the only ряженка is Агуша клубника 2,9 % 200 г (flavour, fat and size differ)"),
        ("якобс монарх растворимый", A(pyaterochka=["3372172", "3488345"], magnit=["106231", "205121"]),
         "Jacobs Monarch instant coffee (incl. «Intense», «сублимированный» 95 г/240 г); Monarch ground/beans/"
         "capsules, Jacobs Gold/Millicano/Velour/Crema excluded"),
        ("сырок дружба плавленый", A(),
         "Дикси «Сыр плавленый Дружба Карат 55%, 400 г» is a 400 g tub, not a «сырок» (the small processed-cheese "
         "bar), so excluded; other processed cheeses (Карат Янтарь/Коралл, Виола, President, Hochland) and curd "
         "«сырки» excluded"),
    ]),
    # fyn14 second match
    ("пицца охлажденная, чесночный соус для пиццы, кока кола зеро 2л, чипсы с беконом", [
        ("пицца охлажденная", A(),
         "no chilled pizza: Пятёрочка Цезарь «Пицца с ветчиной и грибами» and РЕСТОРИЯ «Пицца ассорти» taken as "
         "frozen (РЕСТОРИЯ is in «Заморозка»; Цезарь is a frozen brand -- outside knowledge), Чебупицца is a snack"),
        ("чесночный соус для пиццы", A(pyaterochka=["3427657"]),
         "Пятёрочка CALVE «Соус сл.-чесн.» (creamy garlic sauce); MR.RICCO «Кетчуп POMODORO … чесн.» (garlic ketchup) "
         "and garlic croutons excluded; «для пиццы» is a purpose"),
        ("кока кола зеро 2л", A(),
         "no Coca-Cola Zero 2 l: Перекрёсток Coca-Cola 2 л is the sugared classic, Пятёрочка «COCA-COLA … б/сах» is "
         "0,9 л (size written); Cool Cola Zero, Черноголовка/Добрый без сахара are other brands"),
        ("чипсы с беконом", A(),
         "no bacon-flavoured chips; Кириешки «холодец/бекон/ветчина» are сухарики, excluded"),
    ]),
    # fyn15 beer and shrimps
    ("пиво krusovice, креветки вареномороженые, соус тартар, лаймы", [
        ("пиво krusovice", A(magnit=["104791", "108721"]),
         "Магнит «Пиво Krusovice, светлое» and «Krusovice Svetle»; Перекрёсток «Напиток пивной Крушовице Нон-алко "
         "безалкогольный» excluded (brand alone = the classic alcoholic beer)"),
        ("креветки вареномороженые", A(pyaterochka=["3605498", "3663836"],
                                      perekrestok=["3432111", "3495300", "3641931", "3642960", "3970776", "4343270",
                                                   "4379876", "4379877", "4385594"]),
         "cooked-frozen shrimp: every title with «варено-мороженые»/«в/м» (Пятёрочка КР.ЦЕНА «мелкие неразд. в/м», "
         "Перекрёсток Vici, Polar 70/90, Бухта изобилия, северные неразделанные, Люди Любят) and Пятёрочка «креветки "
         "северные, Polar, 500 г» (northern shrimp are sold cooked-frozen -- outside knowledge); «свежемороженые», "
         "raw «замороженные», spiced Polar «с пряностями», shrimp in brine/«в заливке», and Fish House/KALURI packs "
         "that do not say cooked excluded"),
        ("соус тартар", A(pyaterochka=["3427655"]),
         "Пятёрочка CALVE «Соус ТАРТАР»; сухарики packs with a tartar sachet (3КОРОЧКИ, Три корочки) excluded"),
        ("лаймы", A(magnit=["168711"]),
         "fresh limes (Магнит «Лайм, 1 кг»); lime-flavoured drinks, air fresheners and mouthwash excluded"),
    ]),
    # fyn16 recovery
    ("минералочка есентуки 4, кефир простоквашино, бульон говяжий, яички с1 10шт", [
        ("минералочка есентуки 4", A(pyaterochka=["3977405", "3977407", "3688643"], perekrestok=["3977405"]),
         "Ессентуки №4 any size (Пятёрочка 0,45 л glass, 1 л PET, Перекрёсток 450 мл); Пятёрочка «ЗАПОВ.ЗДОР. Вода "
         "№4 пит.мин.л-ст.газ.1,5л» taken as Ессентуки №4 (outside knowledge, as for №17); Ессентуки №17 and "
         "other waters excluded"),
        ("кефир простоквашино", A(),
         "no kefir in the recorded offers; Простоквашино milk and butter excluded"),
        ("бульон говяжий", A(magnit=["e323427153"]),
         "Магнит «РОЛЛТОН Бульон говяжий Домашний 90г» (dry beef broth); MAGGI seasonings, soups and noodles "
         "excluded"),
        ("яички с1 10шт", A(pyaterochka=["3446505"],
                           perekrestok=["3062836", "3446505", "3662512", "4068694"]),
         "С1 chicken eggs in packs of 10: Село Зелёное «Деревенское С1 10шт» (both chains), Перекрёсток Окское С1, "
         "Маркет С1, Зелёная Линия «активита С1 с селеном и йодом»; Лето С1 20 шт, СО/отборные and quail eggs "
         "excluded"),
    ]),
    # fyn17 wake up
    ("энергетик adrenaline rush 0.449, кофеек в зернах хороший, сливки 10% в кофеек, рафинад сахар кусковой", [
        ("энергетик adrenaline rush 0.449", A(pyaterochka=["3931836", "3931838", "4068487"], magnit=["205111"]),
         "Adrenaline Rush in 0.449 l cans: Пятёрочка «Адреналин раш», «Adrenaline Rush red energy», «Adrenaline "
         "Rush без сахара» 0,449л (the «Х 6» taken as the case count, a quantity), Магнит «Adrenaline Rush, 0,449 л»; "
         "other Adrenaline lines (Juicy, Game Fuel, Gold 0,33 л), Burn, Monster, Drive Me, E-ON excluded"),
        ("кофеек в зернах хороший", A(
            pyaterochka=["2073687", "2100060", "3086387", "3153783", "3431276", "3434095", "3472968", "3607729",
                         "3608097", "3649043", "3689955", "3691657", "45169", "75495"],
            magnit=["042657fbf1", "065ccd9ec9", "105001", "160171", "275856ead6", "ac8c4bac09"]),
         "coffee beans of any brand (Paulig, Lavazza, Jardin, Черная карта, Ambassador, Jacobs Monarch, Egoiste, "
         "Venetto, J.Meinl/Юлиус Майнл, Piazza del Caffe); «хороший» is a wish; ground and instant coffee and Магнит "
         "«Кофе Американо/Латте … зерновой 230-320мл» (ready coffee drinks) excluded"),
        ("сливки 10% в кофеек", A(pyaterochka=["3634638"], magnit=["476dabe99f"], perekrestok=["4178852"]),
         "drinking cream 10 %: Магнит Домик в деревне 10 % 950 г, Перекрёсток Молочный знак 10 %, Пятёрочка "
         "Сарафаново «дет. 10%» (children's cream counted like children's milk); 20 %/33 % cream, Parmalat Comfort "
         "11 %, Mr. Сливкин and Сопьо Крима substitutes excluded"),
        ("рафинад сахар кусковой", A(magnit=["07d5c3205d"]),
         "Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed lump sugar = рафинад); cane sugar «Демерара» excluded"),
    ]),
    # fyn18 dried fish (one item replaced, see README)
    ("квас очаковский 2 литра, тунец сушено-вяленый соломкой, тарань", [
        ("квас очаковский 2 литра", A(), "no kvass in any store"),
        ("тунец сушено-вяленый соломкой", A(magnit=["4ce84def29"]),
         "REPLACEMENT for the blind item «корюшка сушеная» (this list was empty in every store): Магнит «BEERKA "
         "Тунец сушено-вяленый соломка 70г»; вобла соломка and squid excluded"),
        ("тарань", A(), "no тарань in any store; Магнит вобла «соломка» is another fish, excluded"),
    ]),
    # fyn19 snack board
    ("колбаски охотничьи 2 пачки, сыр косичка копченый чечил, кешью соленый, пиво козел темное", [
        ("колбаски охотничьи 2 пачки", A(),
         "no Охотничьи колбаски; Черкизово «Колбаски Снек», «Кнуты», мини-салями and сосиски excluded"),
        ("сыр косичка копченый чечил", A(perekrestok=["3165362"]),
         "Перекрёсток Предгорье Кавказа «Чечил копченый 45%, 100г» taken as the smoked braid (outside knowledge: "
         "sold as a braid); Чизолини «Чечил копченый соломка» (strings), unsmoked Чечил, «спагетти» and «Ассорти» "
         "packs excluded"),
        ("кешью соленый", A(),
         "no salted cashews: Пятёрочка СЕМУШКА «Кешью жареный» does not say salted, Шарлиз «Кешью в карамели» is a "
         "sweet; excluded"),
        ("пиво козел темное", A(),
         "no dark Kozel: Магнит «Velkopopov Kozel Rezany, светлое» is labelled light; Zatecky Gus Cerny and ABBE "
         "Brune are other brands"),
    ]),
    # fyn20 pizza from the freezer
    ("пицца dr oetker, песто соус зелененький, кола добрый 1л, крекеры tuc", [
        ("пицца dr oetker", A(), "no Dr. Oetker pizza (only a Dr. Oetker glaze); other pizzas excluded (brand written)"),
        ("песто соус зелененький", A(pyaterochka=["2140646", "3477315"], magnit=["fc54ad529d"]),
         "green basil pesto: Barilla «Pesti Genovese», Filippo Berio «Песто классический» (classic = green basil -- "
         "outside knowledge), Магнит PREMIERE OF TASTE «Песто Дженов»; Oldenburger cheese «Песто зеленый» and a "
         "salad «с соусом песто» excluded"),
        ("кола добрый 1л", A(pyaterochka=["4429993"]),
         "Пятёрочка «Кола Добрый с пониженной калорийностью … 1л» (brand + product accepts every Добрый cola of the "
         "written 1 l size); Добрый cola 0,25/0,5/1,5 л and other colas excluded"),
        ("крекеры tuc", A(pyaterochka=["3490862", "3943973", "3943974", "4024592"], magnit=["199291"]),
         "every TUC cracker (сыр, пицца, mini сыр, mini сметана-лук, краб); Milka chocolate «с соленым крекером TUC» "
         "excluded"),
    ]),
    # fyn21 sick day
    ("кефирчик 3.2% жирный, огурцы бочковые соленые, славяновская минералка без газа, бульончик куриный в пачке", [
        ("кефирчик 3.2% жирный", A(), "no kefir in the recorded offers"),
        ("огурцы бочковые соленые", A(perekrestok=["4404269"]),
         "Перекрёсток «Огурцы соленые бочковые Маркет, 500г»; salted cucumbers not called бочковые (Магнит МЕЛЕНЪ "
         "Муромские, корнишоны; Пятёрочка Глобус Старорусские) and marinated/fresh cucumbers excluded"),
        ("славяновская минералка без газа", A(),
         "no Славяновская; other still mineral waters excluded (brand written)"),
        ("бульончик куриный в пачке", A(),
         "no packaged chicken broth; Роллтон «Бульон говяжий» (beef) and Роллтон chicken noodles excluded"),
    ]),
    # fyn22 frying pan
    ("шпикачки для жарки, купаты свиные, соус ткемали", [
        ("шпикачки для жарки", A(pyaterochka=["3472486", "3685490", "4008109"]),
         "every шпикачки: МДБ «ДОМАШНИЕ», Мясницкий Ряд «для завтрака», Папа Может «Сочные»; «для жарки» is a "
         "purpose; сосиски and сардельки excluded"),
        ("купаты свиные", A(),
         "Магнит «Купаты куриные» (chicken) excluded; Дикси «Купаты Ямское подворье» does not state the meat, so "
         "the written «свиные» cannot be confirmed -- excluded"),
        ("соус ткемали", A(pyaterochka=["54"]),
         "Пятёрочка «Соус Кинто, Ткемали»; other Georgian/Caucasian sauces (Кебаб, «по-грузински», Кавказский, "
         "Narsharab) excluded"),
    ]),
    # fyn23 strong coffee
    ("кофе крепкий молотый для турки, яички перепелиные 20шт, молочко 3.2 в кофе", [
        ("кофе крепкий молотый для турки", A(**GROUND_COFFEE),
         GROUND_COFFEE_NOTE + "; «для турки» is a purpose (no title states a grind)"),
        ("яички перепелиные 20шт", A(perekrestok=["4321659"]),
         "Перекрёсток «Яйца перепелиные Маркет, 20шт»; chicken eggs and salads «с перепелиным яйцом», mayonnaise "
         "«на перепелином яйце» excluded"),
        ("молочко 3.2 в кофе", A(
            pyaterochka=["3425329", "3507208", "3645807", "3694630"], dixy=["809c0dd88b"],
            perekrestok=["01f728b210", "14753f9f39", "2f04f03749", "3431579", "35ac60eec2", "3645807", "4244242",
                         "4259100", "47a9cd6be2", "488d323508", "52d96fd806", "87b2dc7b1d", "885d917850",
                         "89a1c1419e", "949b3dd46f", "9dbc98f064", "a24f88bea8", "b4411ba8d4", "b508e73840",
                         "e2d5d93f2a", "e458dc5e25", "eaf7de5f17", "ecc07a0e68", "f3d85bb393", "f50aeac1bb"]),
         "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, children's milk incl. Агуша «от 3л», "
         "Маша и Медведь, Сарафаново «детское»); ranges (3,2-6 Романов луг, 3.2-4, 3.2-4.5), топлёное 3.2 % "
         "(Домик в деревне, Простоквашино), other fats, Barista/flavoured milk and condensed milk excluded; «в кофе» "
         "is a purpose"),
    ]),
    # fyn24 cleaning up
    ("губка для посуды, fairy для посуды, салфетки влажные антибактериальные для рук", [
        ("губка для посуды", A(), "no dish sponges in any store"),
        ("fairy для посуды", A(pyaterochka=["3500750", "3501026", "3501028", "3501031", "3503216", "3691740"],
                               magnit=["159851"]),
         "every Fairy washing-up liquid (Сочный лимон 450/900 мл, Нежные руки, Platinum, роза-жасмин); AOS, "
         "BIASEPT, Sorti and dishwasher tablets (Finish, Somat) excluded"),
        ("салфетки влажные антибактериальные для рук", A(magnit=["1000196357"],
                                                        perekrestok=["3976937", "4174787", "3917869"]),
         "antibacterial wet wipes: Магнит SALFETI «антибак», Перекрёсток Home Story «антибактериальные», Пр!ст "
         "«антибактериальные косметические», Home Story «антисептические» (antiseptic taken as antibacterial); "
         "Tolli Plus «универсальные», baby wipes (Kokoro) and paper napkins excluded; «для рук» is a purpose"),
    ]),
    # fyn25 alcohol-free evening
    ("безалкогольное пиво bud 0, попкорн солёный, черноголовка дюшес лимонад", [
        ("безалкогольное пиво bud 0", A(magnit=["167351"], perekrestok=["3655527"]),
         "alcohol-free Bud: Магнит «Пиво Bud, светлое, безалкогольное», Перекрёсток «Напиток пивной безалкогольный "
         "Bud светлый 0.5%»; alcoholic Bud 66 and other alcohol-free beers excluded"),
        ("попкорн солёный", A(pyaterochka=["3468688"]),
         "Пятёрочка Mixbar «Попкорн … для печей СВЧ, соленый» (no form written); MIXBAR «СЛАД-СОЛ.» (sweet-salty) "
         "and «Карамель» popcorn excluded"),
        ("черноголовка дюшес лимонад", A(magnit=["213721", "251a372cbc", "e68424b7d0"], perekrestok=["3141247"]),
         "Черноголовка Дюшес of any size (Магнит 2 л, 1 л, 500 мл; Перекрёсток 2 л); Черноголовка Лимонад/Байкал/"
         "Тархун/Крюшон/Кола, Kinder Land «Дюшес» and «шипучка» sweets excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyn"))
