#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vu.jsonl -- shopping lists of a young mother (a seven-month-old baby on first
solid food and a four-year-old daughter, plus the household's ordinary groceries), hand-labelled against the
real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vu.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a shopper would type them to a Telegram bot, and for
every item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly
that item would accept.  The lists were written blind, before any offer was read, and saved as
fresh_basket_eval_vu.blind_lists.txt (read-only); this script first checks that every list text here equals
the blind draft, except for the single item recorded in REPLACED.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to
е) and read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable.

labelled_lists.build (unchanged, same directory) then checks the data -- every id exists in real_offers.jsonl
*for that store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the
format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvu01, fvu02, ... in
LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vu.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vu.blind_lists.txt")

# Items changed after labelling because their whole list was empty in all four stores:
# (list number, item as in the blind draft, item used here).
REPLACED = [
    (9, "каша овсяная молочная малютка", "каша овсяная молочная nestle"),
]


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvu01
    ("пюре фрутоняня яблоко 3 шт\nкашка гречневая безмолочная\nтворожок агуша малому\nмолочко 2.5% дочке", [
        ("пюре фрутоняня яблоко 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple puree of ФрутоНяня: none in stock; ФрутоНяня apple mixes (ябл/банан/груш с печ., "
           "яблок/малины со слив., 250 г) and apple purees of other brands (Gerber, Heinz, Агуша, Сады Придонья) "
           "excluded; «3 шт» is a quantity"),
        ("кашка гречневая безмолочная", {
            "pyaterochka": ["3415416"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry dairy-free baby buckwheat cereal: Пятёрочка NESTLE «Каша ГРЕЧНЕВАЯ сухая безмол.»; ТЕМА milk "
           "buckwheat porridge (мол.), buckwheat groats/flakes (Prosto, Увелка, Мистраль), Губернаторская canned "
           "«гречневая с говядиной» and soba noodles excluded"),
        ("творожок агуша малому", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша curd (творожок): none in stock; other Агуша products (молоко, ряженка, пюре, сок) and "
           "children's curds of other brands (Тема, Мама Лама, М/М, Верховье) excluded; «малому» is an "
           "addressee, not a filter"),
        ("молочко 2.5% дочке", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                            "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243", "013e119412",
                            "a548f45b17", "62485733e9", "faf2171541", "69f396f368"],
        }, "cow drinking milk labelled exactly 2.5% (past./UHT/steril., incl. children's milk Сарафаново "
           "«дет.»); ranges, other fat levels, топлёное, козье, flavoured milk and milkshakes excluded; «дочке» "
           "is an addressee"),
    ]),
    # fvu02
    ("подгузники pampers 4 малому, влажные салфетки для малышей 2 пачки, крем под подгузник малышу", [
        ("подгузники pampers 4 малому", {
            "pyaterochka": ["3159433"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers tape nappies size 4: Пятёрочка «РAM.Подг.ACTIVE BABY DRY р4 70шт» (РAM = Pampers); Pampers "
           "pants size 4 («Подг-тр.PREM.CARE ... р4», «Трусики-подгузники Pampers, Maxi») excluded as pants are "
           "a different product (the same shopper lists «трусики-подгузники» separately), other sizes (3, 5, 6) "
           "and other brands (Huggies, Kokoro) excluded"),
        ("влажные салфетки для малышей 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "baby wet wipes: Перекрёсток «Салфетки влажные для новорожденных Kokoro»; universal/antibacterial wet "
           "wipes (Tolli Plus, SALFETI, Home Story, Пр!ст косметические) and Carefree panty liners («Салфетки "
           "... ежедн.») excluded"),
        ("крем под подгузник малышу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nappy cream: none in stock; general baby creams (Аванта «Крем детский», Johnson's Baby "
           "«увлажнение»), Johnson's baby oil and Пантенол EVO cream excluded (not nappy creams)"),
    ]),
    # fvu03
    ("сок детский яблочный дочке, печенье детское с 6 мес, груши пару штук, йогурт детский клубничный", [
        ("сок детский яблочный дочке", {
            "pyaterochka": ["3684252", "3679183", "3679184"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": ["80142"],
        }, "single-fruit apple juice sold for children: Агуша «Сок яблоко осв», Honey Kid «яблоко» (children's "
           "brand, category «Товары для детей»), ФРУКТ.САД «Сок ЯБЛ.осв.д/дет.пит.», Сады Придонья «зелёное "
           "яблоко для детского питания»; apple mixes (Агуша яблоко-вишня/шиповник, Honey Kid яблоко-вишня), "
           "apple nectars (Любимый «для детского питания»), Агуша «вода+сок», adult apple juices (J7, Rich, "
           "Добрый, Swell, Soko Grande) and Магнит «САДЫ ПРИДОНЬЯ Сок ябл прям отж 0,125л» (title does not say "
           "it is for children) excluded"),
        ("печенье детское с 6 мес", {
            "pyaterochka": ["4055479", "4045242", "3927157"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby biscuits suitable at six months: Honey Kid «Печенье детское растворимое ... с 6 мес» and «... с "
           "5 мес» (suitable from 5 months, so also at 6), Пятёрочка «печенье раств. д/пит.дет.с ран.в-та ... "
           "продукт прикорма» (infant weaning biscuit; taken as suitable at 6 months — outside knowledge, age "
           "not stated); ordinary children's cookies (Любятово Dinosaurs, «Печенье МАЛЫШОК», Юбилейное) excluded"),
        ("груши пару штук", {
            "pyaterochka": [],
            "magnit": ["200051", "168631"],
            "dixy": [],
            "perekrestok": ["6223", "48674"],
        }, "fresh pears of any variety; pear juice, nectar, puree and pear-flavoured goods excluded; «пару штук» "
           "is a quantity"),
        ("йогурт детский клубничный", {
            "pyaterochka": ["3665121", "4066181"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's strawberry yoghurt: Верховье «биойогурт с клубникой для пит. детей», Пятёрочка «Йогурт "
           "питьевой ... со вкус.Клубничного пломбира, д/пит.дет.» (strawberry-ice-cream flavour taken as "
           "strawberry); mixed flavours (NATURE банан-клубника, ЧУДО ДЕТКИ клубника/малина), adult strawberry "
           "yoghurts (Чудо, Активиа), Актимель «клуб/бан» and milkshakes excluded"),
    ]),
    # fvu04
    ("пюре индейка с 6 месяцев\nпюре кабачок гербер\nкаша рисовая nestle\nводичка детская 5л для смеси", [
        ("пюре индейка с 6 месяцев", {
            "pyaterochka": ["3353099"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-meat turkey baby puree: Пятёрочка «Пюре Фрутоняня*, индейка, с 6-ти месяцев»; ФРУТОН. «Пюре "
           "из мяса индейки с овощ.» (meat-and-vegetable mix, age not stated), other meat purees and adult "
           "turkey excluded"),
        ("пюре кабачок гербер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gerber zucchini puree: none; Gerber in stock only as fruit purees (груша, манго, яблоко); zucchini "
           "purees of other brands (Сады Придонья «кабачковое», ФРУТО-НЯНЯ «из кабачков и картоф.») excluded"),
        ("каша рисовая nestle", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nestlé rice cereal: none; Nestlé cereals in stock are buckwheat, multigrain and oat; rice porridges "
           "of other brands (ТЕМА, Перекрёсток Select) excluded"),
        ("водичка детская 5л для смеси", {
            "pyaterochka": ["3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": [],
        }, "children's drinking water in 5 l: Магнит АКВАЛАЙН «Для ляль ... д/детского питания 5л», Пятёрочка "
           "«Вода Honey kid, Черноголовская, питьевая, 5 л» (Honey Kid is a children's brand — outside "
           "knowledge); Святой Источник «Светлячок» 0,33 л (size), adult waters of 5 l (Архыз, Малаховская) and "
           "Агуша «вода+сок» excluded"),
    ]),
    # fvu05
    ("хлебушек к завтраку, молоко 3.2 пачки две, яйца десяток на неделю, масло сливочное 82.5 пачку на кашки, сыр российский мужу на бутеры", [
        ("хлебушек к завтраку", {
            "pyaterochka": ["3500217", "3372334", "3480920", "3455615", "3455614", "3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "bread loaves incl. batons (Даниловский, Марьин заварной, ржано-пшеничный, Ржаной Край «Хлеб "
           "зерновой» and «Хреб» [sic], Батон «Звездный» нар., Перекрёсток «Батон Нарезной»); хлебцы, гренки, "
           "сухарики, баранки, tortillas, сдоба and sweet buns excluded"),
        ("молоко 3.2 пачки две", {
            "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17", "ecc07a0e68",
                            "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb", "885d917850", "35ac60eec2",
                            "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a", "2f04f03749", "87b2dc7b1d", "14753f9f39",
                            "b4411ba8d4", "01f728b210", "a24f88bea8"],
        }, "cow drinking milk labelled exactly 3.2% (incl. children's milk Агуша «от 3л», Сарафаново «детское», "
           "Маша и Медведь); ranges 3.2-4 / 3.2-4.5 / «от 3,2% до 6%», топлёное 3.2% (Простоквашино, Домик в "
           "деревне) and flavoured milk excluded; «пачки две» is a quantity"),
        ("яйца десяток на неделю", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10, any category (С1, СО, отборные); packs of 6 and 20, quail eggs, Kinder "
           "eggs and mayonnaise «на перепелином яйце» excluded"),
        ("масло сливочное 82.5 пачку на кашки", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled exactly 82.5% (Традиционное, Вкуснотеево, Тысяча Озёр, сладко-сливочное); 82% "
           "(Простоквашино in Дикси and Магнит, Президент кислосливочное) and 72.5% (Брест-Литовск) excluded as "
           "the written fat must match"),
        ("сыр российский мужу на бутеры", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese: Пятёрочка Брест-Литовск «российский 50%», Перекрёсток Зелёная Линия «Сыр "
           "Российский нарезка»; other semi-hard cheeses (Голландский, Белебеевский, Костромской...) excluded; "
           "«мужу на бутеры» is a purpose"),
    ]),
    # fvu06
    ("курочка целая на суп, картошки 3 кг на пюрешку, морковка на прикорм, лучок репчатый пару головок", [
        ("курочка целая на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "whole raw chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (a whole broiler — outside knowledge), "
           "Перекрёсток «Тушка цыплёнка» (1 сорт, An-noor, Петелинка, Зелёная Линия на зерновом откорме) and "
           "«Цыплёнок корнишон»; chicken parts, duckling, cooked/canned chicken, chicken puree and pet food "
           "excluded"),
        ("картошки 3 кг на пюрешку", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (3 kg read as the quantity wanted); chips, «картофель "
           "хрустящий», potato starch, ready dishes and Zentis «Картошка марципановая» excluded"),
        ("морковка на прикорм", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; Korean-style carrots, carrot nectar/juice and carrot-containing purees excluded; «на "
           "прикорм» is a purpose"),
        ("лучок репчатый пару головок", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "bulb onions of any colour (Светофор set of three, Ялтинский, репчатый красный/белый); shallots, "
           "green onions, herb sets and Перекрёсток «Лук салатный» (kind not stated) excluded"),
    ]),
    # fvu07
    ("творог детский тема, кефирчик детский дочке, сырок глазированный дочке, бананчики дочке", [
        ("творог детский тема", {
            "pyaterochka": ["3466203"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Тема children's curd: Пятёрочка «Биотворог Тема, клубника-банан» (flavour not written, so any); "
           "other children's curds (Мама Лама, М/М, Верховье, Howaru) and Тема porridge/meat excluded"),
        ("кефирчик детский дочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's kefir: no kefir at all in stock; Биолакт, Имунеле, Актимель and ряженка are other "
           "products"),
        ("сырок глазированный дочке", {
            "pyaterochka": ["4015226", "3378597", "3601367", "3410456", "3472523", "3636507", "3636506"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd bars: Б.Ю.Александров сырки (глазированный ванильный, в белом шоколаде, «Картошка» в "
           "мол. шок., Суфле глазированный, с фисташками), РАЭ «Десерт твор.гл.» 60 г (glazed curd dessert bars, "
           "taken as сырки); unglazed Свитлогорье «Сырок творожный» 120 г, Б.Ю.Александров «Десерт ЧИЗКЕЙК» "
           "(glazing not stated), curd desserts in tubs and processed cheese excluded"),
        ("бананчики дочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. mini and organic); banana-flavoured goods and purees excluded"),
    ]),
    # fvu08
    ("подгузники huggies 3 для малого, трусики-подгузники 5 размер, салфетки влажные без запаха самые дешевые", [
        ("подгузники huggies 3 для малого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies tape nappies size 3: none; Huggies in stock are girls' nappies 4 and 5 (Магнит) and pants 4 "
           "and 5 (Пятёрочка); Pampers size 3 and Kokoro excluded (other brands)"),
        ("трусики-подгузники 5 размер", {
            "pyaterochka": ["3983613", "4061716", "3680543", "3447849"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295217"],
        }, "nappy pants size 5 of any brand: Huggies р5, Pampers Pants 5, Pampers Premium Care р5, "
           "«Трусики-подгузники Pampers, Junior» (Junior = size 5 — outside knowledge), Kokoro Junior р.5; pants "
           "4 and 6 (incl. «PAN.EXТ.LAR.» = Extra Large 6, Junior Plus р.6) and tape nappies size 5 excluded"),
        ("салфетки влажные без запаха самые дешевые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unscented wet wipes: no title says unscented (без запаха/без отдушки); Kokoro «для новорожденных», "
           "Tolli Plus, antibacterial and tea-tree wipes excluded since the written qualifier cannot be "
           "confirmed; «самые дешевые» is a wish"),
    ]),
    # fvu09
    ("каша овсяная молочная nestle, пюре чернослив, чай детский с фенхелем", [
        ("каша овсяная молочная nestle", {
            "pyaterochka": ["3641446"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT item (blind draft «каша овсяная молочная малютка» was absent everywhere like the rest of "
           "the list): Nestlé dry milk oat cereal: Пятёрочка «NEST.Каша сух.мол.овс.с груш/банан.» (flavour not "
           "written, so any); Nestlé multigrain and buckwheat cereals, oat milk porridges of other brands "
           "(Heinz, ФрутоНяня, ТЕМА) excluded"),
        ("пюре чернослив", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "prune puree: none; prunes only as dried fruit, in biscuits, yoghurt, chocolate and candy, all "
           "excluded"),
        ("чай детский с фенхелем", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's fennel tea: none; no fennel or children's tea in stock; adult teas excluded"),
    ]),
    # fvu10
    ("макарошки какие подешевле, фарш на котлетки детям, сметанка 15 процентов к борщу, огурчики дочке на перекус", [
        ("макарошки какие подешевле", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625", "4075778",
                            "4075782", "4008044", "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047",
                            "4008045", "4037645", "4037644", "4037652", "4037654", "4037666", "94424"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "any dry pasta shape (вермишель, перья, спагетти, спиральки, бантики, звездочки, ракушки, рожки, "
           "фарфалле, капеллини...); instant noodles, удон, соба, фунчоза, лагман-лапша, ready pasta dishes and "
           "pasta kits excluded; «какие подешевле» is a wish"),
        ("фарш на котлетки детям", {
            "pyaterochka": ["3398465", "3205754", "4065830", "3681614", "3673806", "3629402", "3652704", "3447375"],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced meat of any kind (говяжий, свиной, свино-говяжий, домашний, индейка, куриный Петелинка "
           "«Премиум»); ready cutlets, meatballs and stuffed olives («фарш.») excluded; «на котлетки детям» is a "
           "purpose"),
        ("сметанка 15 процентов к борщу", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, "sour cream labelled exactly 15% (incl. lactose-free); 10/20/25/30% and sour-cream-flavoured snacks "
           "excluded"),
        ("огурчики дочке на перекус", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные/среднеплодные, Перекрёсток Ботаника, «Хрустящие», fresh "
           "«корнишоны» 300 г in the produce section); salted/pickled cucumbers (Магнит МЕЛЕНЪ, «Огурцы соленые, "
           "Корнишоны», Перекрёсток «солёные бочковые»), Магнит «Ассорти Черри и Корнишоны» (a pickled "
           "assortment, outside knowledge) and cucumber-flavoured goods excluded"),
    ]),
    # fvu11
    ("гречку две упаковки\nрис круглый для кашки\nсахарку пачку в дом\nчаек черный в пакетиках себе", [
        ("гречку две упаковки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto»; PROSTO «Рис и греча» (mix), buckwheat flakes, "
           "baby buckwheat cereals, soba noodles and ready buckwheat dishes excluded"),
        ("рис круглый для кашки", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "199371", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый» (and "
           "Пятёрочка's «МИСТР.Рис для плова традиц.», the same product), Националь «Адриатика» and Мистраль "
           "«Кубань» (round-grain varieties — outside knowledge); long-grain, basmati, jasmine, brown, Девзира, "
           "Lazer, Global Village and Националь «для плова» (grain not stated) and rice flakes/flour excluded"),
        ("сахарку пачку в дом", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar: Магнит «Сахар белый прессованный 1кг» (pressed cubes, taken as ordinary sugar); cane "
           "«Демерара», icing sugar and sugar-containing goods excluded"),
        ("чаек черный в пакетиках себе", {
            "pyaterochka": ["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702", "3489553", "3378327",
                            "15545", "15492", "3662837", "3450276", "3469500", "3950803", "3628990", "3620106", "3635756",
                            "3634052", "3378336", "3424384", "3418513", "3499718", "3446638", "3472459", "3649730", "3399714",
                            "2070472", "3600100", "4042419", "3971162", "3971163", "3948819", "3948818", "3981152", "3948128",
                            "11200", "3689577"],
            "magnit": ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261", "199201",
                       "111701", "168251", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags, pyramids or sachets, plain or flavoured; Earl Grey (Lipton, Twinings), Twinings "
           "«ДЛЯ ЗАВТРАКА», Greenfield «Спринг Мелоди», Майский «смородина с мятой», Принцесса Канди taken as "
           "black tea (outside knowledge, titles do not say черный); loose-leaf tea (no bag count), green, "
           "oolong, herbal, hibiscus, Иван-чай, Tess Pina Colada (green — outside knowledge), Curtis assorted "
           "sachets and bottled tea drinks excluded"),
    ]),
    # fvu12
    ("порошок ушастый нянь для детских вещей, кондиционер для детского белья малышу, фейри на кухню, бумага туалетная 8 рулонов на дом", [
        ("порошок ушастый нянь для детских вещей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ушастый нянь powder: none; Tide «Детский» and other powders excluded (other brand)"),
        ("кондиционер для детского белья малышу", {
            "pyaterochka": ["3625310"],
            "magnit": ["5f87c5ca15"],
            "dixy": [],
            "perekrestok": [],
        }, "children's fabric softener: Vernel/ВЕРНЕЛЬ «Детский»; other Vernel and Lenor softeners and Магнит "
           "«Е, Сенситив» (sensitive, not labelled for children) excluded"),
        ("фейри на кухню", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid of any variant; other brands (AOS, Sorti, BIASEPT) and dishwasher tablets "
           "(Finish, Somat) excluded"),
        ("бумага туалетная 8 рулонов на дом", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls (Papia, Zewa Deluxe, Zewa Just 1); packs of 4 and 12, moist toilet "
           "paper and paper towels excluded"),
    ]),
    # fvu13
    ("пюре мясное говядина, пюре брокколи, каша мультизлаковая без молока, сок грушевый для детей", [
        ("пюре мясное говядина", {
            "pyaterochka": ["3353100"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-meat beef baby puree: Пятёрочка «Пюре Фрутоняня*, говядина, с 6-ти месяцев»; "
           "beef-with-vegetable or buckwheat purees (ФРУТОН. 8+), Агуша «цыпленок-говядина», canned stewed beef "
           "and pet food excluded"),
        ("пюре брокколи", {
            "pyaterochka": ["3354780"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-vegetable broccoli puree: ФРУТО-НЯНЯ «Пюре из капусты брокколи»; mixes (мой первый салатик, "
           "яблоко-брокколи, Агуша яблоко-груша-брокколи, крем-суп) and frozen broccoli excluded"),
        ("каша мультизлаковая без молока", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dairy-free multigrain cereal: none; Nestlé, ТЕМА and Heinz multigrain cereals are milk-based (мол.), "
           "ФРУТОН. «Каша мультизлак.ябл/бан/земл.» does not state dairy-free, so excluded"),
        ("сок грушевый для детей", {
            "pyaterochka": ["3634202"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's pear juice: ФРУТОН. «Сок груш.осв.с3л» (ФрутоНяня, from 3 years); Soko Grande pear juice "
           "(adult), Santal/ARSHANI pear nectars and pear-flavoured drinks excluded"),
    ]),
    # fvu14
    ("сосиски детские для дочки, макароны звездочки, сырок плавленый дочке, помидорки на салат мужу", [
        ("сосиски детские для дочки", {
            "pyaterochka": [],
            "magnit": ["206081"],
            "dixy": [],
            "perekrestok": [],
        }, "children's sausages: Магнит «Сосиски Детям»; молочные, сливочные, Zелёная Линия turkey and other "
           "sausages excluded (not children's)"),
        ("макароны звездочки", {
            "pyaterochka": ["4075782"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "star-shaped pasta: Пятёрочка «Изделия макаронные ... яичные: звездочки для супчика»; other shapes "
           "excluded"),
        ("сырок плавленый дочке", {
            "pyaterochka": ["24145", "3501012", "3908611", "3908610", "3908603", "3908600", "3924969", "3943414", "4043317",
                            "3677490", "3683694"],
            "magnit": ["205961", "168121", "167821"],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese of any size and flavour (Виола, Карат Коралл/Янтарь, Hochland, President, Экомилк, "
           "Valio and Hochland slices, Galbani «плавленый ломтевой Моцарелла», «CRÈME DE BRIE», Дружба); Фетакса "
           "«плавленый» (a feta-style product), cream cheese, curd snacks and Valio «Виола 4 Сыра» 180 г "
           "(processed not stated) excluded"),
        ("помидорки на салат мужу", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes incl. cherry, cocktail, plum, pink, on the vine; salted tomatoes, tomatoes in juice, "
           "paste, ketchup, sun-dried tomatoes and «Теличерри»-type traps excluded"),
    ]),
    # fvu15
    ("шампунь детский без слез дочке, пена для купания малыша, мыло детское малому, детский крем малышу на щечки", [
        ("шампунь детский без слез дочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's no-tears shampoo: none; adult shampoos excluded"),
        ("пена для купания малыша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby bubble bath: none; shaving foam, hair mousse and Baffy bath crystals excluded"),
        ("мыло детское малому", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby soap: none; adult soaps (Camay, Fax, Safeguard, Dove, AURA liquid) excluded"),
        ("детский крем малышу на щечки", {
            "pyaterochka": ["2159633"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3138354"],
        }, "baby cream: Перекрёсток «Крем детский Аванта с витаминами и ромашкой», Пятёрочка «Крем Johnsons "
           "Baby, увлажнение»; Johnson's baby oil, adult face/hand/foot creams and Магнит Пантенол EVO excluded"),
    ]),
    # fvu16
    ("растишку дочке, молоко агуша 3.2, творожок даниссимо себе к кофе, яблочки для пюре", [
        ("растишку дочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Растишка's classic product (children's yoghurt/curd): none; Пятёрочка has only Растишка purees for "
           "infants («для детей раннего возраста»), excluded by the rule that a bare brand means its classic "
           "product"),
        ("молоко агуша 3.2", {
            "pyaterochka": ["3507208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша drinking milk 3.2%: Пятёрочка «АГУША Молоко ул/паст.д/д от 3л 3,2%»; other brands excluded"),
        ("творожок даниссимо себе к кофе", {
            "pyaterochka": ["4000341", "3602086", "3666192", "3503856"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Даниссимо curd dessert (продукт творожный) of any flavour: «Даниссимо Продукт творожный с "
           "тропическим манго и маракуйей 5,6%» and the abbreviated «ДАНИС.Прод.тв.» (фисташковое мороженое, "
           "грецкий орех-кленовый сироп, крем-брюле); Даниссимо «Фантазия» yoghurts and Даниссимо drinking "
           "«Коктейль» excluded"),
        ("яблочки для пюре", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety; apple chips, juice, puree and apple-flavoured goods excluded; «для "
           "пюре» is a purpose"),
    ]),
    # fvu17
    ("печенье малышарики, кукурузные палочки дочке в садик, зефирку к чаю, пастилу к чаю", [
        ("печенье малышарики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Малышарики biscuits: none; Магнит «Печенье МАЛЫШОК» and other children's biscuits excluded"),
        ("кукурузные палочки дочке в садик", {
            "pyaterochka": ["3922199"],
            "magnit": ["206011"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet corn sticks: Кузя Лакомкин «в сахарной пудре», УХТЫШКИ «палочки кукурузные сладкие»; Магнит "
           "«Кукурузные палочки Читос, кетчуп/сыр» (savoury Cheetos snack, not what «кукурузные палочки» means "
           "for a child — outside knowledge), corn balls, flakes and canned corn excluded"),
        ("зефирку к чаю", {
            "pyaterochka": ["3489477", "3981251", "3681284", "3406629", "3936545", "3907943", "4086822"],
            "magnit": ["b0da381628", "112451"],
            "dixy": [],
            "perekrestok": [],
        }, "зефир of any kind incl. chocolate-coated and Белёвский; marshmallows (LOVE IS «воздушный зефир для "
           "десертов», БОН ПАРИ «Маршмеллоу»), pastila and curd desserts with marshmallow excluded"),
        ("пастилу к чаю", {
            "pyaterochka": ["4049946", "4086820", "4086821"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "пастила: Белёвская (классическая без сахара, с кедровым орехом, с корицей); Магнит «БЕЛЕВСКАЯ "
           "ПАСТИЛА Мармелад» (brand name on marmalade), Белевский зефир («изделие пастильное») and a donut with "
           "pastila topping excluded"),
    ]),
    # fvu18
    ("кофе растворимый какой подешевле себе, молоко в кофе, батон нарезной на бутерброды, колбаса докторская для бутербродов, сыр мужу", [
        ("кофе растворимый какой подешевле себе", {
            "pyaterochka": ["4035358", "3485301", "3481996", "3636926", "3465384", "3153782", "3359687", "3472967", "3496293",
                            "3372172", "3444962", "3659359", "3419750", "3188030", "3419749", "3971960", "3928171", "3691889",
                            "3626060", "3488345", "3396581", "3651382", "3631185", "3684932", "3932897", "3403288", "3626895",
                            "4035364", "4020246", "4069896", "3626048", "3489546", "3158301", "3659496", "3428977", "3636923",
                            "4035361", "3658915"],
            "magnit": ["1000111108", "7c427665e1", "ed5e14dfe7", "65d8c64e3e", "199321", "198971", "199191", "168211",
                       "167841", "106261", "106291", "106231", "106251", "106161", "109351", "205121", "9ab9dd431c",
                       "213631"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee of any brand incl. freeze-dried and «молотый в растворимом»; Магнит JARDIN «Colombia "
           "Medellin, 95г» and «Московская Кофейня на паяхъ, Коломбо, 95 г» taken as instant (95 g jars — "
           "outside knowledge); beans, ground coffee, Paulig «для заваривания в чашке», 3-in-1/latte drinks, "
           "ready coffee drinks and chicory excluded"),
        ("молоко в кофе", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807", "4308790",
                            "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c", "87bf941f11", "d59f8e3403",
                            "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e", "814b6ca461", "d4843ab680", "52d96fd806",
                            "edf2484f0e", "7f46c8a5c5", "79cefff589", "eaf7de5f17", "05c941826b", "94dd27dff1", "f5ff9c84a1",
                            "aa8a2f9d5e", "c57983498c", "50cb0959f8", "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96",
                            "d846def77b", "b151abcd68", "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9",
                            "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68", "f3d85bb393",
                            "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71", "b267022f66",
                            "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14", "885d917850", "35ac60eec2",
                            "9512a8a8b9", "89a1c1419e", "359aa76fc0", "b38f3e60d2", "949b3dd46f", "9dbc98f064", "1076c09948",
                            "e2d5d93f2a", "2f04f03749", "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d",
                            "9dfc83490b", "ce8eda981f", "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9",
                            "faf2171541", "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8", "69f396f368"],
        }, "cow drinking milk of any fat (past./UHT/steril., incl. lactose-free and children's milk); топлёное, "
           "козье, Barista flavoured, ЧУДО flavoured milk, condensed milk, coconut milk and milkshakes excluded"),
        ("батон нарезной на бутерброды", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "sliced white baton: Перекрёсток «Батон Нарезной нарезка», Пятёрочка «Батон „Звездный“нар» (sliced "
           "white baton, taken as нарезной); other bread, sweet batons and chocolate bars («батончик») excluded"),
        ("колбаса докторская для бутербродов", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451",
                            "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand; Докторские сосиски/сардельки and other boiled sausages "
           "(Молочная, Мясная) excluded"),
        ("сыр мужу", {
            "pyaterochka": ["4045672", "3619760", "4011107", "3669895", "3448799", "3658573", "3914313", "3672506", "4070003",
                            "3918445", "4047497", "3695000", "24647", "3462825", "4055754", "3919797", "4046889", "3436718",
                            "3670271", "3926818", "3435839", "3499152", "3670270", "3926819", "3452403", "4087692", "3433812",
                            "3433594", "3504112", "3953338", "4078315", "3932860", "3650219", "3693219", "3665147", "3976999",
                            "3605249", "4062968", "3631154", "4062961"],
            "magnit": ["fb96cc90aa", "a75e794e26", "199231", "160261", "111651"],
            "dixy": ["05060beac0"],
            "perekrestok": ["3912980", "3498368", "3453245", "4418717", "4111694", "4263132", "4377387", "4078445", "3452403",
                            "4050804", "3480834", "4263131", "3433594", "4377381", "15105", "4394484", "4260755", "3920347",
                            "4108547", "4108549", "4392389", "3640879", "4325430", "4325429", "3654470", "4029240", "3025963",
                            "3466978", "3640880", "4108551", "4121963", "4089117", "3621896", "3206443", "4011107", "3432217",
                            "3505827", "4366826", "3432218", "4121964", "4050805", "4227953", "3165362", "4226887", "4384302",
                            "4236799", "3436716", "3668842", "3963977", "4394485", "3446529", "4236800", "4302547", "3626124",
                            "4074230", "24160", "3668519", "4280100", "4349449", "4352845", "4050535", "3446834", "4349451",
                            "3433812", "3958444", "4050536", "3203422", "3620040", "4108550", "3614011", "3693219", "3918445",
                            "4280098", "3484610", "4373714", "3228233", "4289052", "4378185", "4297132", "3421874", "3440590"],
        }, "any real cheese (hard, semi-hard, soft, white/blue mould, brine incl. Сиртаки, брынза, фета, "
           "сулугуни, чечил, моцарелла, буррата, grated, sliced, assortments incl. «Сырная тарелка»); processed "
           "cheese (incl. Hochland «пл.-тост» slices), творожный сыр, крем-сыр, Фетакса, «Продукт рассольный», "
           "Pyaterochka «Сыр Hochland. Сливочный, 220 г» and «Виола 4 Сыра» (tub spreads — outside knowledge), "
           "сырки and cheese-flavoured snacks excluded"),
    ]),
    # fvu19
    ("смесь nan 2, водичка для детей, пюре тыква с 5 месяцев", [
        ("смесь nan 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "NAN 2 infant formula: none; Nestogen 3 and 4 (another Nestlé brand, other stages) excluded"),
        ("водичка для детей", {
            "pyaterochka": ["3608729", "3684861"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": [],
        }, "children's drinking water of any size: АКВАЛАЙН «Для ляль», Honey Kid (children's brand — outside "
           "knowledge), Святой Источник «Светлячок» «пит.дет.»; adult waters and Агуша «вода+сок» excluded"),
        ("пюре тыква с 5 месяцев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single pumpkin puree: none; mixes with pumpkin (яблоко-тыква-морковь-манго, Агуша "
           "яблоко-тыква-персик-банан, ФрутоНяня крем-суп) and pumpkin nectar excluded"),
    ]),
    # fvu20
    ("овсянка геркулес на утро, изюм в кашу дочке, медку баночку дочке от кашля, кефир 1% на блинчики", [
        ("овсянка геркулес на утро", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats: Клинские «Хлопья овсяные „Геркулес“», УВЕЛКА «Хлопья зерн.овсян.трад.» (traditional "
           "rolled oats, the product called геркулес — outside knowledge); flavoured instant porridges, oat "
           "bran, fermented oat products (Велле) and oat cookies excluded"),
        ("изюм в кашу дочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raisins: none sold on their own; nut-and-raisin mix (СЕМУШКА), raisin buns and yoghurts excluded"),
        ("медку баночку дочке от кашля", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey (МЕДОВЫЙ ДОМ цветочный, разнотравье, липа); крем-мёд with lemon/ginger or raspberry "
           "fillers, чак-чак, honey cakes and honey-flavoured goods excluded"),
        ("кефир 1% на блинчики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1%: no kefir at all in stock; Имунеле, Актимель, Тан and yoghurts excluded"),
    ]),
    # fvu21
    ("филе куриное 1кг на суфле, кабачки для прикорма, брокколи замороженная для пюре, рис пропаренный на плов", [
        ("филе куриное 1кг на суфле", {
            "pyaterochka": ["3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet (филе грудки, филе большое грудки, Петелинка «Филе цыплёнка ... малое» = "
           "inner fillet); bone-in «грудка без кожи» (Первая Свежесть, Петелинка), thigh fillets, cooked/grilled "
           "fillets and turkey excluded; «1кг» is the quantity wanted"),
        ("кабачки для прикорма", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (кабачки, цуккини); кабачковая икра, canned courgettes and ready zucchini purees "
           "excluded (fresh-produce word)"),
        ("брокколи замороженная для пюре", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli: Магнит МОРОЗКО Green «Капуста брокколи замор»; vegetable mixes and broccoli purees "
           "excluded"),
        ("рис пропаренный на плов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "parboiled rice: none says пропаренный; рис для плова (Мистраль, Националь, Global Village), basmati, "
           "jasmine and Националь «Лазер» (processing not stated) excluded"),
    ]),
    # fvu22
    ("пюре в мягкой упаковке, сок в коробочках детский 3 шт, сушки детские, мармелад", [
        ("пюре в мягкой упаковке", {
            "pyaterochka": ["3638365", "3638366", "3638364", "3606462", "3606438", "3606463", "3606461", "3943185", "3943192",
                            "3943187", "3943196"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fruit puree in pouches: ДП «PouchPack» (3), Агуша «Pouch-pack» (4) and Агуша «протертое, 90г» (the "
           "same Агуша 90 g pouch line — outside knowledge); purees whose pack is not stated (Gerber 90 г, Heinz "
           "100 г, Растишка 85 г, unbranded 90 г fruit-vegetable purees, ФрутоНяня 250 г, Сады Придонья, meat "
           "purees in jars) excluded"),
        ("сок в коробочках детский 3 шт", {
            "pyaterochka": ["3684252", "3684253", "3684254", "3637415"],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b", "159931"],
            "dixy": [],
            "perekrestok": [],
        }, "children's juice in small cartons (0.2 l): Агуша «200мл т/пак» (3), ФрутоНяня «мультифрукт, 0,2 л», "
           "Honey Kid 200 мл (3), ДОБРЫЙ «Сок мультифрут с 6 мес.0.2л» (cartons — outside knowledge for the last "
           "three); 1 l and 0.95/1.93 l children's juices, ФрутоНяня 0.5 l and J7 0.3 l (bottles), Сады Придонья "
           "0.125 l (not stated as children's), nectars, Агуша «вода+сок» and кисель excluded"),
        ("сушки детские", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's сушки: Пятёрочка «Мини сушка Семейка Озби, ваниль» (small vanilla сушки of a children's "
           "brand — outside knowledge); баранки с маком excluded"),
        ("мармелад", {
            "pyaterochka": ["2108128", "3928270", "4074832", "3928269", "3635491", "3956458", "4065859", "3617730", "3617424",
                            "3694097", "3622388", "3908962", "3485963", "3627741"],
            "magnit": ["8edd58ff88", "dfbf06221b", "4e2a2e3450", "09d4db4220"],
            "dixy": [],
            "perekrestok": [],
        }, "marmalade of any kind (jelly, chewing incl. abbreviated «жев.марм.»/«Марм.ЗВ.M.жев.», glazed, "
           "Белевский/«БЕЛЕВСКАЯ ПАСТИЛА Мармелад»); «СВИТ БОКС» toy sets with 10 g marmalade, wrapped "
           "jelly/marmalade candies (Sweet Time «конфеты мармеладные», Озорная Пчелка, Шарлиз «Конфеты "
           "желейные»), Skittles/Mamba chewy candies, chocolate with marmalade and curd desserts with marmalade "
           "excluded"),
    ]),
    # fvu23
    ("ватные палочки с ограничителем детские, зубная паста детская дочке, влажные салфеточки хаггис", [
        ("ватные палочки с ограничителем детские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's cotton buds: none; no cotton buds in stock"),
        ("зубная паста детская дочке", {
            "pyaterochka": [],
            "magnit": ["32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste: Магнит «SPLAT JUNIOR З/п д/дет 6-11лет» (labelled for ages 6-11 while the "
           "daughter is 4; «дочке» is an addressee, not a filter); adult pastes excluded"),
        ("влажные салфеточки хаггис", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies wet wipes: none; Kokoro baby wipes and other wipes excluded (other brands)"),
    ]),
    # fvu24
    ("творог 5% на сырнички, сметанка 20% к сырникам, ряженка себе, биолакт для малышей", [
        ("творог 5% на сырнички", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese labelled 5% (Село Зелёное, Молочный знак); «101 ЗЕРНО+СЛ.» (в сливках), Данон "
           "«зерненый в йогурте», Домик в деревне «мягкий» 5.5%, 0.5/3/4/9% and children's curds excluded"),
        ("сметанка 20% к сырникам", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409",
                            "4349770"],
        }, "sour cream labelled exactly 20% (incl. lactose-free); 10/15/25/30% and «Сливки ... 20%» excluded"),
        ("ряженка себе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain ряженка: none; Агуша «Ряженка ..., клубника» (a flavoured children's drink) excluded as "
           "flavoured, like flavoured milk for «молоко»"),
        ("биолакт для малышей", {
            "pyaterochka": ["4038846"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Биолакт for children: Пятёрочка «Нап.к/м «Биолакт» «Мама Лама» с зел.яблоком ... (стар.3-х лет)»; "
           "Имунеле, Актимель and children's yoghurts excluded"),
    ]),
    # fvu25
    ("киндер сюрприз дочке, сок добрый, мороженое пломбир дочке, вафли к чаю мужу, огурцы на салат", [
        ("киндер сюрприз дочке", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise: «KINDER Яйцо СЮРПРИЗ CHRIST» 20 г, «Яйцо KINDER SURP.MAXI» 100 г, «KINDER "
           "Шок.СЮРПРИЗ фигур.мол.с игр.» 36 г (a Kinder Surprise chocolate figure with a toy, same line); "
           "Kinder Joy (Магнит), Kinder Chocolate, Schoko-Bons, KINDER MAXI MIX set and the Kinder Land drink "
           "excluded"),
        ("сок добрый", {
            "pyaterochka": ["3637415"],
            "magnit": ["0f2cae24db"],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый juice (sold as «сок»): ДОБРЫЙ «Сок яблочный 0,3л», «Сок мультифрут с 6 мес.0.2л»; Добрый "
           "nectars, морсы, Pulpy and Витамин juice drinks excluded"),
        ("мороженое пломбир дочке", {
            "pyaterochka": ["4048085", "4048582", "4051902", "61150", "4009747", "3955964", "3955155", "3693306"],
            "magnit": ["454d2f4e9d", "26315e53ae", "ce5f334607", "5e86759538", "bac7d8405e"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "ice cream sold as пломбир, any flavour or form (стаканчик, брикет, рожок, эскимо, with raspberry "
           "jam, chocolate, crème brûlée); ice creams not stated as пломбир (Магнат, Milka, MAXIDUO, Экзо, "
           "Радуга Чистая линия, Коровка из Кореновки полено), sorbets and «вкус пломбира» yoghurts/milkshakes "
           "excluded"),
        ("вафли к чаю мужу", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437", "3607404",
                            "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375", "3432952", "3983254",
                            "4090303"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "wafers of any kind (filled, glazed, chocolate-coated Milka wafer and single wafer bar); Toreno wafer "
           "sheets «для торта», wafer cakes («Торт вафельный», «Тортики вафельные»), wafer candies, KitKat and "
           "ice cream in wafer cups excluded"),
        ("огурцы на салат", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные/среднеплодные, Перекрёсток Ботаника, «Хрустящие», fresh "
           "«корнишоны» 300 г in the produce section); salted/pickled cucumbers (Магнит МЕЛЕНЪ, «Огурцы соленые, "
           "Корнишоны», Перекрёсток «солёные бочковые»), Магнит «Ассорти Черри и Корнишоны» (a pickled "
           "assortment, outside knowledge) and cucumber-flavoured goods excluded"),
    ]),
]



def blind_texts(path):
    """The 25 list texts of the blind draft: each follows a line '=== fvuNN ===' and ends at an empty line."""
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh.read().split("\n") if not line.startswith("#")]
    found = re.findall(r"=== fvu(\d\d) ===\n(.*?)\n\n", "\n".join(lines) + "\n", re.S)
    if [int(n) for n, _ in found] != list(range(1, len(found) + 1)):
        sys.exit("blind draft: list headers are not fvu01, fvu02, ... in order")
    return [text for _, text in found]


def check_against_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    used = set()
    for n, ((text, _), expected) in enumerate(zip(lists, blind), 1):
        for k, (ln, old, new) in enumerate(REPLACED):
            if ln == n:
                parts = [p.strip() for p in re.split(r"[,\n]", expected)]
                if parts.count(old) != 1:
                    errors.append("fvu%02d: replaced item %r not found once in the blind text" % (n, old))
                expected = expected.replace(old, new, 1)
                used.add(k)
        if text != expected:
            errors.append("fvu%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if used != set(range(len(REPLACED))):
        errors.append("unused REPLACED entries")
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvu"))
