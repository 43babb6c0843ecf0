#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xn.jsonl -- shopping lists of a Central Asian family cooking plov, lagman,
samsa and shurpa for many guests, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xn.build.py

LISTS below is literal data: 25 lists (3-5 items) as a household would type them to a Telegram bot,
copied byte for byte from fresh_basket_eval_xn.blind_lists.txt (written before any offer was read),
except three items replaced after labelling because their whole list was empty in every store (see
REPLACED and the README, "Replacements").  For every item: the product ids of every in-stock offer of
each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were
grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement resting on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the
list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl; it also checks that
every list text equals the blind draft apart from the replacements.  List ids are fxn01 ... fxn25 in
LISTS order; every list is in split "fresh".
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labelled_lists import build, stats  # noqa: E402  (this directory)

OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xn.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xn.blind_lists.txt")

E = []  # an empty store list: nothing acceptable there

# list number -> (blind item, replacement item); only lists that were empty in all four stores.
REPLACED = {
    1: ("морковка желтая 3 кг", "морковка 3 кг"),
    2: ("баранина на кости 3кг", "говяжья лопатка 3кг"),
    7: ("изюма черного грамм 300", "чернослива грамм 300"),
}

PLOV_RICE_NOTE = ("rice sold as «для плова» (Global Village, Националь, Мистраль «традиционный») and Девзира (the Uzbek "
                  "plov rice; Увелка «Девзира с зирой»); none of them is parboiled. Left out: Националь «Лазер» (a long-grain "
                  "sort often used for plov, but the title does not say so -- outside knowledge), basmati, jasmine, "
                  "Адриатика, Кубань, Краснодарский, brown rice, the Акватика mix, PROSTO «Рис и греча», rice flakes/flour")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxn01 plov: the base
    ("рис девзира 5кг, морковка 3 кг, лука репчатого сетка 5 кг, масло подсолнечное 5л подешевле, зиры побольше", [
        ("рис девзира 5кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "devzira rice in a 5 kg pack (rice is a packaged good, so «5кг» names the pack); the only devzira, Пятёрочка "
         "Увелка «Рис Девзира с зирой» 0,405 кг, is a small pack seasoned with zira -> excluded; other rice sorts excluded"),
        ("морковка 3 кг", {"pyaterochka": E, "magnit": ["199761"], "dixy": E, "perekrestok": ["52112"]},
         "fresh carrots (Перекрёсток «Морковь мытая» by kg, Магнит «Морковь мытая» 1 кг pack); «3 кг» is the quantity of a "
         "weighed good, not a filter. Korean-style carrots, carrot nectars/juices, baby purees and pet food excluded. "
         "REPLACEMENT of the blind «морковка желтая 3 кг» (no yellow carrots anywhere)"),
        ("лука репчатого сетка 5 кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "a 5 kg net of common onions; no store has one: Перекрёсток sells only red/white/Ялтинский/шалот/«салатный» onions "
         "loose, Магнит red 500 г, Ялтинский 300 г net and the 3-colour «Светофор» -- none is a net of 5 kg of ordinary "
         "onions (doubt: a shopper might take 5 kg of loose white onion; not accepted, «сетка 5 кг» names the pack)"),
        ("масло подсолнечное 5л подешевле", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "sunflower oil in a 5 l bottle; only 0,79-2 l bottles exist (Олейна 2 л, Благо/Слобода/Mr.Ricco 1 л, Almador "
         "flavoured) -> missing everywhere; «подешевле» is a wish"),
        ("зиры побольше", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "zira (cumin) spice; no store sells it on its own. Plov seasonings (Kamis, Восточный гость, Maggi) and Увелка "
         "devzira rice «с зирой» are not zira; «побольше» is a quantity wish"),
    ]),
    # fxn02 plov: lamb
    ("говяжья лопатка 3кг, курдюк грамм 500, барбарис сушоный", [
        ("говяжья лопатка 3кг", {"pyaterochka": E, "magnit": ["199481"], "dixy": E, "perekrestok": E},
         "raw beef shoulder: Магнит «Лопаточная часть говядины, без кости, охлажденная» (sold per kg; «3кг» is the quantity). "
         "Пятёрочка Мираторг «Мякоть бедра» (thigh) and «говядина шейная часть» (neck), pork shoulders and варёно-копчёная "
         "«Лопатка» excluded. REPLACEMENT of the blind «баранина на кости 3кг» (no lamb in any store)"),
        ("курдюк грамм 500", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "lamb tail fat; nothing in any store (pork сало is not a substitute for this family)"),
        ("барбарис сушоный", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "dried barberries (typo «сушоный»); only barberry-flavoured drinks («Любимый Барбарис», Имунеле груша-барбарис) "
         "exist -> excluded"),
    ]),
    # fxn03 plov: beef
    ("рис для плова только не пропаренный, говядинка мякоть 2 кг, нутик сухой, чеснок 5 головок", [
        ("рис для плова только не пропаренный", {
            "pyaterochka": ["3992161", "4046686", "3413111", "3483037"],
            "magnit": ["106021"], "dixy": E, "perekrestok": E},
         PLOV_RICE_NOTE + "; «только не пропаренный» would exclude parboiled rice, none of the candidates says пропаренный"),
        ("говядинка мякоть 2 кг", {"pyaterochka": ["3917642"], "magnit": ["199481"], "dixy": E, "perekrestok": E},
         "raw boneless beef (Мираторг «Мякоть бедра говяжья» 600 г, Магнит «Лопаточная часть говядины, без кости»); «2 кг» "
         "is the quantity. Excluded: «говядина шейная часть газ 400гр» (not said to be boneless), steaks (Мираторг Пеппер "
         "in marinade, Black Angus), mince, canned/smoked beef, холодец, pelmeni"),
        ("нутик сухой", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "dry chickpeas; none in any store (canned beans, green peas, pea soups excluded)"),
        ("чеснок 5 головок", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["17662"]},
         "fresh garlic heads (Перекрёсток «Чеснок, 3шт»); «5 головок» is a count, a quantity. Salted garlic (ФЭГ), dried "
         "garlic granules, garlic croutons/oil/seasonings excluded"),
    ]),
    # fxn04 lagman
    ("лапша лагманная, болгарский перец красненький, редька маргеланская, томатную пасту банку", [
        ("лапша лагманная", {"pyaterochka": E, "magnit": ["b9fbce2e33"], "dixy": E, "perekrestok": E},
         "lagman noodles (Магнит Шебекинские «Лагман-лапша» 350 г). Udon, soba, funchoza, spaghetti and instant noodles "
         "excluded"),
        ("болгарский перец красненький", {"pyaterochka": E, "magnit": ["169191"], "dixy": E, "perekrestok": ["6177"]},
         "red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»). Excluded: yellow pepper, "
         "«Перец в ассортименте, 2шт» (colours not stated), Рамиро (pointed pepper, colour not stated), canned grilled "
         "pepper, ground paprika"),
        ("редька маргеланская", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "Margelan (green) radish; none. Перекрёсток «Редис Дайкон» (white daikon) and «Редис красный», Магнит «Редька "
         "красная» are other radishes -> excluded"),
        ("томатную пасту банку", {"pyaterochka": ["31623", "84652", "3486033", "3696785"], "magnit": E, "dixy": E,
                                  "perekrestok": E},
         "tomato paste: Помидорка 480 мл and 250 мл, Heinz «Паста Томатная» 310 г, Махеевъ «Паста ДОМАШНЯЯ томат.» 500 г "
         "(Махеевъ's «Томатная паста Домашняя» -- outside knowledge); «банку» read as the count (one pack), not as a "
         "container filter. Ketchups, tomato sauces/juices, tomatoes in juice excluded"),
    ]),
    # fxn05 samsa
    ("тесто слоеное бездрожжевое 2 пачки, фарш из баранины 1 кг, кунжут для посыпки, яиц с0 два десятка", [
        ("тесто слоеное бездрожжевое 2 пачки", {"pyaterochka": E, "magnit": ["204691"], "dixy": E, "perekrestok": E},
         "yeast-free puff pastry (Магнит Цезарь «Тесто слоеное … без дрожжевое»); «2 пачки» is a quantity. Пятёрочка "
         "Рестория «ТЕСТО ДРОЖЖЕВОЕ» (yeast dough) and Морозко filo excluded; puff cakes (Наполеон) excluded"),
        ("фарш из баранины 1 кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "lamb mince; no lamb in any store. Beef, pork-beef, turkey and unspecified «Домашний»/«Деревенский» mince excluded"),
        ("кунжут для посыпки", {"pyaterochka": E, "magnit": ["c1996d45f5"], "dixy": E, "perekrestok": E},
         "sesame seeds (Магнит Восточный гость «Семена кунжута» 40 г); crackers/buns/nuts «с кунжутом» excluded"),
        ("яиц с0 два десятка", {"pyaterochka": ["3620510"], "magnit": E, "dixy": E,
                               "perekrestok": ["3634491", "44323", "3062835"]},
         "chicken eggs of class С0/СО/«отборные» in packs of 10 (a 20-pack would also do for «два десятка»; none exists in "
         "С0): Волжское Утро отборные 10 шт, Маркет СО 10шт, Роскар Экстра СО 10шт, Окское СО 10шт. Excluded: С1 (Лето 20шт, "
         "Село Зелёное, Окское С1, Маркет С1, Зелёная Линия), Волжанин «отборной категории» 6шт (pack of 6), quail eggs, "
         "Kinder eggs, mayonnaise «на перепелином яйце»"),
    ]),
    # fxn06 tea table
    ("нон лепешки 4 шт, чай зеленый азерчай, рафинад к чаю", [
        ("нон лепешки 4 шт", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "Central Asian flatbread (нон/лепёшка); none. Mission «Лепешки тортилья» (wheat tortillas) are a different bread -> "
         "excluded; «4 шт» is a count"),
        ("чай зеленый азерчай", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "green tea of the brand Азерчай; the stores only carry Азерчай black teas (Букет, бергамот/эрл грей, Магнит Azercay "
         "бергамот) -> excluded, as are green teas of other brands"),
        ("рафинад к чаю", {"pyaterochka": E, "magnit": ["07d5c3205d"], "dixy": E, "perekrestok": E},
         "lump/cube sugar: Магнит РУССКИЙ «Сахар белый прессованный» 1 кг (прессованный = рафинад in cubes -- outside "
         "knowledge). Пятёрочка «Сахар тростниковый нерафинированный Демерара» excluded; «к чаю» is a purpose"),
    ]),
    # fxn07 tea sweets
    ("чай черный гранулированный какой нибудь, нават, курабье бакинское к чаю, чернослива грамм 300", [
        ("чай черный гранулированный какой нибудь", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "granulated (CTC) black tea of any brand; no title says гранулированный (the loose teas are «листовой»/«крупнолистовой» "
         "or unstated, the rest are bags) -> missing everywhere; «какой нибудь» is a wish"),
        ("нават", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "nawat (crystallised grape/cane sugar); none. Lollipops and caramels («леденцовая») are not nawat"),
        ("курабье бакинское к чаю", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "Baku kurabie biscuits; none (no «курабье» in any title; «Томаты Бакинские» is a trap); other biscuits excluded"),
        ("чернослива грамм 300", {"pyaterochka": ["3608001"], "magnit": E, "dixy": E, "perekrestok": E},
         "dried prunes (NaturFoods «Чернослив сушеный, без косточек» 250 г); «грамм 300» is the amount, not a pack filter. "
         "Chocolate, yoghurt, gingerbread and pâté «с черносливом», nut/dried-fruit mixes excluded. REPLACEMENT of the blind "
         "«изюма черного грамм 300» (no raisins anywhere)"),
    ]),
    # fxn08 shurpa
    ("баранина ребрышки, картошечки кг 3, помидоры на шурпу, кинзы 2 пучка", [
        ("баранина ребрышки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "lamb ribs; no lamb in any store (pet food «с ягненком» excluded)"),
        ("картошечки кг 3", {"pyaterochka": E, "magnit": ["199751", "168701", "168671", "109571", "107511"],
                             "dixy": ["72aaa021b7"], "perekrestok": ["2099571", "3646068"]},
         "fresh potatoes of any kind and pack (мытый, красный, новый урожай/молодой, для жарки/варки 1-3 кг); «кг 3» is the "
         "quantity. Potato starch, crisps, «Картошка» marzipan/cakes, vareniki, Knorr «картошка по-деревенски» excluded"),
        ("помидоры на шурпу", {"pyaterochka": E,
                               "magnit": ["199891", "168851", "168841", "169381", "107681", "107631", "107621", "107611"],
                               "dixy": E,
                               "perekrestok": ["3673307", "4217380", "3676649", "4188460", "4327843", "4355823", "3017019"]},
         "fresh tomatoes of any variety incl. cherry/cocktail (as in real_basket_eval); «на шурпу» is a purpose. Магнит "
         "«Томаты маринованные» and «Томаты соленые», tomato juices/pastes/ketchups, mussels «с вялеными томатами» excluded"),
        ("кинзы 2 пучка", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "fresh coriander leaves; none (Магнит wines «Киндзмараули» are a trap; dill/parsley excluded)"),
    ]),
    # fxn09 chicken plov
    ("окорочков кило 4, рис басмати mistral, приправа для плова kamis", [
        ("окорочков кило 4", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "chicken leg quarters; no store sells окорочка. Separate thighs/drumsticks (бедро, голень), whole broilers, "
         "Перекрёсток «Окорочок утёнка» (duck) and smoked Павловская курочка голень excluded"),
        ("рис басмати mistral", {"pyaterochka": ["5722"], "magnit": E, "dixy": E, "perekrestok": E},
         "Мистраль basmati (Пятёрочка «Рис Мистраль, Басмати, белый»); Магнит Националь basmati (other brand) and Мистраль "
         "jasmine/plov/Кубань/Акватика rice excluded"),
        ("приправа для плова kamis", {"pyaterochka": E, "magnit": ["112431"], "dixy": E, "perekrestok": E},
         "Kamis plov seasoning (Магнит «Приправа Kamis, к плову» 25 г); Kamis прованские травы, Восточный гость «Приправа "
         "для плова» and Maggi «Смесь для плова с курицей» (other brands) excluded"),
    ]),
    # fxn10 samsa side
    ("сметанка 20% к самсе, айран пару бутылок, огурчиков кило, укроп свежий пучок", [
        ("сметанка 20% к самсе", {"pyaterochka": ["3664287"], "magnit": E, "dixy": E,
                                  "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906",
                                                  "3293409", "3444929", "3634033", "4314537", "58101"]},
         "sour cream of exactly 20 % (incl. Parmalat Comfort lactose-free 20 %); 10/15/25/30 % sour cream, «Сметанник» cakes, "
         "snacks «со вкусом сметаны» excluded; «к самсе» is a purpose"),
        ("айран пару бутылок", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "ayran; none. Пятёрочка ХАЛАЛМИЛК «Напиток к/м ТАН» is tan, a related but differently named salted drink -> "
         "excluded (doubt: some would take it); kefir/yoghurt excluded"),
        ("огурчиков кило", {"pyaterochka": E, "magnit": ["200221", "169161"], "dixy": E,
                            "perekrestok": ["4391463", "3368258", "3682401"]},
         "fresh cucumbers (Магнит короткоплодные, среднеплодные; Перекрёсток Ботаника, «Огурцы корнишоны, 300г», «Огурцы "
         "Хрустящие, 450г» -- the last two taken as fresh: sold in the fresh «Окрошка» shelf at fresh prices, outside "
         "judgement); «кило» is the quantity. Salted/pickled/marinated cucumbers, pickles, yoghurts (stem «огур»), "
         "cucumber shampoo excluded"),
        ("укроп свежий пучок", {"pyaterochka": E, "magnit": ["109841"], "dixy": E, "perekrestok": ["4295468"]},
         "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г»). Mixed herb packs "
         "(петрушка-укроп-лук), dried dill, herring/cheese «с укропом» excluded"),
    ]),
    # fxn11 table for guests
    ("мусорные мешки 120л прочные, тарелки одноразовые 50 шт, салфетки на стол гостям", [
        ("мусорные мешки 120л прочные", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "120 l bin bags; only 35 l and 60 l rolls exist (Магнит) -> excluded; «прочные» is a wish"),
        ("тарелки одноразовые 50 шт", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "disposable plates; none (Перекрёсток disposable cups, «Сырная тарелка» cheese, disposable razors excluded)"),
        ("салфетки на стол гостям", {"pyaterochka": E, "magnit": E, "dixy": E,
                                     "perekrestok": ["4299678", "4310840", "4310841", "4429769", "4429400", "4429397",
                                                     "4371757", "4250535", "4397850", "4250543"]},
         "paper table napkins of any design/ply (Пр!ст, Gratias, Art Bouquet); wet wipes, Магнит BIG CITY LIFE «Салфетки в "
         "рулоне» (cleaning cloths) and Carefree panty liners excluded"),
    ]),
    # fxn12 washing up
    ("fairy лимон для посуды, губки для казана и посуды, полотенца бумажные на кухню", [
        ("fairy лимон для посуды", {"pyaterochka": ["3501026", "3500750"], "magnit": E, "dixy": E, "perekrestok": E},
         "Fairy washing-up liquid «Сочный лимон» (900 мл and 450 мл); Fairy Platinum (flavour not stated), Нежные руки, AOS "
         "лимон (other brand) and dishwasher tablets excluded"),
        ("губки для казана и посуды", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "kitchen scouring sponges; none in any store"),
        ("полотенца бумажные на кухню", {"pyaterochka": ["3449212", "3601010", "3431062"], "magnit": E, "dixy": E,
                                         "perekrestok": E},
         "paper towel rolls (PAPIA, Familia, ZEWA); napkins and cleaning cloths excluded"),
    ]),
    # fxn13 dried fruit and nuts
    ("курагу на плов, урюк, орех грецкий очищ., миндаль 200г", [
        ("курагу на плов", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "dried apricots; none (oat product «Курага», mixes excluded)"),
        ("урюк", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "dried apricots with stone; none"),
        ("орех грецкий очищ.", {"pyaterochka": ["3982582", "3915361"], "magnit": E, "dixy": E, "perekrestok": E},
         "shelled walnuts: BOTANICA «Ядро ореха грецкого» 140 г and Mix Bar «Грецкий орех» 100 г (taken as kernels: a 100 g "
         "snack pack -- outside knowledge). Магнит «Орех грецкий, неочищенный» excluded (in shell), as are nut mixes, "
         "walnut jam, chocolate/cheese/salad with walnut"),
        ("миндаль 200г", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "plain almonds (200 g pack); none. Chocolate «миндаль», almond drink, almond biscuits, Lenor «миндальное масло» "
         "excluded"),
    ]),
    # fxn14 samsa dough
    ("мука на самсу 2кг, дрожжи сухие saf moment, маргарин 2 пачки", [
        ("мука на самсу 2кг", {"pyaterochka": ["3296712"], "magnit": E, "dixy": E, "perekrestok": ["91304", "3231328", "8065"]},
         "wheat flour in a 2 kg pack (Рязаночка ЭКСТРА 2кг, Makfa высшего сорта 2кг, «Мука Пшеничная, 2кг», Пышечка 2кг); "
         "1 kg packs, rice, rye, whole-grain 1 kg and durum крупка excluded; «на самсу» is a purpose"),
        ("дрожжи сухие saf moment", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["17366"]},
         "Саф-Момент dry yeast (Перекрёсток 11 г); SAFEGUARD soap and frozen yeast dough are traps"),
        ("маргарин 2 пачки", {"pyaterochka": ["3977160"], "magnit": E, "dixy": E, "perekrestok": E},
         "margarine (Пышка «для выпечки» 72 %); «2 пачки» is a quantity. Топленая смесь Хозяюшка (a spread blend in a tub) "
         "excluded"),
    ]),
    # fxn15 fruit for guests
    ("арбуз покрупнее, дыня торпеда, винограду кишмиша кило 2, гранатов штуки 3", [
        ("арбуз покрупнее", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4071854"]},
         "fresh watermelon (Перекрёсток «Арбуз Чёрный принц без косточек, 3-8кг»); «покрупнее» is a wish. Watermelon gum, "
         "drinks and ice cream excluded"),
        ("дыня торпеда", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "Torpedo melon; no fresh melon in any store (melon drinks, ice cream, shower gel excluded)"),
        ("винограду кишмиша кило 2", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["57580", "48660"]},
         "kishmish grapes (Перекрёсток «Виноград Киш-миш чёрный», «Виноград Киш-миш»); «кило 2» is the quantity. Excluded: "
         "«Виноград белый без косточек», Тайфи, Шайн Мускат, Магнит «Виноград черный» (not called kishmish; doubt for the "
         "seedless white), grape juice/oil"),
        ("гранатов штуки 3", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "fresh pomegranates; none (pomegranate juice, Narsharab sauce, air freshener excluded)"),
    ]),
    # fxn16 sweets for guests
    ("конфеты ассорти в коробке, щербет с орехами, чак-чак татарский, рахат лукум", [
        ("конфеты ассорти в коробке", {
            "pyaterochka": ["3911678", "3639115", "3639113", "4069805", "4069811", "4297371", "3642751", "3483309", "4089706"],
            "magnit": ["17644f19d9", "203131", "160141", "111571", "111721", "199221"],
            "dixy": E, "perekrestok": ["22245"]},
         "boxed assortments of chocolates: titles saying ассорти or «коллекция» (Коркунов Ассорти/Ореховая коллекция/Коллекция "
         "тёмного и молочного, Lindor «Ассорти», Dove «Десертное ассорти», «Твой секрет», Бабаевский «Набор конфет Ассорти», "
         "Магнит «Подмосковные вечера, Ассорти» taken as a box -- outside knowledge, Merci). Excluded: single-flavour boxes "
         "(Lindor молочный, Вдохновение Трюфельный крем, Комильфо фисташка, Родные просторы фундук, «Вишня в шоколаде»), "
         "Импрессо premium (contents not stated), weighed candies (Шарлиз нуга ассорти 1 кг), New-Year gift sets, Toffifee, "
         "caramel/marmalade/gum/cookie «ассорти»"),
        ("щербет с орехами", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "sherbet fudge with nuts; none (Магнат ice cream «со слоем нап шербет» excluded)"),
        ("чак-чак татарский", {"pyaterochka": ["3681362", "3633540"], "magnit": E, "dixy": E, "perekrestok": E},
         "chak-chak (Караван-Сарай медовый, Тимоша медовый); «татарский» only names the dish's origin, so every chak-chak is "
         "accepted (judgement)"),
        ("рахат лукум", {"pyaterochka": ["3904365", "3480149"], "magnit": E, "dixy": E, "perekrestok": E},
         "Turkish delight of any flavour (Джойко традиционный, Тимоша с орехом); halva, kozinaki excluded"),
    ]),
    # fxn17 drinks
    ("coca-cola 2л, сок добрый вишневый, боржоми пару бутылок", [
        ("coca-cola 2л", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["1860"]},
         "classic Coca-Cola in a 2 l bottle (Перекрёсток); 0.33-1.5 l bottles, Coca-Cola Vanilla/Orange/zero, other colas and "
         "Burn (made by Кока-кола) excluded"),
        ("сок добрый вишневый", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "Добрый cherry juice; none. Добрый «яблоко-черноплодная рябина-вишня» (mixed nectar), cherry nectars of other "
         "brands (Rich, J7, Swell, IL PRIMO) and other Добрый juices excluded"),
        ("боржоми пару бутылок", {"pyaterochka": ["3943982"], "magnit": E, "dixy": E, "perekrestok": ["81514", "3943982"]},
         "Borjomi mineral water of any size (0.5 l, 1.25 l); «пару бутылок» is a quantity; other mineral waters excluded"),
    ]),
    # fxn18 achichuk salad
    ("огурцы на ачик-чучук, розовых помидор кг 2, лучок красный, перец горький зеленый", [
        ("огурцы на ачик-чучук", {"pyaterochka": E, "magnit": ["200221", "169161"], "dixy": E,
                                  "perekrestok": ["4391463", "3368258", "3682401"]},
         "fresh cucumbers, as for «огурчиков кило» (same judgement on Перекрёсток «корнишоны» and «Хрустящие» as fresh); "
         "pickled/salted excluded; «на ачик-чучук» is a purpose"),
        ("розовых помидор кг 2", {"pyaterochka": E, "magnit": ["107631"], "dixy": E, "perekrestok": ["4355823"]},
         "pink tomatoes (Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый»); «кг 2» is the quantity. Перекрёсток "
         "«Томаты Бакинские» excluded: often pink, but the title does not say so (doubt); red/cherry/orange tomatoes excluded"),
        ("лучок красный", {"pyaterochka": E, "magnit": ["168721", "168741"], "dixy": E, "perekrestok": ["79012", "3368252", "3623836"]},
         "red onion: «Лук репчатый красный» and Ялтинский (a red/purple onion -- outside knowledge). Магнит «Лук Светофор» "
         "(3 colours), white onion, shallots, «Лук салатный» (colour not stated) and green onion excluded"),
        ("перец горький зеленый", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "fresh green chilli; none (bell peppers, jalapeño mussels, ground pepper excluded)"),
    ]),
    # fxn19 pumpkin samsa
    ("тыква для самсы, лопатка баранья, масло сливочное 82.5 на тесто, черный перец молотый", [
        ("тыква для самсы", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "fresh pumpkin; none (pumpkin seeds, pumpkin nectar, yoghurt with pumpkin excluded)"),
        ("лопатка баранья", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "lamb shoulder; no lamb in any store (pork and beef shoulders excluded)"),
        ("масло сливочное 82.5 на тесто", {"pyaterochka": ["3948153", "4063188", "3612680", "3953367"], "magnit": E, "dixy": E,
                                           "perekrestok": E},
         "butter of exactly 82,5 % (Традиционное 175 г, сладко-сливочное 380 г, Вкуснотеево 400 г, Тысяча озёр 400 г); 82 % "
         "(Простоквашино in Магнит and Дикси, Президент), 72,5 % and chocolate butter excluded"),
        ("черный перец молотый", {"pyaterochka": E, "magnit": ["82dc754b2f"], "dixy": E, "perekrestok": E},
         "ground black pepper (Восточный гость 50 г); KOTANYI «Мельница перец черный» (whole peppercorns in a grinder), "
         "pepper mixes and foods «с черным перцем» excluded"),
    ]),
    # fxn20 lagman again
    ("говяжий фарш, редиска для лагмана, фасоль стручковая замороженная, джусай", [
        ("говяжий фарш", {"pyaterochka": ["3447375", "3398465", "4065830"], "magnit": E, "dixy": E, "perekrestok": E},
         "beef mince (Мираторг, Рестория, Останкино); свино-говяжий, «Домашний» (САМСОН), «Деревенский» (Ближние горки), "
         "Петелинка, turkey and pork mince excluded"),
        ("редиска для лагмана", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["25180"]},
         "radishes (Перекрёсток «Редис красный, 500г»); Дайкон and Магнит «Редька красная» (редька, not редиска) excluded"),
        ("фасоль стручковая замороженная", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "frozen green beans; none. Пятёрочка frozen mix «Овощи по-турецки Фасулье» (a mix) and canned beans excluded"),
        ("джусай", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "jusai (garlic chives); none (green onion, черемша соленая excluded)"),
    ]),
    # fxn21 tea for guests
    ("чай ахмад с бергамотом, лимоны к чаю гостям, мед цветочный гостям, варенье абрикосовое", [
        ("чай ахмад с бергамотом", {"pyaterochka": ["3380948"], "magnit": E, "dixy": E, "perekrestok": E},
         "Ahmad Tea with bergamot (Пятёрочка «AHM.TEA Чай АНГЛИЙСКИЙ №1 бергамот» 200 г); Ahmad classic and чабрец, and Earl "
         "Grey of other brands (Азерчай, Lipton, Richard, Twinings, Greenfield, Saito) excluded"),
        ("лимоны к чаю гостям", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "fresh lemons; none (lemon-flavoured goods, citric acid, cleaners «лимон» excluded)"),
        ("мед цветочный гостям", {"pyaterochka": ["3645764", "3645749"], "magnit": ["d32ff23653"], "dixy": E, "perekrestok": E},
         "flower honey (Медовый дом «цветочный» Южный цветок, «цветочный монофлорный» Восточная липа, Магнит «цветочный "
         "разнотравье»); Крем-мёд «с наполнителями» (малина, лимон-имбирь), honey biscuits/cereals/chak-chak excluded"),
        ("варенье абрикосовое", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "apricot varenye; none. Other varenye (клубничное, малиновое, черничное, грецкие орехи) and jams excluded; "
         "«с абрикосовым джемом» buns excluded"),
    ]),
    # fxn22 pantry
    ("маш 1кг, рис краснодарский, макароны makfa", [
        ("маш 1кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "mung beans; none"),
        ("рис краснодарский", {"pyaterochka": E, "magnit": ["106651", "106641"], "dixy": E, "perekrestok": E},
         "Krasnodar round rice: Увелка «Краснодарский, круглый» and Мистраль «Кубань» (Kuban = Krasnodar krai rice -- outside "
         "knowledge); plov, basmati, jasmine, Адриатика, Лазер rice excluded; Пятёрочка «Чай Краснодарский» and «Соус "
         "Краснодарский» are traps"),
        ("макароны makfa", {"pyaterochka": ["3687625"], "magnit": ["199251"], "dixy": E, "perekrestok": E},
         "Makfa dry pasta of any shape (MAKFA «СВИТКИ», Макфа перья); Makfa flour, MAKFA D.COL cakes/biscuits and other "
         "brands' pasta excluded"),
    ]),
    # fxn23 dairy for baking
    ("кефир 2.5 для теста, сливки жирные 33, масло топленое", [
        ("кефир 2.5 для теста", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "kefir 2,5 %; no kefir in any store (yoghurts, тан, ayran-type drinks excluded)"),
        ("сливки жирные 33", {"pyaterochka": ["12721"], "magnit": ["204651"], "dixy": E, "perekrestok": E},
         "33 % cream (Домик в деревне 480 мл / 480 г); 10/11/20 % cream and cream substitutes excluded"),
        ("масло топленое", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "ghee (clarified butter); none. Магнит Хозяюшка «Топленая смесь 99,7%» is a blended (vegetable-butter) fat -> "
         "excluded; топлёное молоко excluded"),
    ]),
    # fxn24 spices
    ("кориандр в зернах, паприка копчоная, куркума для цвета плова, лист лавровый", [
        ("кориандр в зернах", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "whole coriander seed; none (other spices and seasonings excluded)"),
        ("паприка копчоная", {"pyaterochka": E, "magnit": ["448e464caf"], "dixy": E, "perekrestok": E},
         "smoked paprika (typo «копчоная»): KOTANYI «Паприка копченая молотая»; Восточный гость «Паприка красная» (not "
         "smoked) and paprika-flavoured crisps excluded"),
        ("куркума для цвета плова", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "turmeric; none (Dove shampoo «с куркумой» excluded)"),
        ("лист лавровый", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "bay leaves; none"),
    ]),
    # fxn25 halal basics
    ("вода питьевая 5л 3 шт, батон нарезной парочку, колбаса халяль, сосиски халяль", [
        ("вода питьевая 5л 3 шт", {"pyaterochka": ["3635131", "3608729"], "magnit": ["e8574e2cda"], "dixy": E,
                                   "perekrestok": ["3503711"]},
         "still drinking water in 5 l bottles: Малаховская №1 5л, Honey kid Черноголовская питьевая 5 л, Магнит Аквалайн "
         "«Для ляль» 5л (baby drinking water is still drinking water) and Архыз «Легенда Гор, минеральная» 5 л (a low-mineral "
         "table water -- outside knowledge, doubt); «3 шт» is a count. Smaller bottles and sparkling/medicinal waters "
         "excluded"),
        ("батон нарезной парочку", {"pyaterochka": ["3985404"], "magnit": E, "dixy": E, "perekrestok": ["3974714"]},
         "«Батон нарезной» loaves (Хлебный Дом «Звездный» нар., Маркет Нарезной); chocolate bars «батончик» and gift sets "
         "excluded; «парочку» is a quantity"),
        ("колбаса халяль", {"pyaterochka": ["3016790"], "magnit": E, "dixy": E, "perekrestok": E},
         "halal sausage (Царицыно «Колбаса Докторская Особая ХАЛЯЛЬ» варёная); non-halal sausages and An-noor halal chicken "
         "excluded"),
        ("сосиски халяль", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "halal frankfurters; none (no sausages are labelled halal)"),
    ]),
]


def check_blind():
    """Every list text equals the blind draft line, apart from the items listed in REPLACED."""
    with open(BLIND, encoding="utf-8") as fh:
        blind = [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, (line, (text, _)) in enumerate(zip(blind, LISTS), 1):
        expected = line
        if n in REPLACED:
            old, new = REPLACED[n]
            if line.count(old) != 1:
                errors.append("fxn%02d: replaced item %r not in the blind draft" % (n, old))
            expected = line.replace(old, new)
        if text.encode("utf-8") != expected.encode("utf-8"):
            errors.append("fxn%02d: text differs from the blind draft: %r vs %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxn"))
