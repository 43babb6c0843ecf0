#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xb.jsonl -- a set of Easter / May-holiday family shopping lists hand-labelled
against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xb.build.py

LISTS below is literal data: 25 lists (3-5 items) of a family preparing for Easter (kulich and paskha
ingredients, eggs and egg dyes) and then the May holidays (barbecue meat, charcoal, vegetables, drinks), with
everyday groceries and household goods in between, as typed to a Telegram bot; for every item, the product
ids of every store that a reasonable shopper would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and
read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading korzina's matcher or its data files.

The texts are those of fresh_basket_eval_xb.blind_lists.txt (written before any offer was read), except one
item of list fxb05 that was replaced because the whole list was empty in every store (see the README,
"Replacements", and REPLACEMENTS below).

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in the
format of real_basket_eval.jsonl.  List ids are fxb01, fxb02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xb.jsonl")

# (list id, blind item text, replacement item text): the only departures from the blind draft.
REPLACEMENTS = [
    ("fxb05", "куличик небольшой", "сдобу с изюмом"),
]

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 kulich dough
    ("мука в/с 2кг на куличи, дрожжи сафмомент 2 пакетика, маслице сливочное 82.5 для теста, изюм без косточек темный", [
        ("мука в/с 2кг на куличи", acc(perekrestok=["91304", "8065"]),
         "wheat flour of the highest grade (высший сорт) in 2 kg packs: Makfa and Пышечка; «на куличи» is a purpose. "
         "Excluded: Makfa 1 kg (size written), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Пятёрочка "
         "РЯЗАНОЧКА «ЭКСТРА» 2 kg (grade экстра, not высший), wholegrain, rye, rice and durum flour"),
        ("дрожжи сафмомент 2 пакетика", acc(perekrestok=["17366"]),
         "Саф-Момент dry yeast 11 g; «2 пакетика» is a count. Пятёрочка SAFEGUARD soap and frozen yeast dough are traps"),
        ("маслице сливочное 82.5 для теста", acc(pyaterochka=["4063188", "3612680", "3948153", "3953367"]),
         "butter labelled exactly 82,5 % (сладко-сливочное Традиционное, ВКУСНОТЕЕВО, «Традиционное» 175 g, Тысяча "
         "озёр); 82 % butter (Простоквашино in Дикси/Магнит, Президент), 72,5 %, chocolate butter 62 %, margarine "
         "and puff pastry «сливочное масло» excluded; «для теста» is a purpose"),
        ("изюм без косточек темный", NONE,
         "no packaged raisins in any store; only cookies, chocolate, nut mixes, yoghurt and a sweet bun with raisins "
         "(excluded)"),
    ]),
    # L2 paskha
    ("творог 9 процентов пачек 5, сливки 33% для взбития, пудра сахарная для глазури, ванилинчик на пасху", [
        ("творог 9 процентов пачек 5", acc(pyaterochka=["3634733"], perekrestok=["4216658", "4185866"]),
         "plain cottage cheese labelled 9 %: Вкуснотеево 300 g, Молочный знак 180 g and «традиционный» 800 g; «пачек "
         "5» is a count. Excluded: 0.1-5.5 % cottage cheese, curd desserts, biotvorog, творожный сыр, Дикси Брест-"
         "Литовск 3 %"),
        ("сливки 33% для взбития", acc(pyaterochka=["12721"], magnit=["204651"]),
         "Домик в деревне cream 33 % (480 ml / 480 g); 10/11/20 % cream, Mr. Сливкин creamer and Сопьо Крима "
         "substitute excluded; «для взбития» is a purpose (33 % cream is whipping cream)"),
        ("пудра сахарная для глазури", acc(perekrestok=["4255400"]),
         "Пр!ст icing sugar 230 g; Магнит Кузя corn sticks «в сахарной пудре» and Rexona «сухость пудры» are traps"),
        ("ванилинчик на пасху", NONE,
         "no vanillin or vanilla sugar sachets in any store; vanilla-flavoured ice cream, cola, cookies and curd "
         "snacks excluded"),
    ]),
    # L3 eggs and dyes
    ("яйца с0 3 десятка, краситель для яиц, термонаклейки на яйца, уксусик 9 процентов для красок", [
        ("яйца с0 3 десятка", acc(pyaterochka=["3620510"], perekrestok=["3062835", "44323", "3634491"]),
         "hen eggs of class С0/СО/«отборные» in packs of 10 (Волжское Утро отборные, Окское СО, Роскар Экстра СО, "
         "Маркет СО); «3 десятка» = three packs of 10. Excluded: Волжанин «отборной категории» 6 шт (not 10), С1 "
         "eggs (Лето 20 шт, Окское, Село Зелёное, Маркет, активита), quail eggs, Kinder eggs, «отборное» milk"),
        ("краситель для яиц", NONE,
         "no egg dyes in any store (checked краск/красит/пасх)"),
        ("термонаклейки на яйца", NONE,
         "no egg shrink sleeves or stickers in any store (checked наклей/плёнк/термо/декор)"),
        ("уксусик 9 процентов для красок", NONE,
         "the only vinegar is Магнит apple vinegar 6 % (excluded: 9 % written)"),
    ]),
    # L4 dried fruit, nuts, spice
    ("цукаты, курага помягче, грецкие орешки чищенные, кардамон молотый", [
        ("цукаты", acc(pyaterochka=["3975197"]),
         "Пятёрочка АРКАДА «цукаты» (candied ginger, titled as цукаты; no fruit was written). Excluded: cookies and "
         "a Mixbar nut mix «с цукатами», Magnit BAKERY STORY cookies «с цукатами»"),
        ("курага помягче", NONE,
         "no dried apricots in any store; Велле oat product «Курага», apricot juices, sweets and jam excluded"),
        ("грецкие орешки чищенные", acc(pyaterochka=["3915361", "3982582"]),
         "shelled walnuts: BOTANICA «Ядро ореха грецкого» 140 g and Mix Bar «Грецкий орех» 100 g (outside knowledge: "
         "Mix Bar snack packs hold kernels; the title does not say). Excluded: Магнит «Орех грецкий, неочищенный» "
         "(in shell), walnut jam, nut mixes, chocolate and cheese with walnuts"),
        ("кардамон молотый", NONE,
         "no cardamom in any store; spice blends (Maggi, Kotanyi, Восточный гость, Kamis) excluded"),
    ]),
    # L5 ready Easter food
    ("сдобу с изюмом, пасха творожная готовая, кагор", [
        ("сдобу с изюмом", acc(pyaterochka=["4005523"]),
         "REPLACEMENT of the blind item «куличик небольшой» (no kulich in any store and the whole list was empty). "
         "Sweet yeast bun with raisins: Пятёрочка BAKERY STORY «Изделие сдобное хлебобулочное Крымское с изюмом». "
         "Excluded: cookies with raisins (печенье, not сдоба bread), сдоба without raisins (Плюшка, Чиполлино, "
         "Сдобная Особа pies and rolls), сырники с изюмом"),
        ("пасха творожная готовая", NONE,
         "no ready curd paskha in any store; curd desserts, сырки and творожный сыр excluded"),
        ("кагор", NONE,
         "no Kagor in any store; Магнит's red полусладкие wines are not Kagor (a sweet fortified church wine)"),
    ]),
    # L6 dairy and citrus for baking
    ("сметанка 25%, сгущенка рогачев 2 банки, масло топленое какое-нибудь, лимончики для цедры", [
        ("сметанка 25%", acc(perekrestok=["3665625"]),
         "sour cream labelled 25 % (Домик в деревне 300 g); 10/15/20/30 % sour cream excluded"),
        ("сгущенка рогачев 2 банки", NONE,
         "the Rogachev products present are boiled condensed milk only (Магнит «Рогачев, вареное», Пятёрочка «Егорка "
         "Рогачев» вареное), excluded as in fresh_basket_eval_g («сгущенка» = sweetened condensed milk, варёная "
         "excluded); Алексеевское condensed milk (other brand) and Перекрёсток Рогачевъ drinking milk excluded"),
        ("масло топленое какое-нибудь", NONE,
         "no ghee (топлёное масло) in any store; Магнит ХОЗЯЮШКА «Топленая смесь 99,7%» (a blended spread, not "
         "butter), топлёное молоко and «Топленое молочко» cheese excluded; «какое-нибудь» is a wish"),
        ("лимончики для цедры", NONE,
         "no fresh lemons in any store; lemon acid, lemon-scented cleaners and flavoured foods excluded"),
    ]),
    # L7 decorating and baking supplies
    ("посыпка кондитерская цветная, глазурь для куличей, бумажные формы для кулича, бумага для выпечки рулон", [
        ("посыпка кондитерская цветная", NONE,
         "no sprinkles in any store; a cake-mix kit containing 10 g «посыпка» and drageé sweets excluded"),
        ("глазурь для куличей", acc(pyaterochka=["3900044"]),
         "Dr. Oetker «Смесь пищевая: Глазурь со вкусом цитрусовых» 90 g (a glaze mix for baking; «для куличей» is a "
         "purpose). Excluded: glazed cookies, sweets and ice cream, a cake kit «Шоколадное настроение»"),
        ("бумажные формы для кулича", NONE,
         "no baking moulds in any store"),
        ("бумага для выпечки рулон", NONE,
         "no baking paper in any store; Перекрёсток gift wrapping paper and «Рукав для запекания» (a roasting "
         "sleeve), toilet paper excluded"),
    ]),
    # L8 barbecue pork
    ("шейка свиная на шашлычок кило 2, шашлычок куриный в маринаде, лучок репчатый сеточку, кетчуп хайнц шашлычный к мясу", [
        ("шейка свиная на шашлычок кило 2",
         acc(pyaterochka=["3957120", "3619731", "3666472"], magnit=["199511", "107331", "199561"]),
         "raw pork neck: Черкизово «Шейка п/ф из свинины», Рестория and Слово Мясника «Шейка свиная», Магнит «Шейная "
         "часть свинины» with and without bone, and Магнит «Стейк из шеи свинины, в маринаде» (raw neck cut for the "
         "grill); «кило 2» is a quantity. Excluded: РЕМИТ «Шейка из свинины к/в» (cooked-smoked), Перекрёсток «Шейка-"
         "Балык-Бекон Панчетта» (cured), beef «шейная часть», pork shoulder, loin, tinned pork"),
        ("шашлычок куриный в маринаде", NONE,
         "no marinated chicken shashlik in any store; Магнит «Голень куриная, в маринаде «Алабама»» (marinated "
         "drumsticks, not shashlik) and Перекрёсток Первая свежесть thigh fillet in category «Шашлык» (not marinated) "
         "excluded"),
        ("лучок репчатый сеточку",
         acc(magnit=["168721", "168741", "168731"], perekrestok=["79135", "79012", "3368252", "3623836"]),
         "fresh bulb onions of any colour: Магнит «Лук репчатый, красный» 500 g, «Лук Ялтинский, в сетке» and «Лук "
         "Светофор» (3 bulb onions), Перекрёсток «Лук репчатый белый/красный» and Ялтинский (loose and 350 g); "
         "«сеточку» is read as the amount (one net), not a pack filter. Excluded: shallots, green onion, herb mixes, "
         "Перекрёсток «Лук салатный» (type not stated), Federici «Луковки» (pickled)"),
        ("кетчуп хайнц шашлычный к мясу", NONE,
         "no Heinz шашлычный ketchup: Heinz ketchups present are «Томатный» and «томат. с горч.» (Пятёрочка), "
         "excluded as other flavours; Махеевъ «ШАШЛЫЧ.» and Слобода «Шашлычный» ketchups and «Соус шашлычный» "
         "(other brands) excluded"),
    ]),
    # L9 grill kit
    ("угли березовые в мешке, жидкость для розжыга, фольга для запекания на мангале, тарелки одноразовые бумажные штук 20", [
        ("угли березовые в мешке", NONE,
         "the only charcoal is Перекрёсток «Уголь древесный Пр!ст, 2.5кг», excluded because «березовые» (birch) is a "
         "variety the user wrote and the title does not state the wood"),
        ("жидкость для розжыга", NONE,
         "no lighter fluid in any store"),
        ("фольга для запекания на мангале", acc(magnit=["f69098d85b"]),
         "aluminium foil (Магнит «Фольга особопрочная 29см×7м»); «Рукав для запекания» (Перекрёсток roasting "
         "sleeve) excluded; «для запекания на мангале» is a purpose"),
        ("тарелки одноразовые бумажные штук 20", NONE,
         "no disposable plates in any store; Перекрёсток disposable cups and «Сырная тарелка» excluded"),
    ]),
    # L10 barbecue vegetables
    ("помидорки розовые штук 6, огурчики короткоплодные гладкие, редиска пучка 2, лучок зеленый побольше, укропчик свежий к шашлыку", [
        ("помидорки розовые штук 6", acc(magnit=["107631"], perekrestok=["4355823"]),
         "fresh pink tomatoes: Магнит «Томаты розовые» 700 g, Перекрёсток «Томат Дагестан розовый»; «штук 6» is a "
         "quantity. Excluded: red, cherry, plum, cocktail and vine tomatoes, Бакинские tomatoes (colour not stated), "
         "pickled/salted tomatoes"),
        ("огурчики короткоплодные гладкие", acc(magnit=["200221"]),
         "Магнит «Огурцы короткоплодные, тепличные» 450 g (outside knowledge: the short greenhouse cucumbers sold in "
         "trays are the smooth type; Магнит sells the bumpy ones separately as «среднеплодные, пупырчатые», "
         "excluded). Excluded: корнишоны, Перекрёсток «Огурцы Хрустящие»/«Ботаника» (type not stated), salted, "
         "pickled and пикули"),
        ("редиска пучка 2", acc(perekrestok=["25180"]),
         "fresh red radish (Перекрёсток «Редис красный, 500г»); «пучка 2» is read as the amount; daikon excluded"),
        ("лучок зеленый побольше", acc(perekrestok=["4295465"]),
         "green onion (Маркет Fresh 100 g); herb mixes «петрушка-укроп-лук» and «Лук, Укроп и Петрушка» excluded; "
         "«побольше» is a quantity wish"),
        ("укропчик свежий к шашлыку", acc(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill (Магнит «Укроп, 1 уп.», Перекрёсток «Укроп зеленый Маркет Fresh»); dried dill (Восточный гость), "
         "herb mixes and herring «с укропом» excluded"),
    ]),
    # L11 drinks
    ("пиво жигулевское в бутылке, квас очаковский 2л пару, минералка ессентуки 4 пару бутылок, сок rich апельсин литровый", [
        ("пиво жигулевское в бутылке", NONE,
         "no Жигулёвское beer in any store; other beers excluded"),
        ("квас очаковский 2л пару", NONE,
         "no kvass in any store"),
        ("минералка ессентуки 4 пару бутылок", acc(pyaterochka=["3977405", "3977407"], perekrestok=["3977405"]),
         "Ессентуки №4 (0.45 l glass, 1 l PET); «пару бутылок» is a count, no size written. Excluded: Ессентуки №17, "
         "Пятёрочка «ЗАПОВ.ЗДОР. Вода №4» (not titled Ессентуки), other mineral waters"),
        ("сок rich апельсин литровый", NONE,
         "no Rich orange juice: Rich products present are apple, grapefruit and tomato juice, cherry/peach nectars, "
         "«Манго-Апельсин»/«апельсин-манго» nectars (nectar, mixed) and soft drinks, all excluded; J7/Swell orange "
         "juice (other brands) excluded"),
    ]),
    # L12 breakfast
    ("молоко 2.5 простоквашино, нарезной батон к завтраку на майские, сардельки говяжьи без свинины", [
        ("молоко 2.5 простоквашино", acc(perekrestok=["2093081", "587286c051", "013e119412"]),
         "Простоквашино drinking milk labelled 2.5 % (pasteurised 930 ml, incl. the БЗМЖ listing, and UHT 950 ml). "
         "Excluded: Простоквашино 1.5 %, 3.2 %, 3.4-4.5 % отборное, lactose-free 1.5 % and топлёное; 2.5 % milk of "
         "other brands"),
        ("нарезной батон к завтраку на майские", acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "батон нарезной: Перекрёсток «Батон Нарезной нарезка Маркет» 400 g and Пятёрочка «Батон "
         "\"Звездный\"нар, Хлебный Дом» (нар. = нарезной, the chain's abbreviation). Excluded: other breads, "
         "батончики, сдоба, хлебцы"),
        ("сардельки говяжьи без свинины", acc(pyaterochka=["4087801"]),
         "Мясная Ферма «Сардельки \"Говяжьи оригинальные\"» (no pork named in the title, so the negative wish does "
         "not exclude it). Excluded: «Сардельки Докторские» (not beef), шпикачки, Мираторг beef чевапчичи (not "
         "sardelki)"),
    ]),
    # L13 staples
    ("кефир 1% домик в деревне, гречка ядрица пакет, туалетная бумага трехслойная 8 рулонов", [
        ("кефир 1% домик в деревне", NONE,
         "no kefir in any store; Домик в деревне milk, cream, sour cream and soft curd excluded"),
        ("гречка ядрица пакет", acc(magnit=["203081"]),
         "Магнит «Крупа Гречневая Prosto, 500 г» (outside knowledge: buckwheat groats not labelled «продел» are "
         "ядрица; «пакет» is read as the pack). Excluded: buckwheat flakes (Увелка, Мистраль), Nestle buckwheat "
         "porridge, soba noodles, ready meals with buckwheat"),
        ("туалетная бумага трехслойная 8 рулонов", acc(pyaterochka=["3449118", "4059050"]),
         "3-ply toilet paper in packs of 8: PAPIA белая 3сл. 8рул, Zewa Deluxe 3 сл. 8 рул. Excluded: PAPIA «WHITE DE "
         "LUXE» 8 рул (ply not stated), Zewa Just 1 (4-ply), 2-ply 12-roll packs (Zewa Plus, Familia Plus), moist "
         "toilet paper"),
    ]),
    # L14 lamb barbecue
    ("баранина на шашлык с косточкой, аджичка острая, лаваш армянский тонкий на шашлык, кинза пучочек", [
        ("баранина на шашлык с косточкой", NONE,
         "no lamb in any store"),
        ("аджичка острая", acc(pyaterochka=["4064470"]),
         "КУХМАСТЕР «Соус \"Аджика\"» 260 g (outside knowledge: adjika is a hot pepper paste; the title names no mild "
         "variant). Excluded: Mivimex «Кавказский, особо острый» (not adjika), croutons «со вкусом аджики»"),
        ("лаваш армянский тонкий на шашлык", NONE,
         "no lavash in any store; Mission wheat tortillas excluded"),
        ("кинза пучочек", NONE,
         "no coriander in any store; Киндзмараули wine is a trap"),
    ]),
    # L15 chicken wings barbecue
    ("крылья куриные 1.5 кг, соус барбекю хайнц для крылышек, кукурузка в початках 4 шт, картошка молодая кило 3", [
        ("крылья куриные 1.5 кг", acc(perekrestok=["4318771"]),
         "raw chicken wings (Первая Свежесть «Крылья … локтевая часть»); «1.5 кг» is a quantity. Excluded: frozen "
         "ready «Хрустящие Крылышки острые к пиву» (Горячая штучка), croutons «со вкусом крылышек барбекю»"),
        ("соус барбекю хайнц для крылышек", NONE,
         "no Heinz barbecue sauce: Heinz sauces present are кисло-сладкий, сладкий чили, сырный, Цезарь, Salsa, "
         "Cherry, брусничный, терияки (other flavours); Bonduelle beans «в Барбекю» excluded"),
        ("кукурузка в початках 4 шт", NONE,
         "no fresh corn on the cob; Перекрёсток «Кукуруза молодая в початках Маркет Collection, 350г» (jarred baby "
         "corn, category «Салатная классика») and canned sweet corn kernels excluded"),
        ("картошка молодая кило 3", acc(dixy=["72aaa021b7"]),
         "Дикси «Картофель молодой, 1 кг»; «кило 3» is a quantity. Excluded: Магнит «Картофель Новый урожай» (new "
         "harvest, not stated as young), washed/red/frying potatoes, chips, mash"),
    ]),
    # L16 fish and grill vegetables
    ("семга слабосолёная, перчик болгарский красный штуки 3, шампиньоны свежие на гриль", [
        ("семга слабосолёная", acc(perekrestok=["3387452", "3387453"]),
         "lightly salted salmon (сёмга) from Русское Море, piece and slices. Excluded: lightly salted trout (форель, "
         "another fish), salmon caviar, frozen salmon steaks and soup sets, smoked salmon in caviar spreads"),
        ("перчик болгарский красный штуки 3", acc(magnit=["169191"], perekrestok=["6177"]),
         "fresh red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); «штуки 3» "
         "is a quantity. Excluded: yellow pepper, «Перец в ассортименте 2шт» (colours not stated), Рамиро (pointed "
         "pepper, colour not stated), grilled pepper in jars"),
        ("шампиньоны свежие на гриль", acc(perekrestok=["4280106", "3210027"]),
         "fresh champignons: Перекрёсток «Шампиньоны Маркет Fresh, 400г» and «Шампиньоны Королевские Маркет "
         "Collection, 300г» (a fresh tray; outside knowledge, the title does not say fresh). Excluded: Bonduelle "
         "marinated champignons, oyster mushrooms (вешенки), mushroom caviar"),
    ]),
    # L17 soft drinks and water
    ("кока-кола 2л, лимонад черноголовка тархун 2 бутылки, водичка негазированная 5л", [
        ("кока-кола 2л", acc(perekrestok=["1860"]),
         "Coca-Cola 2 l; Coca-Cola of 0.33-1.5 l, Coca-Cola Vanilla/Orange/без сахара, Черноголовка Кола 2 л, Добрый "
         "Cola, Pepsi 2 l and other colas excluded"),
        ("лимонад черноголовка тархун 2 бутылки", acc(magnit=["24f0ca6987"], perekrestok=["3013417"]),
         "Напитки из Черноголовки «Тархун» (500 ml, 2 l); «2 бутылки» is a count, no size written. Excluded: "
         "Черноголовка Байкал, Дюшес, Лимонад, Кола, Мандарин, крюшон; «Любимый Тархун» (other brand)"),
        ("водичка негазированная 5л",
         acc(pyaterochka=["3608729", "3635131"], magnit=["e8574e2cda"], perekrestok=["3503711"]),
         "still water in 5 l bottles: Малаховская №1 негазированная 5 л; Honey kid «Черноголовская» 5 л and "
         "АКВАЛАЙН «Для ляль» 5 л (children's drinking water, always still) and Архыз «Легенда Гор» минеральная 5 л "
         "(outside knowledge: the 5 l bottle is still; the title does not say). Excluded: still water of 0.33-2 l, "
         "sparkling water"),
    ]),
    # L18 wine and cheese evening
    ("вино красное полусладкое подешевле, сыр гауда в нарезке, виноград без косточки", [
        ("вино красное полусладкое подешевле",
         acc(magnit=["e82add4994", "effe3b5e5d", "111461", "199101", "108771", "213421", "204971", "4ed39476cb"]),
         "still red semi-sweet wine: CHEVALIER LACASSAN Рон кр п/сл, DARDIMANDI Ахашени, Брояница Кадарка, Кахури and "
         "Хареба Киндзмараули, Ламбруско Ка Ди Валле «красное, полусладкое» (not titled игристое), Луиза Чао 3 л, "
         "Лыхны красное; «подешевле» is a wish. Excluded: red dry/semi-dry, white and rosé semi-sweet, sparkling "
         "(Ламбруско розовое игристое), port, wine drinks, Перекрёсток alcohol-free wines, mulled-wine base"),
        ("сыр гауда в нарезке", NONE,
         "no sliced Gouda: Пятёрочка LIEBENDORF Гауда 1 kg (a block, not sliced) and Laime «Ассорти … Гауда и "
         "Тильзитер» (an assortment, not Gouda) excluded"),
        ("виноград без косточки", acc(perekrestok=["48657", "57580", "48660"]),
         "seedless grapes: Перекрёсток «Виноград белый без косточек» and Киш-миш (white and black; outside knowledge: "
         "kishmish grapes are seedless by definition). Excluded: Тайфи, Шайн Мускат (Перекрёсток and Пятёрочка) and "
         "Магнит «Виноград черный» (seedlessness not stated), grape juice and drinks"),
    ]),
    # L19 Easter decorating and baking extras
    ("яйца перепелиные 20 шт на пасху, красители пищевые гелевые, кокосовая стружка белая, мак кондитерский 100 г", [
        ("яйца перепелиные 20 шт на пасху", acc(perekrestok=["4321659"]),
         "Маркет quail eggs, 20 шт; mayonnaise «на перепелином яйце» and Olivier «с перепелиным яйцом» excluded"),
        ("красители пищевые гелевые", NONE,
         "no food colouring in any store"),
        ("кокосовая стружка белая", acc(perekrestok=["4236369"]),
         "Пр!ст «Стружка кокосовая высушенная» 80 g (outside knowledge: plain dried coconut is white; coloured "
         "shavings are labelled as such). Excluded: chocolate and sweets «с кокосовой стружкой», coconut milk and "
         "drinks"),
        ("мак кондитерский 100 г", acc(perekrestok=["3393241"]),
         "Перекрёсток «Мак кондитерский, 100г»; bagels «с маком», poppy-seed roll, sweets «Красный мак» excluded"),
    ]),
    # L20 curd snacks
    ("творожная массочка с изюмом, сырки б.ю. александров ванильные, ряженка 4 процента 0.5", [
        ("творожная массочка с изюмом", NONE,
         "no curd mass in any store; сырники с изюмом, curd desserts and биотворог excluded"),
        ("сырки б.ю. александров ванильные", acc(pyaterochka=["3410456"]),
         "Б.Ю.Александров «Сырок … глазированный, ванильный, в молочном шоколаде»; other Б.Ю.Александров сырки "
         "(картофель, фисташки, в белом шоколаде, «Суфле» with no flavour stated), «Десерт ЧИЗКЕЙК твор.ван» "
         "(dessert, not сырок), Brownie, РАЭ and Свитлогорье curd snacks excluded"),
        ("ряженка 4 процента 0.5", NONE,
         "no 4 % ryazhenka: the only ryazhenka is Агуша «клубника» 2.9 % 200 g (excluded)"),
    ]),
    # L21 cold cuts for a picnic
    ("сервелат финский в нарезке, сыр российский кусочком, майонез махеевъ только не легкий, хлеб бородинский в нарезке", [
        ("сервелат финский в нарезке", NONE,
         "no sliced Finnish servelat: Бахрушинъ «сервелат финский» 300 g, Папа Может «Финский» 350 g and Рублевский "
         "«Сервелат Финский» 350 g are whole sticks (form «в нарезке» written), excluded; other servelats excluded"),
        ("сыр российский кусочком", acc(pyaterochka=["4046889"]),
         "Брест-Литовск «российский 50%» 200 g (a piece; the title does not say sliced). Excluded: Зелёная Линия «Сыр "
         "Российский нарезка» (sliced), Бахрушинъ «сервелат российский», Russian cognac and chocolate"),
        ("майонез махеевъ только не легкий", acc(perekrestok=["2047206", "4312243"]),
         "Махеевъ mayonnaise: «Провансаль с лимонным соком» 67 % and «С перепелиным яйцом» 655 ml (not a light "
         "variant); Махеевъ «Соус Цезарь майонезный» (a sauce) and Махеевъ ketchups, jams and mustard excluded"),
        ("хлеб бородинский в нарезке", NONE,
         "no Borodinsky bread: ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская» and "
         "Мясной дом Бородина products are traps"),
    ]),
    # L22 household
    ("fairy для посуды с лимоном, губочки для мытья посуды упаковку, мешки для мусора 60л покрепче, влажные салфетки для малыша без отдушки", [
        ("fairy для посуды с лимоном", acc(pyaterochka=["3501026", "3500750"]),
         "Fairy «Сочный лимон» washing-up liquid 900 ml and 450 ml. Excluded: Fairy Platinum «Ледяная свежесть», "
         "Fairy Platinum without a scent, Fairy «Нежные руки», AOS «ЛИМОН» (other brand), dishwasher tablets"),
        ("губочки для мытья посуды упаковку", NONE,
         "no sponges in any store"),
        ("мешки для мусора 60л покрепче", acc(magnit=["e9bebc57c0"]),
         "BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; «покрепче» is a wish. Excluded: Магнит 35 l bags, BIG CITY LIFE "
         "«Салфетки в рулоне … 60л» (60 sheets, not bags), food bags"),
        ("влажные салфетки для малыша без отдушки", acc(perekrestok=["3697052"]),
         "Kokoro «Салфетки влажные для новорожденных» (no fragrance named, so «без отдушки» does not exclude it). "
         "Excluded: antibacterial/antiseptic wipes (Home Story, Пр!ст, SALFETI), Tolli Plus universal wipes, moist "
         "toilet paper, paper napkins"),
    ]),
    # L23 dessert
    ("пломбир в стаканчике вафельном, клубника свежая если будет, взбитые сливки в баллоне", [
        ("пломбир в стаканчике вафельном",
         acc(pyaterochka=["4009747"], magnit=["5e86759538", "bac7d8405e", "454d2f4e9d"]),
         "plombir in a wafer cup: Свитлогорье, СЛАВИНО «в ваф/стак» (vanilla and chocolate) and 48 КОПЕЕК «стак "
         "пломбир 88г» (outside knowledge: the 88 g 48 копеек cup is a wafer cup). Excluded: plombir in cones "
         "(рожок), bricks, eskimo, «КАК РАНЬШЕ пломбир» 70 g (form not stated), milkshakes «пломбир»"),
        ("клубника свежая если будет", acc(perekrestok=["11034", "4391361", "3457076"]),
         "fresh strawberries (Маркет Fresh 250 g and 340 g, «Клубника отборная»); «если будет» is a wish. Excluded: "
         "strawberry-blueberry mix, strawberry-flavoured goods"),
        ("взбитые сливки в баллоне", NONE,
         "no aerosol whipped cream in any store; aerosol deodorants and air freshener refills are traps"),
    ]),
    # L24 tea time
    ("чай greenfield в пакетиках 100 шт черный, кофе жардин молотый хороший, печенье юбилейное к пасхальному чаю", [
        ("чай greenfield в пакетиках 100 шт черный", acc(pyaterochka=["3378336"]),
         "Greenfield «Kenyan Sunrise, черный, 100х2 г» (100 bags). Excluded: Магнит Greenfield Spring Melody 25 "
         "bags, Пятёрочка Greenfield Spring Melody 100 г and Golden Ceylon 200 г (loose leaf), Richard and Tess teas"),
        ("кофе жардин молотый хороший", acc(pyaterochka=["3664256", "2147888"], magnit=["14d2756c10"]),
         "Jardin ground coffee (Cafe Eclair, Colombia Supremo, ЖАРДИН «ДЕССЕРТ КАП, молотый»); «хороший» is a wish. "
         "Excluded: Jardin instant (Colombia Medellin, Filigrano, Kenya Kilimanjaro) and Dessert Cup «зерновой» "
         "(beans)"),
        ("печенье юбилейное к пасхальному чаю",
         acc(pyaterochka=["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                          "3618783"],
             magnit=["723991a07f", "199331"],
             perekrestok=["4352220", "4371424", "4425157"]),
         "every Юбилейное cookie (traditional, glazed, milk-glazed, oat, постное, wholegrain, cranberry, blueberry, "
         "nut, strawberry, chocolate-flavoured). Excluded: Магнит «Мини-кексы Юбилейное» (cakes), J.MEINL coffee "
         "«ЮБИЛЕЙНЫЙ», Останкино «Колбаса Юбилейная»"),
    ]),
    # L25 beer snacks
    ("скумбрия холодного копчения тушка, чипсы lays краб большая пачка, семечки жареные, пивас светлое 4 банки", [
        ("скумбрия холодного копчения тушка", acc(pyaterochka=["3454689"]),
         "Балтийский берег «Скумбрия холодного копчения, 300 г» (outside knowledge: a whole fish; the title names no "
         "cut). Excluded: Перекрёсток «Скумбрия … кусочки холодного копчения» (pieces), canned and chopped mackerel"),
        ("чипсы lays краб большая пачка", NONE,
         "Lay's crab chips exist only in 50, 85 and 90 g packs (Пятёрочка 50 g, «Королевский краб» 85 g, Магнит 90 g), "
         "excluded because «большая пачка» asks for a big pack (Lay's big packs are 140-225 g); other flavours "
         "excluded"),
        ("семечки жареные",
         acc(pyaterochka=["3135484", "3453003", "3695680", "3403508", "3630849", "3613320", "3669122"],
             magnit=["2cc5876614", "104971", "1000229533"]),
         "roasted sunflower seeds: Бабкины (300/500 g), Молодежный «жареные», От Атамана «обжаренные», От Мартина "
         "«Отборные», «особые», «ОТБОР.черн.обж.сол.» and «отб с морской солью», Богучарские «очищенные» (outside "
         "knowledge: packaged snack seeds are sold roasted; Бабкины 500 g, От Мартина and Богучарские do not say "
         "so). Excluded: pumpkin seeds (Бабкины тыквенные, От Мартина «тыквы»), halva, sunflower oil"),
        ("пивас светлое 4 банки",
         acc(magnit=["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971",
                     "167991", "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791",
                     "159311", "160021", "202121", "205571", "168011", "199071", "199081", "104801", "1f2ea4eaba"]),
         "alcoholic light beer incl. the beer-style ABBE BLONDE «Пивной нап Свет»; «4 банки» is a count. Accepted on "
         "outside knowledge: Hoegaarden and Kronenbourg 1664 Blanc (white wheat beers, colour not stated), Miller "
         "Genuine Draft (a pale lager); Velkopopovický Kozel «Rezany» is accepted because Магнит titles it «светлое». "
         "Excluded: dark beer (Zatecky Gus Cerny, ABBE Brune), alcohol-free beer and beer drinks (Bud, Балтика 0, "
         "Горьковская IPA 0 %, Перекрёсток's whole beer range), flavoured beer drinks"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxb"))
