#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vq.jsonl -- shopping lists of a woman who cooks big pots of soup for the
week (borscht, shchi, solyanka, rassolnik, chicken noodle soup, pea soup, ukha) for her husband and
teenage son, plus the family's ordinary groceries, hand-labelled against the real offers in
real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vq.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, written *before* any
offer was read and frozen in fresh_basket_eval_vq.blind_lists.txt (read-only).  For every item and
every store it holds the product ids of every in-stock offer a reasonable shopper who wrote exactly
that item would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms,
the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by one;
each item was re-checked by listing every in-stock title matching its stem that was not accepted.
The note of each item records what was accepted, what was deliberately left out and any judgement
that rests on outside knowledge.  An empty list means the store has nothing acceptable.

The script first checks that every list text equals the blind draft (apart from lists named in
REPLACED, none here), then labelled_lists.build checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has a
note, the labels are exactly the list's items in order -- and writes the JSONL; labelled_lists.stats
prints the counts.  List ids are fvq01, fvq02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vq.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vq.blind_lists.txt")

# List number (1-based) -> (blind item text, replacement item text).  Empty: no list was entirely
# missing in all four stores, so nothing was replaced.
REPLACED = {}


def E():
    """No acceptable offer in this store."""
    return []


# Shared id lists (literal data, used by more than one item).
SMETANA_20 = {
    "pyaterochka": ["3664287"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                    "58101", "3293409", "4349770"],
}
SMETANA_20_NOTE = ("sour cream labelled exactly 20% (incl. Parmalat Comfort lactose-free 20%); 15%, 25%, 30% and "
                   "10% sour cream, «сметанный» sauces and snacks «со вкусом сметаны» excluded; Магнит has only 15%")
POTATOES = {
    "pyaterochka": [],
    "magnit": ["168701", "107511", "168671", "109571", "199751"],
    "dixy": ["72aaa021b7"],
    "perekrestok": ["3646068", "2099571"],
}
BATON = {
    "pyaterochka": ["3985404"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3974714"],
}
RYE_BREAD = {
    "pyaterochka": ["3480920", "3500217", "3372334"],
    "magnit": [],
    "dixy": [],
    "perekrestok": [],
}
PARSLEY = {
    "pyaterochka": [],
    "magnit": ["200411"],
    "dixy": [],
    "perekrestok": [],
}
PARSLEY_NOTE = ("fresh parsley: Магнит «Петрушка, 1 уп. (100 г)»; Перекрёсток herb mixes («Ассорти свежие "
                "петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка») are mixes, not a parsley bunch, and "
                "are excluded, as is cream cheese «с … петрушкой»; «пучок» is the unit, not a filter")
PERLOVKA = {
    "pyaterochka": [],
    "magnit": ["820f08519d"],
    "dixy": [],
    "perekrestok": [],
}
POTATO_NOTE_TAIL = ("sweet potatoes, potato starch («Крахмал картофельный»), crisps, «Картофель хрустящий», "
                    "vareniki, salads and marzipan «Картошка» excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # vq01 borscht: the soup set and the vegetables
    ("суповой набор говяжий 2 кг, свеклы на борщ килограмм, белокочанной капусты один кочанчик, репчатого лука сетку 2кг", [
        ("суповой набор говяжий 2 кг", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "beef soup set (bones with meat): none in the offers; Магнит «Суповой набор из лосося» and «Набор супов "
           "из лосося» (fish), pork cuts on the bone (Магнит Грудинка/Корейка/Лопатка/Окорок/Шейная часть свиные "
           "на кости), boneless beef (Магнит «Лопаточная часть говядины, без кости», Мираторг «Мякоть бедра "
           "говяжья»), beef tongue and stewed beef excluded; «2 кг» is a quantity"),
        ("свеклы на борщ килограмм", {
            "pyaterochka": E(),
            "magnit": ["168801"],
            "dixy": E(),
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая, 1 кг», Перекрёсток «Свекла мытая фасованная, 1кг»); Магнит salad "
           "«Свекла с фасолью», Перекрёсток beet-and-brynza salad and juices with beet excluded; «килограмм» is a "
           "quantity"),
        ("белокочанной капусты один кочанчик", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": ["4738b3129c"],
            "perekrestok": E(),
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг»; Перекрёсток «Капуста китайская» (Chinese "
           "cabbage), sauerkraut, broccoli, cauliflower and sea-kale salad excluded"),
        ("репчатого лука сетку 2кг", {
            "pyaterochka": E(),
            "magnit": ["168721"],
            "dixy": E(),
            "perekrestok": ["79135", "79012"],
        }, "fresh bulb onions whose title says «репчатый» (Магнит «Лук репчатый, красный» 500 г, Перекрёсток «Лук "
           "репчатый белый/красный»); named speciality onions (Ялтинский, Шалот, «Лук салатный», Магнит «Лук "
           "Светофор» 3 шт), green onion and herb mixes excluded; «сетку 2кг» is read as the quantity wanted of a "
           "weighed staple, not as a pack-size filter"),
    ]),
    # vq02 borscht: meat and dressing
    ("говядина на косточке для борща\nтоматную пасту в стеклянной банке\nчеснока головки три\nсметаны 20 процентов к борщу", [
        ("говядина на косточке для борща", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "beef on the bone: none; pork cuts «на кости» (Магнит), boneless beef (Магнит «Лопаточная часть говядины, "
           "без кости», Мираторг «Мякоть бедра», Пятёрочка «говядина шейная часть», steaks), beef tongue, stewed "
           "beef and pet food «с говядиной» excluded"),
        ("томатную пасту в стеклянной банке", {
            "pyaterochka": ["3696785", "84652", "31623"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "tomato paste in a glass jar: МАХЕЕВЪ «Паста ДОМАШНЯЯ томат. ст/б 500г», ПОМИДОРКА «Паста томатная паст. "
           "ст/б 250мл» and «Паста томатная, Помидорка, 480 мл» (outside knowledge: Помидорка paste is sold in glass "
           "jars measured in ml; the title does not say ст/б); Heinz «Паста Томатная, 310 г» excluded because its "
           "container is not stated; ketchups, tomato sauces (MR.RICCO Болоньезе), tomato juice, tomatoes and "
           "toothpaste excluded; Магнит and Перекрёсток have no tomato paste"),
        ("чеснока головки три", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["17662"],
        }, "fresh garlic: Перекрёсток «Чеснок, 3шт»; ФЭГ «Чеснок белый солёный» (pickled), Магнит dried granulated "
           "garlic, garlic croutons, seasonings and garlic-flavoured oil excluded"),
        ("сметаны 20 процентов к борщу", SMETANA_20, SMETANA_20_NOTE),
    ]),
    # vq03 shchi from sauerkraut
    ("квашеная капуста 1кг, ребрышки свиные на щи, картофеля кило 3 для щей, лавровый лист в суп пакетик", [
        ("квашеная капуста 1кг", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4336623"],
        }, "plain sauerkraut, with carrot or not (Белая Дача «Деревенская» and «фитнес», «кислая», «кисло-сладкая», "
           "Зелёная Линия «шинкованная с морковью»); flavoured sauerkraut «с клюквой» / «с хреном» (Перекрёсток "
           "4325074, 4325073, 4336625, 4336624, Магнит «Капуста квашеная с хреном») excluded as flavour variants; "
           "«1кг» is the quantity, packs are 450-650 g"),
        ("ребрышки свиные на щи", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "pork ribs: none in the offers (no title with «ребр»); other pork cuts (Магнит Грудинка/Корейка свиная на "
           "кости, Шейная часть) are not ribs and are excluded"),
        ("картофеля кило 3 для щей", POTATOES,
         "fresh potatoes of any variety (Магнит «Новый урожай», «для варки» 3 кг, «для жарки» 3 кг, «красный, мытый», "
         "«мытый» 2,5 кг; Дикси «Картофель молодой»; Перекрёсток «мытый», «красный мытый»); «кило 3» is the quantity; "
         + POTATO_NOTE_TAIL),
        ("лавровый лист в суп пакетик", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "bay leaves: none in the offers (no title with «лавр»); seasoning mixes (Kotanyi, MAGGI, Kamis, Восточный "
           "гость) are not bay leaves"),
    ]),
    # vq04 rassolnik
    ("бочковых огурцов соленых на рассольник, перловки пачки 2, куриные желудочки, сливочного масла 82.5 пачку", [
        ("бочковых огурцов соленых на рассольник", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4404269"],
        }, "barrel-salted cucumbers: Перекрёсток «Огурцы солёные бочковые Маркет»; salted cucumbers not said to be "
           "barrel ones (Пятёрочка Глобус «соленые огурчики СТАРОРУССКИЕ» 900 г, Магнит МЕЛЕНЪ «Огурцы соленые "
           "Муромские» 900 г and «Огурцы соленые, Корнишоны»), marinated cucumbers, fresh cucumbers and mixed "
           "assortments excluded: the written «бочковых» is respected"),
        ("перловки пачки 2", PERLOVKA,
         "pearl barley: Магнит УВЕЛКА «Перловая Крупа 800г»; УВЕЛКА «Крупа ячневая» (barley grits, not pearl barley) excluded; no other chain carries it; «пачки 2» is the quantity"),
        ("куриные желудочки", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "chicken gizzards: none in the offers (no «желуд», «пупк», «потрох»); other chicken parts, Магнит pork "
           "liver and liver pâtés excluded"),
        ("сливочного масла 82.5 пачку", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "butter labelled exactly 82,5% (Пятёрочка «Масло сладко-сливочное традиционное несоленое 82,5%» 380 г, "
           "Вкуснотеево 82,5% 400 г, «Масло сливочное Традиционное 82,5%» 175 г, Тысяча Озёр 82,5% 400 г); butter "
           "82% (Президент, Простоквашино in Пятёрочка/Магнит/Дикси), 72,5% Брест-Литовск, chocolate butter 62% "
           "excluded: a written fat % must match exactly"),
    ]),
    # vq05 solyanka
    ("колбаса копченая для солянки, сосисок молочных подешевле, маслинки без косточек баночку, лимончик для солянки, каперсы маленькую баночку", [
        ("колбаса копченая для солянки", {
            "pyaterochka": ["3504905", "3472046", "3696443", "3379266", "3345854", "3469277", "3490986", "3380222",
                            "3601522", "3683406", "3920511", "3035239", "3622973", "3440967", "3440935", "3620876",
                            "3660416", "3413609", "3460891", "3380221", "3604156", "3036120", "3683730", "4026961",
                            "3683719", "4025038", "4069196", "4068713", "3920463", "4064536", "4039999", "3640669",
                            "3653063", "3631119", "4045569", "3660417", "3385833", "3671899", "3442569", "4064534",
                            "3930255", "3619528"],
            "magnit": ["168281", "160291", "199021", "105061"],
            "dixy": ["abac436e32"],
            "perekrestok": ["4390257", "4394293", "4380014", "4283094", "4385507", "4236323", "4425557", "4403606",
                            "4068713", "4397813", "4268939", "4214450", "3380222", "3380221", "4214000", "3469277",
                            "3648372", "4069198", "3332887", "4395547", "4273259", "3345854", "3140747", "4400591",
                            "3654318", "4166796", "4064566", "4135604", "4217621"],
        }, "any smoked sausage: сырокопчёная (incl. полусухая, mini salami, sliced and assortment packs), "
           "варёно-копчёная (сервелаты, балыковая, Кремлёвская, Московская), полукопчёная (Краковская, Краинская, "
           "Дикси «По-краковски»). Outside knowledge where the title does not say it is smoked: Краковская "
           "(Ближние Горки ГОСТ, Магнит 0,43 кг) taken as полукопчёная, Балыковая (Ближние Горки 490 г, Магнит 400 г) "
           "and сервелаты (Стародворье «Мясорубский Делюкс») as варёно-копчёная, Брауншвейгская (Рублевский 80 г) as "
           "сырокопчёная, Магнит «Колбаса Сальчичон» / «Черкизово, Сальчичон» 0,35 кг as the Черкизово с/к product "
           "Пятёрочка titles «с/к», Черкизово «Салями Астория» and Владимирский стандарт «Кремлевская» as smoked. "
           "Excluded: сыровяленая sausages (фуэт, Casademont сальчичон, Solemici, Верона, Индилайт), варёные "
           "колбасы and ham, smoked snack sticks (МясоТакМясо «Кнуты», Черкизово «Колбаски Снек из кур»), "
           "Черкизовский «Фермерская» and Магнит «Бородинская, мини» (type not stated), smoked pork cuts "
           "(грудинка, карбонад, окорок, бекон), croutons and crisps «со вкусом колбасок»"),
        ("сосисок молочных подешевле", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": E(),
            "perekrestok": E(),
        }, "«Молочные» frankfurters (Велком 480 г; Магнит 0,33 кг and 0,65 кг); other frankfurters (Сливочные, "
           "Венские, Баварские, Докторские, Филейные, «Детям», «с натуральными сливками»), Вязанка «Молокуша» "
           "(варёная колбаса) and колбаса «Молочная» excluded; «подешевле» is a wish, not a filter"),
        ("маслинки без косточек баночку", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4249106"],
        }, "pitted black olives titled «Маслины без косточки» (Bonduelle 300 г, IBERICA 360 г, Filippo Berio 300 г, "
           "La Explanada 350 г); IBERICA «Маслины с костью», green olives («Оливки …»), stuffed olives and olive "
           "oil/mayonnaise excluded; «баночку» is the unit (tins and jars alike), not a filter"),
        ("лимончик для солянки", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "fresh lemons: none in the offers; citric acid, lemon-flavoured dish soap, cleaners, sweets, tea, juices, "
           "lemonades, olives stuffed with lemon and mayonnaise «с лимонным соком» excluded"),
        ("каперсы маленькую баночку", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "capers: none in the offers; Перекрёсток seafood cocktail «в масле с каперсами» is not capers"),
    ]),
    # vq06 chicken noodle soup
    ("курица суповая\nвермишельки паутинки\nяйца куриные десяток в лапшу\nукропа свежего пучочек", [
        ("курица суповая", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "«курица суповая» is a boiling hen (курица-несушка sold for soup): none in the offers; broiler carcasses "
           "(Дикси «Цыпленок-бройлер охлажденный», Перекрёсток «Тушка цыплёнка», «Цыплёнок корнишон»), chicken parts, "
           "nuggets, купаты and canned chicken excluded (judgement: a broiler is not «суповая»)"),
        ("вермишельки паутинки", {
            "pyaterochka": ["4075778"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "fine short soup vermicelli: Пятёрочка «Изделия макаронные … яичные: вермишель для супчика 250г» (judgement: "
           "no title says «паутинка»; this short soup vermicelli is taken as the паутинка kind); FEDER. «Макароны "
           "ВЕРМИШЕЛЬ 500г» (Italian long vermicelli), «звездочки для супчика», instant noodles, Vegeta soup «с "
           "вермишелью», soba/udon/funchoza and other pasta shapes excluded"),
        ("яйца куриные десяток в лапшу", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs of any category in packs of 10 (С1, СО/отборные, Экстра СО, Зелёная Линия «активита» С1 with "
           "selenium and iodine); packs of 6 (Волжанин), 20 (Лето С1), quail eggs, mayonnaise «на перепелином яйце», "
           "egg pasta and «Колбаса ЯИЧНАЯ» excluded: «десяток» = packs of 10"),
        ("укропа свежего пучочек", {
            "pyaterochka": E(),
            "magnit": ["109841"],
            "dixy": E(),
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г»); herb mixes "
           "(«Ассорти свежие петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка»), Магнит dried dill, herring "
           "«с укропом» and cream cheese with dill excluded"),
    ]),
    # vq07 pea soup
    ("гороха колотого пачку, ребрышки копченые для горохового, сухарики в гороховый суп, бекон в нарезке для гороха", [
        ("гороха колотого пачку", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "dry split peas: none in the offers; Перекрёсток «Горох Bizim Tarla зелёный, 660г» (category "
           "«Овощные консервы», green peas), canned green peas («Горошек»), instant pea soups (Лидкон, Главсуп, "
           "Knorr, БУЗДЯКСКИЙ «Суп гороховый» in a jar) and pepper «горошек» excluded"),
        ("ребрышки копченые для горохового", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "smoked ribs: none in the offers (no title with «ребр»); smoked грудинка, корейка, карбонад, бекон and "
           "«уши свиные» are other cuts and are excluded"),
        ("сухарики в гороховый суп", {
            "pyaterochka": ["3611032", "3687988", "3360552", "3919826", "3919827"],
            "magnit": ["38f3e441a4", "4fb9148fb2", "e26d76ca46"],
            "dixy": E(),
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4349523", "3689060", "4300171",
                            "4383071", "4192519", "4221847", "3916635", "3687989", "3688002", "3688061", "3688000",
                            "4243985", "4327050", "4301063", "4300950", "2063964", "63021", "2063961", "3911761",
                            "3014253", "3385063", "3360550", "3360552", "4199888", "3919827", "3070382", "4351646",
                            "4351645", "3427611", "3492417", "3492421", "3611033", "3611032"],
        }, "bread croutons of any flavour, titled сухарики, сухарики-гренки or гренки (no flavour was written and "
           "the purpose «в гороховый суп» is not a filter; there are no unflavoured croutons); Finn Crisp "
           "«Сухарики Multigrain» (crispbread toasts), Knorr «Чашка супа … с сухариками», хлебцы and crisps "
           "excluded"),
        ("бекон в нарезке для гороха", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "packaged bacon (Велком 200 г, Дымов «Венгерский» 200 г, «Мясной прод. из свинины с/к бекон» 150 г, "
           "«бекон» 180 г, Market Collection «Бекон венгерский» 150 г, Cortador 180 г); judgement: 150-200 g bacon "
           "packs are sliced although only Дымов says «нарезка»; Панчетта assortment «Шейка-Балык-Бекон», "
           "«Клаб сэндвич … с беконом» and bacon-flavoured croutons excluded"),
    ]),
    # vq08 ukha
    ("набор для ухи, пшена на уху, черного перца горошком пакетик", [
        ("набор для ухи", {
            "pyaterochka": E(),
            "magnit": ["199391", "204331", "168361"],
            "dixy": E(),
            "perekrestok": E(),
        }, "fish soup set: Магнит «Набор для ухи из лосося», «Суповой набор из лосося» and «Набор супов из лосося» "
           "(all frozen salmon soup sets, 1 кг; judgement: a salmon soup set is what a «набор для ухи» is); salmon "
           "steaks, whole salmon and trout fillets excluded"),
        ("пшена на уху", {
            "pyaterochka": ["3674169"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "millet groats: Пятёрочка МИСТР. «Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag); wheat flour, pasta and wheat beer "
           "(«пшеничный/пшен») excluded"),
        ("черного перца горошком пакетик", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "black peppercorns in a bag: none; KOTANYI «Мельница перец черный 36г» (a grinder, not a bag of "
           "peppercorns), Kotanyi «4 ПЕРЦА» / «СМЕСЬ ПЕРЦЕВ» (mixes), Магнит ground black pepper, sweet peppers and "
           "canned green peas excluded"),
    ]),
    # vq09 everyday staples
    ("молоко 2.5% пакета 2, буханку черного к борщу, батон нарезной посвежее, подсолнечного масла рафинированного бутылку", [
        ("молоко 2.5% пакета 2", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": E(),
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised, UHT or sterilised, any pack size, incl. children's "
           "milk Сарафаново «дет.» / «детское» and Магнит Вкуснотеево 0,2 л); other fat levels, ranges, топлёное, "
           "goat milk, milkshakes and Актимель 2,5% excluded; «пакета 2» is the quantity, not a pack-type filter"),
        ("буханку черного к борщу", RYE_BREAD,
         "dark («чёрный») bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» 300 г, «Хлеб Даниловский, "
         "Коломенское» 275 г and «Хлеб Марьин, заварной, Хлебный дом» 350 г (outside knowledge: Даниловский and "
         "Марьин заварной are dark rye-wheat breads; the last two titles do not say rye); «Хлеб зерновой, Ржаной "
         "Край» and «Хреб Ржаной Край» (brand name, the title does not say the bread is rye), батоны, сдоба, "
         "хлебцы, rye flour and «Колбаса Бородинская» excluded; «буханку» is the unit, not a shape filter"),
        ("батон нарезной посвежее", BATON,
         "sliced-loaf батон: Пятёрочка «Батон "
         "\"Звездный\" нар., Хлебный Дом» (нар. = нарезной), Перекрёсток «Батон Нарезной нарезка Маркет»; "
         "chocolate/protein «батончики», сдоба and плюшки excluded; «посвежее» is a wish"),
        ("подсолнечного масла рафинированного бутылку", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": E(),
            "perekrestok": E(),
        }, "refined sunflower oil (ОЛЕЙНА раф. дез. 2 л; Магнит БЛАГО, MR.RICCO, СЛОБОДА «раф для жарки»); flavoured "
           "or blended oils (ALMADOR «с ароматом базилика» / «с … маслом чеснока», MR.RICCO «с экстр Прованские "
           "травы», «с доб олив», «с доб масла авокадо»), corn, olive and grape-seed oils excluded"),
    ]),
    # vq10 the son's evening
    ("пельмени килограммовую пачку подешевле, колу 1.5 л сыну, lays с беконом чипсы", [
        ("пельмени килограммовую пачку подешевле", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "pelmeni in a 1 kg pack: none; all pelmeni packs are 0,45-0,9 kg (Ложкаревъ 0,9 кг, Стародворье 900 г, "
           "Горячая штучка «Бульмени» 900 г, Мираторг/Цезарь/Сибирская коллекция 0,7-0,8 кг) and are excluded "
           "because the written pack size («килограммовую пачку») is respected; «подешевле» is a wish"),
        ("колу 1.5 л сыну", {
            "pyaterochka": ["3684633", "4279795"],
            "magnit": ["214541"],
            "dixy": E(),
            "perekrestok": ["4366963", "3684633"],
        }, "regular cola of any brand in 1.5 l bottles (Pepsi, Любимая Кола, Coca-Cola, Cool Cola); other sizes, "
           "zero/sugar-free colas (Черноголовка «без сахара», Cool Cola Zero, Добрый Cola без сахара) and flavoured "
           "colas (Wild Cherry, Dark Vanilla, Mango, Orange, Добрый «Cola ваниль») excluded"),
        ("lays с беконом чипсы", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "Lay's crisps with bacon flavour: none; other Lay's flavours (сметана и лук, краб, зелёный лук, сыр, "
           "паприка, лисички, красная икра), other brands and bacon-flavoured croutons (Кириешки) excluded"),
    ]),
    # vq11 shchi from fresh cabbage
    ("капуста молодая кочан, говяжья грудинка, корень петрушки, сметаны 15 процентов на заправку", [
        ("капуста молодая кочан", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": ["4738b3129c"],
            "perekrestok": E(),
        }, "young white cabbage: Дикси «Капуста белокочанная ранняя» (ранняя = early/young); Chinese cabbage, "
           "sauerkraut, broccoli and cauliflower excluded"),
        ("говяжья грудинка", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "beef brisket: none; pork грудинка (raw and smoked), beef tongue, boneless beef shoulder and stewed beef "
           "excluded"),
        ("корень петрушки", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "parsley root: none; Магнит «Петрушка, 1 уп. (100 г)» (leaf parsley), herb mixes and celery excluded"),
        ("сметаны 15 процентов на заправку", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": E(),
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream labelled exactly 15% (incl. lactose-free Parmalat Comfort and Простоквашино 15%); 10%, 20%, "
           "25%, 30%, «сметанный» sauce and flavoured snacks excluded"),
    ]),
    # vq12 solyanka: the meats
    ("ветчина куском, сервелат кусок в солянку, оливки зеленые б/к", [
        ("ветчина куском", {
            "pyaterochka": ["3469348", "4005633", "3365796", "3438509", "4037352", "3670825"],
            "magnit": ["109321", "167871"],
            "dixy": E(),
            "perekrestok": ["3670825", "3469348", "2072717"],
        }, "cooked ham in a piece (pork or turkey, 330-500 g, not said to be sliced): Рублевский «Для завтрака», "
           "Вязанка «из индейки», Велком «из окорока», «по-Черкизовски», Мираторг «Ветчина для завтрака», Вязанка "
           "«Столичная», МД Бородина «Для завтрака» (Пятёрочка «МДБ Ветчина д/завтр. … кусок 330г», the same id in Перекрёсток), Черкизово «Империя Вкуса из индейки»; sliced ham for toasts "
           "(Черкизово 100 г, Клинский 210 г), Индилайт 120 г (judgement: a 120 g pack is sliced), canned ham "
           "(Магнит «консерва», Елинский «Ветчина Экстра» 325 г and «Ветчина Балтийская, говяжья» 325 г taken as "
           "canned), Бахрушинъ «сыровяленая» (raw-cured), окорок/хамон and dishes «с ветчиной» excluded"),
        ("сервелат кусок в солянку", {
            "pyaterochka": ["3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4135604", "4217621"],
        }, "сервелат in a piece (whole stick, any recipe: Кремлёвский, Австрийский, Ореховый, Финский, Российский, "
           "Зернистый, Коньячный, Мясорубский Делюкс); sliced сервелат (ДЫМОВ «СЕРВ. КРЕМЛЕВ. в/к нар. 110г», "
           "ЕГОР. «СЕРВЕЛ. ИМБИР. с/к … нар.», Останкино «Швейцарский в нарезке») excluded because «кусок» was "
           "written; other sausages excluded"),
        ("оливки зеленые б/к", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4249104"],
        }, "pitted green olives: ITLV «Оливки зел. без косточки д/п», Filippo Berio «Оливки без косточки» and La "
           "Explanada «Оливки без косточки» (judgement: «оливки» without colour are the green ones, as these "
           "brands sell black olives as «Маслины»); olives with stones, stuffed olives (сыр, лимон, апельсин, "
           "трюфель, креветка, лосось), «Оливки-гриль» and black «Маслины» excluded"),
    ]),
    # vq13 breakfast groceries
    ("творога 9% пачки две\nроссийский сыр кусочек грамм 300\nяйцо с1 десяток\nякобс монарх растворимый кофе", [
        ("творога 9% пачки две", {
            "pyaterochka": ["3634733"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4216658", "4185866"],
        }, "cottage cheese labelled exactly 9% (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); "
           "Дикси Брест-Литовск 3%, 5%, 0.5%, soft curd 0,1%/5,5%, зернёный, children's and flavoured curd and "
           "curd desserts excluded"),
        ("российский сыр кусочек грамм 300", {
            "pyaterochka": ["4046889"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "Российский cheese in a piece: Пятёрочка «Сыр полутвердый Брест-Литовск российский 50% 200гр»; "
           "Перекрёсток «Сыр Российский нарезка 50% Зелёная Линия» excluded because «кусочек» was written (sliced "
           "pack), other cheeses, «Коньяк Российский» and «Российский» chocolate excluded; «грамм 300» is the "
           "quantity"),
        ("яйцо с1 десяток", {
            "pyaterochka": ["3446505"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "hen eggs of category С1 in packs of 10 (Село Зелёное, Окское, Зелёная Линия «активита», Маркет); СО / "
           "отборные / Экстра, Лето С1 20 шт and Волжанин 6 шт excluded"),
        ("якобс монарх растворимый кофе", {
            "pyaterochka": ["3372172", "3488345"],
            "magnit": ["205121", "106231"],
            "dixy": E(),
            "perekrestok": E(),
        }, "Jacobs Monarch instant coffee, any size or variant (Monarch Intense 150 г, Monarch 240 г; Магнит "
           "«натуральный, сублимированный» 240 г and 95 г = freeze-dried instant); Monarch ground and beans, Jacobs "
           "Gold / Millicano / Velour / Crema and other brands excluded"),
    ]),
    # vq14 a second dinner
    ("окорочка куриные на суп, рис круглозерный для плова, консервированная красная фасоль, кетчуп томатный бутылочку", [
        ("окорочка куриные на суп", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "chicken leg quarters: none; thighs (бедро), drumsticks (голень) and thigh fillets are parts of the leg "
           "quarter, not «окорочка», and are excluded, as are Перекрёсток «Окорочок утёнка» (duck), smoked "
           "drumsticks and whole broilers"),
        ("рис круглозерный для плова", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": E(),
            "perekrestok": E(),
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый», "
           "Пятёрочка МИСТР. «Рис для плова традиц. 900г» (the same Мистраль product, judgement), Мистраль «Кубань» "
           "and Националь «Адриатика» (outside knowledge: both round-grain varieties); long-grain (Лазер, басмати, "
           "жасмин), brown rice, Девзира, Националь «для плова, шлифованный» and Global Village «Рис для плова» "
           "(grain shape not stated), rice mixes and rice flakes excluded; «для плова» is a purpose, not a filter"),
        ("консервированная красная фасоль", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["3635743"],
        }, "canned red kidney beans: Перекрёсток «Фасоль красная натуральная Маркет»; Бондюэль «Красная фасоль в "
           "классическом Барбекю» (in sauce), white beans, baked beans in tomato sauce and bean salads excluded"),
        ("кетчуп томатный бутылочку", {
            "pyaterochka": ["4066625", "4066624", "3625404", "4044938", "3673189", "4086400"],
            "magnit": ["213621", "203141"],
            "dixy": E(),
            "perekrestok": E(),
        }, "plain tomato ketchups titled «томатный» of any brand and pack (Астория «Томатный душистый» / «Томатный "
           "пряный», RESTORIA, Махеевъ 300 г and 700 г, Heinz, Mr.Ricco Pomodoro, Слобода); ketchups with another "
           "flavour (HEINZ «с горч.», MR.RICCO «чесн.», Кальве «с помидорами черри», Махеевъ «Чили», "
           "«ШАШЛЫЧ.», Слобода «Шашлычный»), tomato paste and sauces excluded; «бутылочку» is the unit, not a "
           "container filter"),
    ]),
    # vq15 bread run
    ("ржаного хлебушка, батон свежий белый, сушки с маком к чаю мужу", [
        ("ржаного хлебушка", RYE_BREAD,
         "rye bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хлеб Даниловский, Коломенское» and «Хлеб Марьин, "
         "заварной» (outside knowledge: Даниловский and Марьин заварной are rye-wheat breads; rye-wheat is taken "
         "as «ржаной»); «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand, not stated to be rye), rye "
         "croutons, хлебцы and rye flour excluded"),
        ("батон свежий белый", BATON,
         "white батон: Пятёрочка «Батон \"Звездный\" нар.», Перекрёсток «Батон Нарезной нарезка Маркет»; "
         "«батончики» (chocolate, protein, fruit bars) excluded; «свежий» is a wish"),
        ("сушки с маком к чаю мужу", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "сушки with poppy seeds: none; Пятёрочка «Баранки оригинал. с маком 350г» (баранки are a different, larger "
           "and softer ring: the word written is the product) and «Мини сушка Семейка Озби, ваниль» (vanilla, no "
           "poppy) excluded"),
    ]),
    # vq16 household
    ("порошок стиральный автомат для белья, фейри 2 шт, туалетки 8 рулонов", [
        ("порошок стиральный автомат для белья", {
            "pyaterochka": ["3149485", "2087255", "3418106", "3142962", "2161528", "2161508", "3023899", "2070686",
                            "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891", "198901",
                       "106541", "105941", "167921"],
            "dixy": E(),
            "perekrestok": E(),
        }, "laundry powder for washing machines, any brand and size (Ariel, Tide, Persil, Bimax, Лоск, Биолан, "
           "BioMio); judgement: powders whose title does not say «автомат» (Bimax 3 кг, Persil 3 кг, Биолан Color "
           "2400 г, BIOMIO, Tide Lenor Color 2,5 кг, ЛОСК/ПЕРСИЛ Колор) are taken as machine powders - none is "
           "labelled for hand wash; laundry gels, liquids and capsules, fabric conditioner, scouring powders (Comet, "
           "Пемолюкс) and cocoa/coffee powders excluded"),
        ("фейри 2 шт", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": E(),
            "perekrestok": E(),
        }, "Fairy dishwashing liquid, any scent or size (Нежные руки, Сочный лимон, Platinum); AOS and other "
           "dish soaps excluded; «2 шт» is the quantity"),
        ("туалетки 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "toilet paper in packs of 8 rolls (Papia White De Luxe, Papia 3 сл., Zewa Deluxe, Zewa Just 1); packs of "
           "4 and 12 rolls (Магнит has only Zewa Plus 12), moist toilet paper, kitchen towels and toilet soap "
           "excluded: the roll count names the pack"),
    ]),
    # vq17 ukha from salmon trimmings
    ("голова семги для ухи, хребты лосося, картошка мелкая, пучок петрушки", [
        ("голова семги для ухи", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "salmon heads: none; Магнит salmon soup sets («Набор для ухи / Суповой набор / Набор супов из лосося»: "
           "mixed trimmings, not heads), salted сёмга fillets, steaks and salmon-flavoured croutons excluded"),
        ("хребты лосося", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "salmon backbones: none; Магнит salmon soup sets (mixed trimmings), «Тушка лосося», steaks, caviar and "
           "salmon pâté excluded"),
        ("картошка мелкая", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "small potatoes: no title offers small/baby potatoes; ordinary potatoes (Магнит, Дикси «молодой», "
           "Перекрёсток) excluded because «мелкая» was written (a size grade, respected like a variety)"),
        ("пучок петрушки", PARSLEY, PARSLEY_NOTE),
    ]),
    # vq18 pea soup again
    ("горох шлифованный, копченой грудинки на гороховый суп, морковки 1кг на зажарку", [
        ("горох шлифованный", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "dry polished peas: none; Перекрёсток «Горох Bizim Tarla зелёный» (canned green peas), canned «Горошек», "
           "instant pea soups and «перец горошек» excluded"),
        ("копченой грудинки на гороховый суп", {
            "pyaterochka": ["3630235", "3465943", "4009229", "3999873"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4424791", "4356314", "4322789", "78030214"],
        }, "smoked pork belly (копчёно-варёная or сырокопчёная грудинка: Останкино «Грудинка Особая» 300 г - "
           "outside knowledge: a копчёно-варёная product, ДЫМОВ «КРЫЛАТСКАЯ к/в», «грудинка сырокопченая … "
           "нарезка», Коптильный двор «Столичная», Маркет, Останкино премиум, Маркет Collection «Грудинка Лардо с "
           "можжевельником»); raw pork belly (ПРОМАГРО «Грудинка свиная б/к охл», Магнит «Грудинка свиная, на "
           "кости»), Черкизово «Грудка по-черкизовски» (not titled грудинка, smoking not stated), bacon and other "
           "smoked cuts excluded"),
        ("морковки 1кг на зажарку", {
            "pyaterochka": E(),
            "magnit": ["199761"],
            "dixy": E(),
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 кг», Перекрёсток «Морковь мытая»); Korean-style carrot salads, "
           "carrot juices/nectars and baby purées excluded; «1кг» is the quantity"),
    ]),
    # vq19 for the teenager
    ("йогуртов не сладких, глазированные сырки сыну, бананов связочку сыну, шоколадка alpen gold", [
        ("йогуртов не сладких", {
            "pyaterochka": ["3503857", "3433156", "3954723", "4035474", "3632187"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain yoghurts without fruit, flavour or filling: Neo «без сахара», plain Greek yoghurts (Teos, "
           "Простоквашино, Зелёная Линия «натуральный»), Пятёрочка DANONE/ДАНОН «Йогурт 3,3%» 110 г and 350 г, "
           "Bio-Max «Классический», Активиа 2,4% 260 г and EPICA «Йогурт пит. 2,9%» (judgement: plain yoghurts are "
           "taken as unsweetened; only Neo says «без сахара»); every fruit, berry, dessert, crispy or «Фантазия» "
           "yoghurt, Greek yoghurts with fruit filling, Дикси Viola «Малина-Мята», Магнит Чудо/Даниссимо, children's "
           "yoghurts (Сарафаново «дет.», Верховье, NATURE) and yoghurt drinks/cocktails excluded"),
        ("глазированные сырки сыну", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "glazed curd bars (Б.Ю. Александров: «Картошка» in milk chocolate, with pistachios, in white chocolate, "
           "vanilla glazed, «Суфле» glazed); Свитлогорье «Сырок творожный» 120 г (not said to be glazed), processed "
           "cheese and curd desserts excluded"),
        ("бананов связочку сыну", {
            "pyaterochka": E(),
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["3757", "3639749", "4112219", "4208494"],
        }, "fresh bananas (Бананы, Бананы фасованные, Бананы мини, Банан Organic); dried bananas, banana sweets, "
           "yoghurts, purées, smoothies and banana-flavoured drinks excluded"),
        ("шоколадка alpen gold", {
            "pyaterochka": ["3499535", "3626894", "3957242", "4053758", "4053806", "4053995", "4021002", "4053802",
                            "4053724", "4053537", "4053803", "4078353", "4053760", "4078354", "4053804", "4053801",
                            "4053800", "4053799", "4053732", "4053798", "4053597", "4053805", "4053663"],
            "magnit": ["11ee50093d", "85264f7b3c", "755922074b", "213641", "205931"],
            "dixy": E(),
            "perekrestok": E(),
        }, "Alpen Gold chocolate bars of every kind (milk, dark, bitter, white, aerated, with fillings, Oreo, "
           "Максфан), spelled Alpen Gold / ALP.GOLD / Альпен Гольд; other brands excluded"),
    ]),
    # vq20 chicken noodle soup again
    ("суповой набор куриный на лапшу, лапша домашняя яичная, петрушки пучочек в суп", [
        ("суповой набор куриный на лапшу", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "chicken soup set (backs, necks, wings): none; chicken parts sold on their own (wings «локтевая часть», "
           "drumsticks, thighs, breast), whole broilers, Магнит salmon soup sets and instant chicken noodles "
           "excluded"),
        ("лапша домашняя яичная", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "home-style egg noodles: none; Пятёрочка egg «вермишель для супчика» (vermicelli, not лапша), instant "
           "noodles (Роллтон, «со вкусом курицы/говядины»), soba, udon, funchoza, Шебекинские «Лагман-лапша» and "
           "ready dishes with noodles excluded"),
        ("петрушки пучочек в суп", PARSLEY, PARSLEY_NOTE),
    ]),
    # vq21 borscht with pork
    ("лопатка свиная\nмолодой свеклы пару штук\nфасоль в собственном соку\nуксус 9% столовый для борща", [
        ("лопатка свиная", {
            "pyaterochka": ["3666473"],
            "magnit": ["107281"],
            "dixy": E(),
            "perekrestok": E(),
        }, "raw pork shoulder (Слово Мясника 800 г; Магнит «Лопатка свиная, на кости»); Черкизово «Лопатка "
           "Фермерская, варено копченая» and Маркет «Дымовица … из лопатки» (smoked products), beef "
           "«Лопаточная часть» excluded"),
        ("молодой свеклы пару штук", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "young beetroot: none; ordinary washed beetroot (Магнит, Перекрёсток «Свекла мытая») excluded because "
           "«молодой» was written and no title says молодая/ранняя"),
        ("фасоль в собственном соку", {
            "pyaterochka": E(),
            "magnit": ["203101"],
            "dixy": E(),
            "perekrestok": ["20062", "3635745", "3635743"],
        }, "canned beans in their own juice: Перекрёсток «Фасоль белая/красная натуральная Маркет» (натуральная = in "
           "own juice), Бондюэль «Фасоль белая» 400 г and Магнит «Фасоль белая Глобус» 425 мл (outside knowledge: "
           "these are plain canned beans in brine); beans in tomato or barbecue sauce, baked beans and bean salads "
           "excluded"),
        ("уксус 9% столовый для борща", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "9% table vinegar: none; Магнит «Уксус яблочный … 6%» (apple, 6%) and citric acid excluded"),
    ]),
    # vq22 pantry
    ("бульонные кубики maggi, майонез провансаль к пельменям, белого хлеба буханочку", [
        ("бульонные кубики maggi", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "Maggi stock cubes: none; MAGGI seasonings («Приправа 10 овощей», «Зажарка», «универ овощная», herb "
           "sachets), MAGGI «Смесь для солянки», «На второе» mixes, Роллтон «Бульон говяжий» (a bouillon in a "
           "doy-pack, not Maggi cubes) excluded"),
        ("майонез провансаль к пельменям", {
            "pyaterochka": ["3982578", "3355228", "3355242", "3193489", "3695167"],
            "magnit": ["204681"],
            "dixy": E(),
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769", "3695167"],
        }, "mayonnaise sold as «Провансаль» of any brand, fat or variant (Ряба, Слобода, Скит, Махеевъ «с лимонным "
           "соком», Я люблю готовить / Московский Провансаль incl. «оливковый» and «на перепелиных яйцах»); "
           "judgement by shared product id: Пятёрочка «Майонез Слобода, 67%, 800 мл» is the product Перекрёсток "
           "titles «Слобода Провансаль 67%, 800мл», and Перекрёсток «Майонез Я люблю готовить на перепелиных яйцах» "
           "is the product Пятёрочка titles «МОС. ПРОВАНС. … на переп. яйц.»; mayonnaises not sold as Провансаль "
           "(Heinz «Классический», Mr.Ricco, Махеевъ «С перепелиным яйцом», Слобода «оливковый» without Провансаль, "
           "«домашний» 55%) and mayonnaise-based sauces excluded; «к пельменям» is a purpose"),
        ("белого хлеба буханочку", BATON,
         "white bread: the only white loaves are батоны (Пятёрочка «Батон \"Звездный\" нар.», Перекрёсток «Батон "
         "Нарезной»), accepted as white bread (as in real_basket_eval, where хлеб includes батон нарезной); "
         "«буханочку» is the unit, not a shape filter; dark rye-wheat breads, сдоба, хлебцы and батончики "
         "excluded"),
    ]),
    # vq23 pasta night
    ("фарш свежий 1 кг, рожки макаронные 2 пачки, тертого сыра пачку, кефирчика 1% литровый", [
        ("фарш свежий 1 кг", {
            "pyaterochka": ["3398465", "3205754", "4065830", "3681614", "3673806", "3629402", "3652704", "3447375"],
            "magnit": ["199571"],
            "dixy": E(),
            "perekrestok": E(),
        }, "chilled minced meat of any kind (beef, pork, mixed «домашний»/«Деревенский», turkey, chicken "
           "«Петелинка Премиум»; none is labelled frozen); «1 кг» is the quantity wanted; olives «фарш.» "
           "(stuffed), chicken balls, cutlets and burgers excluded; «свежий» is a wish"),
        ("рожки макаронные 2 пачки", {
            "pyaterochka": ["4008046"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "elbow pasta «рожки»: Пятёрочка «Макаронные изделия … Витой рожок, 450 г»; other shapes (перья, спирали, "
           "ракушки, улитки, пипе ригате, спагетти, вермишель) excluded; «2 пачки» is the quantity"),
        ("тертого сыра пачку", {
            "pyaterochka": ["3433812"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": ["4111694", "3963977", "3433812", "3498368"],
        }, "grated cheese (Cheese Gallery «Моцарелла тертый» and «Пармезан тёртый хлопья», Dolce Granto «Пармезан "
           "тёртый», Пр!ст «голландский тёртый»); Пятёрочка «Сыр Пармезан, Dolche, 150 г» accepted by shared product "
           "id (Перекрёсток titles the same id «Dolce Granto Пармезан тёртый 40%, 150г»); parmesan pieces whose title "
           "does not say grated (CASTELLO, LAIME, Чиз Гелери 175 г), sliced cheese and processed cheese excluded"),
        ("кефирчика 1% литровый", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "kefir: no kefir at all in the offers (no title with «кефир»); milk 1%, yoghurts and ряженка excluded"),
    ]),
    # vq24 the cheapest basics
    ("картошка самая дешевая 5 кг, гринфилд черный 100 пак., сахару песку 1 кг", [
        ("картошка самая дешевая 5 кг", POTATOES,
         "fresh potatoes of any variety (Магнит «Новый урожай», «для варки», «для жарки», «красный, мытый», «мытый»; "
         "Дикси «Картофель молодой»; Перекрёсток «мытый», «красный мытый»); «самая дешевая» is a wish and «5 кг» "
         "the quantity; " + POTATO_NOTE_TAIL),
        ("гринфилд черный 100 пак.", {
            "pyaterochka": ["3378336", "3450276"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "Greenfield black tea in packs of 100 bags: «Kenyan Sunrise, черный, 100х2 г» and ГРИНФ. «СПР. МЕЛ. ч. ар. "
           "… 100х1,5г» (Spring Melody, flavoured black tea); Greenfield packs of 20/25 bags (Магнит Спринг Мелоди "
           "25 пак, Redberry Crumble), loose tea (Spring Melody 100 г, Golden Ceylon 200 г, Эрл Грей Фэнтази 200 г) "
           "and the мате drink excluded: «100 пак.» names the pack"),
        ("сахару песку 1 кг", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "granulated sugar: none; Магнит «РУССКИЙ Сахар белый прессованный 1кг» (sugar cubes, not песок), Пятёрочка "
           "cane sugar «Демерара» 500 г, Перекрёсток «Пудра сахарная» and sugar-containing goods excluded"),
    ]),
    # vq25 rassolnik again
    ("почки говяжьи, перловая крупа, огурцы маринованные хрустящие, сметана 20 подешевле", [
        ("почки говяжьи", {
            "pyaterochka": E(), "magnit": E(), "dixy": E(), "perekrestok": E(),
        }, "beef kidneys: none; beef tongue, pork liver and liver pâtés excluded"),
        ("перловая крупа", PERLOVKA,
         "pearl barley: Магнит УВЕЛКА «Перловая Крупа 800г»; УВЕЛКА «Крупа ячневая» (barley grits) excluded; no other chain carries it"),
        ("огурцы маринованные хрустящие", {
            "pyaterochka": ["2147768", "3952588"],
            "magnit": E(),
            "dixy": E(),
            "perekrestok": E(),
        }, "marinated cucumbers: Скатерть-Самобранка «Огурчики маринов. 720мл» and Дядя Ваня «Огурцы Пикули Одесские "
           "пастеризованные» (outside knowledge: a marinated gherkin product); «хрустящие» is read as a taste wish "
           "(no title promises it); salted cucumbers (Глобус, Магнит МЕЛЕНЪ and «Огурцы соленые, Корнишоны», "
           "Перекрёсток «солёные бочковые»), Магнит «Ассорти Черри и Корнишоны» (a mix), and fresh cucumbers - "
           "including Перекрёсток «Огурцы Хрустящие, 450г» (a fresh cucumber variety) - excluded"),
        ("сметана 20 подешевле", SMETANA_20, SMETANA_20_NOTE + "; «подешевле» is a wish"),
    ]),
]


def read_blind(path):
    """Return the list texts of the blind draft, in order."""
    texts = []
    current = None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("#"):
                continue
            if re.fullmatch(r"=== vq\d\d ===", line):
                if current is not None:
                    texts.append("\n".join(current).rstrip("\n"))
                current = []
            elif current is not None:
                current.append(line)
    if current is not None:
        texts.append("\n".join(current).rstrip("\n"))
    return texts


def check_blind(lists, path):
    """Every list text must equal the blind draft, except the one item swapped per REPLACED."""
    blind = read_blind(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _items), draft) in enumerate(zip(lists, blind), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            if draft.count(old) != 1 or draft.replace(old, new) != text:
                errors.append("fvq%02d: text is not the blind draft with %r -> %r" % (n, old, new))
        elif text != draft:
            errors.append("fvq%02d: text differs from the blind draft" % n)
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvq"))
