#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xj.jsonl -- 25 shopping lists for a family's Saturday at the banya (beer and
kvass, fish snacks, shashlik, bath cosmetics and towels, cleaning up after, Sunday breakfast), hand-labelled
against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xj.build.py

LISTS below is literal data: the 25 lists exactly as written blind (before any offer was read) in
fresh_basket_eval_xj.blind_lists.txt -- except the two replacements listed in the README and marked
"REPLACED" below -- and for every item the product ids of every in-stock offer of each store that a
reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and
read one by one; all titles matching an item's stem that were not accepted were listed and re-read.  The
note of each item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
Nothing of korzina (the tool) was read or run.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and then writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fxj01 ... fxj25 in LISTS order; every list is
in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xj.jsonl")

E = []  # an empty list: nothing acceptable in that store


def S(p=E, m=E, d=E, x=E):
    """Acceptable ids per store, in the order labelled_lists.STORES expects."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxj01 beer and kvass for the steam room
    ("квасок очаковский 2 литра, пиво жигули барное 4 шт, вобла 2 штуки, фисташки солененькие к пиву", [
        ("квасок очаковский 2 литра", S(),
         "no kvass of any brand in the offers (grepped квас; only квашеная капуста matches the stem); missing everywhere"),
        ("пиво жигули барное 4 шт", S(),
         "no Жигули/Жигулёвское beer in the offers; other beers excluded (brand written); «4 шт» is a quantity"),
        ("вобла 2 штуки", S(m=["705f039ea0"]),
         "Магнит SOLO NINA «Вобла вяленая соломка» 40 г accepted (dried vobla, shredded; «2 штуки» read as a quantity); "
         "BEERKA tuna and SOLONINA squid strips are other fish snacks, excluded"),
        ("фисташки солененькие к пиву", S(p=["4073982", "3933060"], m=["f692308d66"]),
         "roasted salted pistachios (Джаз «жареные соленые», Пятёрочка loose «обжаренные подсоленные», Восточный гость "
         "«жар солен»); pistachio sweets, yoghurt and curd snacks excluded; «к пиву» is a purpose"),
    ]),
    # fxj02 shashlik
    ("шашлык из свиной шеи 2кг, лавашик тонкий для шашлыка, кетчуп шашлычный хайнц, лук репчатый на маринад, уголек березовый для мангала", [
        ("шашлык из свиной шеи 2кг", S(p=["3619731", "3666472", "3957120"], m=["199511", "199561"]),
         "no ready shashlik semi-product exists; accepted boneless raw pork neck (Рестория, Слово Мясника, Черкизово "
         "«шейка п/ф крупнокусковой», Магнит «Шейная часть свинины, без кости») and Магнит «Стейк из шеи свинины, в "
         "маринаде» -- judgement: the meat a shashlik «из свиной шеи» is cut from; neck on the bone, Ремит smoked «Шейка "
         "к/в» and other pork cuts excluded; «2кг» is a quantity of a weighed good"),
        ("лавашик тонкий для шашлыка", S(),
         "no lavash in the offers; missing everywhere"),
        ("кетчуп шашлычный хайнц", S(),
         "Heinz has no shashlik ketchup here (only «томат. с горч.» and «Томатный»); shashlik ketchups of Махеевъ and "
         "Слобода excluded (brand written), Heinz sauces excluded"),
        ("лук репчатый на маринад", S(m=["168731", "168741", "168721"], x=["79135", "79012", "3368252", "3623836", "4272905"]),
         "bulb onions of any colour: «Лук репчатый» red/white, Ялтинский (a red bulb onion), Магнит «Лук Светофор» (3 "
         "bulbs of mixed colour); Перекрёсток «Лук салатный» taken as a sweet bulb onion (outside knowledge); shallots "
         "(«Лук Шалот»), green onion, herb mixes and onion-flavoured snacks excluded"),
        ("уголек березовый для мангала", S(),
         "the only charcoal (Перекрёсток «Уголь древесный Пр!ст, 2.5кг») does not say birch; the written wood is required, "
         "so missing everywhere"),
    ]),
    # fxj03 banya kit -- REPLACED: «мыло дегтярное» -> «мыло туалетное кусковое» (whole list was empty everywhere)
    ("веничек березовый для бани, шапочка для бани войлочная, полотенце махровое большое, мыло туалетное кусковое", [
        ("веничек березовый для бани", S(),
         "no bath brooms in the offers; missing everywhere"),
        ("шапочка для бани войлочная", S(),
         "no bath caps (only «Красная шапочка» sweets); missing everywhere"),
        ("полотенце махровое большое", S(),
         "no textile towels; paper towels (PAPIA, ZEWA, Familia) are not terry towels; missing everywhere"),
        ("мыло туалетное кусковое", S(p=["3441614", "3415591"], m=["bc2f51385f", "204481", "111641", "204501"]),
         "REPLACEMENT item (blind item «мыло дегтярное» had no offer anywhere): bar toilet soap -- Safeguard, Dove "
         "«Крем-мыло» 135 г (a bar), Camay 85 г, Fax 5x70 г; liquid soap (AURA) and the Palmolive gift set excluded"),
    ]),
    # fxj04 shower
    ("гель для душа palmolive мужской, шампунь чистая линия на травах, мочалку новую", [
        ("гель для душа palmolive мужской", S(p=["3440044", "3626165"]),
         "Palmolive MEN shower gels (COLG-PALMOL «Гель MEN СПОРТ д/душа», «Palmolive Men Гель для душа 3 в 1»); Palmolive "
         "«Роскошь масел», «Натурэль» and the Магнит Palmolive gift set (gel + soap, not men's) excluded"),
        ("шампунь чистая линия на травах", S(m=["8442fcc99f"], x=["3065062"]),
         "Чистая линия shampoos naming herbs: «Сила 5 трав», «Крапива … укрепляющий»; the men's 3-in-1 «Шамп-кондиц-гель/"
         "душа» (no herb named, not a plain shampoo), the balm and Чистая линия ice cream excluded"),
        ("мочалку новую", S(),
         "no bath sponges/washcloths in the offers; missing everywhere"),
    ]),
    # fxj05 beer snacks
    ("пиво балтика 7 в банках, кальмар сушенный, сыр косичка копченый для пива, арахис соленый подешевле", [
        ("пиво балтика 7 в банках", S(),
         "the only Балтика №7 is Магнит's 1.35 l PET bottle; «в банках» (cans) is a written form, so excluded; Балтика "
         "№0 and flavoured Балтика excluded; missing everywhere"),
        ("кальмар сушенный", S(m=["e9fc0d684c"]),
         "Магнит SOLONINA «Кальмар стружка сушено-вяленый»; frozen squid, boiled squid in brine and squid salads excluded"),
        ("сыр косичка копченый для пива", S(x=["3165362", "4236799"]),
         "smoked chechil (the «косичка» cheese): Предгорье Кавказа «Чечил копчёный», Чизолини «Чечил копчёный соломка» "
         "(judgement: «косичка» is the colloquial name of chechil in any strand form); unsmoked chechil (President, "
         "Долголетие спагетти/ассорти, Чизолини plain, «Чечил спагетти» рассольный) and suluguni excluded"),
        ("арахис соленый подешевле", S(p=["3954224"], m=["4a8764138e"]),
         "plain salted roasted peanuts (От Мартина «обжаренный с солью», Восточный гость «жар соленый»); Джаз «Арахис "
         "жареный» (salt not stated), PARTY NUTS flavoured (incl. «с морской солью и черным перцем»), nut cocktails and "
         "peanut sweets excluded; «подешевле» is a wish"),
    ]),
    # fxj06 shashlik vegetables
    ("маринад для шашлычка, кинза свежая 2 пучка, помидорки сливки для шашлыка, огурчики свежие гладкие для салата, укропчика пучок", [
        ("маринад для шашлычка", S(),
         "no marinade product; seasonings (Kotanyi, Maggi, Восточный гость «Хмели-сунели») and «Соус шашлычный» are not "
         "marinades; missing everywhere"),
        ("кинза свежая 2 пучка", S(),
         "no coriander/cilantro in the offers; missing everywhere"),
        ("помидорки сливки для шашлыка", S(m=["199891", "168841"], x=["4217380"]),
         "plum-shaped («сливовидные») tomatoes: Магнит «Томаты сливовидные», Магнит «Томаты Черри, сливовидные» (cherry "
         "tomatoes count as tomatoes, the plum shape is what was written), Перекрёсток Flamenco «сливовидные красные»; "
         "round, pink, cocktail and round cherry tomatoes, marinated/salted tomatoes excluded"),
        ("огурчики свежие гладкие для салата", S(),
         "no title says smooth («гладкие»): Магнит «пупырчатые» excluded explicitly, корнишоны are bumpy, Магнит "
         "«короткоплодные, тепличные», Перекрёсток «Ботаника фасованные» and «Хрустящие» do not state the skin; the "
         "written variety is required, so missing everywhere"),
        ("укропчика пучок", S(m=["109841"], x=["4295468"]),
         "fresh dill packs (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г»); herb mixes "
         "(петрушка-укроп-лук), dried dill and herring «с укропом» excluded"),
    ]),
    # fxj07 drinks for the banya
    ("морс клюквенный на баню, квас живой нефильтрованный, ессентуки 4 стекло, лимончик пару штук", [
        ("морс клюквенный на баню", S(p=["3472445"], x=["3695895", "3190898", "4297529"]),
         "cranberry mors: Сады Придонья «клюквенный», Чудо-Ягода «Клюквенный», Зелёная Линия «клюквенный», Добрый «Морс "
         "КЛЮКВА» (made on grape + cranberry, sold as cranberry mors); mixed-berry mors (ФрутоНяня клюква/черника/вишня, "
         "Чудо-Ягода «Ягодный сбор», брусника-малина), Добрый «клюква/апельсин» drink and Магнит М Кухня mors excluded"),
        ("квас живой нефильтрованный", S(),
         "no kvass in the offers; missing everywhere"),
        ("ессентуки 4 стекло", S(p=["3977405"], x=["3977405"]),
         "Ессентуки №4 in glass: Пятёрочка «… №4 0,45л стекло»; Перекрёсток «Ессентуки №4 … 450мл» accepted -- same X5 "
         "article 3977405 that Пятёрочка titles «0,45л стекло» (outside knowledge); №4 1 l PET, №17 and «Заповедник "
         "здоровья Вода №4» 1.5 l PET excluded"),
        ("лимончик пару штук", S(),
         "no fresh lemons in the offers (Магнит «Лайм, 1 кг» is a lime; lemon-flavoured goods excluded); missing everywhere"),
    ]),
    # fxj08 tea after the steam room
    ("чай черный с чабрецом после парилки, мед липовый натуральный, баранки с маком к чаю", [
        ("чай черный с чабрецом после парилки", S(p=["3399714"], m=["204561", "199201"]),
         "black tea with thyme: Ahmad «чёрный, чабрец», Richard Royal «черный, чабрец/розмарин» (thyme named); Пятёрочка "
         "«Чай Майский, смородина с мятой; душистый чабрец» accepted as covering Майский «Душистый чабрец» (black tea "
         "with thyme -- outside knowledge; the card lists two variants); dried thyme spice (BIONIQ) excluded"),
        ("мед липовый натуральный", S(p=["3645749"]),
         "Медовый дом «монофлорный … Восточная липа» (linden honey); wildflower/«Южный цветок» honeys, flavoured крем-мёд "
         "and honey-flavoured goods excluded"),
        ("баранки с маком к чаю", S(p=["2041218"]),
         "«Баранки оригинал. с маком 350г»; vanilla mini сушки excluded"),
    ]),
    # fxj09 Sunday breakfast
    ("яички с0 2 десятка, бекон в нарезке копченый, хлеб тостовый для бутербродов утром, маслице сливочное простоквашино 82.5%", [
        ("яички с0 2 десятка", S(p=["3620510"], x=["3062835", "44323", "3634491"]),
         "chicken eggs of class СО/отборные in packs of 10 (Окское СО, Роскар «Экстра СО», Маркет СО, Волжское Утро "
         "«отборные, 10 шт»); С1 eggs, Волжанин «отборной категории, 6шт», quail eggs and Kinder eggs excluded; «2 "
         "десятка» = two packs of 10"),
        ("бекон в нарезке копченый", S(p=["3443644", "3445554", "3655098", "3649921", "4020279"],
                                         x=["3443644", "3445554", "4420883", "4225967"]),
         "smoked bacon in packs of 150-200 g (Велком, Дымов «Венгерский … нарезка», Cortador, Пятёрочка «с/к бекон 150гр», "
         "«сырокопчёный … бекон 180г»); packs without «нарезка» taken as sliced and Перекрёсток «Бекон венгерский Market "
         "Collection» taken as smoked (Hungarian bacon is smoked) -- outside knowledge; грудинка (incl. «грудинка "
         "сырокопченая нарезка»), Панчетта «Шейка-Балык-Бекон», bacon-flavoured croutons excluded"),
        ("хлеб тостовый для бутербродов утром", S(),
         "no toast bread in the offers (Даниловский, Марьин, Ржаной Край are other breads; «для тостов» hams and «сыр "
         "пл.-тост» are not bread); missing everywhere"),
        ("маслице сливочное простоквашино 82.5%", S(),
         "Простоквашино butter is titled 82 % (Дикси, Магнит) and a written fat % must match exactly; 82.5 % butters of "
         "other brands excluded (brand written); missing everywhere"),
    ]),
    # fxj10 breakfast
    ("сырники замороженые на завтрак, сметанка домик в деревне 15% в стаканчике, варенье клубничное не джем", [
        ("сырники замороженые на завтрак", S(p=["3656807"]),
         "От Ильиной «Сырники по-домаш. п/ф зам.»; Перекрёсток Select «Сырники жареные»/«с изюмом» and Зелёная Линия "
         "«Сырники творожные 5%» are ready chilled, not frozen -- excluded"),
        ("сметанка домик в деревне 15% в стаканчике", S(p=["3665624"], x=["3665624", "4335470"]),
         "Домик в деревне sour cream 15 % 300 g and 450 g, taken as sold in a cup (no title says cup or pouch; both are "
         "cups -- outside knowledge); 20 %/25 % and other brands excluded"),
        ("варенье клубничное не джем", S(m=["82bf2ad868"]),
         "Вологодское варенье «клубничное»; strawberry jams (Махеевъ) excluded as the user asked, other varenye flavours "
         "excluded"),
    ]),
    # fxj11 dairy for breakfast
    ("кефир или ряженка на утро, творожок 9 процентов пачку, сгущенка рогачев банка", [
        ("кефир или ряженка на утро", S(),
         "no kefir and no plain ryazhenka in the offers; Агуша «Ряженка … клубника 2,9%» (a flavoured children's "
         "ryazhenka), варенец, тан, Имунеле and Актимель excluded; missing everywhere"),
        ("творожок 9 процентов пачку", S(p=["3634733"], x=["4216658", "4185866"]),
         "plain cottage cheese 9 % (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); 5 %, 0.5 %, "
         "soft, grain, flavoured curd and curd desserts excluded; «пачку» is a quantity"),
        ("сгущенка рогачев банка", S(),
         "Рогачёв here only sells boiled condensed milk («вареное» Магнит, «вареное … Егорка» Пятёрочка) and drinking "
         "milk; «сгущенка» is sweetened condensed milk, so boiled excluded; Алексеевское excluded (brand); missing "
         "everywhere"),
    ]),
    # fxj12 cleaning up
    ("мешки для мусора 120л прочные, fairy лимон 450, губки для посуды 10 шт в упаковке", [
        ("мешки для мусора 120л прочные", S(),
         "only 35 l and 60 l bin bags exist (Магнит, BIG CITY LIFE); the written 120 l size is required; missing everywhere"),
        ("fairy лимон 450", S(p=["3500750"]),
         "«Средство для мытья посуды Fairy Сочный лимон, 450 мл»; the 900 ml lemon Fairy (size written), other Fairy "
         "scents and AOS lemon excluded"),
        ("губки для посуды 10 шт в упаковке", S(),
         "no sponges in the offers; missing everywhere"),
    ]),
    # fxj13 cleaning up the bathroom
    ("доместос для туалета гель, полотенца бумажные в рулонах, освежитель воздуха только не хвойный", [
        ("доместос для туалета гель", S(p=["3956853", "3956850"]),
         "Domestos «средство чистящее для унитаза» Ультра белый / Ультра блеск 750 мл (a thick gel -- outside knowledge); "
         "Domestos universal cleaners (lemon, Atlantic, forest, sea, Магнит «ультра белый» universal) and the Domestos "
         "Power 5 rim block excluded"),
        ("полотенца бумажные в рулонах", S(p=["3449212", "3431062", "3601010"]),
         "paper towel rolls (PAPIA 3сл. 2рул, ZEWA «Полотенца бумажные», Familia 2 рулона); toilet paper and Магнит BIG "
         "CITY LIFE «Салфетки в рулоне» (cleaning wipes) excluded"),
        ("освежитель воздуха только не хвойный", S(p=["3440047", "3974933", "3974927", "3654065", "3440052"], m=["204531"]),
         "air-freshener sprays with non-coniferous scents: Symphony «Душистая сирень», Glade «пион-сочные ягоды», «японский "
         "сад», Glade «СВЕЖ.УТРА аэроз. 269мл» (taken as a spray: not titled refill), Air Wick «Испанские каникулы», "
         "«Мальдивские мечты»; refills for automatic dispensers (Glade «см.бал.», Airwick «Баллон … сменн.», Магнит "
         "«см/бал Микс», Airwick «Сменный баллон») excluded as unusable alone; no coniferous-scented spray is on offer, "
         "so the negative wish removes nothing else"),
    ]),
    # fxj14 fish snacks
    ("скумбрийку холодного копчения, селедочка пряного посола, икра мойвы с копченым лососем, бородинский хлебушек в нарезке", [
        ("скумбрийку холодного копчения", S(p=["3454689"], x=["4358592"]),
         "cold-smoked mackerel (Балтийский берег 300 г, Люди Любят «кусочки холодного копчения»); canned mackerel "
         "(Барс в т/с, Знак качества, Балтийский берег рубленная) excluded"),
        ("селедочка пряного посола", S(x=["3504605"]),
         "Vici «Сельдь из бочки филе … в рассоле с пряностями» (spiced salting); herring in oil, in wine dressings, "
         "«традиционный посол», Fish House «специального посола», Раптика «в пр.з.» (dressing unclear) and herring "
         "salads excluded"),
        ("икра мойвы с копченым лососем", S(p=["3976387", "3983178"], m=["fbee45a3fb", "213741"]),
         "capelin roe with smoked salmon: Санта Бремор, Магнит «Икра мойвы, деликатесная, с копченым лососем»; Пятёрочка "
         "«С.БРЕМ. Икра деликатесная с копченым лососем 180г» and «Икорное рыбное изделие. Икра деликатесная с копченым "
         "лососем 270 г» accepted as capelin roe (such «деликатесная» roe is capelin -- outside knowledge); plain, shrimp, "
         "Fish House «с аром копч», cod, salmon and vegetable «икра» excluded"),
        ("бородинский хлебушек в нарезке", S(),
         "no Borodinsky bread in the offers; «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская» and "
         "the brand «Мясной дом Бородина» are traps; missing everywhere"),
    ]),
    # fxj15 for the driver and the beer table
    ("пиво безалкогольное для водителя, сидр яблочный, гренки чесночные, орешки ассорти к пиву", [
        ("пиво безалкогольное для водителя", S(m=["167351", "ab02321689"], x=["4350458", "3636389", "4344713", "3655527", "3502293"]),
         "unflavoured alcohol-free beer or «напиток пивной безалкогольный»: Bud безалкогольное, Горьковская пивоварня IPA "
         "0%, Hoegaarden безалкогольный, Балтика №0 Пшеничный / светлое, Крушовице Нон-алко; fruit-flavoured "
         "alcohol-free beer drinks (Балтика грейпфрут, гранат, малина) excluded, alcoholic beer excluded"),
        ("сидр яблочный", S(m=["531f60601f"]),
         "Магнит BON SEASON «Сидр газ паст сладкий» (the apple cider of the line -- outside knowledge); BON SEASON PEAR "
         "excluded"),
        ("гренки чесночные", S(p=["3611032", "3687988"], x=["3916637", "4336879", "3689060", "4300171", "4301063", "3492421", "3611032"]),
         "garlic croutons / «сухарики-гренки» with garlic (Фишка «ЧЕСНОЧНЫЕ», Три семёрки, Black Бери!, Vian, Волнистые, "
         "Гренковъ, Зелёная Линия, Клины); croutons of other flavours, garlic sticks and Crackzel pretzels excluded"),
        ("орешки ассорти к пиву", S(p=["3661412"]),
         "Chaka «Коктейль ореховый, соленый» (a salted nut mix); sweet mixes with raisins, dried fruit or candied fruit "
         "(Семушка, Джаз Студенческий, Mixbar) excluded -- «к пиву» names the salty kind"),
    ]),
    # fxj16 grill
    ("крылышки куриные для гриля 1кг, соус барбекю к мясу, картошечки 3 кило на гарнир, фольга пищевая для мангала", [
        ("крылышки куриные для гриля 1кг", S(x=["4318771"]),
         "Перекрёсток «Крылья Первая Свежесть локтевая часть» (Первая Свежесть is a chicken brand -- outside "
         "knowledge); wing-flavoured croutons excluded; «1кг» is a quantity"),
        ("соус барбекю к мясу", S(),
         "no barbecue sauce in the offers (Heinz, Махеевъ, Кинто «Кебаб», Тихвинский «шашлычный», terijaki are other "
         "sauces); missing everywhere"),
        ("картошечки 3 кило на гарнир", S(d=["72aaa021b7"], m=["168701", "107511", "168671", "109571", "199751"], x=["3646068", "2099571"]),
         "fresh potatoes of any kind and pack (молодой, новый урожай, для варки 3 кг, для жарки 3 кг, красный, мытый); "
         "«3 кило» is a quantity of a weighed good; chips, starch, ready dishes excluded"),
        ("фольга пищевая для мангала", S(m=["f69098d85b"]),
         "Магнит «Фольга особопрочная 29смх7м» (household aluminium foil, food-safe)"),
    ]),
    # fxj17 grilled vegetables
    ("шампиньоны свежие для шашлыка, перчик болгарский красный 3 штучки, кабачки для гриля, масло раст. нерафинированное для салата", [
        ("шампиньоны свежие для шашлыка", S(x=["4280106", "3210027"]),
         "fresh champignon trays (Маркет Collection «Королевские» 300 г, Маркет Fresh 400 г); Bonduelle marinated, "
         "oyster mushrooms and mushroom dishes excluded"),
        ("перчик болгарский красный 3 штучки", S(m=["169191"], x=["6177"]),
         "red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); yellow pepper, "
         "Рамиро (a pointed pepper, colour not stated), mixed «Перец в ассортименте», canned grilled pepper and spices "
         "excluded; «3 штучки» is a quantity"),
        ("кабачки для гриля", S(x=["44110", "48632"]),
         "fresh courgettes («Кабачки», «Кабачки цуккини зелёные»); Дядя Ваня canned courgettes and baby purees excluded"),
        ("масло раст. нерафинированное для салата", S(),
         "«масло растительное» read as sunflower oil (colloquial usage -- judgement); the sunflower oils here are refined "
         "(Благо, Mr.Ricco, Слобода, Олейна, flavoured ALMADOR); unrefined olive oils (Monini, Filippo Berio EV, Global "
         "Village EV) are «оливковое», not what was written -- excluded; missing everywhere"),
    ]),
    # fxj18 bath cosmetics
    ("скраб для тела кофейный, маска для волос восстанавливающая, соль для ванны", [
        ("скраб для тела кофейный", S(p=["3352288"]),
         "ORGANIC SHOP «Скраб БРАЗИЛ. КОФЕ д/тела»"),
        ("маска для волос восстанавливающая", S(),
         "no hair masks (only BODYART face masks and hair balms, which are not masks); missing everywhere"),
        ("соль для ванны", S(),
         "no bath salt (MAREMAN «Соль морская средняя 1кг» is food salt); missing everywhere"),
    ]),
    # fxj19 the kids -- REPLACED: «сок фрутоняня яблоко» -> «сок фрутоняня груша» (whole list was empty everywhere)
    ("шампунь детский без слезок, сок фрутоняня груша, влажные салфетки детские 100 шт", [
        ("шампунь детский без слезок", S(),
         "no children's shampoo (Johnson's Baby oil/cream are not shampoo); missing everywhere"),
        ("сок фрутоняня груша", S(p=["3634202"]),
         "REPLACEMENT item (blind item «сок фрутоняня яблоко» had no offer anywhere): «ФРУТОН. Сок груш. осв. с3л 500мл»; "
         "ФрутоНяня apple-cherry nectar, multifruit juice, кисель and purees excluded"),
        ("влажные салфетки детские 100 шт", S(),
         "Перекрёсток Kokoro «для новорожденных» has 20 wipes (the written 100 is a pack count); adult/antibacterial wipes "
         "excluded; missing everywhere"),
    ]),
    # fxj20 the men's table
    ("водочка зеленая марка 0.5, огурчики соленые хрустящие, сальцо", [
        ("водочка зеленая марка 0.5", S(m=["104851"]),
         "Зелёная Марка vodka 0.5 l (the «Кедровая» особая is the only variant on offer; brand + product accepts every "
         "variant); 0.25 l and 0.375 l excluded (size written)"),
        ("огурчики соленые хрустящие", S(p=["4063896"], m=["f4d4a78066", "157851"], x=["4404269"]),
         "salted (pickled in brine) cucumbers: Мелень «Муромские», Магнит «Огурцы соленые, Корнишоны», Маркет «бочковые», "
         "Глобус «Старорусские»; marinated cucumbers, pasteurised pikuli and the cherry+gherkin assortment excluded; "
         "«хрустящие» is a wish"),
        ("сальцо", S(p=["3628186"], x=["4383346", "4105487", "4313593", "4415868"]),
         "salted pork fat (Маркет/Заповедные «Белорусское», «Русское», Копченов «Сало домашнее, с чесноком»); "
         "«Грудинка Лардо» (cooked-smoked belly) and шпикачки excluded"),
    ]),
    # fxj21 fish platter
    ("форель слабосоленая в нарезке, креветки варено-мороженые крупные, пиво темное нефильтрованное, лимон к рыбке", [
        ("форель слабосоленая в нарезке", S(x=["3387456", "4349602", "4428364", "11778", "4019282", "6204"]),
         "lightly salted trout sliced («филе-ломтики»: Русское Море, Рыба-Рыба, Рыбстандарт, Меридиан, Океан, loose "
         "«филе ломтики»); «филе-кусок» pieces (incl. Пятёрочка РУС.МОРЕ 3387455, the same article Перекрёсток titles "
         "«филе-кусок»), Silver Fish «с розмарином», smoked trout, frozen steaks and trout roe excluded"),
        ("креветки варено-мороженые крупные", S(x=["3970776", "3642960", "4379876", "4379877", "3432111", "3641931", "4385594"]),
         "cooked-frozen king prawns or calibre 50/70 and larger (Vici Королевские, Бухта изобилия 50/70 and peeled "
         "королевские, Люди Любят 50/70 and 31/40, Vici Приорити 50/70); Polar 70/90 and «северные» (smaller), raw "
         "frozen, in brine and Пятёрочка shrimps whose titles do not say cooked (KALURI 50/70, Fish House, Polar) "
         "excluded; «крупные» judged as king/50-70 and up"),
        ("пиво темное нефильтрованное", S(),
         "the dark beers here are filtered (Zatecky Gus Cerny «фильтр») or do not say unfiltered (ABBE Brune); both "
         "qualifiers are required; missing everywhere"),
        ("лимон к рыбке", S(),
         "no fresh lemons in the offers; missing everywhere"),
    ]),
    # fxj22 Sunday sandwiches
    ("колбаска сервелат финский, сыр маасдам в нарезке, jacobs растворимый", [
        ("колбаска сервелат финский", S(p=["3442569"], x=["4394293", "4217621"]),
         "«Финский» cervelat (Рублевский, Бахрушинъ, Папа Может); other cervelats (Кремлевский, Российский, Зернистый, "
         "Коньячный, Швейцарский…) excluded"),
        ("сыр маасдам в нарезке", S(p=["3448799"], x=["4074230", "4260755"]),
         "sliced Maasdam (Village Europe «нар.», Cheese Gallery «нарезка», Viola «нарезка»); Ламбер Маасдам «фас. Кус» "
         "(a piece) excluded"),
        ("jacobs растворимый", S(p=["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
                                 m=["106161", "205121", "106231"]),
         "every Jacobs instant coffee (Monarch, Gold, Crema, Velour, Millicano incl. «растворимый с молотым», "
         "freeze-dried); Jacobs/Monarch beans, ground coffee and capsules excluded"),
    ]),
    # fxj23 porridge breakfast
    ("овсянка геркулес для каши на завтрак, молоко 2.5% пастеризованное, бананчики на завтрак", [
        ("овсянка геркулес для каши на завтрак", S(p=["4027131", "3472901"]),
         "rolled oat flakes: Клинские «Геркулес» and Увелка «Хлопья зерн. овсян. трад.» (traditional = геркулес-type "
         "flakes -- judgement); instant porridges, flavoured oat cereal, ferments and bran excluded"),
        ("молоко 2.5% пастеризованное", S(x=["7f46c8a5c5", "edf2484f0e", "4310700", "af8570f806", "2093081", "587286c051",
                                              "6986e66cd9", "50cb0959f8", "3613024"]),
         "pasteurised cow milk 2.5 % incl. Сарафаново «детское пастеризованное» (children's milk counts); ultra-"
         "pasteurised (Авида, Пр!ст, Простоквашино у/паст, Сарафаново у/паст, Вкуснотеево …) and sterilised (Можайское) "
         "2.5 % excluded as the user wrote «пастеризованное»"),
        ("бананчики на завтрак", S(x=["4208494", "3757", "4112219", "3639749"]),
         "fresh bananas (Organic, loose, mini, фасованные); dried bananas, banana drinks and desserts excluded"),
    ]),
    # fxj24 picnic supplies
    ("вода питьевая 5л для чайника, лед пищевой в пакете, тарелки одноразовые для шашлыка, стаканчики пластиковые 0.2, салфетки бумажные 100 шт на стол", [
        ("вода питьевая 5л для чайника", S(p=["3608729", "3635131"], m=["e8574e2cda"], x=["3503711"]),
         "5 l still drinking water: Малаховская №1 5л, Honey kid Черноголовская 5 л and Аквалайн «для ляль» 5л "
         "(children's drinking water counts), Легенда Гор Архыз 5 л (a low-mineral table water -- accepted as drinking "
         "water); smaller bottles excluded (size written)"),
        ("лед пищевой в пакете", S(),
         "no ice in the offers (only lollipops «леденцы»); missing everywhere"),
        ("тарелки одноразовые для шашлыка", S(),
         "no disposable plates («Сырная тарелка» is cheese); missing everywhere"),
        ("стаканчики пластиковые 0.2", S(),
         "the only disposable cups are Перекрёсток «Стаканы одноразовые 250мл» -- the written 0.2 l size is required; "
         "missing everywhere"),
        ("салфетки бумажные 100 шт на стол", S(x=["4250543", "4250535", "4299678"]),
         "paper table napkins in packs of 100 (Gratias Home 33x33, Gratias 24x24, Пр!ст); packs of 20 (the count names "
         "the pack), wet wipes and panty liners excluded"),
    ]),
    # fxj25 Sunday dinner
    ("пельмени на воскресенье, майонез провансаль махеев 67, сметана 20% к пельменям, зеленый лучок пучок", [
        ("пельмени на воскресенье", S(p=["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                                          "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
                                       m=["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
                                       d=["862d82ab40"]),
         "every pelmeni (Сибирская коллекция, Мираторг, Ложкаревъ, Цезарь, Стародворье, Eat Meat, Горячая штучка "
         "«Бульмени»); CALVE sauce «д/ … пельм.», вареники excluded"),
        ("майонез провансаль махеев 67", S(x=["2047206"]),
         "Махеевъ «Провансаль с лимонным соком … 67%»; Махеевъ «С перепелиным яйцом» (no fat, not Провансаль), Махеевъ "
         "«Соус ЦЕЗАРЬ майонезный», other brands' Провансаль excluded"),
        ("сметана 20% к пельменям", S(p=["3664287"], x=["4314537", "3444929", "4262694", "3634033", "3664287", "4217906",
                                                        "4121609", "3651188", "58101", "3293409", "4349770"]),
         "sour cream of exactly 20 % of any brand (incl. Parmalat lactose-free); 10/15/25/30 % and cream 20 % excluded"),
        ("зеленый лучок пучок", S(x=["4295465"]),
         "Перекрёсток «Лук зеленый Маркет Fresh, 100г»; the herb set «Лук, Укроп и Петрушка» and onion-flavoured chips "
         "excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxj"))
