#!/usr/bin/env python3
"""Re-create fresh_basket_eval_we.jsonl -- 25 shopping lists of a man in his fifties after gall-bladder
surgery on the doctor's diet (стол №5: low fat, nothing fried, smoked, spicy or fizzy) who shops for himself
and his wife (she eats normally and adds her own items), hand-labelled against real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_we.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written and frozen in fresh_basket_eval_we.blind_lists.txt before any offer
was read; this script checks that every list text equals that blind draft, apart from the replacements
in REPLACED (made only because a whole list was empty in all four stores).  Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL
in the format of real_basket_eval.jsonl.  List ids are fwe01, fwe02, ... in LISTS order; every list is in
split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_we.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_we.blind_lists.txt")

# list index (1-based) -> (blind item text, replacement item text); made after labelling because every
# item of the list was missing in all four stores (see README "Replacements").
REPLACED = {
    11: ("телятина на отварку", "говядина на отварку"),
}


def S(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    """Acceptable ids per store, in the store order labelled_lists expects."""
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwe01 first shop after the hospital
    ("творог обезжиренный 2 пачки, кефир 1% жирности, хлопья геркулес для каши, бананов пяток", [
        ("творог обезжиренный 2 пачки", S(
            pyaterochka=["3692659", "3687270"],
            perekrestok=["4331301"],
        ), "fat-free cottage cheese (обезжиренный / 0-1.8 % fat): Пятёрочка Домик в деревне «Творог мягкий 0,1%» and "
           "plain «Биотворог обезжиренный» Howaru, Перекрёсток Молочный Знак «обезжиренный 0.5%»; 3-9 % curds "
           "(Дикси Брест-Литовск 3 %), flavoured and children's biotvorog, curd desserts, творожный сыр excluded; "
           "«2 пачки» is a quantity. Outside knowledge: «обезжиренный» is the GOST class up to 1.8 % fat"),
        ("кефир 1% жирности", S(), "no kefir at all in the recorded offers (Пятёрочка «Биолакт», ТАН, Актимель, "
                                   "yoghurts are other products)"),
        ("хлопья геркулес для каши", S(
            pyaterochka=["4027131", "3472901"],
        ), "rolled oats of the Геркулес kind: Клинские «Геркулес» 500 г and Увелка «Хлопья зерн.овсян.трад.» "
           "(traditional rolled oats = the Геркулес type, outside knowledge); instant flavoured porridges "
           "(Быстров «без варки» ассорти, Ясно Солнышко с ягодами), buckwheat/rice flakes, baby cereals and "
           "muesli excluded; «для каши» is a purpose"),
        ("бананов пяток", S(
            perekrestok=["3757", "3639749", "4208494", "4112219"],
        ), "fresh bananas incl. the single organic banana and «Бананы мини»; Пятёрочка only has dried bananas and "
           "banana-flavoured goods (excluded); «пяток» is a quantity"),
    ]),
    # fwe02 turkey and vegetables
    ("индюшиное филе\nкабачков 2 шт\nморкови кг\nрис круглый мистраль", [
        ("индюшиное филе", S(
            pyaterochka=["3966112", "4013612", "3662143", "3675942"],
            magnit=["107381"],
            perekrestok=["3688509", "3979117", "4326921", "3966112", "3662143"],
        ), "raw turkey breast fillet («филе индейки», «филе грудки», «филе малое», «вырезка», «стейк (из) грудки»), "
           "incl. Магнит «Филе индейки, в маринаде» (raw parts in marinade count, as for курица); thigh and shin "
           "fillets (филе бедра/голени), the «Стейк индейки По-мексикански» (part not stated), mince, cutlets, ham, "
           "sausages, canned SETRA fillet and baby purees excluded. As for «куриное филе», plain «филе» is taken as "
           "breast fillet; Пятёрочка «Медальоны Индилайт, 500 г» taken as turkey-breast medallions (Индилайт is a "
           "turkey brand, outside knowledge)"),
        ("кабачков 2 шт", S(
            perekrestok=["44110", "48632"],
        ), "fresh courgettes (Кабачки, Кабачки цуккини); squash caviar, Дядя Ваня «Кабачки в аджике» and baby "
           "purees excluded; «2 шт» is a quantity"),
        ("моркови кг", S(
            magnit=["199761"],
            perekrestok=["52112"],
        ), "fresh carrots (Морковь мытая); Korean carrot salads, carrot juices/nectars and purees excluded; "
           "«кг» is a quantity"),
        ("рис круглый мистраль", S(
            pyaterochka=["3483037"],
            magnit=["106641", "106021"],
        ), "Мистраль round-grain rice: Магнит «Рис для плова Мистраль, традиционный, круглый», the same product "
           "at Пятёрочка «МИСТР.Рис для плова традиц.900г», and Магнит «Рис Мистраль, Кубань» (Кубань is "
           "Mistral's round-grain rice, outside knowledge); Mistral Жасмин, Басмати and «Акватика MIX» (long/wild "
           "rice) and round rice of other brands (Увелка Краснодарский, Националь) excluded"),
    ]),
    # fwe03 fish day
    ("минтай тушка без головы, хека кило, картошки 3 кило, свеколки 2-3 шт", [
        ("минтай тушка без головы", S(), "a headless pollock carcass is not sold anywhere; pollock is offered only "
                                         "as fillet (Магнит «Филе минтая», Перекрёсток Люди Любят), which is a "
                                         "different cut and excluded"),
        ("хека кило", S(
            pyaterochka=["3638883"],
            magnit=["199421"],
            perekrestok=["4340327"],
        ), "raw frozen hake: Пятёрочка «Хек Fish House 800 г», Магнит «Хек серебристый», Перекрёсток «Медальоны "
           "хека» (raw frozen hake portions); baby purees with hake excluded; «кило» is a quantity"),
        ("картошки 3 кило", S(
            magnit=["168701", "107511", "168671", "109571", "199751"],
            dixy=["72aaa021b7"],
            perekrestok=["2099571", "3646068"],
        ), "fresh potatoes of any kind and pack (incl. Магнит «для жарки» 3 кг, red, young); chips, «картофель "
           "хрустящий», starch, vareniki, ready dishes excluded; «3 кило» is a quantity, not a pack size"),
        ("свеколки 2-3 шт", S(
            magnit=["168801"],
            perekrestok=["19768"],
        ), "fresh beetroot; beet salads and juices excluded; «2-3 шт» is a quantity"),
    ]),
    # fwe04 dried fruit and honey
    ("кураги 300 гр, чернослива без косточки пачку, изюма светлого пачку, цветочного меду баночку", [
        ("кураги 300 гр", S(), "no dried apricots anywhere; apricot juices, jams, sweets «АБРИКОС В ШОК.» and the Велле "
                               "oat product «Курага» are not курага"),
        ("чернослива без косточки пачку", S(
            pyaterochka=["3608001"],
        ), "pitted prunes (NaturFoods «Чернослив сушеный, без косточек»); yoghurts, chocolate and коврижка with "
           "prunes excluded"),
        ("изюма светлого пачку", S(), "no raisins sold on their own; only biscuits, chocolate, nut mixes and "
                                      "yoghurts with raisins (excluded)"),
        ("цветочного меду баночку", S(
            pyaterochka=["3645749", "3645764"],
            magnit=["d32ff23653"],
        ), "natural flower honey: Магнит Медовый дом «Мёд нат цветочный разнотравье», Пятёрочка Медовый дом "
           "«Мёд натуральный цветочный» Южный цветок and «цветочный монофлорный: Восточная липа» (title says "
           "цветочный); крем-мёд with lemon/ginger or raspberry (with fillers), чак-чак, honey-flavoured goods excluded"),
    ]),
    # fwe05 his yoghurt and biscuits, her coffee and sausage
    ("йогурт без сахара натуральный, печенье галетное, кофе молотый жене, сервелат для жены", [
        ("йогурт без сахара натуральный", S(
            pyaterochka=["3503857", "3433156", "3954723", "4035474", "3632187", "3638992", "3665120"],
            perekrestok=["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        ), "plain (unflavoured) yoghurt: Neo «без сахара», Зелёная Линия «натуральный», Teos and Простоквашино "
           "«Греческий 2%»; Пятёрочка DANONE/ДАНОН «Йогурт 3,3%» 110/350 г, Bio-Max «Классический», Активиа 2,4 % "
           "260 г, EPICA «Йогурт пит. 2,9%», Сарафаново «Йогурт термостат. дет. 1,5%», Верховье «Биойог.об.пробиот.дет.3,5%». Every yoghurt with a fruit, "
           "filler, crispy topping or flavour (Чудо, Активиа с ..., Даниссимо, Epica Crispy, Fruttis, Греческий с "
           "вишней/черникой, Дикси Viola малина-мята) excluded. Outside knowledge: titles without a flavour are "
           "taken as the natural unsweetened variants (no title states the sugar content)"),
        ("печенье галетное", S(
            pyaterochka=["3341241", "3978913", "3488053"],
        ), "no title says «галетное»; dry unsweetened-type затяжное (galette-type) biscuits accepted: Petit Beurre "
           "затяжное, «Goute» затяжное, Любятово «ПОСТНОЕ затяж.» (outside knowledge: galette biscuits are "
           "затяжное). Магнит Любятово «Мария трад глаз» excluded as apparently glazed; sugar, сдобное, oat, "
           "chocolate, Юбилейное biscuits and crackers excluded"),
        ("кофе молотый жене", S(
            pyaterochka=["3683616", "3689956", "7765", "72110", "2100058", "3980976", "3452816", "3395340",
                         "3395339", "3607723", "3607740", "3664256", "2147888", "3353391", "46293", "4034432",
                         "3900893"],
            magnit=["159961", "111661", "14d2756c10"],
        ), "roasted ground coffee of any brand (мол., молотый, «для заваривания в чашке»); beans, instant and "
           "«молотый в растворимом», ready coffee drinks (Магнит «Кофе Американо зерновой 230мл»), Magnit MONARCH "
           "Lungo «52г 10шт» (capsules) and Жокей «ИРЛАНДСКИЕ СЛИВКИ» (flavoured) excluded. Jardin «Cafe Eclair» and "
           "«Dessert Cup» are blend names, not flavours (outside knowledge)"),
        ("сервелат для жены", S(
            pyaterochka=["3440935", "4039999", "3660417", "3385833", "3671899", "3442569", "3379266", "3696443"],
            perekrestok=["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4064566", "4135604",
                         "4217621"],
        ), "sausages named сервелат (варёно-копчёные, incl. Стародворье «Мясорубский Делюкс» and Егорьевский "
           "«СЕРВЕЛ.ИМБИР. с/к» sliced and Дымов «Колб.СЕРВ.КРЕМЛЕВ. в/к нар.»); other smoked sausages (Балыковая, Кремлевская, салями) excluded"),
    ]),
    # fwe06 chicken, buckwheat, oil, onion
    ("куриная грудка без кожи\nгречневая крупа ядрица\nнерафинированное подсолнечное масло\nлука репчатого 1 кг", [
        ("куриная грудка без кожи", S(
            pyaterochka=["2160026", "2160069", "3963723"],
            perekrestok=["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        ), "raw chicken breast without skin: «Грудка куриная ... без кожи» and breast fillets (филе грудки, филе "
           "малое, «Филе с груд.», «Филе большое грудки» — fillet is skinless); thighs, shins, whole birds, "
           "grilled/baked ready breast (Зелёная Линия гриль/запеченное), cutlets, nuggets excluded"),
        ("гречневая крупа ядрица", S(
            magnit=["203081"],
        ), "buckwheat groats: Магнит «Крупа Гречневая Prosto» (whole-kernel ядрица is the default buckwheat groat, "
           "outside knowledge); buckwheat flakes, Nestle buckwheat porridge, PROSTO «Рис и греча» mix, soba noodles, "
           "the «Гречка с грибами» kit and canned kasha excluded"),
        ("нерафинированное подсолнечное масло", S(), "every sunflower oil on offer is refined (Благо, Mr.Ricco, "
                                                     "Слобода, Олейна) or flavoured (Almador базилик/чеснок); "
                                                     "unrefined oils are only olive"),
        ("лука репчатого 1 кг", S(
            magnit=["168721", "168731", "168741"],
            perekrestok=["79135", "79012", "3368252", "3623836"],
        ), "fresh bulb onions of any colour (репчатый белый/красный, «Светофор» mix, Ялтинский = a red bulb onion); "
           "shallots, «Лук салатный» (kind not stated), green onion, herb mixes and onion-flavoured snacks "
           "excluded; «1 кг» is a quantity"),
    ]),
    # fwe07 dairy, eggs, bread
    ("молочко 1.5%, яиц 1 десяток, масло сливочное без соли, белого хлебушка буханочку", [
        ("молочко 1.5%", S(
            perekrestok=["7c1d7afff6", "05c941826b", "00af023fd1", "3474103", "b151abcd68", "d846def77b",
                         "b267022f66", "4308790", "31aa236aad", "85dd44d923", "45d6dee261"],
        ), "cow drinking milk of exactly 1.5 % (pasteurised or UHT, incl. lactose-free Простоквашино/Сарафаново and "
           "Сарафаново «детское»); other fat levels, топлёное, goat, plant drinks excluded. Пятёрочка, Магнит and "
           "Дикси have no 1.5 % milk"),
        ("яиц 1 десяток", S(
            pyaterochka=["3446505", "3620510"],
            perekrestok=["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        ), "chicken eggs of any class in packs of 10 (incl. Зелёная Линия «активита» with selenium and iodine); "
           "packs of 6 and 20, quail eggs and mayonnaise «на перепелином яйце» excluded"),
        ("масло сливочное без соли", S(
            pyaterochka=["4063188", "3612680", "3963777", "3948153", "3658095", "3953367"],
            magnit=["199211"],
            dixy=["3620233da6"],
        ), "butter (72.5-82.5 %, sweet-cream and Президент «кислосливочное несоленое»); no salted butter is on offer "
           "and Russian butter is unsalted unless labelled солёное (outside knowledge), so butter without "
           "«несоленое» in the title is accepted too; ЭКОМИЛК chocolate butter 62 %, pastes, processed cheese and "
           "products «со сливочным маслом» excluded"),
        ("белого хлебушка буханочку", S(
            pyaterochka=["3985404"],
            perekrestok=["3974714"],
        ), "white wheat bread: Пятёрочка «Батон Звездный нар.» and Перекрёсток «Батон Нарезной» (a батон is a "
           "white loaf; «буханочка» read as «a loaf»); rye-wheat breads (Даниловский, Марьин заварной), «Хлеб "
           "зерновой, Ржаной Край», crispbread, rusks and sweet pastries excluded"),
    ]),
    # fwe08 cheese and dairy, her sour cream
    ("сыр адыгейский граммов 300, сметана 15% жене, ряженку 2.5%, детский творожок агуша", [
        ("сыр адыгейский граммов 300", S(), "no Adyghe cheese anywhere; other soft/brine cheeses (сулугуни, брынза, "
                                            "фета, моцарелла) are different cheeses"),
        ("сметана 15% жене", S(
            pyaterochka=["3665624"],
            magnit=["de14617e33", "199001"],
            perekrestok=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                         "4095525"],
        ), "sour cream of exactly 15 % (incl. lactose-free Parmalat/Простоквашино); 10/20/25/30 %, sour-cream flavoured "
           "snacks and mayonnaise excluded"),
        ("ряженку 2.5%", S(), "the only ряженка is Пятёрочка «Ряженка Агуша, клубника, 2,9%» (flavoured and 2.9 %), "
                              "excluded"),
        ("детский творожок агуша", S(), "Агуша curd is not on offer (Агуша juices, purees, milk and flavoured "
                                        "ряженка only); other brands' children's curds (Тема, Мама Лама, Верховье, "
                                        "nature) excluded because of the brand"),
    ]),
    # fwe09 his drinks and sweets
    ("ессентуки 4 без газа, сушеный шиповник для отвара, пастилу яблочную, зефир с ванилью", [
        ("ессентуки 4 без газа", S(), "Ессентуки №4 is offered only carbonated (Пятёрочка 0,45 л/1 л, Перекрёсток "
                                      "450 мл, all «газированная»), ЗАПОВ.ЗДОР. «Вода №4 ... газ.» too; the written "
                                      "«без газа» is respected, so nothing qualifies"),
        ("сушеный шиповник для отвара", S(
            pyaterochka=["3452998"],
        ), "dried rose hips: Пятёрочка «Шиповник, Бабушкин Хуторок, 75 г» (taken as dried rose-hip fruit for "
           "brewing, outside knowledge); MILF «Чай ШИПОВНИК фрукт.» bags, Tess «шиповник-яблоко» tea, Агуша "
           "juices/drinks with rose hip excluded"),
        ("пастилу яблочную", S(
            pyaterochka=["4049946", "4086820", "4086821"],
        ), "Белёвская пастила (apple pastila by definition, outside knowledge): «классическая без добавления "
           "сахара», «с корицей», «с кедровым орехом»; Белёвская «Мармелад ассорти» (Магнит, Пятёрочка), "
           "Белевский zefir and the donut «с посыпкой из пастилы» excluded"),
        ("зефир с ванилью", S(
            pyaterochka=["4086822", "3406629", "3936545"],
        ), "vanilla zefir: белевский «Зефир с ароматом ванили гл.», Шарлиз «глазированный ваниль», «Зефир "
           "глазированный в шоколадной глазури с ароматом ванили»; apple (Антоновский), blackcurrant, strawberry, "
           "berry parfait, «Зефирное детство» (flavour not stated), Магнит ECO Botanica абрикос-манго and «LOVE IS "
           "воздушный зефир для десертов» (marshmallow) excluded"),
    ]),
    # fwe10 cod and vegetables, her lemon
    ("треска филе, капуста цветная замороженная, брокколька, лимон жене", [
        ("треска филе", S(
            pyaterochka=["3626338"],
            perekrestok=["4352492", "4358015", "4352493"],
        ), "raw frozen cod fillet (Fish House, Люди Любят филе / порционное / филе спинки); Пятёрочка «Треска "
           "Тушка», Borealis cod steak, fish cutlets, canned cod liver/roe excluded; Borealis «Бакаляо По-Мурмански "
           "филе» excluded as salted cod (bacalao, outside knowledge)"),
        ("капуста цветная замороженная", S(), "no frozen cauliflower; only Магнит «Цветная капуста с морковью "
                                              "по-корейски» (salad) and baby purees"),
        ("брокколька", S(
            magnit=["23e8f39e40"],
        ), "broccoli: Магнит «МОРОЗКО Green Капуста брокколи замор 800г» (plain frozen broccoli accepted, the user "
           "did not write «свежая»); baby purees with broccoli excluded; no fresh broccoli on offer"),
        ("лимон жене", S(), "no fresh lemons; only lemon-flavoured goods (tea, Halls, cleaners, tonic)"),
    ]),
    # fwe11 meat for broth, pumpkin, buckwheat (first item replaced, see REPLACED)
    ("говядина на отварку, тыквы кусок, гречка продел", [
        ("говядина на отварку", S(
            pyaterochka=["3917642", "3606378", "3991972", "3677033"],
            magnit=["199481"],
        ), "REPLACED item (blind text «телятина на отварку»: no veal anywhere, and the whole list was empty). Raw "
           "beef cuts: Магнит «Лопаточная часть говядины, без кости», Пятёрочка Мираторг «Мякоть бедра говяжья», "
           "«говядина шейная часть», and the Мираторг steaks («Стейк Пеппер», «Стейк Бафоло Black Angus») since "
           "«на отварку» is a purpose, not a filter; beef tongue, mince, pelmeni, canned/stewed beef, ham, "
           "cutlets, холодец excluded"),
        ("тыквы кусок", S(), "no fresh pumpkin; only pumpkin seeds, nectar and purees"),
        ("гречка продел", S(), "no продел (broken buckwheat); the only buckwheat groat (Магнит Prosto) is not "
                               "stated as продел, and flakes/porridges are different products"),
    ]),
    # fwe12 breakfast staples
    ("хлопья овсяные быстрого приготовления\nультрапастеризованное молоко 2.5\nсушки маковые пачку", [
        ("хлопья овсяные быстрого приготовления", S(), "no quick-cooking plain oat flakes: Клинские «Геркулес» and "
                                                       "Увелка «трад.» are traditional flakes, Быстров «без варки» "
                                                       "ассорти and Ясно Солнышко «с лесными ягодами» are flavoured "
                                                       "instant porridges (excluded)"),
        ("ультрапастеризованное молоко 2.5", S(
            pyaterochka=["3645808"],
            magnit=["a28bae784b"],
            perekrestok=["a548f45b17", "faf2171541", "66ec0f255d", "013e119412", "76055bf243", "359aa76fc0",
                         "62485733e9", "cb2f1055d7"],
        ), "UHT (ультрапастеризованное, у/паст, ул/паст) cow milk of exactly 2.5 %, any size, incl. Сарафаново "
           "«детское»; pasteurised 2.5 % milks (Простоквашино, Зелёная Линия, Молочный знак, Сарафаново, Рузское, "
           "Асеньевская), Можайское «стерилизованное» 2.5 % and other fat levels excluded"),
        ("сушки маковые пачку", S(), "no poppy-seed сушки; the only сушка is Пятёрочка «Мини сушка Семейка Озби, "
                                     "ваниль» (vanilla, excluded); «Баранки ... с маком» are bigger bread rings, "
                                     "not сушки, and are excluded"),
    ]),
    # fwe13 the wife's salad and sandwiches
    ("помидорчиков кило, огурчиков, майонез провансаль жене, колбаса копченая для жены", [
        ("помидорчиков кило", S(
            magnit=["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            perekrestok=["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        ), "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, on the vine; Магнит pickled and salted "
           "tomatoes and the «Ассорти Черри и Корнишоны» jar, tomato juices/pastes/sauces excluded; «кило» is a quantity"),
        ("огурчиков", S(
            magnit=["200221", "169161"],
            perekrestok=["4391463", "3682401", "3368258"],
        ), "fresh cucumbers (short, medium, Ботаника, «Огурцы Хрустящие» 450 г and fresh корнишоны in the "
           "vegetable section); salted/pickled cucumbers (Меленъ, Магнит «Огурцы соленые, Корнишоны», Маркет "
           "бочковые, Глобус, Скатерть-Самобранка, Дядя Ваня пикули) excluded"),
        ("майонез провансаль жене", S(
            pyaterochka=["3355228", "3355242", "3982578", "3695167", "3193489"],
            magnit=["204681"],
            perekrestok=["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                         "4297313", "4105769", "3695167"],
        ), "mayonnaises named Провансаль (Ряба, Слобода, Скит, Махеевъ с лимонным соком, Я люблю готовить / "
           "Московский Провансаль incl. оливковый and на перепелиных яйцах). Same-PLU judgements: Пятёрочка "
           "«Майонез Слобода, 67%, 800 мл» (3193489) is Перекрёсток's «Слобода Провансаль 67%, 800мл»; Перекрёсток "
           "«Я люблю готовить на перепелиных яйцах» (3695167) is Пятёрочка's «МОС.ПРОВАНС. ... на переп.яйц.». "
           "Heinz «Классический», Mr.Ricco, Махеевъ «С перепелиным яйцом», Слобода «оливковый» (not Провансаль), "
           "«домашний 55%» and the Caesar sauce excluded"),
        ("колбаса копченая для жены", S(
            pyaterochka=["3379266", "3345854", "3469277", "3490986", "3380222", "3601522", "3683406", "3920511",
                         "3035239", "3622973", "3440967", "3620876", "3660416", "3413609", "3460891", "3380221",
                         "3604156", "3683719", "4025038", "4069196", "4068713", "3920463", "4064536", "4039999",
                         "3660417", "3385833", "3671899", "3442569", "3440935", "3653063", "4064534", "3930255",
                         "4045569", "3504905", "3472046", "3696443", "3036120", "3683730", "4026961", "3640669",
                         "3631119", "3619528"],
            magnit=["160291", "168281", "199021", "105061"],
            dixy=["abac436e32"],
            perekrestok=["4390257", "4394293", "4380014", "4283094", "4385507", "4236323", "4425557", "4068713",
                         "4397813", "4214450", "3380222", "3380221", "4214000", "3469277", "3648372", "4069198",
                         "3332887", "4395547", "4273259", "3345854", "3140747", "3654318", "4166796", "4064566",
                         "4135604", "4217621", "4400591", "4403606", "4268939"],
        ), "smoked sausage of any kind: сырокопчёная (incl. salami, mini-salami, sliced assortments), "
           "варёно-копчёная (сервелаты, балыковая, кремлевская, свиная, московская, новомосковская; incl. the abbreviated «Колб. ... в/к / с/к / п/к» titles and «Чоризо с/к») and полукопчёная (краковская, краинская, "
           "«По-краковски»). Outside knowledge where the title omits the smoking: Магнит «Колбаса Краковская» "
           "(полукопчёная), «Колбаса Балыковая» (варёно-копчёная), «Колбаса Сальчичон» / «Черкизово, Сальчичон» "
           "(Черкизово's Сальчичон is с/к), Пятёрочка «Колбаса Балыковая, Ближние Горки», «Краковская, Гост», "
           "«Кремлевская, Владимирский стандарт», «Салями Астория, Черкизово», Перекрёсток «Рублевский "
           "Брауншвейгская полусухая» and «Сервелат Стародворье Мясорубский». Dry-cured not smoked (сыровяленые "
           "фуэт, сальчичон Casademont, Solemici, Верона, Индилайт), snack sticks (Черкизово «Колбаски Снек», "
           "«Кнуты»), boiled sausages, Магнит «Колбаса Бородинская, мини» and Пятёрочка «Колбаса Фермерская» "
           "(kind unknown), smoked ham/breast/карпаччо excluded"),
    ]),
    # fwe14 sausages, soup vermicelli, peas, sour milk
    ("самые дешевые молочные сосиски, паутинку вермишель, зеленый горошек в банке, простоквашу", [
        ("самые дешевые молочные сосиски", S(
            pyaterochka=["3642007"],
            magnit=["112421", "213611"],
        ), "сосиски молочные (Велком, Магнит «Сосиски Молочные» 0,33 и 0,65 кг); сливочные, «Детям», докторские, "
           "Вязанка-type brand names, sausages «с натуральными сливками» excluded; «самые дешевые» is a wish, not "
           "a filter"),
        ("паутинку вермишель", S(), "no «паутинка» (cobweb vermicelli); Пятёрочка «вермишель для супчика» (egg) and "
                                    "Federici «ВЕРМИШЕЛЬ» are other shapes and excluded"),
        ("зеленый горошек в банке", S(
            pyaterochka=["4043589"],
            magnit=["203021", "213651", "111581"],
            perekrestok=["82254", "41891", "27460", "4273266", "4345766", "4254005"],
        ), "canned green peas (Globus, Bonduelle/Бондюэль, 6 соток, Знак Заботы, Маркет, «молодой Горошек без "
           "сахара»), incl. Перекрёсток «Горох Bizim Tarla зелёный, 660г» from the canned-vegetables shelf (taken "
           "as green peas in a jar); pea soups and black-pepper «горошек» excluded"),
        ("простоквашу", S(), "no простокваша on offer; Пятёрочка «Варенец термостатный» and ТАН are other "
                             "fermented milks"),
    ]),
    # fwe15 fruit and a drinking yoghurt
    ("яблочки сладкие, грушки, йогурт питьевой несладкий", [
        ("яблочки сладкие", S(
            pyaterochka=["4271772"],
            magnit=["168861"],
            perekrestok=["3366336", "3691532"],
        ), "fresh sweet apple varieties: Ред Делишес, Гала, Медовый хруст and Магнит «Яблоки красные» (red apples "
           "taken as sweet, outside knowledge); Гренни Смит (sour) and Перекрёсток «Яблоки сезонные» (variety not "
           "stated) excluded, as are juices, purees and dried apple"),
        ("грушки", S(
            magnit=["200051", "168631"],
            perekrestok=["6223", "48674"],
        ), "fresh pears (Конференция/Конференс, Урожай, Форелл); pear juices, purees, desserts excluded"),
        ("йогурт питьевой несладкий", S(
            pyaterochka=["4035474", "3632187"],
        ), "unflavoured drinking yoghurt: Пятёрочка EPICA «Йогурт пит.2,9% 290г» and Активиа «Биойогурт ... 2,4% "
           "260г» (the 260 g Активиа is the drinking bottle; both taken as the natural, unsweetened variants — "
           "outside knowledge); all fruit/flavoured drinking yoghurts (Чудо, EPICA клубника/манго, Активиа с ..., "
           "Valio smoothie) and spoonable yoghurts excluded"),
    ]),
    # fwe16 sandwich things for him
    ("докторской колбасы грамм 300, хлебцы гречневые без добавок, сыр нежирный 17%", [
        ("докторской колбасы грамм 300", S(
            pyaterochka=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            perekrestok=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                         "78001451", "3033317", "4221913", "3639615", "3347584"],
        ), "boiled Докторская sausage of any maker and pack (whole, sliced, by weight), incl. Окраина «Докторская» "
           "and Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ вар.»; сосиски and сардельки «Докторские», other boiled sausages "
           "excluded; «грамм 300» is a quantity"),
        ("хлебцы гречневые без добавок", S(), "no buckwheat crispbread; only wheat, rye-wheat, multigrain, "
                                              "corn-rice and Borodinsky хлебцы"),
        ("сыр нежирный 17%", S(), "no cheese of 17 %; the light cheeses are 15 % (Тысяча Озёр Лёгкий), 16 % (Natura "
                                  "Сливочный Легкий нарезка) and 30 %, and a written fat % must match exactly"),
    ]),
    # fwe17 tea time for the diet
    ("чай ромашковый в пакетиках, киселек, ванильные сухари", [
        ("чай ромашковый в пакетиках", S(), "no chamomile tea; «ромашк» occurs only in sweets, soap, cream and "
                                            "dish soap"),
        ("киселек", S(
            pyaterochka=["3416978"],
        ), "кисель: Пятёрочка «Кисель Фруто Няня, малина, 200 мл» (ready children's kissel; no form was written)"),
        ("ванильные сухари", S(), "no sweet vanilla rusks; all сухарики/гренки are savoury snacks with flavours"),
    ]),
    # fwe18 beetroot, kefir, sour cream
    ("свекла отварная, обезжиренный кефир, сметанка 10 процентов", [
        ("свекла отварная", S(), "no boiled beetroot; raw beetroot (Магнит, Перекрёсток) and beet salads excluded"),
        ("обезжиренный кефир", S(), "no kefir at all in the recorded offers"),
        ("сметанка 10 процентов", S(
            perekrestok=["4287503"],
        ), "sour cream of exactly 10 % (Зелёная Линия термостатная); 15/20 % and cream 10 % excluded"),
    ]),
    # fwe19 the wife's evening
    ("красное сухое вино жене\nсыра с плесенью кусочек\nвинограда без косточек кисть", [
        ("красное сухое вино жене", S(
            magnit=["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091", "167471",
                    "205611", "104811", "82c49b7fbf", "c2612cf80f", "202001", "202011", "202281", "e8053f6404",
                    "168041", "111851", "7ad3172a4a", "213501", "213381"],
        ), "still red dry wine (кр сух / красное сухое, any size incl. Вранац 1 л); semi-dry (п/сух: Finca Torre "
           "Tallada, Integro, J.P.Chenet, Trulli, Duca Della Rocca), semi-sweet, rosé, white, sparkling, port and "
           "alcohol-free wines (Перекрёсток, Пятёрочка) excluded"),
        ("сыра с плесенью кусочек", S(
            pyaterochka=["3918445", "3693219"],
            perekrestok=["3654470", "3466978", "3626124", "4108550", "4108549", "4108547", "4108551", "3614011",
                         "4392389", "4325430", "4325429", "3693219", "3621896", "3918445", "3640880", "3640879",
                         "3920347"],
        ), "cheese with white or blue mould (Бри, Камамбер incl. «с чёрным трюфелем», Petit Brie, Cambozola, "
           "Dorblu, Grandblu, Mont Blu, Маркет «с голубой плесенью»); Dorblu «A La Creme» cream cheese and other "
           "cheeses excluded"),
        ("винограда без косточек кисть", S(
            pyaterochka=["4327381"],
            perekrestok=["48660", "57580", "48657", "4327381"],
        ), "fresh seedless grapes: Киш-миш, Киш-миш чёрный, «белый без косточек» and Шайн Мускат (a seedless "
           "variety, outside knowledge); Тайфи (with seeds) and Магнит «Виноград черный» (not stated seedless) "
           "excluded, as are juices and drinks"),
    ]),
    # fwe20 mince, rice, cream for her coffee
    ("фарш из курицы, пропаренный рис, сливки 10% жене в кофе", [
        ("фарш из курицы", S(
            pyaterochka=["3652704"],
        ), "chicken mince: Пятёрочка «Фарш Премиум, Петелинка» (Петелинка is a chicken brand; taken as chicken "
           "mince, outside knowledge); beef, pork, mixed and «Домашний» mince, turkey mince (not chicken), chicken "
           "meatballs (Шарики куриные) and cutlets excluded"),
        ("пропаренный рис", S(), "no parboiled rice on offer (only round, basmati, jasmine, brown, devzira, pilaf "
                                 "rice)"),
        ("сливки 10% жене в кофе", S(
            pyaterochka=["3634638"],
            magnit=["476dabe99f"],
            perekrestok=["4178852"],
        ), "cream of exactly 10 % (Домик в деревне стер., Молочный знак питьевые, Сарафаново «ул/паст. дет.» — "
           "children's cream counts like children's milk); 11 % Parmalat, 20/33 %, dry creamer «Mr. Сливкин» and "
           "plant «Сопьо Крима» excluded"),
    ]),
    # fwe21 olive oil, curd, still mineral water
    ("масло оливковое для салата, творог в брикете 5%, минеральная вода негазированная 1.5л", [
        ("масло оливковое для салата", S(
            pyaterochka=["63538", "2153521", "3605876", "4082388"],
            magnit=["ad1a4a0e52", "204571", "190b32a64b"],
        ), "olive oil of any grade (Extra Virgin, Pure, refined with added virgin); sunflower oil «с доб олив» "
           "(Mr.Ricco), olive mayonnaises, tuna/seafood in olive oil excluded; «для салата» is a purpose"),
        ("творог в брикете 5%", S(
            pyaterochka=["3617778"],
            perekrestok=["4216657"],
        ), "plain cottage cheese of exactly 5 % (Село Зелёное 500 г, Молочный знак 180 г); no title states the pack "
           "form, so «в брикете» cannot be checked and is not used to exclude; soft «Творог мягкий» 5.5 %, "
           "«101 ЗЕРНО+СЛ.» with cream, Данон «зерненый в йогурте», curd desserts and сырники excluded"),
        ("минеральная вода негазированная 1.5л", S(
            pyaterochka=["2139858", "3630602"],
            perekrestok=["3020", "3966336"],
        ), "still mineral water in 1.5 l bottles: Пилигрим «минеральная, без газа», Архыз «Легенда Гор, "
           "негазированная» (Архыз is a mineral table water — Пятёрочка titles it «Вода минеральная ... Архыз»), "
           "Evian; sparkling waters, other sizes, drinking (non-mineral) waters (Святой источник, Сенежская, "
           "Малаховская) and Нагутская-26 (sold carbonated, outside knowledge) excluded"),
    ]),
    # fwe22 tea time for both
    ("печенья мария 2 пачки, варенье из абрикосов, черный чай в пакетиках подешевле", [
        ("печенья мария 2 пачки", S(
            magnit=["fe5facccea"],
        ), "Мария biscuits: Магнит Любятово «Печенье затяж Мария»; other затяжное biscuits (Petit Beurre, Goute, "
           "«ПОСТНОЕ») are not Мария; «2 пачки» is a quantity"),
        ("варенье из абрикосов", S(), "no apricot varenye or jam; only strawberry, raspberry, blueberry, walnut and "
                                      "cherry varenye and other jams, and pastries «с абрикосовым джемом»"),
        ("черный чай в пакетиках подешевле", S(
            pyaterochka=["3470341", "4002510", "3378327", "3998702", "3662837", "3620106", "3635756", "3634052",
                         "3378336", "3446638", "3649730", "2070472", "3600100", "3971162", "11200", "3689577",
                         "3469500", "3950803", "15492", "3628990"],
            magnit=["a37d9d8522", "159991", "199261"],
        ), "plain black tea in bags (пак., пакетики, 25/100 × 1,5-2 г); loose tea, green/oolong teas and aromatised "
           "or flavoured black teas (Earl Grey / бергамот, чабрец, фруктовый, смородина-мята, шиповник-яблоко, Tess "
           "Pleasure/Goldberry, Greenfield Spring Melody/Redberry, Saito роза-личи/манго) excluded. SAITO «Japanese "
           "Morning» taken as plain black (no flavour in the title); «подешевле» is a wish, not a filter"),
    ]),
    # fwe23 fish fillet, cutlets, courgette, herbs
    ("филе пангасиуса, котлеты куриные на пару, цукини, зелени пучок", [
        ("филе пангасиуса", S(
            magnit=["168351"],
        ), "pangasius fillet (Магнит, frozen); other white-fish fillets excluded"),
        ("котлеты куриные на пару", S(), "no steamed (ready) chicken cutlets; Петелинка «Котлеты сливочные» (raw), "
                                         "Ложкаревъ breaded, «С пылу с жару» and turkey/pork/beef cutlets are other "
                                         "products and excluded"),
        ("цукини", S(
            perekrestok=["48632"],
        ), "courgette of the цукини kind: Перекрёсток «Кабачки цуккини зелёные»; plain «Кабачки» (kind not stated), "
           "squash caviar and purees excluded"),
        ("зелени пучок", S(
            magnit=["200411", "109841"],
            perekrestok=["3364060", "4297656", "4295468", "4295465"],
        ), "fresh culinary herbs: parsley, dill, green onion and the herb mixes (петрушка-укроп-лук); dried dill, "
           "Магнит «Розмарин» (a spice herb, not the everyday зелень), salad leaves (руккола, шпинат, айсберг) and "
           "herb-flavoured products excluded"),
    ]),
    # fwe24 pasta, mozzarella, pepper, curd
    ("макароны твердых сортов, моцарелла galbani, болгарский перец, творог 2%", [
        ("макароны твердых сортов", S(
            pyaterochka=["18497", "18460", "18453", "18463", "3687625", "4075778", "4075782", "4008044", "4072891",
                         "4072894", "4077766", "4077767", "4077771", "4008046", "4008047", "4008045", "4037645",
                         "4037644", "4037652", "4037654", "4037666", "3438663", "3438670", "3438666"],
            magnit=["214631", "167851", "199251"],
        ), "dry pasta of durum wheat: titles saying «из твердых сортов» or «группы А» (= durum, incl. the egg soup "
           "vermicelli and stars), and outside knowledge for Federici and La Molisana (Italian durum semolina), Barilla Джирандоле "
           "and Макфа перья (group A); Baisad «пружинка» (group not stated), noodles (соба, удон, лагман, фунчоза, "
           "Роллтон), pasta kits and ready dishes excluded"),
        ("моцарелла galbani", S(
            pyaterochka=["3433594"],
            perekrestok=["15105", "3025963", "4078445", "3433594"],
        ), "Galbani mozzarella of any size (125 г, макси 250 г, мини 100/150 г); Galbani Буррата, Galbani processed «Сыр плавленый ломтевой «Моцарелла»» and mozzarella of "
           "other brands excluded"),
        ("болгарский перец", S(
            magnit=["169191"],
            perekrestok=["2080290", "4228843", "6178", "6177"],
        ), "fresh sweet pepper (болгарский красный, красный/жёлтый сладкий, Рамиро сладкий, «Перец в ассортименте, "
           "2шт» — taken as sweet peppers from the salad shelf); black pepper, paprika, grilled peppers in jars "
           "excluded"),
        ("творог 2%", S(), "no 2 % cottage cheese (0.1, 0.5, 3, 4, 5, 5.5, 9 % only; a written fat % must match)"),
    ]),
    # fwe25 the wife's items and his crispbread
    ("пельмени для жены, шоколадка молочная, колбаса вареная не копченая, диетические хлебцы", [
        ("пельмени для жены", S(
            pyaterochka=["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                         "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            magnit=["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            dixy=["862d82ab40"],
        ), "frozen pelmeni of any filling and brand (incl. Горячая штучка «Бульмени»); хинкали, vareniki and sauces "
           "«для пельменей» excluded"),
        ("шоколадка молочная", S(
            pyaterochka=["4051313", "3499535", "3687847", "3478916", "3478918", "3681277", "3680750", "3468709",
                         "3468711", "3468708", "3431029", "3386238", "2090982", "3500495", "3470562", "3500494",
                         "3500492", "3500493", "3681592", "3626894", "3957242", "3408080", "4053758", "3606533",
                         "3643945", "3468710", "3468707", "3483271", "3683712", "3626", "3426468", "3626617",
                         "3468717", "3601839", "4021002", "4053802", "4053724", "4053537", "4078353", "4053801",
                         "4053800", "4053799", "4053732", "4053597", "3981472", "4024593", "3970073", "3642219",
                         "3647432", "3998666", "3900599", "3907200", "4055040", "3971991", "3972000", "4053760",
                         "4053804", "4053798", "3427605", "3490515", "3490519"],
            magnit=["8f909bd3bf", "c91d6a24a7", "1000149245", "bf0fd36e40", "7a62d5bf49", "755922074b", "205931",
                    "112361", "111691"],
            perekrestok=["4353876", "3447877", "17333", "3448606", "4353891", "3490515"],
        ), "milk-chocolate bars of any brand, with or without nuts, fillings or inclusions (a flavour was not "
           "written, so none is required); Milka bars without «молочный» in the title taken as milk chocolate "
           "(outside knowledge). Bars mixing milk with white or dark chocolate (Milka «с белым ... в виде ёлочек», "
           "Россия «молочный и белый пористый», Золотая марка тёмный+молочный, Alpen Gold «с белым шоколадом ...»), "
           "dark/white bars, KitKat wafer bars, Kinder eggs and figures, sweets, gift sets, nougat, biscuits, cakes "
           "and ice cream in milk chocolate excluded"),
        ("колбаса вареная не копченая", S(
            pyaterochka=["3931387", "3385815", "78001451", "3385812", "3620675", "3347584", "2120885", "3661283",
                         "3484605", "4091338", "3604158", "4019606", "4038405", "3016790", "3467150"],
            magnit=["206091", "199341"],
            perekrestok=["4410079", "4298091", "4301347", "4277253", "4258884", "4277251", "4352000", "4296145",
                         "4264678", "4432115", "4255289", "78001451", "4352004", "4322790", "4415248", "4384022",
                         "4384021", "4345579", "3033317", "4221913", "3639615", "3347584", "3484605", "4338321",
                         "4380012"],
        ), "boiled sausage (колбаса варёная: Докторская, Молочная, Любительская, Телячья, Языковая, Мясная, "
           "Филейская, Молокуша, Сливушка, Стародворье «Вязанка со шпик.», Мортаделла incl. трюфельная); Велком «ЯЗЫКОВАЯ кусок» and Магнит "
           "«Колбаса Вязанка» / «Вязанка, Классическая» taken as boiled (outside knowledge: the Велком языковая and "
           "Вязанка loaves are варёные). Every smoked sausage (в/к, п/к, с/к), dry-cured sausages, liver sausage (Ближние Горки «ЯИЧНАЯ лив.»), "
           "ham, сосиски, сардельки and шпикачки excluded"),
        ("диетические хлебцы", S(
            pyaterochka=["3195740", "3497592", "3692903", "4054468", "3445942"],
            magnit=["a652ba460f", "8c18d20df8"],
        ), "crispbread (хлебцы) without sweet or cheese additions: wheat, rye-wheat, multigrain, «5 злаков с семенами "
           "льна», thin Borodinsky and the two with Provençal herbs; «диетические» is not in any title and is read "
           "as the usual description of crispbread. Dr.Korner «карамель» (sweet) and ECO Botanica «с тв сыр» "
           "(cheese) excluded, as are Finn Crisp «Сухарики» and rusks/croutons"),
    ]),
]


def blind_texts():
    """The list texts of the blind draft, in order (blocks after '=== fweNN' lines)."""
    blocks = []
    cur = None
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== "):
                cur = []
                blocks.append(cur)
            elif cur is not None:
                cur.append(line)
    return ["\n".join(b).rstrip("\n") for b in blocks]


def check_blind():
    blind = blind_texts()
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, ((text, _), btext) in enumerate(zip(LISTS, blind), 1):
        expected = btext
        if n in REPLACED:
            old, new = REPLACED[n]
            if btext.count(old) != 1:
                errors.append("fwe%02d: replaced item %r not found once in the blind text" % (n, old))
            expected = btext.replace(old, new)
        if text != expected:
            errors.append("fwe%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fwe"))
