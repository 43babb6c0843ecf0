#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xl.jsonl -- 25 shopping lists dictated by voice by an elderly woman,
hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xl.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed/dictated to a Telegram bot, and for every
item the product ids of every in-stock offer per store that a reasonable shopper who wrote exactly that
item would accept.  The texts are copied byte for byte from fresh_basket_eval_xl.blind_lists.txt
(written before any offer was read), except for the four documented replacements in REPLACEMENTS
(lists whose every item was missing in every store); ``check_blind`` verifies this.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement resting on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

``labelled_lists.build`` checks the data -- every id exists in real_offers.jsonl *for that store* and
is in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fxl01 ... fxl25 in LISTS
order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xl.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xl.blind_lists.txt")

# Items of the blind draft replaced after labelling because their whole list was missing in every
# store (list number -> (blind item, replacement item)).  See the README, "Replacements".
REPLACEMENTS = {
    12: ("влажные салфетки для интимной гигиены", "салфетки влажные антибактериальные пачечку"),
    17: ("вафли артек хрустящие", "вафли яшкино хрустящие"),
    20: ("сметана моя цена двадцать процентов", "сметана домик в деревне двадцать процентов"),
    23: ("облепиха замороженная", "облепиха протертая с сахаром"),
}

MILK32_PERE = ["01f728b210", "14753f9f39", "2f04f03749", "3431579", "35ac60eec2", "3645807", "4244242",
               "4259100", "47a9cd6be2", "488d323508", "52d96fd806", "87b2dc7b1d", "885d917850", "89a1c1419e",
               "949b3dd46f", "9dbc98f064", "a24f88bea8", "b4411ba8d4", "b508e73840", "e2d5d93f2a", "e458dc5e25",
               "eaf7de5f17", "ecc07a0e68", "f3d85bb393", "f50aeac1bb"]


def S(p=(), m=(), d=(), x=()):
    """acceptable ids per store: p = pyaterochka, m = magnit, d = dixy, x = perekrestok."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}



# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 dairy and bread
    ("молоко три и две десятых процента, хлебушек бородинский половинку, яйца отборные десяток, кефир однопроцентный литровый", [
        ("молоко три и две десятых процента",
         S(p=["3425329", "3507208", "3645807", "3694630"], d=["809c0dd88b"], x=MILK32_PERE),
         "«три и две десятых процента» = 3.2 %: cow drinking milk labelled exactly 3.2 % (pasteurised, UHT, sterilised; "
         "children's milk incl. Агуша «д/д от 3л», Маша и Медведь, Сарафаново «детское»); топлёное (Простоквашино, Домик в "
         "деревне), ranges (Романов луг «от 3,2% до 6%», 3.2-4 %, 3.4-6 %), goat milk, condensed milk and other fats excluded"),
        ("хлебушек бородинский половинку", S(),
         "no Borodinsky rye bread in stock anywhere; ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), «Колбаса Бородинская» "
         "and the brand Мясной дом Бородина are traps; «половинку» (half a loaf) would only be a quantity"),
        ("яйца отборные десяток",
         S(p=["3620510"], x=["3062835", "3634491", "44323"]),
         "chicken eggs of class СО/отборные in packs of 10 (Роскар «Экстра СО» is СО); С1 eggs, packs of 6 (Волжанин "
         "отборной категории 6шт) and 20, quail eggs, Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
        ("кефир однопроцентный литровый", S(),
         "no kefir of any fat is in stock in any store (only Агуша ряженка, bio-yoghurts and «кисломолочные» drinks)"),
    ]),
    # L2 tea with lemon and honey
    ("чай черный с лимоном в пакетиках, мёд цветочный баночку, лимончик две штучки, сушки с маком пачечку", [
        ("чай черный с лимоном в пакетиках", S(p=["3418513"]),
         "black tea bags flavoured with lemon: only Richard «Lord Grey» 25 bags (outside knowledge: Lord Grey is black tea "
         "with bergamot and lemon aroma, as Пятёрочка's leaf pack «RICH.Чай LORD GREY чер.с ар.берг/лим.» states; the leaf "
         "90 g pack excluded as not in bags); Lipton/Фьюз Ти ice-tea drinks «лимон», TESS «LIME» (green), «Земляничный "
         "цитрус», Earl Grey (bergamot only) and plain black teas excluded"),
        ("мёд цветочный баночку", S(p=["3645764", "3645749"], m=["d32ff23653"]),
         "natural flower honey in glass jars: Медовый дом «цветочный разнотравье» 250 г, «Южный цветок» 320 г and "
         "«Восточная липа» 320 г (its title says «цветочный монофлорный»; linden honey is a flower honey); крем-мёд с "
         "малиной / с лимоном и имбирём (with fillers), чак-чак, honey-flavoured sweets excluded"),
        ("лимончик две штучки", S(),
         "no fresh lemons in stock anywhere; lemon-flavoured drinks, «Кислота лимонная», Fairy «Сочный лимон», Bref "
         "«лимон» and olives with lemon are traps"),
        ("сушки с маком пачечку", S(),
         "no poppy-seed сушки: Пятёрочка «Баранки оригинал. с маком 350г» excluded (баранки are larger, softer rings than "
         "сушки), «Мини сушка Семейка Озби, ваниль» has no poppy seeds"),
    ]),
    # L3 dairy by fat
    ("творог пяти процентный, сметана пятнадцать процентов, ряженка четыре процента, масло сливочное восемьдесят два с половиной процента", [
        ("творог пяти процентный", S(p=["3617778"], x=["4216657"]),
         "plain cottage cheese 5 % (Село Зелёное 500 г, Молочный знак 180 г); Савушкин «101 зерно + сливки 5%» with "
         "blackcurrant/strawberry, Danone «творог зерненый в йогурте 5%» with fruit (flavoured), «Творог мягкий 5,5%», "
         "3 %/4 %/9 %/0.5 % curds, сырники and curd desserts excluded"),
        ("сметана пятнадцать процентов",
         S(p=["3665624"], m=["199001", "de14617e33"],
           x=["3665624", "4095525", "4121592", "4217907", "4262697", "4272205", "4314536", "4335470", "4431124"]),
         "sour cream exactly 15 % incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); 10 %, 20 %, 25 %, "
         "30 %, sour-cream-flavoured chips/croutons and «Соус Сметанный» excluded"),
        ("ряженка четыре процента", S(),
         "the only ряженка is Агуша «клубника 2,9%» (strawberry, 2.9 %), excluded"),
        ("масло сливочное восемьдесят два с половиной процента",
         S(p=["3612680", "3948153", "3953367", "4063188"]),
         "butter 82.5 % (Вкуснотеево, «Традиционное» 175 г, Тысяча озёр, «сладко-сливочное традиционное» 380 г); the 82 % "
         "butters (Простоквашино in Магнит and Дикси, Президент кислосливочное) and 72.5 %/62 % excluded: the written "
         "fat value must match"),
    ]),
    # L4 water, tea, biscuits
    ("вода минеральная без газа полтора литра, чай зеленый с жасмином пакетированный, печенье овсяное мягкое, зефир ванильный белый", [
        ("вода минеральная без газа полтора литра",
         S(p=["2139858", "3630602"], x=["3020", "3966336"]),
         "still mineral water in 1.5 l bottles: Пилигрим «минеральная, без газа», Evian «минеральная столовая», and Архыз "
         "(outside knowledge: Архыз is a natural table mineral water; Пятёрочка's 0.5 l Легенда Гор title says «минеральная "
         "природная питьевая столовая», Перекрёсток's says «природная питьевая столовая»); sparkling, 0.5/0.75/1/5 l, "
         "«питьевая»/«ключевая» waters not sold as mineral (Святой источник, Сенежская, Шишкин лес, Малаховская) and "
         "Нагутская-26 1.5 l (sold carbonated; 0.5 l title says «газ.») excluded"),
        ("чай зеленый с жасмином пакетированный", S(p=["4074015"]),
         "ASSAND «Green tea Jasmine Blossom» 25 bags; other green teas (lime, mango, matcha, melissa) and «Рис Жасмин» "
         "excluded"),
        ("печенье овсяное мягкое",
         S(p=["3995521", "3995522", "3639541", "4050870", "3615356"], m=["106061", "106071"]),
         "oatmeal cookies of the soft, Russian «сдобное» kind (no title states softness): Хлебный спас «Овсяное» (Особое, "
         "Злаковое ассорти, Мультизлаковое с начинкой), «Классическое» (also with chocolate pieces), «Миндальное овсяное», Любятово «овс. с черносливом и льняным семенем»; "
         "Юбилейное «овсяное» excluded (a crisp biscuit, outside knowledge), VELLE «овсяный завтрак» (a fermented oat "
         "dessert) excluded"),
        ("зефир ванильный белый", S(),
         "«белый» = unglazed zefir: every vanilla zefir in stock is glazed (Шарлиз «глазированный ваниль», the 1 kg «в "
         "шоколадной глазури», Белёвский «с ароматом ванили гл.»); strawberry/blackcurrant/apple zefir, LOVE IS marshmallow "
         "«для десертов» excluded"),
    ]),
    # L5 hygiene
    ("туалетной бумаги четыре рулона, мыло детское туалетное, зубная паста для чуствительных зубов, крем для рук от сухости", [
        ("туалетной бумаги четыре рулона", S(p=["3493108"]),
         "«четыре рулона» taken as the pack (toilet paper is sold in packs of 4/8/12): ZEWA Just 1 4-ply 4 rolls; packs of 8 "
         "and 12 rolls, ZEWA moist toilet paper, paper towels excluded. Doubt: if she meant four rolls as a quantity, the "
         "8/12-roll packs of Пятёрочка and Магнит would also do"),
        ("мыло детское туалетное", S(),
         "no baby soap: Camay, Fax, Safeguard, Dove крем-мыло and AURA liquid soap are adult soaps; Johnson's Baby oil/cream "
         "are not soap"),
        ("зубная паста для чуствительных зубов", S(p=["3368036"]),
         "«чуствительных» = чувствительных: «SENS.Паста Total Care» = Sensodyne (outside knowledge: Sensodyne is a "
         "toothpaste line for sensitive teeth); whitening, calcium, children's and other pastes excluded"),
        ("крем для рук от сухости", S(p=["3657595"]),
         "NIVEA «Крем увлажняющий/смягчающий для рук» (moisturising hand cream; «от сухости» is a purpose); Пантенол EVO "
         "(a cream for skin, not for hands), foot cream, face and baby creams excluded"),
    ]),
    # L6 groats and sugar
    ("гречка ядрица пропаренная, хлопья геркулес не быстрые, рис кругло зерный, сахар песок один килограмм", [
        ("гречка ядрица пропаренная", S(m=["203081"]),
         "Магнит «Крупа Гречневая Prosto 500 г» (outside knowledge: ordinary brown buckwheat kernels sold in Russia are "
         "steamed, so «пропаренная» is satisfied; the title does not say ядрица vs продел); buckwheat flakes, Nestlé baby "
         "porridge, soba, «Рис и греча», ready meals excluded"),
        ("хлопья геркулес не быстрые", S(p=["4027131", "3472901"]),
         "long-cooking oat flakes: Клинские «Геркулес» 500 г and Увелка «хлопья зерновые овсяные традиционные» (whole-grain "
         "flakes that need cooking); «не быстрые» excludes the instant porridge «Быстров без варки»; flavoured porridges "
         "and baby cereals excluded"),
        ("рис кругло зерный", S(p=["3483037"], m=["106021", "106641", "106651", "199371"]),
         "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова традиционный, круглый» (same 900 g product "
         "in Пятёрочка), Мистраль «Кубань» and Националь «Адриатика» (outside knowledge: both are round-grain); "
         "long-grain, basmati, jasmine, brown, Акватика mix, Националь/Global Village «для плова» (grain not stated) excluded"),
        ("сахар песок один килограмм", S(),
         "no granulated white sugar in stock: Магнит «Сахар белый прессованный 1кг» (lump sugar) and cane sugar Демерара "
         "500 г excluded"),
    ]),
    # L7 soup vegetables and a chicken
    ("курица тушкой целиком одна, картошечка пару кило, морковки штуки три, лучок репчатый килограмчик, капусточка белокачанная", [
        ("курица тушкой целиком одна",
         S(d=["4cc1fb4741"], x=["3153446", "4068157", "4312266", "4214722", "4252168"]),
         "whole raw chicken: Дикси «Цыпленок-бройлер охлажденный» (a whole carcass, outside knowledge), Перекрёсток «Тушка "
         "цыпленка» (plain, An-noor халяль, Петелинка, Зелёная Линия «на зерновом откорме») and Зелёная Линия «Цыпленок корнишон» (a small whole bird); parts, "
         "duckling carcass, squid «тушка», nuggets, купаты excluded"),
        ("картошечка пару кило",
         S(d=["72aaa021b7"], m=["107511", "109571", "168671", "168701", "199751"], x=["2099571", "3646068"]),
         "fresh potatoes, loose or bagged (1-3 kg; «пару кило» is a quantity); chips, «Картофель хрустящий», starch, "
         "vareniki, Knorr mixes excluded"),
        ("морковки штуки три", S(m=["199761"], x=["52112"]),
         "fresh carrots (quantity not a filter); Korean-style carrot salads, nectars, baby purees excluded"),
        ("лучок репчатый килограмчик",
         S(m=["168721", "168731", "168741"], x=["79012", "79135", "3368252", "3623836"]),
         "fresh bulb onions of any colour: «Лук репчатый» красный/белый, «Лук Светофор» (a set of bulb onions), Ялтинский "
         "(a red bulb-onion variety; outside knowledge); shallots, «Лук салатный» (kind unclear), green onions, herb mixes "
         "and onion-flavoured snacks excluded; «килограмчик» is a quantity"),
        ("капусточка белокачанная", S(d=["4738b3129c"]),
         "fresh white cabbage (Дикси «белокочанная ранняя»); sauerkraut, broccoli, Chinese and cauliflower salads excluded"),
    ]),
    # L8 herring under a fur coat
    ("селедка слабо соленая в масле, свеколка столовая, майонез провансаль классический, горошек зеленый баночку", [
        ("селедка слабо соленая в масле",
         S(p=["3497722", "3603143", "3603144", "3626055", "3637884", "3682728", "4043492"],
           m=["112371", "29793287b9", "3068665d37", "8f5e5b9485", "ee295ae8a7"],
           x=["3497722", "3621742", "3637884", "4034451", "4056953", "4147685", "4225103", "4360965", "4364448",
              "4367699", "4367712", "79542", "79544"]),
         "herring fillet / pieces preserved in oil, also with dill, onion or smoke aroma (outside knowledge: herring "
         "preserves in oil are lightly salted even where the title does not say «слабосоленая»; Матиас «деликатесное "
         "оригинальное» and Тесей «Царская, с укропом» taken as in oil); herring in brine/«рассол», wine or spicy "
         "«заливка», «по-шведски»/«в соусе», whole «специального посола» herring, plain «Сельдь тихоокеанская/атлантическая» "
         "without form, salads, roe and celery (сельдерей) excluded"),
        ("свеколка столовая", S(m=["168801"], x=["19768"]),
         "fresh beetroot; beet salads and juices excluded"),
        ("майонез провансаль классический",
         S(p=["3193489", "3355228"], m=["204681"],
           x=["2047206", "3193489", "3467275", "3674577", "4105769", "4112954", "4199312", "4233420", "4297313"]),
         "plain «Провансаль» mayonnaise (Ряба, Слобода, Скит, Я люблю готовить «Московский/Классический провансаль», "
         "Махеевъ «Провансаль с лимонным соком» = its standard provansal; Пятёрочка «Майонез Слобода, 67%, 800 мл» has the "
         "PLU of Слобода Провансаль); olive, quail-egg, avocado, «домашний 55%» variants and Heinz «Классический» (not a "
         "provansal) excluded"),
        ("горошек зеленый баночку",
         S(p=["4043589"], m=["111581", "203021", "213651"], x=["27460", "41891", "4273266", "4345766", "82254"]),
         "canned green peas, any brand and size; «баночку» is a quantity"),
    ]),
    # L9 sandwiches
    ("батончик нарезной белого хлеба, сыр российский грамм двести, колбаса докторская грамм триста", [
        ("батончик нарезной белого хлеба", S(x=["3974714"]),
         "«батон нарезной» loaf: Маркет Перекрёсток «Батон Нарезной нарезка»; Хлебный дом «Батон Звездный нар.» excluded "
         "(a different baton variety), chocolate «батончики» are traps"),
        ("сыр российский грамм двести", S(p=["4046889"], x=["3668842"]),
         "«Российский» cheese (Брест-Литовск 200 г, Зелёная Линия нарезка 150 г; the weight is a quantity); «Российский» "
         "chocolate, cognac and «сервелат российский» are traps"),
        ("колбаса докторская грамм триста",
         S(p=["2120885", "3347584", "3385812", "3620675", "4019606", "78001451"],
           x=["3033317", "3347584", "3639615", "4221913", "4255289", "4264678", "4296145", "4301347", "4352000",
              "4380012", "4410079", "4432115", "78001451"]),
         "boiled sausage «Докторская» of any brand, whole, sliced or by weight (the weight is a quantity); «Сосиски "
         "Докторские» and «Сардельки Докторские» excluded"),
    ]),
    # L10 dried fruit
    ("кисель клюквенный, чернослив без косточки сушеный, курага без сахара хорошая, цикорий растворимый в банке", [
        ("кисель клюквенный", S(),
         "the only кисель is Фруто Няня «малина» 200 мл (raspberry, a baby drink), excluded; cranberry морс is not кисель"),
        ("чернослив без косточки сушеный", S(p=["3608001"]),
         "NaturFoods «Чернослив сушеный, без косточек»; chocolate, коврижка and yoghurt with prunes excluded"),
        ("курага без сахара хорошая", S(),
         "no dried apricots in stock (only Велле «Курага» oat dessert, excluded)"),
        ("цикорий растворимый в банке", S(p=["3462819"]),
         "Большая Чашка «классический, растворимый» 85 г (outside knowledge: sold in a jar; the title does not say the "
         "pack); the flavoured chicories (Большая чашка «черничный», Здравник «сливочный вкус») excluded as flavoured "
         "variants she did not ask for"),
    ]),
    # L11 breakfast for the stomach
    ("каша овсяная быстрого приготовления с яблоком, бифидок один процент, йогурт только не сладкий", [
        ("каша овсяная быстрого приготовления с яблоком", S(),
         "no instant oat porridge with apple for adults: ФрутоНяня «Каша овс. с мол/ябл/бан.» is infant cereal (excluded), "
         "Быстров «Ассорти для гурманов» does not name apple, Ясно Солнышко is «с лесными ягодами», Heinz «с персиком»"),
        ("бифидок один процент", S(),
         "no бифидок in stock; bio-yoghurts «обогащенный бифидобактериями» (Bio-Max, Активиа, 1 % «с черникой и злаками») are "
         "yoghurts, not бифидок"),
        ("йогурт только не сладкий",
         S(p=["3433156", "3503857", "3632187", "3954723", "4035474", "3638992"],
           x=["3601417", "3697856", "4068957", "4324114", "4326197", "4326198"]),
         "«только не сладкий» excludes sweet yoghurts: plain yoghurts with no fruit or flavour named are accepted -- Neo "
         "«без сахара», Зелёная Линия «натуральный», plain Greek Teos/Простоквашино, Danone 3,3 %, Epica drinking 2,9 %, "
         "Bio-Max «Классический», Активиа 2,4 % without flavour, Сарафаново «термостат. дет. 1,5%» (outside knowledge: these "
         "plain lines carry no added sugar; not stated in every title); all fruit, flavoured, Чудо, Даниссимо, Epica Crispy "
         "and Viola «Малина-Мята» yoghurts excluded"),
    ]),
    # L12 pharmacy corner (item 2 replaced, see README)
    ("подгузники для взрослых размер эм, салфетки влажные антибактериальные пачечку, ватные диски сто штук, пластырь бактерицидный полоски, прокладки урологические", [
        ("подгузники для взрослых размер эм", S(),
         "no adult diapers: every diaper in stock is for babies (Pampers, Huggies, Kokoro «Midi M р.3 6-11кг» is a baby "
         "size M); pet food «для взрослых кошек» is a trap"),
        ("салфетки влажные антибактериальные пачечку",
         S(m=["1000196357"], x=["3917869", "3976937", "4166484", "4174787"]),
         "replacement item (see README): antibacterial wet wipes -- SALFETI «антибак», Home Story «антибактериальные» (also "
         "with tea tree), Пр!ст «антибактериальные косметические», Home Story «антисептические» (antiseptic = "
         "antibacterial); Tolli «универсальные», Kokoro «для новорожденных», paper napkins excluded"),
        ("ватные диски сто штук", S(), "no cotton pads in stock"),
        ("пластырь бактерицидный полоски", S(), "no plasters in stock"),
        ("прокладки урологические", S(),
         "no urological pads: DISCREET «Ежедн. прокл.» and Carefree are panty liners, Kotex/Libresse are menstrual pads"),
    ]),
    # L13 baking
    ("молоко ультрапастеризованное два с половиной процента, изюм тёмный кишмиш, мука высший сорт два килограмма", [
        ("молоко ультрапастеризованное два с половиной процента",
         S(p=["3645808"], m=["a28bae784b"],
           x=["013e119412", "359aa76fc0", "62485733e9", "66ec0f255d", "76055bf243", "a548f45b17", "cb2f1055d7",
              "faf2171541"]),
         "UHT (ультрапастеризованное, «у/паст», «ул/паст») cow milk exactly 2.5 %, incl. children's Сарафаново and the "
         "0.2 l Вкуснотеево; pasteurised and sterilised (Можайское) 2.5 % milk excluded because she named the treatment"),
        ("изюм тёмный кишмиш", S(),
         "no raisins sold on their own (only nut mixes, chocolate, biscuits and pastry with raisins)"),
        ("мука высший сорт два килограмма", S(p=["3296712"], x=["8065", "91304"]),
         "2 kg packs of premium wheat flour: Makfa «высшего сорта» 2 кг, Пышечка «хлебопекарная высшего сорта» 2 кг, and "
         "Рязаночка «пшеничная экстра» 2 кг (outside knowledge: «экстра» is a grade finer than высший, taken as acceptable); "
         "Makfa 1 кг (size), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), rye, wholegrain, rice and durum flour "
         "excluded"),
    ]),
    # L14 tea time
    ("чай принцесса нури только не в пакетиках, пряники мятные глазированные, варенье вишневое", [
        ("чай принцесса нури только не в пакетиках", S(),
         "the only Принцесса Нури is «Завтрак в Бенгалии» 100 bags (excluded by «только не в пакетиках»); Принцесса Канди "
         "is another line"),
        ("пряники мятные глазированные", S(m=["203161"]),
         "Яшкино «Пряники мятные» 350 г (outside knowledge: sold glazed); chocolate, топлёное молоко, classic, blackcurrant "
         "and filled pryaniki excluded"),
        ("варенье вишневое", S(),
         "no cherry варенье: Магнит raspberry, Вологодское strawberry, Экопродукт blueberry, Janarat white cherry "
         "(черешня) and walnut jams, Махеевъ джемы excluded"),
    ]),
    # L15 cleaning
    ("гель для стирки цветного белья, фэйри лимон, губки для мытья посуды штук пять, мешки для мусора тридцать литров", [
        ("гель для стирки цветного белья",
         S(p=["3629982", "3642054", "3923579", "3965696", "3974988", "3977826"],
           m=["105851", "106501", "109221", "159861", "203011", "204431", "204461", "205941"]),
         "liquid laundry detergent (gel) for coloured laundry: Persil Color/«Премиум Колор», Ariel Color/«для цветных "
         "тканей», Tide Color, Losk Color, Bimax «для цветного», Ласка «для цветного», Woolite Premium Color; capsules, "
         "powders, universal gels (Persil Power/Сенситив/Премиум, Tide/Ariel «Альпийская»/«Горный родник», Losk «горное "
         "озеро»), Ласка «для белого»/«для темного»/«шерсть и шелк» and Woolite Dark excluded"),
        ("фэйри лимон", S(p=["3500750", "3501026"]),
         "«фэйри» = Fairy: washing-up liquid «Сочный лимон» 450 and 900 мл; Fairy Platinum, «Нежные руки» and other "
         "scents, AOS «лимон» and Finish «лимон» tablets excluded"),
        ("губки для мытья посуды штук пять", S(), "no sponges in stock"),
        ("мешки для мусора тридцать литров", S(),
         "no 30 l bin bags: Магнит «Мешки для мусора 35л» and BIG CITY LIFE 60 l excluded by the written size"),
    ]),
    # L16 mineral waters and herbs
    ("есентуки номер семнадцать, боржоми стеклянная бутылка, шиповник сушеный ягоды, чай ромашковый", [
        ("есентуки номер семнадцать", S(p=["3977406", "3977408", "3688644"], x=["3977406"]),
         "«есентуки» = Ессентуки №17 (0,45 л glass, 1 л PET) and Пятёрочка «ЗАПОВ.ЗДОР. Вода №17 пит. мин. лечеб. газ "
         "1,5л» (outside knowledge: Заповедник здоровья bottles the Essentuki №17 water); Ессентуки №4 and other waters "
         "excluded"),
        ("боржоми стеклянная бутылка", S(x=["81514"]),
         "Borjomi 0.5 l (outside knowledge: 0.5 l Borjomi is sold in glass; the title does not state it); the 1.25 l "
         "bottles in Пятёрочка and Перекрёсток are PET and excluded by «стеклянная бутылка»"),
        ("шиповник сушеный ягоды", S(p=["3452998"]),
         "Бабушкин Хуторок «Шиповник» 75 г (dried rose hips); rose-hip teas (Milford, Tess), juices and drinks excluded"),
        ("чай ромашковый", S(),
         "no chamomile tea; «Конфеты Ромашки», Fairy «ромашка», Аванта cream and liquid soap «Ромашка» are traps"),
    ]),
    # L17 sweets (item 1 replaced, see README)
    ("вафли яшкино хрустящие, конфетки коровка грамм триста, кофе растворимый без кофеина", [
        ("вафли яшкино хрустящие",
         S(p=["2126636", "3141421"], m=["01fb3ade65", "29989b90ed", "7d5a68f794", "f55f44c954"]),
         "replacement item (see README): every Яшкино wafer (сгущенка, сливочные, тонкие с кремом, глазированные с "
         "орешками; wafers are crisp, «хрустящие» is not a separate line); Яшкино пряники and croissants, other brands' "
         "wafers excluded"),
        ("конфетки коровка грамм триста", S(),
         "no «Коровка» candies: Коровка wafers, пряник, ice cream and «Коровка из Кореновки» paste are other products; "
         "Meller/Золотой ключик toffees are not «Коровка»"),
        ("кофе растворимый без кофеина", S(),
         "no decaffeinated coffee in stock; regular instant coffees excluded"),
    ]),
    # L18 cutlets and pasta
    ("фарш говяжий полкило, макароны рожки мелкие две пачки, чесночок две головки", [
        ("фарш говяжий полкило", S(p=["3398465", "3447375", "4065830"]),
         "beef mince (Рестория, Мираторг, Останкино, 400 г; «полкило» is a quantity); pork, pork-beef «домашний», "
         "turkey, chicken mince and stuffed olives excluded"),
        ("макароны рожки мелкие две пачки", S(p=["4008046"]),
         "horn-shaped pasta: «Витой рожок» 450 г (the size of the horns is not stated); spaghetti, penne, pipe rigate, "
         "spirals, shells, vermicelli and ice-cream «рожок» excluded; «две пачки» is a quantity"),
        ("чесночок две головки", S(x=["17662"]),
         "fresh garlic «Чеснок, 3шт»; dried granules, salted garlic, seasonings and garlic-flavoured goods excluded"),
    ]),
    # L19 fish cutlets
    ("минтай мороженый без головы на котлетки, рис длинно зерный пропаренный, лимон один большой, укропчик свеженький пучочек", [
        ("минтай мороженый без головы на котлетки", S(x=["4350401", "4350402"]),
         "frozen pollock without head: Люди Любят frozen skinless fillets (the negative wish only excludes heads); "
         "Магнит «Филе минтая, полуфабрикат из замороженного сырья» excluded (sold thawed, not frozen); «на котлетки» is "
         "a purpose"),
        ("рис длинно зерный пропаренный", S(),
         "no parboiled long-grain rice: Националь «Лазер длиннозерный» (outside knowledge: white polished, not parboiled), "
         "basmati, jasmine and brown rice excluded"),
        ("лимон один большой", S(), "no fresh lemons in stock anywhere"),
        ("укропчик свеженький пучочек", S(m=["109841"], x=["4295468"]),
         "fresh dill 100 г; dill-parsley-onion mixes, dried dill and goods «с укропом» excluded"),
    ]),
    # L20 store brands (item 3 replaced, see README)
    ("гречка красная цена, масло подсолнечное не рафинированное, сметана домик в деревне двадцать процентов", [
        ("гречка красная цена", S(),
         "no «Красная цена» buckwheat (the only «Красная цена» offer is cod «Треска Тушка»); other buckwheat not accepted "
         "because the store brand was written"),
        ("масло подсолнечное не рафинированное", S(),
         "«не рафинированное» = нерафинированное: every sunflower oil in stock is refined (Благо, Слобода, Mr.Ricco, "
         "Олейна); ALMADOR oils with basil aroma / garlic oil and olive oils excluded"),
        ("сметана домик в деревне двадцать процентов", S(p=["3664287"], x=["3664287"]),
         "replacement item (see README): Домик в деревне sour cream 20 % 300 г; its 15 % and 25 % and other brands' 20 % "
         "excluded"),
    ]),
    # L21 for a cold
    ("гематоген, аскорбинка с глюкозой, сироп шиповника для иммунитета, мед липовый от простуды", [
        ("гематоген", S(), "no гематоген in stock"),
        ("аскорбинка с глюкозой", S(),
         "the only ascorbic-acid tablets are Пятёрочка «АСКОРБИН. вк. клубн.» (strawberry-flavoured, glucose not stated), "
         "excluded because «с глюкозой» names the variant"),
        ("сироп шиповника для иммунитета", S(),
         "no rose-hip syrup; fruit «в сиропе» tins and rose-hip juices excluded"),
        ("мед липовый от простуды", S(p=["3645749"]),
         "Медовый дом «Восточная липа» linden honey (monofloral); other honeys excluded; «от простуды» is a purpose"),
    ]),
    # L22 for the gut
    ("хлебцы гречневые без соли, отруби овсяные для кишечника, орехи грецкие очищенные половинки, финики сушеные", [
        ("хлебцы гречневые без соли", S(),
         "no buckwheat crispbread: corn-rice, rye-wheat, multigrain, «бородинские», wheat and cheese хлебцы excluded"),
        ("отруби овсяные для кишечника", S(p=["3388018"]),
         "Диадар «Отруби хрустящие овсяные» 200 г; «Клетчатка Сибирская» (a fibre mix) and yoghurt with bran excluded"),
        ("орехи грецкие очищенные половинки", S(p=["3915361", "3982582"]),
         "shelled walnut kernels: BOTANICA «Ядро ореха грецкого» 140 г and Mix Bar «Грецкий орех» 100 г (sold shelled; "
         "halves not stated); Магнит «Орех грецкий, неочищенный», nut mixes, jam with walnuts and sweets excluded"),
        ("финики сушеные", S(m=["199921", "200571"]),
         "packaged dates (Магнит «Финики» 400 г and Мазафати 500 г, taken as dried fruit although the titles do not say "
         "«сушеные»); chocolate dates and yoghurt with dates excluded"),
    ]),
    # L23 berries (item 2 replaced, see README)
    ("клюква замороженная пакет, облепиха протертая с сахаром, имбирь корень", [
        ("клюква замороженная пакет", S(),
         "no frozen cranberries: Зелёная Линия «Клюква дикорастущая 250г» is a fresh berry tray (category «Ягоды»), excluded "
         "by «замороженная»; морс, sauerkraut and sweets with cranberry excluded"),
        ("облепиха протертая с сахаром", S(p=["3907165"]),
         "replacement item (see README): «Фрукты протертые с сахаром, стерилизованные, облепиха 350 г»; sea-buckthorn "
         "nectar and морс excluded"),
        ("имбирь корень", S(),
         "no fresh ginger root: pickled ginger (Магнит, Скатерть-Самобранка), candied ginger, ginger biscuits and drinks "
         "excluded"),
    ]),
    # L24 bathroom
    ("шампунь с ромашкой, мыло хозяйственное кусок, зубнаящетка мягкая, корега крем для протезов", [
        ("шампунь с ромашкой", S(),
         "no chamomile shampoo (honey, nettle, anti-dandruff, argan, grapefruit shampoos only)"),
        ("мыло хозяйственное кусок", S(), "no laundry soap in stock"),
        ("зубнаящетка мягкая", S(p=["3411391"]),
         "«зубнаящетка» = зубная щётка: Colgate «Шелковые нити с древесным углем» (outside knowledge: a soft brush; the "
         "title does not say); Splat «hard», Colgate 360 «ср/ж» (medium), Biomed «Medium», Colgate Зиг Заг (medium) excluded"),
        ("корега крем для протезов", S(), "no denture adhesive (Corega or other) in stock"),
    ]),
    # L25 lunch
    ("сок томатный один литр, сливки десять процентов, кофе молотый какой-нибудь хороший, сыр плавленный дружба", [
        ("сок томатный один литр", S(m=["204641", "b3901ed97f"], x=["14125", "3498246"]),
         "tomato juice in 1 l packs (Дары Кубани, Rich, Santal, Сады Придонья «для детского питания»); 0.95 l Фруктовый "
         "сад and 970 ml J7 (size named), 2 l Сады Придонья, tomato nectars (Любимый, Добрый), tomato-cucumber juice and "
         "tomatoes in juice excluded. Doubt: some shoppers would take a 0.95-0.97 l pack as «литр»"),
        ("сливки десять процентов", S(p=["3634638"], m=["476dabe99f"], x=["4178852"]),
         "cream exactly 10 % (Домик в деревне 950 г, Молочный знак 500 мл, Сарафаново «дет.» 480 мл); 11 % lactose-free, "
         "20 %, 33 %, cream substitutes and pelmeni «на сливках» excluded"),
        ("кофе молотый какой-нибудь хороший",
         S(p=["2147888", "3395339", "3395340", "3607723", "3607740", "3664256", "3900893", "3980976", "4034432", "46293"],
           m=["111661", "14d2756c10", "159961"]),
         "roasted ground coffee of any brand («какой-нибудь хороший» is a wish): Egoiste, Jardin, Jacobs Monarch, Carte "
         "Noire, Starbucks, Черная карта, an unbranded «натуральный жареный молотый»; beans, instant and «молотый в "
         "растворимом», MONARCH Lungo capsules (52 г 10 шт) and Магнит «Кофе … зерновой 300мл» ready drinks excluded"),
        ("сыр плавленный дружба", S(d=["6b7105d28a"]),
         "«плавленный» = плавленый: Дикси «Сыр плавленый Дружба Карат 55%»; other processed cheeses (Карат Коралл/Янтарь, "
         "Виола, President, Hochland) and «ДРУЖБА Халва» excluded"),
    ]),
]


def check_blind(lists):
    """The texts must equal the blind draft's lines byte for byte, apart from REPLACEMENTS."""
    with open(BLIND, encoding="utf-8") as fh:
        blind = [line.rstrip("\n") for line in fh if not line.startswith("#") and line.strip()]
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(lists)))
    for n, (b, (text, _)) in enumerate(zip(blind, lists), 1):
        want = b
        if n in REPLACEMENTS:
            old, new = REPLACEMENTS[n]
            if want.count(old) != 1:
                errors.append("list %d: replaced item %r not found once in the blind draft" % (n, old))
            want = want.replace(old, new)
        if want != text:
            errors.append("list %d differs from the blind draft:\n  %r\n  %r" % (n, want, text))
    if errors:
        sys.exit("\n".join(errors))
    print("texts: %d lists byte-identical to the blind draft (%d with one documented replacement)"
          % (len(lists), len(REPLACEMENTS)))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fxl"))
