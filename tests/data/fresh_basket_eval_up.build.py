#!/usr/bin/env python3
"""Re-create fresh_basket_eval_up.jsonl -- 25 shopping lists of a mother of one-year-old twins (baby food, diapers,
wipes, baby hygiene and quick food for the parents, often in bulk), hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_up.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_up.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none was needed in this set).  labelled_lists.build
then checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within
an item, every item has a note, the labels are exactly the list's items in order (an item is the text between
commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fup01, fup02, ...
in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_up.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_up.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was.
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fup01 diapers, wipes, apple puree, pelmeni for the parents
    ("подгузники pampers 4 размер 2 пачки\nвлажные салфетки детские 3 больших пачки\nпюрешки фрутоняня яблоко 6 баночек\nпельмешки себе на ужин", [
        ("подгузники pampers 4 размер 2 пачки", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers taped diapers size 4: «Актив Бейби Макси» 70 шт (Maxi = size 4, outside knowledge); other Pampers taped "
           "sizes (Newborn, mini, Midi/Премиум Кеа Миди = 3, Junior = 5, Extra Large = 6) excluded; Pampers pants «Трусики "
           "… Макси / 4 Maxi» excluded: «подгузники» are the taped kind, this writer says «трусики» / «подгузники-трусики» "
           "when she wants pants (fup03, fup07); Huggies/Merries size-4 diapers are another brand; «2 пачки» is a quantity; "
           "only Магнит sells diapers"),
        ("влажные салфетки детские 3 больших пачки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "d50c79a365", "36ac79cfc0", "bd449a17ff", "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes of any brand and count: Huggies Elite Soft 56, Pampers Kids hygiene 40, Pampers New Baby 50, "
           "Pampers Аква Пьюр 48, Каспер Детские 15 and 120 (с клапаном), Аура «Солнце и луна» с ромашкой 72 (Солнце и Луна "
           "is Коттон Клаб's baby line - outside knowledge); «3 больших пачки» is a quantity and a wish, not a filter; "
           "antibacterial/universal/intimate/surface wipes (LA FRESH, Аура антибактериальные, Академия комфорта, Салфети, "
           "Я самая, AURA д/поверхностей), wet toilet paper (MON RULON детская) and facial tissues excluded"),
        ("пюрешки фрутоняня яблоко 6 баночек", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree (100 g jar, 90 g without sugar, 250 g); mixes with apple excluded (яблоко-персик, "
           "яблоко-банан, ЯБЛ/ГРУШ/ПЕРСИК, груша-яблоко, яблоко-ежевика-печенье, яблоко-черника с печеньем, яблоко-малина/"
           "персик со сливками), as are ФрутоНяня apple juices and desserts; «6 баночек» is a quantity"),
        ("пельмешки себе на ужин", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596851", "2000596852",
                     "2000596853"],
            "perekrestok": [],
        }, "meat pelmeni of any brand and meat (beef/pork, chicken; incl. Горячая штучка Бульмени and Бигбули - Дикси's "
           "titles «Бульмени/Бигбули \"Горячая штучка\"» do not say пельмени, the same lines are titled «Пельмени …» in "
           "Пятёрочка and Магнит); «себе на ужин» is a purpose; "
           "Четверг fish pelmeni from cod with spinach (a specialty a shopper asking for «пельмешки» would not expect), "
           "хинкали, Bibigo dumplings, gyoza, ravioli and vareniki excluded"),
    ]),
    # fup02
    ("кашка нестле гречневая молочная с 6 мес, смесь nan 3 две банки, печенье детское хайнц, кофе растворимый якобс побольше банку", [
        ("кашка нестле гречневая молочная с 6 мес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain Nestlé milk buckwheat porridge on sale: Дикси's Nestlé buckwheat porridges are «с курагой, молочная» (an "
           "added fruit the user did not write - a variety was named, so the fruit variant is another product) and "
           "«безмолочная» (dairy-free, against «молочная»); Nestlé oat porridge and other brands' buckwheat porridges "
           "(Агуша, ФрутоНяня, ФЛЁР АЛЬПИН) excluded"),
        ("смесь nan 3 две банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no infant formula (NAN or any other) in any chain; vegetable/nut/spice «смесь» titles are other products"),
        ("печенье детское хайнц", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz «Детское печеньице» 160 g (Пятёрочка's long product title); Heinz porridge/purees/ketchups and other brands' "
           "children's cookies (ФрутоНяня, Gipopo) excluded"),
        ("кофе растворимый якобс побольше банку", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "c862a4391a", "d377483cd5", "88df1b0c73", "01f9dd25ee", "9e6093cedf",
                       "405965a7e8", "7ed9173039"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of any size and line: Monarch растворимый/сублимированный 95-190 g, Голд, Монарх Интенс 95 "
           "and 150 g (the 95 g title does not say instant - taken as instant, as in set g), Милликано (instant with ground "
           "coffee, titled растворимый); «побольше банку» is a wish; Jacobs ground and bean coffee, Jacobs 3в1/4в1 drinks "
           "excluded; Дикси «Monarch Miligrano» excluded: the title does not name Jacobs (the brand was renamed Monarch - "
           "outside knowledge - but the written brand is not on the title); Перекрёсток has only ground Monarch"),
    ]),
    # fup03
    ("трусики хагис 5 размер, пюре тёма говядина 4 баночки, салфетки влажные без запаха мегапак", [
        ("трусики хагис 5 размер", {
            "pyaterochka": [],
            "magnit": ["a78e2bc769", "e9c1afcca2", "78d734dc89", "2c12ecfe75", "95a79e7ff1", "a70e7765ba"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies pants size 5: Elite Soft 5 (12-17 kg, 34 and 17 шт), Disney Джуниор 5 for girls and for boys (13-17 kg, 96 "
           "шт), Литтл Уолкерс 13-17 kg for girls and for boys (no size number in the title; 13-17 kg is the size-5 band of the "
           "Disney «Джуниор 5» titles - outside knowledge); the twins' sex is not written, so girls' and boys' packs are both "
           "accepted; Huggies size 3/4/6 pants, 9-14 kg Литтл Уолкерс (size 4), taped Huggies diapers (Ультракомфорт 12-22 "
           "kg) and other brands' pants excluded"),
        ("пюре тёма говядина 4 баночки", {
            "pyaterochka": ["3157361"],
            "magnit": [],
            "dixy": ["DI00081318"],
            "perekrestok": ["4212876"],
        }, "Тёма plain beef puree (100 g / 90 g «из говядины»); Тёма beef with liver/heart/tongue, beef-buckwheat, beef with "
           "courgette and rice, chicken-beef, veal (телятина - another variety), and other brands' beef purees (Агуша, "
           "ФрутоНяня, Gerber) excluded; «4 баночки» is a quantity"),
        ("салфетки влажные без запаха мегапак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "missing: «мегапак» names a multi-pack of wipes and no wipes on sale are a multi-pack (the largest single packs have "
           "120 sheets), and no wipes title says «без запаха» (LA FRESH green tea and Аура ромашка are scented; Pampers Аква "
           "Пьюр and Huggies Elite Soft do not state it)"),
    ]),
    # fup04
    ("творожок агуша 6 штук\nкефир агуша детский 4 штучки\nбананы полкило на пюре\nсушки детские маленькие", [
        ("творожок агуша 6 штук", {
            "pyaterochka": [],
            "magnit": ["1000177278", "1000109125", "1051242603", "1812432013", "1812432015", "1812432014", "1000564007",
                       "8000049983"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "every Агуша children's творог (product word + brand = every variant of the brand's product): Классический, Злаки, "
           "fruit (груша, черника, яблоко-банан, клубника, малина-черника, персик), Засыпай-ка клубника-банан-мелисса, "
           "Малиновый пломбир; Агуша yoghurts, ряженка, porridges and other brands' curds (Тёма, ФрутоНяня, Мама Лама, "
           "Растишка) excluded; «6 штук» is a quantity"),
        ("кефир агуша детский 4 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["18510"],
        }, "Агуша «Кефир детский Первая ложка 3.2%»; Агуша ряженка, yoghurts, biolact (Тёма) and adult kefirs excluded; «4 "
           "штучки» is a quantity"),
        ("бананы полкило на пюре", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh dessert bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные» - a red dessert "
           "variety); «полкило» is a quantity, «на пюре» a purpose; plantains «Бананы для жарки», dried/вяленые bananas and "
           "banana-flavoured goods excluded"),
        ("сушки детские маленькие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "small plain sushki: Зелёная Линия «Ладожский малышок без сахара» (малышок = the small sushka size, named for "
           "children); Магнит «Сушки-мини Невская сушка, маковые» excluded (poppy-seed variety, not plain), Nina Farina "
           "garlic tarallini and баранки excluded"),
    ]),
    # fup05
    ("смесь нутрилон 3, водичка детская 5л 2 бутылки, пюре гербер груша", [
        ("смесь нутрилон 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no infant formula (Nutrilon or any other) in any chain"),
        ("водичка детская 5л 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l bottles (the size names the pack): ФрутоНяня «с рождения», Аквалайн «Для ляль» "
           "for baby food, Черноголовка Бэйби, Кидси Детская; 0.33/1.5/2.5 l children's water and ordinary 5 l water "
           "excluded; «2 бутылки» is a quantity"),
        ("пюре гербер груша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Gerber pear puree: the Gerber purees on sale are cauliflower, broccoli, pumpkin, cauliflower-potato and meat "
           "dishes; ФрутоНяня pear purees are another brand"),
    ]),
    # fup06
    ("пиццу замороженную 2 шт, лапша роллтон пару пачек, энергетик адреналин раш 2 банки, сок агуша яблочный 200мл 6 штук", [
        ("пиццу замороженную 2 шт", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "frozen pizza: Dr.Oetker Ristorante, Ла Траттория 4 сыра / Пепперони, Цезарь с ветчиной и грибами, Zotman Ice "
           "Груша-горгонзола (titles do not say frozen; all are frozen-pizza lines - outside knowledge, Цезарь as in set d); "
           "«Чебупицца» (a pizza-flavoured snack, not a pizza), Перекрёсток «Пицца Римская … Маркет Collection» (not stated "
           "frozen; the own-label Roman pizza may be chilled) and mozzarella «для пиццы» excluded"),
        ("лапша роллтон пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3947754"],
        }, "Роллтон instant noodles: «Вермишель Роллтон По-домашнему с говядиной, 85г» (Роллтон's instant vermicelli - what "
           "«лапша роллтон» means); Роллтон dry pasta (рожки/ракушки/спирали с оливковым маслом), mashed potato and bouillon, "
           "and Доширак/BigBon noodles excluded"),
        ("энергетик адреналин раш 2 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline Rush energy drink; only the sugar-free variant is on sale (Перекрёсток «Adrenaline Rush без сахара», "
           "Дикси «Adrenaline без сахара 0,449 л» - the same 449 ml Adrenaline Rush Zero, outside knowledge); sugar-free is a "
           "variant of the brand's product, not another product; Burn, Red Bull, Volt, Gorilla, Tornado etc. excluded"),
        ("сок агуша яблочный 200мл 6 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша juice on sale: Дикси's Агуша drinks are «Напиток сокосодержащий» (яблоко-виноград, «Вода и сок» "
           "яблоко-вишня) and Пятёрочка's are компот and морс - not juice; ФрутоНяня apple juices are another brand"),
    ]),
    # fup07
    ("подгузники-трусики merries L, влажная туалетная бумага для попы, крем под подгузник бепантен", [
        ("подгузники-трусики merries L", {
            "pyaterochka": [],
            "magnit": ["f00026b202", "fbddb11926"],
            "dixy": [],
            "perekrestok": [],
        }, "Merries pants size L (9-14 kg): «Подгузники-трусики МЕРРИЕС (9-14 кг)» (no letter in the title; 9-14 kg is "
           "Merries' L band - outside knowledge) and «Трусики МЕРРИС Гуд Скин L»; Merries M (6-10/6-11 kg), XL, XXL, "
           "ВОЛКЕР 12-22 kg pants and taped Merries diapers (incl. 9-14 kg) excluded; other brands excluded"),
        ("влажная туалетная бумага для попы", {
            "pyaterochka": [],
            "magnit": ["e4659f9fd5", "1e5db18107", "3e2500204e"],
            "dixy": [],
            "perekrestok": [],
        }, "moist toilet paper: KLEENEX Классик Клин 42, MON RULON детская 50, МОН РУЛОН влажная 80 листов; «для попы» is a "
           "purpose; dry toilet paper and wet wipes excluded"),
        ("крем под подгузник бепантен", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Bepanthen (or any diaper cream) in any chain; Пятёрочка «Крем Пантенол Evo» is another brand and not a diaper "
           "cream"),
    ]),
    # fup08
    ("каша малютка рисовая безмолочная, пюре бабушкино лукошко индейка, сок фрутоняня яблоко-груша, йогурт детский агуша", [
        ("каша малютка рисовая безмолочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Малютка products on sale (Перекрёсток «Макароны … Рожок Малютка» is pasta - trap); other brands' rice "
           "porridges are milk porridges or another brand"),
        ("пюре бабушкино лукошко индейка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Бабушкино лукошко products on sale (Дикси «Кекс … Ягодное лукошко» is a cake - trap); Тёма/Агуша turkey "
           "purees are other brands"),
        ("сок фрутоняня яблоко-груша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ФрутоНяня apple-pear juice: the ФрутоНяня juices on sale are pear, apple, яблоко-виноград, яблоко-вишня, "
           "яблоко-персик; the Дикси «Пюре … Груша-яблоко» is a puree"),
        ("йогурт детский агуша", {
            "pyaterochka": ["56595", "21842"],
            "magnit": ["1000461609"],
            "dixy": [],
            "perekrestok": ["4159721", "4159716"],
        }, "every Агуша yoghurt (a children's brand, so «детский» holds): яблоко-груша, клубника-банан, клубника-земляника, "
           "черника-брусника-клюква; Агуша творог, кефир, ряженка, коктейль and other brands' children's yoghurts (Тёма "
           "биойогурт, Растишка, ФрутоНяня) excluded"),
    ]),
    # fup09
    ("порошок ушастый нянь 4.5 кг, кондиционер для белья детский, гель для купания детский", [
        ("порошок ушастый нянь 4.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Ушастый нянь products in any chain; other children's powders (Tide детский, Заводъ Братьевъ "
           "Крестовниковыхъ детский) are another brand"),
        ("кондиционер для белья детский", {
            "pyaterochka": [],
            "magnit": ["8f532dee73", "6527bb5d39", "fc6438872a"],
            "dixy": [],
            "perekrestok": [],
        }, "children's fabric softener: Vernel Детский, Заводъ Братьевъ Крестовниковыхъ детский с ромашкой, Синергетик "
           "детский; ordinary softeners (Lenor, Vernel other scents, Synergetic, Qualita, Магнит), children's laundry gels "
           "and powders, hair conditioners excluded"),
        ("гель для купания детский", {
            "pyaterochka": [],
            "magnit": ["5d45c18d24", "d0f518667c", "c7a93cc890", "d646185ae2", "c4881f5765", "5b34832689"],
            "dixy": ["2000605353"],
            "perekrestok": ["4193876"],
        }, "children's body-wash gels: КРЯ КРЯ «Гель для купания детский 0+», ГОНКИ «Гель для душа детский 1+», FA "
           "Детский (Русалочка, Храбрый пират), БЕБЛ «Шампунь-гель для душа детский», БЕББЛ «Шампунь для волос и тела с "
           "рождения» (a baby hair-and-body wash), Wonder Lab «Экогель 2в1 для волос и "
           "тела для детей», Дикси Baby Boom «Ср-во для купания дет.» (a children's bath wash; the title does not give its "
           "form - taken as the same product); a children's shower gel is the same product as a bathing gel; children's "
           "liquid soap, shampoo-only products, adult shower gels and children's laundry gels excluded"),
    ]),
    # fup10
    ("пельмени сибирская коллекция пару пачек, сметанка 20 процентов к пельмешкам, батон нарезной свеженький, сыр нарезка подешевле", [
        ("пельмени сибирская коллекция пару пачек", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "every Сибирская коллекция pelmeni (Новосибирские, фирменные, с мраморной говядиной, Сочные со сливочным маслом); "
           "other brands' pelmeni excluded; «пару пачек» is a quantity"),
        ("сметанка 20 процентов к пельмешкам", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405",
                       "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355", "4229625",
                            "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20 % fat, any brand and pack; 10/15/25/30 % sour cream, the Пятёрочка garlic «пикантная» "
           "15 %, sour-cream mayonnaise (Ряба «сметанный»), sour-cream-flavoured chips/croutons and cheese «Сметанковый» "
           "excluded; «к пельмешкам» is a purpose"),
        ("батон нарезной свеженький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the «Нарезной» batón (Коломенское Нарезной, Пр!ст Нарезной классический, Маркет Нарезной 190 g, Маркет Нарезной "
           "улучшенный) - the variety, as in sets real/g; other batóns (Отрубной нарезка, Хлебный дом Утренний, к завтраку, "
           "Молочный, Новый, Горчичный, Зерновой, plain «Батон, 300г») are other varieties even when sliced; «свеженький» "
           "is a wish"),
        ("сыр нарезка подешевле", {
            "pyaterochka": ["3388814"],
            "magnit": ["8000046709", "1000500635", "be2dd7f6c8", "1b8b3c9113", "9408329d97", "1000278400", "ca5cdad8ff",
                       "8000046707", "8000076647", "1000318957", "1000452314", "8000072121", "31ddd058b1"],
            "dixy": ["2000365650"],
            "perekrestok": ["4353317", "4003953", "3500347", "4274229", "3501004"],
        }, "sliced real cheese (нарезка/слайсы/ломтики) of any kind, without added flavourings: Брест-Литовск классический "
           "and Российский, Landkaas Маасдам, Valio Бутербродный and Олтермани, Радость вкуса Лёгкий/Рыжий Чеддер/Топлёное "
           "молочко (a cheese variety, not a flavouring), Сваля Тильзитер, Село Зелёное Гауда, Тысяча озёр Лёгкий, Natura "
           "Сливочный, Маркет Гауда/Маасдам/Тильзитер/Чеддер; President «Мастер бутерброда, сливочный» accepted as sliced "
           "(its title does not say нарезка; the line is sold as slices - outside knowledge); Oldenburger with walnuts, "
           "with tomato-basil (incl. the protein slices) and with olives-tomatoes (flavoured), processed Hochland Гриль "
           "Чиз slices, block cheese and «Бутербродов Халуми» (a brand word) excluded; «подешевле» is a wish"),
    ]),
    # fup11
    ("вареники с картошкой 2 пачки про запас, блинчики с мясом замороженные на завтрак, кофе 3в1 пакетики штук 20", [
        ("вареники с картошкой 2 пачки про запас", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "vareniki with potato: Цезарь «с картофелем и жареным лучком» (onion is the usual part of a potato filling); "
           "potato-and-mushroom (Первым делом, Сытый папа с картофелем, луком и грибами) and potato-and-spinach (Цезарь) "
           "fillings are other varieties; cherry and cheese-spinach vareniki excluded; «2 пачки про запас» is a quantity"),
        ("блинчики с мясом замороженные на завтрак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen pancakes with meat: Пятёрочка Останкино «Блинчики с печенью» (liver filling), Магнит «Блинчики/Блины с "
           "ветчиной и сыром (СП ГМ)» (ham-and-cheese, own kitchen, not frozen), sweet and curd pancakes and pancake flour "
           "excluded"),
        ("кофе 3в1 пакетики штук 20", {
            "pyaterochka": [],
            "magnit": ["03b9d053de", "4be2b27047", "50c83bd3a0", "746de8284b", "755c5490b7", "7b7ccd7e8a", "a2274b9d99",
                       "d340d565fe", "e67fe7ef5f"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 coffee drinks in sachets, single or boxed (MacCoffee, Nescafé Классический/Крепкий/Мягкий сливочный/Strong "
           "20 пакетиков, Maxwell House, Jacobs Классик, Жокей Мягкий 10х12 г, Московская кофейня на паяхъ 20 пакетиков); "
           "«штук 20» is the number of sachets wanted, a quantity; Jacobs 4в1 Карамель, MacCoffee Капучино ди Торино, "
           "Пятёрочка «Кофейный напиток Nescafe Classic 7х18 г» (not said to be 3в1) and instant coffee excluded"),
    ]),
    # fup12
    ("пюре тема кролик с 6 мес 6 шт, пюре овощное кабачок, кашка хайнц овсяная, морковка на суп малышам", [
        ("пюре тема кролик с 6 мес 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Тёма rabbit puree: Пятёрочка «ТЕМА Консер.ЦЫПЛЕНОК С КРОЛИКОМ» is a chicken-rabbit mix (another variety) and "
           "«Пюре мясное Агуша, кролик» is another brand"),
        ("пюре овощное кабачок", {
            "pyaterochka": [],
            "magnit": ["2d48cdb5c0"],
            "dixy": ["2000260419"],
            "perekrestok": [],
        }, "single-vegetable courgette baby puree (ФрутоНяня Кабачок); mixed purees with courgette (Сады Придонья "
           "морковь-тыква-кабачок, цветная капуста-кабачок-картофель, Тёма chicken with courgette, ФрутоНяня soup-puree), "
           "frozen courgettes and кабачковая икра excluded"),
        ("кашка хайнц овсяная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Heinz oat porridge: the only Heinz porridge is Пятёрочка «HEINZ Каша 5 злаков» (another variety)"),
        ("морковка на суп малышам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh raw carrots of any pack (loose, washed 200 g-1 kg, «для сока» 1 kg, mini 250 g, on a tray 600 g); «на суп "
           "малышам» is a purpose; cooked peeled carrots (Дмитровские Овощи «варёная»), Korean carrot salads, carrot mixes, "
           "baby carrot purees and carrot juices excluded"),
    ]),
    # fup13
    ("салфетки влажные huggies 4 пачки, подгузники либеро 4, ватные палочки с ограничителем для малышей", [
        ("салфетки влажные huggies 4 пачки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies wet wipes (Elite Soft детские 56 шт); Pampers/Каспер/Аура wipes are other brands; «4 пачки» is a "
           "quantity"),
        ("подгузники либеро 4", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Libero diapers in any chain (Магнит's diapers are Pampers, Huggies, Merries, NANI)"),
        ("ватные палочки с ограничителем для малышей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cotton buds with a stopper: Магнит's «Я САМАЯ» cotton buds (300 шт, and 200 шт «д/макияжа») are ordinary "
           "buds; corn/crab/cheese «палочки» are traps"),
    ]),
    # fup14
    ("молоко агуша детское 3.2%, творог детский, печенье мария детям грызть, яблочки зеленые кило", [
        ("молоко агуша детское 3.2%", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000172272"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша children's milk 3.2 % (500 g/ml and 925 ml); Агуша 2.5 % milk, Тёма and Зелёная Линия children's milk "
           "(another brand), Агуша коктейль/кефир/ряженка excluded"),
        ("творог детский", {
            "pyaterochka": [],
            "magnit": ["1051242603", "1000500397"],
            "dixy": [],
            "perekrestok": ["4050943"],
        }, "plain children's cottage cheese: Агуша «Творог детский Классический 4.5%», Тёма «Биотворог для малышей 4.5%», "
           "Зелёная Линия «Биотворог детский с 6 месяцев 5%»; fruit, cereal and dessert children's curds (Агуша fruit/злаки/"
           "пломбир, Тёма fruit, ФрутоНяня, Мама Лама, Растишка, Зелёная Линия с абрикосом/грушей/…) excluded - a plain "
           "product was named; adult cottage cheese excluded"),
        ("печенье мария детям грызть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Мария» biscuits in any chain («Санта Мария» pears and pepper, «Мариинский» bread are traps); other biscuits "
           "are other products"),
        ("яблочки зеленые кило", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4047567", "4194478", "4152180", "3171926"],
        }, "fresh green apples: Гренни Смит, «Яблоки зелёные/зеленые» (loose and packed 1-1.5 kg) and Симиренко (a green "
           "variety - outside knowledge); red, yellow (Голден/Гольден) and mixed-colour varieties, Муцу (yellow-green, not "
           "said green), Богатырь, Зелёная Линия «Яблоки Органика» (Зелёная Линия is a brand, not a colour), «Яблоки "
           "фасованные»/«свежие»/«Садовые»/«Кубанские» of unstated colour, apple juice/puree/chips excluded; «кило» is a "
           "quantity"),
    ]),
    # fup15
    ("наггетсы куриные замороженные большую пачку, картошку фри замороженную для духовки, кетчупчик хайнц к наггетсам, колу 2л пару бутылок мужу", [
        ("наггетсы куриные замороженные большую пачку", {
            "pyaterochka": [],
            "magnit": ["a36ebb7d8a", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets: Золотой Петушок традиционные 300 g (a chicken brand) and Мираторг «НАГГЕТСЫ КУРИНЫЕ Хрустящие» "
           "300 g; both are frozen products though the titles do not say so (outside knowledge); Индилайт turkey nuggets "
           "(another meat) and Золотой Петушок «Стрипсы» (not nuggets) excluded; «большую пачку» is a wish"),
        ("картошку фри замороженную для духовки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000553851"],
            "perekrestok": ["3489169", "4326042"],
        }, "frozen French fries: И зимой и летом «Картофель фри» 700 g, Маркет «Картофель фри дольки быстрозамороженные» and "
           "«Картофель Фри замороженный»; «для духовки» is a purpose; Перекрёсток Пр!ст «Картофель резаный "
           "быстрозамороженный» (the title does not say fries - could be another cut) and Магнит «Картофель АЙДАХО (СП ГМ)» "
           "(a ready dish) excluded"),
        ("кетчупчик хайнц к наггетсам", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157803", "4157356", "4274972", "4157697", "4225365",
                            "4274971", "4157703", "4116848", "4157704", "4154517", "4157702", "4116830", "4274973"],
        }, "every Heinz ketchup (product + brand = all variants: томатный, острый, суперострый, итальянский, гриль и шашлык, "
           "с чесноком, укроп-петрушка; all sizes), incl. Перекрёсток «Кетчуп Heinz Pikador …» whose titles name Heinz; Дикси "
           "«Pikador» ketchups excluded (no Heinz in the title, as in set vy); Heinz sauces, mayonnaise and peas, other "
           "brands' ketchups excluded; «к наггетсам» is a purpose"),
        ("колу 2л пару бутылок мужу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cola in 2 l bottles (the size names the pack): the colas on sale are 0.33-1.5 l (Coca-Cola 0.33, Добрый 1/1.5 "
           "l, Добрый без сахара 0.33-1.5 l, Черноголовка 0.5, Funky Monkey 0.5, Pepsi Dark Vanilla 0.5)"),
    ]),
    # fup16
    ("фрутоняня чернослив пюре, водичка фрутоняня 1.5 л, шампунь детский без слез для двойняшек", [
        ("фрутоняня чернослив пюре", {
            "pyaterochka": ["3397877"],
            "magnit": ["29cd741560"],
            "dixy": ["2000160149"],
            "perekrestok": [],
        }, "ФрутоНяня prune puree (100 g); other ФрутоНяня purees and other brands excluded"),
        ("водичка фрутоняня 1.5 л", {
            "pyaterochka": [],
            "magnit": ["162ec6aa1d"],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня children's water 1.5 l (the size names the pack); the ФрутоНяня 5 l bottle and other brands' "
           "children's water excluded"),
        ("шампунь детский без слез для двойняшек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "missing: «без слёз» (tear-free) is a property the user asked for and no children's shampoo title states it - "
           "ГОНКИ «Шампунь детский 2 в 1», Дикси «ШАМПУНЬ BABY BOOM ДЕТ. С ЭКСТР. РОМАШКИ», БЕБЛ «Шампунь-гель для душа "
           "детский Клубника», БЕББЛ «Шампунь для волос и тела с рождения», Wonder Lab «Экогель 2в1 … для детей» do not say it; adult shampoos excluded"),
    ]),
    # fup17
    ("памперс премиум кеа 3 размер 2 упаковки, присыпка детская от опрелостей, пеленки одноразовые 60х90 упаковку", [
        ("памперс премиум кеа 3 размер 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["e22730169f"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers Premium Care taped diapers size 3: «Премиум Кеа, Миди (5-9кг)» (Midi = size 3, outside knowledge); "
           "Premium Care mini/newborn, other Pampers lines (Актив Бэби, Миди Джамбо) and Premium Care pants «Трусики "
           "PAMPERS Премиум Кеа Миди» excluded (the writer says «трусики» when she wants pants; «памперс» is her word for "
           "diapers); «2 упаковки» is a quantity"),
        ("присыпка детская от опрелостей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baby powder (присыпка/тальк) in any chain"),
        ("пеленки одноразовые 60х90 упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable underpads (пелёнки) in any chain"),
    ]),
    # fup18
    ("детское печенье с 6 месяцев\nкукурузные палочки без сахара малышам\nпюре яблоко банан 10 шт\nкофе молотый для турки пачку", [
        ("детское печенье с 6 месяцев", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's biscuits suitable from 6 months: Heinz «Детское печеньице» (a dissolving infant biscuit labelled from 6 "
           "months - outside knowledge; the title says «для детей раннего возраста»); ФрутоНяня «Печенье Овсяное» 50/120 g "
           "and Gipopo «Печенье Банан-ваниль» excluded (no age in the title; these cookies are for older children), purees "
           "«с печеньем» and biscuits for adults excluded"),
        ("кукурузные палочки без сахара малышам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unsweetened corn sticks: Кузя Лакомкин is «в сахарной пудре», Скрепыши «Вареная сгущенка», Праздник сластены "
           "(a sweet brand, not said unsweetened), Cheetos ketchup-flavoured; corn flakes excluded"),
        ("пюре яблоко банан 10 шт", {
            "pyaterochka": [],
            "magnit": ["3394b35992"],
            "dixy": [],
            "perekrestok": [],
        }, "apple-banana puree: ФрутоНяня «Яблоко-банан» 100 g; purees with more fruits (Gipopo яблоко-груша-банан, Агуша "
           "яблоко-банан-клубника-киви and яблоко-груша-банан-манго, Зелёная Линия яблоко-банан-клубника-ананас, Nutrino "
           "Lab), single banana puree and the apple-banana fruit bar excluded; «10 шт» is a quantity"),
        ("кофе молотый для турки пачку", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["0fe86f8472", "222418c5e4", "2700f5e3b1", "3bb33c0c9e", "4522417a72", "46bb6aa6cb", "7046b50e4e",
                       "76b0197955", "79b9a44edb", "7d84ba5b6e", "80d20f5714", "8269b24f19", "8d3366ce51", "97373908ef",
                       "a2b0f72440", "a46592e215", "a6281deb0c", "ab6f2df0cf", "be3079e158", "bf33a13d25", "f083873ce2",
                       "f32af3a996"],
            "dixy": ["10E0076694", "2000054819", "2000056820", "2000183725", "2000186346", "2000193927", "2000228092",
                     "2000235411", "2000263796", "2000267720", "2000277619", "2000303593", "2000362026", "2000546071",
                     "2000552471", "2000557192", "2000557193", "2000568376", "2000574432", "2000582491", "2000604152",
                     "2000605231"],
            "perekrestok": ["2147872", "29278", "3171130", "3395339", "3395340", "3606929", "3612036", "3644175", "3689956",
                            "3965705", "4058107", "4108341", "4122814", "4129183", "4150051", "4166073", "4166074", "4253960",
                            "4261910", "4261911", "4261915", "4262483", "4291307", "4295649", "4315506", "4320251", "4320252",
                            "4325139", "4340948", "4342549", "4345201", "4345202", "4347224", "4351047", "6944", "72110",
                            "72112"],
        }, "unflavoured ground coffee in packs, any brand and size; «для турки» is a purpose (any ground coffee can be "
           "brewed in a cezve) and «пачку» a quantity; Магнит «Кофе ЖОКЕЙ, По-восточному, Арабика» accepted as ground (the "
           "same product is titled «молотый» in Дикси and Перекрёсток); instant coffee with ground coffee (Nescafé Gold "
           "«с молотым», Nescafe Classic «с добавлением молотого», Jacobs Милликано, Московская кофейня «с растворимым», "
           "Monarch Miligrano), capsules (Jardin, Tassimo, L'OR Эспрессо 52 g - capsule packs, outside knowledge), drip and "
           "filter bags (Coffesso 5 пакетиков / 5х9 г and Дикси Coffesso 45 g, Verle 66 g and фильтр-пакеты, Маркет "
           "Collection дрип-пакеты), flavoured coffee (Jardin Синнамон Кейк, Жокей Ирландские сливки), beans and «Пётр "
           "Великий Императорский помол» (not said to be ground) excluded"),
    ]),
    # fup19
    ("доширак говядина 4 шт, сосиски молочные полкило, макароны рожки на гарнир, горошек консервированный баночку", [
        ("доширак говядина 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак noodles with beef flavour: Перекрёсток «Доширак Чан рамен … с острой говядиной» (a beef variant of the "
           "brand; spiciness not excluded by the text); Пятёрочка «Доширак, чан рамен, корейская» (not beef), Доширак mashed "
           "potato, BigBon beef noodles (another brand) and Роллтон excluded; «4 шт» is a quantity"),
        ("сосиски молочные полкило", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, "«Молочные» sausages of any brand, meat and pack (incl. Индилайт «Молочные из индейки»); «полкило» is a quantity; "
           "Вязанка «Молокуши» (trap, as in set g), Окраина «с натуральным молоком» (not the Молочные variety), "
           "children's sausages and other varieties excluded"),
        ("макароны рожки на гарнир", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4273871", "4328907", "4340660", "82772"],
        }, "dry pasta in the рожки (horn) shape, any size and pack: рожки, рожок, рожки большие, рожок крупный, витой рожок, "
           "рожок-полубублик, Моя цена 3 kg, Роллтон «Рожки с оливковым маслом» (dry pasta made with olive oil); Бакалейщики "
           "«Рожок Малютка с томатами и шпинатом» (coloured, flavoured pasta), other shapes and ice-cream «рожок» excluded"),
        ("горошек консервированный баночку", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf", "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884", "2000313797",
                     "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744", "3360308", "3447858",
                            "3483842", "3504837", "3628006", "3635251", "3951175", "4004677", "4011800", "4059535", "4188483",
                            "4192227", "4206921", "4211849", "4273266", "4274246", "4283761", "4380317", "77114"],
        }, "canned green peas of any brand and tin/jar size (incl. the 4.15 kg Бояринъ tin and «без сахара» packs); frozen "
           "peas (4 Сезона, Маркет быстрозамороженный, «Горошек зеленый замороженный»), fresh «Горошек сладкий», pea "
           "microgreens, peas with carrots (Bonduelle Expert) and pepper «горошек» excluded"),
    ]),
    # fup20
    ("смесь малютка 3 с 12 мес, каша молочная овсяная с 5 мес, сок агуша 6 коробочек", [
        ("смесь малютка 3 с 12 мес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no infant formula (Малютка or any other) in any chain"),
        ("каша молочная овсяная с 5 мес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3370566"],
        }, "plain milk oat porridge for babies: Перекрёсток «Каша молочная Агуша Овсянка сухая 12%, 200г» (no age in the "
           "title; Агуша's dry milk oat porridge is labelled from 5 months - outside knowledge); oat porridges with fruit "
           "(Агуша Вставай-ка с малиной and Овсянка-Малина, ФрутоНяня с бананом, Nestlé с грушей и бананом, Сады Придонья, "
           "Gipopo), dairy-free HiPP, Зелёная Линия «сухая быстрорастворимая с 6 месяцев» (not said to be milk) and adult "
           "instant oat porridges excluded"),
        ("сок агуша 6 коробочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша juice on sale: the Агуша drinks are «Напиток сокосодержащий» / «Вода и сок», компот and морс - not "
           "juice"),
    ]),
    # fup21
    ("жокей молотый кофе, шоколадку аленка себе, сырки глазированные штук 5, йогурт питьевой клубничный 2 бутылочки", [
        ("жокей молотый кофе", {
            "pyaterochka": [],
            "magnit": ["80d20f5714", "3bb33c0c9e", "7d84ba5b6e"],
            "dixy": ["10E0076694"],
            "perekrestok": ["29278"],
        }, "Жокей ground coffee: Италиано, Традиционный, По-восточному (Магнит's «По-восточному, Арабика» title does not say "
           "ground; the same product is «молотый» in Дикси and Перекрёсток); Жокей Триумф instant, Арабика beans, 3в1 drink "
           "and Дикси «Жокей Ирландские сливки, ароматизированный» (flavoured, not said to be ground) excluded"),
        ("шоколадку аленка себе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393", "2000227851", "2000266303"],
            "perekrestok": [],
        }, "Алёнка chocolate bars (Красный Октябрь Алёнка молочный 100/200 g, «Аленка» Много молока 90 g; titles spelled with "
           "ё and е); Магнит «Конфеты АЛЕНКА, Крем-брюле» (sweets, not a bar) excluded"),
        ("сырки глазированные штук 5", {
            "pyaterochka": ["4061730", "f17a948634"],
            "magnit": ["1000059925", "1000059932", "1000077349", "1000117018", "1000122409", "1000138236", "1000149410",
                       "1000149411", "1000167329", "1000167330", "1000172948", "1000186648", "1000186649", "1000238205",
                       "1000238206", "1000274202", "1000286637", "1000286638", "1000305762", "1000351466", "1000359364",
                       "1000359365", "1000518913", "1000580174", "1000580175", "1000581120", "1899801136", "8000061566",
                       "8000061673", "8000070532", "8000078945", "1432ba3e24", "2a66b2b012", "2a844a0718", "42cd196db0",
                       "61ab02df21", "a436bb1f2b", "b3f3665e14", "d7df85a8e4"],
            "dixy": ["2000179854", "2000597331", "2000597332"],
            "perekrestok": ["3041670", "4208433", "4227636", "4227649", "20615", "3427052", "3454107", "3463779", "3666241",
                            "3666242", "4227614", "4227635"],
        }, "glazed curd snacks of any brand and flavour (the flavours are the product's varieties): titles «сырок/сырки … "
           "глазированный» (incl. the Магнит typo «глзированный» and Пятёрочка's «СВИТЛОГОР.Сырок твор.гл.» - гл. = "
           "глазированный), «в молочном/тёмном шоколаде», «в белой/карамельной/молочной "
           "кондитерской глазури», multipacks, the Моя цена «с ЗМЖ» сырок, and Ростагроэкспорт «Десерт творожный "
           "глазированный» 60 g (a glazed curd bar under another name); Чудо «Десерт три шоколада» / «Десерт вишневое пирожное», "
           "Сыркофф, Коровка из Кореновки «Сырок … ваниль 50 г», Свитлогорье «Три кота» 180 г (glaze not stated), "
           "Свитлогорье «Творожные палочки в карамельной глазури» (sticks, not сырки), unglazed curd masses, ice cream and "
           "candies excluded; «штук 5» is a quantity"),
        ("йогурт питьевой клубничный 2 бутылочки", {
            "pyaterochka": ["3609770"],
            "magnit": ["43248db1e8", "1000519721", "264dcf04cc", "1000201629", "1000080819", "1000461609"],
            "dixy": ["2000524057"],
            "perekrestok": ["4166076"],
        }, "drinking yoghurt with strawberry (strawberry alone or клубника-земляника): Слобода, Lucky Days, Активиа "
           "клубника-земляника, Чудо 260/680 g, Хуторок с клубникой; Пятёрочка Активиа «Биойогурт клубн/земл. 870г», Магнит "
           "«Йогурт Агуша Клубника земляника 180г» and Перекрёсток Зелёная Линия «Йогурт клубника фруктовый 300мл» accepted "
           "as drinking though the titles do not say питьевой (870 g Activia and 180 g Агуша bottles are drinking yoghurts, "
           "the Перекрёсток yoghurt is sold by the ml - outside knowledge); strawberry mixed with other fruit (банан, "
           "маракуйя, киви, черника, малина, дыня, яблоко), земляника-only (Растишка, «Для всей семьи»), strawberry "
           "ice-cream flavours, spoonable yoghurts and Чудо 290 g (not said to be drinking) excluded"),
    ]),
    # fup22
    ("котлеты замороженные быстро пожарить, греча в варочных пакетиках, огурчики свежие полкило, майонез махеев в салат", [
        ("котлеты замороженные быстро пожарить", {
            "pyaterochka": [],
            "magnit": ["8706d861f4", "a7684b72ad", "00beea1146"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen semi-finished cutlets to fry: Ложкаревъ куриные в панировке, Морозко говядина and с индейкой, Мираторг "
           "По-киевски (the titles do not say frozen; these are frozen-food lines - outside knowledge); chilled cutlets "
           "(«охлажденные»: Люкс СП ГМ, Петелинка, Наша птичка, Первая свежесть), Мираторг «для бургеров» (not stated "
           "frozen), ready meals with garnish (Бериложка, Шеф Перекрёсток, Зелёная Линия), Перекрёсток weighed «Котлеты "
           "домашние» (kitchen counter), fish burgers and шницели excluded; «быстро пожарить» is a purpose"),
        ("греча в варочных пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000300392", "2000272542"],
            "perekrestok": ["4353613", "28960", "4061364", "4009020", "3674200", "3603166", "3696237", "3493533"],
        }, "buckwheat groats in boil-in-bag portions: titles «в пакетах для варки» / «в варочных пакетах» and portion packs "
           "5х80, 8х62.5, 4х100 г (Зернышко к зернышку, Увелка, Prosto, Мистраль, Маркет - portion packs of groats are "
           "boil-in-bags, outside knowledge); loose buckwheat, Увелка «с грибами 2х150г» (a flavoured dish), green buckwheat, "
           "porridges and ready buckwheat dishes excluded"),
        ("огурчики свежие полкило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any kind and pack (Магнит «ОГУРЦЫ гладкие, 1кг», long, medium, short, колючие, Бакинские, "
           "«Хрустящие», фасованные; Дикси «Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» taken "
           "as fresh, as in set vy); pickled, marinated, salted and canned cucumbers/gherkins in jars (incl. Магнит «Огурцы "
           "ШЕСТЬ СОТОК, хрустящие, 720мл»), assortments and cucumber-flavoured goods excluded; «полкило» is a quantity"),
        ("майонез махеев в салат", {
            "pyaterochka": [],
            "magnit": ["1000520539", "1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "269c8ab257",
                       "5861fc587f", "ddda8365b8", "2c23c84574"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2093561", "2047206", "4339442"],
        }, "every Махеевъ mayonnaise (Провансаль, с лимонным соком 50.5/67 %, белый, оливковый, на перепелином яйце; all "
           "sizes); Махеевъ ketchups, mustard, jams, sauces and other brands' mayonnaise excluded; «в салат» is a purpose"),
    ]),
    # fup23
    ("мыло детское 2 штуки, крем детский пару штук, подгузнеки 5 размер самые дешевые", [
        ("мыло детское 2 штуки", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": ["2000605355", "2000605356"],
            "perekrestok": [],
        }, "children's soap, bar or liquid (the form is not written): Johnson's Baby bar soap, Baby Boom «МЫЛО … ДЕТ. "
           "ЖИДКОЕ» and «КРЕМ-МЫЛО … ДЕТ.»; adult soaps and cream-soaps, children's shampoo and bath wash excluded; «2 "
           "штуки» is a quantity"),
        ("крем детский пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's skin cream in any chain (Пантенол Evo, Nivea, Бархатные ручки etc. are adult creams; Baby Boom "
           "«крем-мыло» is soap)"),
        ("подгузнеки 5 размер самые дешевые", {
            "pyaterochka": [],
            "magnit": ["c5e929fc0c", "636b5f76cb", "0eba20c6ea", "09024602d9"],
            "dixy": [],
            "perekrestok": [],
        }, "taped diapers size 5 of any brand (typo «подгузнеки»): Pampers Актив Бэби Джуниор 11-16 kg (Junior = 5), Huggies "
           "Elite Soft 5, Huggies Ультракомфорт 12-22 kg and Ультракомфорт для девочек 12-22 kg (12-22 kg is Huggies' size-5 "
           "band, as on «Elite Soft 5 (12-22кг)» - outside knowledge); pants of any brand excluded (the writer says трусики "
           "for pants), as are size 3/4/6 diapers (Pampers Extra Large 13-18 kg = 6); «самые дешевые» is a wish"),
    ]),
    # fup24
    ("пюре гербер морковка, пюре агуша тыква, каша фрутоняня 5 злаков, детская вода 0.33 на прогулку", [
        ("пюре гербер морковка", {
            "pyaterochka": ["46375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gerber carrot puree: Пятёрочка «GERB.Пюре МОРК.на ов.осн.д/дет с 4мес 80г» (the chain's abbreviations: GERB. = "
           "Gerber, МОРК. = морковь); Gerber cauliflower/broccoli/pumpkin purees, Gerber meat dishes «с морковью», mixed purees "
           "with carrot and ФрутоНяня carrot puree (another brand) excluded"),
        ("пюре агуша тыква", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша pumpkin puree (Агуша vegetable puree on sale is cauliflower only); Gerber pumpkin is another brand"),
        ("каша фрутоняня 5 злаков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain ФрутоНяня 5-grain porridge: Магнит «Молочная каша 5 злаков с персиком» has an added fruit the user did not "
           "write (a variety was named, so the fruit variant is another product - as for Nestlé in fup02); ФрутоНяня "
           "«Молочно-злаковая» and «Мультизлаковая яблоко банан земляника» are other varieties; HEINZ and Зелёная Линия 5 "
           "злаков are other brands"),
        ("детская вода 0.33 на прогулку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000523032", "2000605054"],
            "perekrestok": [],
        }, "children's drinking water in 0.33 l bottles (the size names the pack): Черноголовка Бэйби, Кидси Детская; 1.5/2.5/"
           "5 l children's water and ordinary 0.33 l water (Святой источник) excluded; «на прогулку» is a purpose"),
    ]),
    # fup25
    ("яиц десяток на омлет, молоко 3.2 процента 2 пакета на кашу, бананов кило спелых, творожок детский тема", [
        ("яиц десяток на омлет", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014",
                       "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111", "3392204",
                            "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4168688", "4201192", "4201194",
                            "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "hen eggs in packs of 10 of any category (С0/С1/С2, отборные, высшей категории) - «десяток» = packs of 10 only; "
           "packs of 6/15/20/30, quail eggs, smoked quail eggs and egg-containing goods excluded; «на омлет» is a purpose"),
        ("молоко 3.2 процента 2 пакета на кашу", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041",
                       "1000445488", "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "8000026014",
                       "8000026015", "8000058295", "8000081425", "18ca387556", "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992",
                     "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "drinking cow's milk of exactly 3.2 %, pasteurised/UHT/sterilised, any pack, incl. children's milk (Агуша, Тёма, "
           "Зелёная Линия «для детского питания») and the children's lactose-free Аммм, as in set real; ranges (3.2-4 %, "
           "3.2-6 %), топлёное (Эго, Северная долина), Му-у «Для капучино» (as in set g), other fat levels, condensed milk "
           "and kefir excluded; «2 пакета» is a quantity and «на кашу» a purpose"),
        ("бананов кило спелых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh dessert bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные»); «кило» is a "
           "quantity, «спелых» a wish; plantains «Бананы для жарки», dried bananas and banana-flavoured goods excluded"),
        ("творожок детский тема", {
            "pyaterochka": [],
            "magnit": ["1000500396", "1000500397", "1000500393", "1000500394", "318639b600", "cdd1dc21e2"],
            "dixy": ["2000222771"],
            "perekrestok": [],
        }, "every Тёма «Биотворог» (product + brand = every variant: для малышей 4.5 %, груша, банан, клубника-банан, "
           "яблоко-персик-банан); Тёма biolact, yoghurts, milk and purees and other brands' children's curds excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fupNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fup\d\d ===$", line):
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
                    errors.append("fup%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fup%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fup"))
