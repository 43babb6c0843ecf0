#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wi.jsonl -- shopping lists of a daughter caring for her bedridden elderly
father at home (soft and pureed food, drinks he can swallow, adult hygiene and care products, plus the
family's ordinary groceries), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wi.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as such a shopper would type them to a
Telegram bot, and for every item the product ids of every in-stock offer of every store that a
reasonable shopper who wrote exactly that item would accept.  The list texts were written first, before
any offer was read, and saved as fresh_basket_eval_wi.blind_lists.txt (read-only, never edited); this
script checks that every list text here equals that blind draft, except for items recorded in REPLACED
(none).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, e/yo folded) and read one by one; the note of each
item records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has a note,
the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fwi01, fwi02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wi.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wi.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: [(blind item text, replacement item text), ...]}.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwi01 adult care supplies
    ("памперсы для взрослых seni l, пеленки впитывающие 60х90, влажные салфетки большие, перчатки одноразовые", [
        ("памперсы для взрослых seni l", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "adult diapers (Seni, size L) -- no adult incontinence product in the offers; baby Pampers/Huggies/Kokoro "
           "diapers and pants excluded"),
        ("пеленки впитывающие 60х90", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3692978"],
        }, "disposable absorbent underpads 60x90 cm: Перекрёсток Kokoro «Пеленки одноразовые впитывающие детские "
           "60х90см» accepted (outside knowledge: the same underpad is used for adults; the item does not say «для "
           "взрослых»); no other underpads in the offers"),
        ("влажные салфетки большие", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["4174787"],
        }, "wet wipes in a big pack (60 or more): Tolli Plus 80 and 60, Magnit SALFETI 72 antibacterial, Пр!ст 150 "
           "cosmetic; small packs of 15-20 (Home Story, Kokoro newborn), CAREFREE panty liners («Салфетки PLUS LARGE "
           "ежедн.»), paper napkins and the BIG CITY LIFE roll towels excluded; judgement: «большие» read as a big "
           "pack"),
        ("перчатки одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable gloves -- no gloves in the offers"),
    ]),
    # fwi02 soft food and bread
    ("пюрешка фрутоняня яблоко 3 баночки\nкефир 1% папе на ночь\nнарезной батон помягче", [
        ("пюрешка фрутоняня яблоко 3 баночки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree -- none: ФрутоНяня purees in the offers are meat, fish, vegetable or "
           "mixed («из яблок/малины со слив.», «из ябл/банан/груш с печ.»); apple purees of other brands (Агуша, "
           "Gerber, Heinz, Сады Придонья) excluded because the brand was written; «3 баночки» is a quantity"),
        ("кефир 1% папе на ночь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1% -- no kefir at all in the offers; «папе на ночь» is a purpose"),
        ("нарезной батон помягче", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной: Перекрёсток «Батон Нарезной нарезка Маркет» and Пятёрочка «Батон \"Звездный\"нар, Хлебный "
           "Дом» (judgement: «нар» = нарезной); other breads (Даниловский, Марьин, Ржаной Край), гренки, сдоба and "
           "«батончик» bars excluded; «помягче» is a wish"),
    ]),
    # fwi03 smooth breakfast
    ("каша овсяная без комочков, молоко 2.5 два пакета, киселек в брикете, печенье мягкое подешевле", [
        ("каша овсяная без комочков", {
            "pyaterochka": ["3932885", "3659899", "3641446", "3909073", "2162112", "3978638"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "oat porridge products that cook/dissolve smooth: instant oat porridge (Пятёрочка «КАША ОВСЯНАЯ, НЕ "
           "ТРЕБУЮЩАЯ ВАРКИ» assortment, Ясно Солнышко with berries) and children's oat porridges (Nestle dry milk "
           "oat pear/banana, Heinz dry oat with peach, ФрутоНяня dry oat, ready-to-eat liquid «овс.с бан. кашка "
           "мол.» 200 ml); plain oat flakes (Геркулес, Увелка) excluded as flakes not porridge (judgement, «без "
           "комочков» asks for the smooth kind), multigrain/rice/buckwheat porridges, Velle oat «продукт», oat "
           "drinks and oat cookies excluded"),
        ("молоко 2.5 два пакета", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5", "50cb0959f8",
                           "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                           "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"],
        }, "drinking cow milk labelled exactly 2.5% (pasteurised, UHT, sterilised, children's Сарафаново incl., any "
           "pack size incl. Magnit ВКУСНОТЕЕВО 0.2 l); other fat levels, ranges, milkshakes, Чудо flavoured milk, "
           "oat/soy drinks excluded; «два пакета» is a quantity"),
        ("киселек в брикете", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kissel concentrate in a brick -- none; the only kissel, ФрутоНяня ready drink «Кисель ... малина, 200 "
           "мл», is not a brick"),
        ("печенье мягкое подешевле", {
            "pyaterochka": ["4049049", "3974475", "3974474"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cookies whose title says soft: Bounty «Мягкое печенье», BelVita «Софт Бэйкс» strawberry and cocoa; other "
           "cookies (Юбилейное, сахарное, сдобное, овсяное, Oreo, Milka, Шарлиз «НЕЖНОЕ СУФЛЕ», Honey kid "
           "«растворимое») excluded because softness is not stated (judgement); «подешевле» is a wish"),
    ]),
    # fwi04 dairy drinks for dad
    ("творожки агуша 2 шт, питьевой йогурт не сладкий, ряженка 4% для папы", [
        ("творожки агуша 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша curd snacks -- none: Агуша offers are purees, juices, milk and a flavoured ряженка; curd snacks of "
           "other brands (Тема, Мама Лама, Чудо) excluded because the brand was written"),
        ("питьевой йогурт не сладкий", {
            "pyaterochka": ["3632187"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain drinking yoghurt: Пятёрочка «EPICA Йогурт пит.2,9% 290г» (judgement from outside knowledge: the "
           "plain Epica drinking yoghurt has no added sugar); flavoured drinking yoghurts (Чудо, Epica "
           "mango/strawberry, children's «Клубничный пломбир», Имунеле, Актимель) excluded as sweet, spoonable "
           "yoghurts (Danone 3.3%, Bio-Max, greek, Сарафаново термостатный), тан and варенец excluded"),
        ("ряженка 4% для папы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка 4% -- none; the only ряженка is Агуша strawberry 2.9%"),
    ]),
    # fwi05 hygiene
    ("крем под подгузник для взрослых, пенка для мытья лежачих, ватные диски подешевле, шампунь самый дешевый", [
        ("крем под подгузник для взрослых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "diaper cream -- none; Пантенол EVO, Nivea, Johnson's Baby and Аванта creams are not diaper creams"),
        ("пенка для мытья лежачих", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "washing foam for bedridden patients -- none; shaving foams, hair mousse and shower gels excluded"),
        ("ватные диски подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads -- none in the offers"),
        ("шампунь самый дешевый", {
            "pyaterochka": ["3624617", "3624618", "3632672", "3632673", "3420658", "3958227", "3262020", "3679350", "3386405",
                           "4092264", "4004174", "4004176", "3653506", "3689257", "3307154", "3658479",
                           "3999803", "3472122", "3659304", "3682464", "2071819", "3352707", "3688572",
                           "2102735", "3406278", "3456559", "3506089", "3950554", "3013914"],
            "magnit": ["8442fcc99f", "1d4676bb70", "7bc067da91", "23eca9864a", "acec144b5f", "f68f4f964f", "28ba0518bf",
                      "5b1250b807", "084b343248", "204511", "198881", "168271", "167951", "160241"],
            "dixy": [],
            "perekrestok": ["2092382", "4406843", "4045740", "3065062"],
        }, "every hair shampoo incl. 2-in-1 / 3-in-1 shampoos (Clear, Timotei, Head&Shoulders, Pantene, Чистая Линия "
           "«Шамп-кондиц-гель/душа»); dry shampoo SHAMTU «Б/МЫТ.ВОЛ.сух.» excluded as a different form (judgement), "
           "balms/conditioners, Palmolive «Гель для душа 3 в 1», shampoo-named mushrooms/champagne excluded; «самый "
           "дешевый» is a wish"),
    ]),
    # fwi06 pureed dinner
    ("детское мясное пюре говядина\nбульон куриный\nкартофельное пюре в хлопьях\nсметанка 15% для пюре", [
        ("детское мясное пюре говядина", {
            "pyaterochka": ["3353100", "3496423", "3676773"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby meat puree whose only meat is beef: ФрутоНяня «говядина», «из говядины с овощами», «из гов.с "
           "греч/мор.»; Агуша «цыпленок-говядина» (mixed meats), chicken/turkey/rabbit purees, canned tushonka and "
           "Губернаторская buckwheat with beef excluded"),
        ("бульон куриный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken broth -- none; the only broth is Magnit РОЛЛТОН «Бульон говяжий» (beef); instant noodles «с "
           "куриным вкусом» excluded"),
        ("картофельное пюре в хлопьях", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant mashed-potato flakes -- none; fresh potatoes, starch, ready meals «с карт.пюре» and baby "
           "vegetable purees excluded"),
        ("сметанка 15% для пюре", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470", "4314536"],
        }, "sour cream of exactly 15% incl. lactose-free (Простоквашино, Parmalat Comfort); 10/20/25/30%, «Сметана и "
           "лук» snacks and sauces excluded"),
    ]),
    # fwi07 drinks he can swallow
    ("сок яблочный без мякоти, вода питьевая без газа бутыль 5 л, кисель вишневый, морс клюквенный папе попить", [
        ("сок яблочный без мякоти", {
            "pyaterochka": ["3903669", "3679184", "3920296", "4074641", "3684252", "3679183"],
            "magnit": ["bc852256db", "ece47f47e1", "0f2cae24db", "eef4bdbf61", "202971"],
            "dixy": [],
            "perekrestok": ["26869", "80142", "4316044", "4304867", "3190706"],
        }, "single-fruit apple juice not labelled «с мякотью» (clarified, reconstituted or direct-pressed; "
           "children's apple juice incl. Агуша «яблоко осв», Фруктовый сад, Honey Kid, Сады Придонья «зелёное яблоко "
           "для детского питания»); judgement: direct-pressed juices (Сады Придонья, Пятёрочка 0.75 l) accepted "
           "although not stated clarified; nectars (Любимый, Global Village, Добрый), mixed juices "
           "(яблоко-вишня/виноград/персик/шиповник/черная смородина, морковно-яблочный с мякотью, !DEAS with celery) "
           "and juice drinks excluded"),
        ("вода питьевая без газа бутыль 5 л", {
            "pyaterochka": ["3635131", "3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Перекрёсток Малаховская №1 негазированная 5 л, Пятёрочка Honey kid "
           "Черноголовская 5 л and Magnit АКВАЛАЙН «д/детского питания» 5 л (baby water, still), Пятёрочка «Легенда "
           "Гор, Архыз, минеральная, 5 л» (judgement from outside knowledge: Архыз is a still table water; the 5 l "
           "bottle is not carbonated); bottles of 0.33-2 l and sparkling or medicinal waters excluded"),
        ("кисель вишневый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cherry kissel -- none; the only kissel is ФрутоНяня raspberry"),
        ("морс клюквенный папе попить", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4297529", "3190898", "3695895"],
        }, "cranberry mors: Зелёная Линия, Чудо-Ягода «Клюквенный», Сады Придонья «клюквенный», Пятёрочка ДОБРЫЙ "
           "«Морс КЛЮКВА из виногр/клюк.» (sold as cranberry mors); mixed-berry mors (ФрутоНяня "
           "клюква/черника/вишня, Ягодный сбор, бруснично-малиновый, брусника-морошка), Добрый клюква-апельсин "
           "drink, Magnit М Кухня mors and fresh cranberries excluded"),
    ]),
    # fwi08 minced chicken and vegetables
    ("фарш куриный 1 кг, морковки кг, кабачок 2 шт, рис круглый на кашу папе", [
        ("фарш куриный 1 кг", {
            "pyaterochka": ["3652704"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken mince: Пятёрочка «Фарш Премиум, Петелинка, 500 г» (judgement from outside knowledge: Петелинка "
           "is a chicken-only brand); pork, beef, pork-beef, turkey (Пава Пава) and unnamed «Деревенский»/«ДОМАШНИЙ» "
           "minces excluded; «1 кг» is the quantity wanted, not a pack filter"),
        ("морковки кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots: Magnit «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая» (by weight); sauerkraut "
           "with carrot, carrot nectar, pickled/Korean carrot, baby purees excluded"),
        ("кабачок 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh zucchini: Перекрёсток «Кабачки» and «Кабачки цуккини зелёные»; Дядя Ваня «Кабачки в адж» (canned), "
           "кабачковая икра and baby zucchini purees excluded; «2 шт» is a quantity"),
        ("рис круглый на кашу папе", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый» (Magnit) "
           "and the same Мистраль «для плова традиц.» at Пятёрочка, Мистраль «Кубань» and Националь «Адриатика» "
           "(judgement from outside knowledge: both are round-grain); long-grain, basmati, jasmine, brown, девзира, "
           "Националь/Global Village «для плова» (grain not stated), rice-buckwheat mix and rice flour excluded"),
    ]),
    # fwi09 porridge for dad
    ("кашка рисовая детская безмолочная, манки пачку на кашу, молоко 3.2 для кашки", [
        ("кашка рисовая детская безмолочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dairy-free baby rice porridge -- none: ТЕМА rice porridge and Перекрёсток Select rice porridge are milk "
           "porridges, Nestle «безмол.» is buckwheat"),
        ("манки пачку на кашу", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Magnit «Каша манная УВЕЛКА, 700г» (judgement: a 700 g pack of semolina groats); no other "
           "semolina"),
        ("молоко 3.2 для кашки", {
            "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17", "ecc07a0e68",
                           "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                           "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064",
                           "e2d5d93f2a", "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4",
                           "01f728b210", "a24f88bea8"],
        }, "drinking cow milk labelled exactly 3.2% (pasteurised, UHT, sterilised; children's Агуша and Сарафаново "
           "incl.); топлёное 3.2% (Простоквашино, Домик в деревне), ranges (Дикси Романов луг «от 3,2% до 6%», "
           "3.2-4, 3.2-4.5), 3.4-6 and other fats excluded"),
    ]),
    # fwi10 bathroom supplies
    ("жидкое мыло 500 мл с дозатором, туалетную бумагу 8 рулонов мягкую, пакеты для мусора 60 литров", [
        ("жидкое мыло 500 мл с дозатором", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid soap 500 ml: Magnit «AURA Мыло жидкое ... 500мл» (judgement from outside knowledge: the 500 ml "
           "AURA bottle has a pump; refills are sold as such); bar soaps, крем-мыло and shower gels excluded"),
        ("туалетную бумагу 8 рулонов мягкую", {
            "pyaterochka": ["3679801", "3900558", "3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls (Papia 3-ply, Zewa Just 1 4-ply, Zewa Deluxe 3-ply); 4- and 12-roll "
           "packs, wet toilet paper and paper towels excluded; «мягкую» is a wish"),
        ("пакеты для мусора 60 литров", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags: BIG CITY LIFE «Пакеты д/мусора 60л»; Magnit 35 l bags and food bags excluded"),
    ]),
    # fwi11 family dinner
    ("сосиски молочные детям 2 пачки, макароны рожки подешевле, сыра российского кусок, яйца куриные десяточек", [
        ("сосиски молочные детям 2 пачки", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "milk sausages («Сосиски молочные» Велком, Magnit 0.33 and 0.65 kg); Magnit «Сосиски Детям», сливочные, "
           "молочная колбаса and other sausages excluded; «детям» is a purpose, «2 пачки» a quantity"),
        ("макароны рожки подешевле", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pasta of the horn shape: Пятёрочка «Витой рожок»; other shapes (перья, спирали, спагетти, улитки, "
           "ракушки, вермишель, бантики) excluded; «подешевле» is a wish"),
        ("сыра российского кусок", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Российский cheese in a piece: Пятёрочка Брест-Литовск «российский 50% 200гр»; Перекрёсток Зелёная Линия "
           "«Сыр Российский нарезка» excluded (sliced, «кусок» asks for a piece), сервелат «российский» and other "
           "cheeses excluded"),
        ("яйца куриные десяточек", {
            "pyaterochka": ["3620510", "3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634491", "3662512", "3062836", "3446505", "4068694", "44323", "3062835"],
        }, "chicken eggs in packs of 10 of any class (С0/СО, С1, отборные); packs of 6 and 20 and quail eggs "
           "excluded"),
    ]),
    # fwi12 liver pate and porridge
    ("куриная печенка на паштет, масла сливочного 82.5 пачку в кашу, геркулес для каши", [
        ("куриная печенка на паштет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken liver -- none; Magnit pork liver, liver pâtés and canned pâté excluded"),
        ("масла сливочного 82.5 пачку в кашу", {
            "pyaterochka": ["3948153", "4063188", "3612680", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5%; 82% (Простоквашино, Президент), 72.5% and chocolate butter excluded (written fat "
           "must match exactly)"),
        ("геркулес для каши", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats: Клинские «Геркулес» and Увелка «Хлопья зерн.овсян.трад.» (judgement: traditional rolled "
           "oats are what «геркулес» names); instant oat porridges, buckwheat/rice flakes, muesli and oat cookies "
           "excluded"),
    ]),
    # fwi13 diapers and creams
    ("подгузники взрослые tena m\nпеленки 60х60 самые дешевые\nкрем детский 2 тюбика\nприсыпка тальк", [
        ("подгузники взрослые tena m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tena adult diapers -- none; only baby diapers in the offers"),
        ("пеленки 60х60 самые дешевые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "underpads 60x60 -- none; the only underpad is Kokoro 60x90 (size written)"),
        ("крем детский 2 тюбика", {
            "pyaterochka": ["2159633"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3138354"],
        }, "baby cream: Перекрёсток «Крем детский Аванта» and Пятёрочка «Крем Johnsons Baby, увлажнение»; face, "
           "hand, foot and Пантенол creams excluded; «2 тюбика» is a quantity"),
        ("присыпка тальк", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "talc baby powder -- none in the offers"),
    ]),
    # fwi14 fish and groats
    ("минтай филе без костей, гречневая крупа ядрица 2 пачки, морковь мытая 1кг", [
        ("минтай филе без костей", {
            "pyaterochka": [],
            "magnit": ["199381"],
            "dixy": [],
            "perekrestok": ["4350402", "4350401"],
        }, "pollock fillet (fillet taken as boneless): Magnit «Филе минтая», Перекрёсток Люди Любят fillets; cod, "
           "hake and other fish excluded"),
        ("гречневая крупа ядрица 2 пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Magnit «Крупа Гречневая Prosto, 500 г» (judgement: ordinary buckwheat groats are "
           "ядрица); buckwheat flakes, Рис и греча mix, baby buckwheat porridges, soba and ready buckwheat dishes "
           "excluded"),
        ("морковь мытая 1кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots: Magnit «Морковь мытая, 1 уп. (1 кг)» and Перекрёсток «Морковь мытая» sold by "
           "weight («1кг» read as the quantity wanted); Korean carrot, carrot nectar and pickled carrot excluded"),
    ]),
    # fwi15 soft dairy and fruit
    ("творог 5% мягкий, сметанка 20% баночка, фруктовое пюре в пакетике, бананы спелые кг", [
        ("творог 5% мягкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "soft cottage cheese of exactly 5% -- none: Домик в деревне «Творог мягкий» is 0.1% or 5.5%, and 5% curds "
           "(Молочный знак, Село Зелёное, Савушкин «101 зерно») are not soft curd (judgement: «мягкий» names the "
           "product type)"),
        ("сметанка 20% баночка", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929", "4314537", "58101",
                           "3634033"],
        }, "sour cream of exactly 20% incl. lactose-free Parmalat Comfort; other fats excluded; «баночка» read as "
           "the usual cup, not a filter"),
        ("фруктовое пюре в пакетике", {
            "pyaterochka": ["3638366", "3606438", "3606461", "3606462", "3606463", "3638364", "3638365"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fruit puree whose title says pouch (Агуша and ДП «Pouch-pack»); purees without a stated pouch (Gerber, "
           "Heinz, Сады Придонья, Растишка, ФрутоНяня 250 г, unbranded 90 g), fruit-vegetable and fruit-cereal "
           "purees excluded"),
        ("бананы спелые кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas incl. organic and mini bananas; dried bananas, banana drinks/smoothies/nectar excluded; "
           "«спелые» is a wish, «кг» a quantity"),
    ]),
    # fwi16 chicken broth and salad
    ("курица целая на бульон, картофель на пюре 2 кг, огурцы свежие гладкие на салат, помидоры на салат кг", [
        ("курица целая на бульон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4312266", "4068157", "4252168"],
        }, "whole raw chicken: Перекрёсток «Тушка цыплёнка» (plain, Петелинка, An-noor) and «Цыплёнок корнишон» (a "
           "small whole chicken), Дикси «Цыпленок-бройлер охлажденный, 1 кг» (judgement: a whole broiler sold by "
           "weight); chicken parts, купаты, nuggets and canned chicken excluded"),
        ("картофель на пюре 2 кг", {
            "pyaterochka": [],
            "magnit": ["199751", "168701", "109571", "107511"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes; Magnit «Картофель для жарки» excluded (judgement: labelled for frying, the shopper wants "
           "potatoes for mash), potato starch, chips and ready dishes excluded; «2 кг» is the quantity wanted"),
        ("огурцы свежие гладкие на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh smooth-skinned cucumbers -- no title states smooth skin: Magnit «среднеплодные, пупырчатые» is "
           "bumpy, Перекрёсток «корнишоны» are gherkins; Magnit «короткоплодные, тепличные», Перекрёсток «Ботаника "
           "фасованные» and «Хрустящие» left out because the skin type is not stated; pickled cucumbers excluded"),
        ("помидоры на салат кг", {
            "pyaterochka": [],
            "magnit": ["199891", "168851", "168841", "169381", "107681", "107631", "107621", "107611"],
            "dixy": [],
            "perekrestok": ["3673307", "4217380", "3676649", "4188460", "4327843", "4355823", "3017019"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink and on the vine; salted and marinated "
           "tomatoes, tomato juice, paste, ketchup and sun-dried tomatoes excluded; «на салат» is a purpose, «кг» a "
           "quantity"),
    ]),
    # fwi17 baby food for dad
    ("пюре тема индейка, пюре овощное брокколи, детская каша hipp", [
        ("пюре тема индейка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Тёма turkey puree -- none: Тёма offers are a chicken puree, porridges and a curd; turkey purees of "
           "ФрутоНяня excluded because the brand was written"),
        ("пюре овощное брокколи", {
            "pyaterochka": ["3354780"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-vegetable broccoli puree: ФрутоНяня «Пюре из капусты брокколи 80г»; mixed purees "
           "(брокколи-кабачки-цветная капуста, яблоко-брокколи, яблоко-груша-брокколи) and cream soups excluded"),
        ("детская каша hipp", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "HiPP baby porridge -- none; Nestle, Heinz, ФрутоНяня and Тёма porridges excluded because the brand was "
           "written"),
    ]),
    # fwi18 teeth and dishes
    ("паста зубная для десен, щетка зубная мягкая, фейри лимон большую бутылку, губки кухонные упаковка 10 штук", [
        ("паста зубная для десен", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste for gums -- none states gum care (Colgate Total, Sensodyne Total Care, Splat, Blend-a-med, "
           "Lacalut White&Repair, ROCS, President are whitening/general pastes)"),
        ("щетка зубная мягкая", {
            "pyaterochka": ["3411391"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "soft toothbrush: Пятёрочка «COLGATE З/щетка ШЕЛК.НИТИ С ДР.УГЛЕМ» (judgement from outside knowledge: the "
           "Colgate silk-bristle charcoal brush is soft); SPLAT «hard», SPLAT Blackwood and Colgate Зиг Заг "
           "(firmness not stated or medium) excluded"),
        ("фейри лимон большую бутылку", {
            "pyaterochka": ["3501026"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy lemon dish soap in a big bottle: FAIRY «СОЧНЫЙ ЛИМОН» 900 ml; Fairy lemon 450 ml (small), other "
           "Fairy scents, Platinum and AOS lemon excluded"),
        ("губки кухонные упаковка 10 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges -- none in the offers"),
    ]),
    # fwi19 tea and porridge
    ("каша манная быстрого приготовления, черный чай в пакетиках 100 пакетиков, сахар песок килограмм", [
        ("каша манная быстрого приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant semolina porridge -- none; Magnit «Каша манная УВЕЛКА, 700г» is a pack of semolina groats, not "
           "stated instant (judgement)"),
        ("черный чай в пакетиках 100 пакетиков", {
            "pyaterochka": ["3950803", "3635756", "4002510", "11200", "3620106", "3628990", "2070472", "3689577", "3662837", "3378336",
                           "3446638", "3378327", "3998702"],
            "magnit": ["199261", "159991"],
            "dixy": [],
            "perekrestok": [],
        }, "plain black tea in packs of 100 bags; judgement: Richard «Royal English Breakfast ... в пак 200гр» taken "
           "as 100x2 g and Принцесса Канди «цейлонский» as black tea; packs of 20/25 bags, loose tea, flavoured "
           "black teas (Earl Grey/бергамот, чабрец/розмарин, шиповник-яблоко, фруктовый, Spring Melody), green tea "
           "and iced-tea drinks excluded (judgement: «черный чай» = unflavoured)"),
        ("сахар песок килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated sugar 1 kg -- none: Magnit «Сахар белый прессованный 1кг» is lump sugar, Пятёрочка «Демерара» "
           "is cane sugar 500 g"),
    ]),
    # fwi20 cream soup
    ("сливки 10 процентов в кофе, суп-пюре грибной, хлеб для тостов мягкий, плавленый сыр в ванночке", [
        ("сливки 10 процентов в кофе", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "cream of exactly 10% (Молочный знак, Домик в деревне 950 г, Сарафаново children's); 11%, 20%, 33%, dry "
           "creamer and «Сопьо Крима» substitute excluded"),
        ("суп-пюре грибной", {
            "pyaterochka": ["3942568"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mushroom cream soup: DeliLabs «Суп-пюре с белыми грибами»; Vegeta «Суп грибной с вермишелью» (not a "
           "purée soup), pea soups and baby vegetable cream soups excluded"),
        ("хлеб для тостов мягкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread -- none; «Сыр пл.-тост», «Ветчина для тостов», other breads excluded"),
        ("плавленый сыр в ванночке", {
            "pyaterochka": ["3908603", "3908600", "3924969", "3677490", "3683694", "3467389"],
            "magnit": ["168121", "167821", "205961"],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese in a tub (judgement from outside knowledge on the packaging, no title says «ванночка»): "
           "Виола 200/400 г, Экомилк 400 г, Карат «Коралл»/«Янтарь» 230 г, Hochland «Сливочный» 220 г/400 г, "
           "President 400 г (сливочный and с ветчиной), Дикси «Дружба Карат 400 г»; Виола 130 г (portions), Valio "
           "and Galbani slices, Crème de Brie 125 г (pack unknown), Фетакса, творожный and cream cheeses excluded"),
    ]),
    # fwi21 coffee break
    ("кофе растворимый банка, шоколад аленка молочный, сгущенное молоко", [
        ("кофе растворимый банка", {
            "pyaterochka": ["3419749", "3684932", "3658915", "3396581"],
            "magnit": ["1000111108", "7c427665e1", "65d8c64e3e"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee whose title says glass jar («ст/б», «ст/бан»): Nescafe Gold Barista 85 г and Gold 190 г, "
           "Jacobs Crema, Черная карта Gold 190 г, Ambassador Platinum 190 г, Milagro, Fresco Doppio; instant "
           "coffees without a stated jar, 3-in-1/latte sachets, ground and bean coffee excluded (judgement: «банка» "
           "required)"),
        ("шоколад аленка молочный", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Алёнка milk chocolate bars (200 g and 15 g); Алёнка gift sets of sweets excluded"),
        ("сгущенное молоко", {
            "pyaterochka": ["3484257", "2123014"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk (Алексеевское cans and doy-pack); boiled condensed milk (Рогачев "
           "«вареное»/«Егорка»), sweets and cakes with сгущёнка excluded"),
    ]),
    # fwi22 laundry
    ("стиральный порошок для автомата подешевле, ленор кондиционер для белья 2 бутылки, отбеливатель для белья", [
        ("стиральный порошок для автомата подешевле", {
            "pyaterochka": ["3418106", "2155021", "2070686", "3023899", "2087255", "3149485", "2161508", "2161528", "3142962"],
            "magnit": ["1000286457", "262159b924", "50ee5ea8b5", "198901", "167921", "168231", "105941", "106541", "105891",
                      "105881", "111621"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powders for machines: titles saying «автомат»/«авт.» plus powders of machine lines whose title "
           "does not say so (Persil, Лоск, Tide Lenor, Биолан Color, Bimax, BioMio -- judgement: hand-wash powders "
           "are labelled «ручная стирка», none is here); gels, capsules, Pemolux/Comet cleaning powders excluded; "
           "«подешевле» is a wish"),
        ("ленор кондиционер для белья 2 бутылки", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["203041", "159881", "205131"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioners of any scent; Vernel, Е conditioners, Ariel «Touch of Lenor» and Tide Lenor "
           "powders excluded; «2 бутылки» is a quantity"),
        ("отбеливатель для белья", {
            "pyaterochka": [],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry bleach: Magnit «VANISH Oxi Advance Пятновыводит + отбеливатель»; Vanish Oxi Action spray (title "
           "says stain remover only), Domestos universal cleaners and toothpaste «отбел.» excluded"),
    ]),
    # fwi23 dried fruit for digestion
    ("курага мягкая, черносливчик без косточек, свеклу 2 штуки, простокваша в бутылке", [
        ("курага мягкая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots -- none; Velle «Курага» oat product and nut/fruit mixes excluded"),
        ("черносливчик без косточек", {
            "pyaterochka": ["3608001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pitted prunes: NaturFoods «Чернослив сушеный, без косточек»; cookies, pâté and yoghurt with prunes "
           "excluded"),
        ("свеклу 2 штуки", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot: Magnit «Свекла мытая, 1 уп. (1 кг)», Перекрёсток «Свекла мытая фасованная, 1кг»; beet "
           "salads and vegetable juice with beet excluded; «2 штуки» is a quantity"),
        ("простокваша в бутылке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bottled (drinkable) простокваша -- none: the only простокваша, Пятёрочка Коровка из Кореновки "
           "«Просток.термост.2,5% 350г», is a thermostatic spoonable one, not in a bottle (judgement: the written "
           "container excludes it); Простоквашино-brand products excluded"),
    ]),
    # fwi24 nursing supplies
    ("нутридринк шоколадный, антисептик для рук спрей, бумага туалетная влажная, крем от пролежней", [
        ("нутридринк шоколадный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nutridrink medical nutrition -- none in the offers"),
        ("антисептик для рук спрей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hand antiseptic spray -- none; Перекрёсток Home Story «Салфетки влажные антисептические» are wipes, not "
           "a spray"),
        ("бумага туалетная влажная", {
            "pyaterochka": ["3473455", "3473456"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wet toilet paper: ZEWA «Бумага PURE туал.влаж.» and «NATURAL CAMOMILE туал.влаж.»; dry toilet paper and "
           "wet wipes excluded"),
        ("крем от пролежней", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bedsore cream -- none in the offers"),
    ]),
    # fwi25 treats for the grandchildren
    ("йогурт детский растишка, глазированные сырки 3 шт, сок детский, пломбир в вафельном стаканчике внукам", [
        ("йогурт детский растишка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Растишка yoghurt -- none; Растишка offers are fruit purees; children's yoghurts of other brands excluded "
           "because the brand was written"),
        ("глазированные сырки 3 шт", {
            "pyaterochka": ["4015226", "3472523", "3378597", "3410456", "3601367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks (Б.Ю.Александров in milk/white chocolate, «Суфле» glazed, «Картошка» in milk "
           "chocolate); Свитлогорье «Сырок творожный» 120 г (not glazed), РАЭ glazed curd dessert in a waffle cone, "
           "Б.Ю.Александров «Десерт ЧИЗКЕЙК» and smoked sausages («сырокопчёные») excluded"),
        ("сок детский", {
            "pyaterochka": ["3634202", "3679184", "3684252", "3684254", "3679183", "3684253", "3637415", "3965623"],
            "magnit": ["159931", "ca4384782b", "666fe2f86c", "eef4bdbf61"],
            "dixy": [],
            "perekrestok": ["80181", "14125", "80142", "40350", "3965623"],
        }, "juice sold for children: ФрутоНяня pear and multifruit, Фруктовый сад «д/дет.пит.», Honey Kid, Добрый "
           "«мультифрут с 6 мес.», J7 orange «для детского питания» 0.3 l (Перекрёсток sells the same product id "
           "3965623 as «Сок J7 Апельсиновый с мякотью, 300мл» -- accepted there too), Nar pomegranate and Сады "
           "Придонья «для детского питания» (apple-cherry, tomato, green apple), Агуша juices; children's nectars "
           "(ФрутоНяня, Любимый, Добрый), juice drinks (Любимый «сокосодержащий», Агуша вода+сок) and purees "
           "excluded; Сады Придонья 125 ml packs at Magnit excluded as not stated for children"),
        ("пломбир в вафельном стаканчике внукам", {
            "pyaterochka": ["4009747"],
            "magnit": ["5e86759538", "bac7d8405e", "454d2f4e9d"],
            "dixy": [],
            "perekrestok": [],
        }, "plombir in a waffle cup: Свитлогорье, Славино vanilla and chocolate «в ваф/стак», 48 Копеек «стак "
           "пломбир 88г» (judgement from outside knowledge: the 48 Копеек cup is a waffle cup); cones («рожок»), "
           "eskimo, briquettes and tubs excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list starts with '=== fwiNN ===', its text follows
    verbatim and a blank line ends it; lines starting with '#' are header."""
    texts = {}
    cur = None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if cur is None and line.startswith("#"):
                continue
            m = re.match(r"^=== (fwi\d\d) ===$", line)
            if m:
                cur = m.group(1)
                texts[cur] = []
                continue
            if cur is not None:
                if line == "":
                    cur = None
                else:
                    texts[cur].append(line)
    return {k: "\n".join(v) for k, v in texts.items()}


def check_blind(lists):
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _items) in enumerate(lists, 1):
        rid = "fwi%02d" % n
        expected = blind.get(rid)
        for old, new in REPLACED.get(rid, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fwi"))
