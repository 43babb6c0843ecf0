#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ze.jsonl -- a family's monthly hypermarket stock-up (big and bulk packs,
multipacks, exact pack sizes and counts, cleaning and paper goods, frozen food), hand-labelled against
the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ze.build.py

LISTS below is literal data: 25 lists (3-4 items) as a family would type them to a Telegram bot,
written before any offer was read (fresh_basket_eval_ze.blind_lists.txt), and for every item the
product ids of every in-stock offer of each store that a reasonable shopper would accept.  Candidate
titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement resting on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  Made without reading any matcher code.

The script only checks the data (labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, labels are exactly the
list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are
fze01, fze02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ze.jsonl")

E = []  # empty: nothing acceptable in that store

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fze01 paper goods
    ("туалетная бумага 32 рулона, полотенца бумажные большую упаковку, салфетки 100 шт подешевле", [
        ("туалетная бумага 32 рулона", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«32 рулона» names the pack (a 32-roll bulk pack); the largest packs on offer are 12 rolls (Zewa Plus, "
           "Familia Plus) and 4/8 rolls, all left out; Zewa moist toilet paper also left out"),
        ("полотенца бумажные большую упаковку", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«большую упаковку» excludes the standard small pack; only 2-roll packs are on offer (Papia 3сл 2рул, "
           "Familia 2 рулона, ZEWA «Полотенца бумажные» at the same price), so nothing is accepted"),
        ("салфетки 100 шт подешевле", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["4250543", "4250535", "4299678"],
        }, "paper table napkins in packs of 100 (Gratias Home 33x33, Gratias 24x24, Пр!ст 1 слой); packs of 20 "
           "decorative napkins, wet wipes (15/20/60/80/150 шт), napkins on a roll and handkerchiefs left out; "
           "«подешевле» is a wish, not a filter"),
    ]),
    # fze02 dry staples by the sack
    ("сахар мешок 5 кг, гречка 2 по 900 г, мучка высший сорт 2 кг, соль йодированная пачку", [
        ("сахар мешок 5 кг", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "a 5 kg sack of granulated sugar; none on offer: Магнит «Сахар белый прессованный 1кг» (refined cubes) and "
           "Пятёрочка cane sugar «Демерара» 500г left out"),
        ("гречка 2 по 900 г", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "buckwheat in 900 g packs («2 по» is the count); only Магнит «Крупа Гречневая Prosto, 500 г» exists (wrong "
           "pack size); buckwheat flakes, rice+buckwheat mix, soba and ready buckwheat dishes left out"),
        ("мучка высший сорт 2 кг", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in a 2 kg pack (Makfa в/с 2кг, Пышечка хлебопекарная в/с 2кг); Makfa 1кг (pack "
           "size), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Пятёрочка Рязаночка «ЭКСТРА» 2кг (экстра is a "
           "different grade from высший), rye, rice, wholegrain and durum крупка flours left out"),
        ("соль йодированная пачку", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "iodised table salt; none on offer (Магнит MAREMAN sea salt is not iodised, Kotanyi seasoning salt left out)"),
    ]),
    # fze03 laundry and dishes in bulk
    ("порошок стиральный 6 кг автомат, кондиционер ленор большой, таблетки для посудомойки финиш 100 шт, фейри 900мл", [
        ("порошок стиральный 6 кг автомат", {
            "pyaterochka": E,
            "magnit": ["168231", "111621"],
            "dixy": E, "perekrestok": E,
        }, "washing powder for automatic machines in a 6 kg pack (Ariel Color Автомат 6 кг, Bimax Color автомат 6 кг); "
           "powders of 1.5-4 kg, gels, liquids and capsules left out"),
        ("кондиционер ленор большой", {
            "pyaterochka": E,
            "magnit": ["159881", "203041"],
            "dixy": E, "perekrestok": E,
        }, "Lenor fabric conditioner in a big bottle (1.8 l and 2 l); the standard 0.91-1 l bottles (Магнит Lenor 1 л, "
           "Пятёрочка Lenor 910/930 мл) left out as not big; Vernel, Tide «Lenor Color» powder and Ariel «Touch of "
           "Lenor» powder are other products"),
        ("таблетки для посудомойки финиш 100 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«100 шт» names the pack; Finish tablets exist only in packs of 50 (Магнит, Пятёрочка) and 65 (Пятёрочка), "
           "all left out; Somat 48 is another brand"),
        ("фейри 900мл", {
            "pyaterochka": ["3501028", "3501026"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "Fairy dishwashing liquid in the 900 ml bottle (Нежные руки ромашка, Сочный лимон); Fairy 430/450 мл "
           "bottles and AOS/Sorti 900 g of other brands left out"),
    ]),
    # fze04 frozen dumplings, pizza, vegetables
    ("пельмени 2 пачки по 900 г, вареники картофель замороженые, пицца замороженая 3 шт, смесь мексиканская 400г", [
        ("пельмени 2 пачки по 900 г", {
            "pyaterochka": ["3622053", "3683249", "3675532"],
            "magnit": ["109411"],
            "dixy": E, "perekrestok": E,
        }, "pelmeni in 900 g packs (Горячая штучка Бульмени 900г, Ложкаревъ 900г/0,9 кг, Стародворье 900г); «2 пачки» "
           "is the count; 450/700/750/800 g packs and Ложкаревъ хинкали left out"),
        ("вареники картофель замороженые", {
            "pyaterochka": ["3697765", "3464203"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "frozen vareniki with potato filling: Цезарь с картофелем и жареным луком, Сытый папа с картофелем-луком и "
           "грибами (potato is the main filling); no other vareniki on offer"),
        ("пицца замороженая 3 шт", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "frozen pizza: Рестория «Пицца ассорти» (Заморозка), Цезарь «Пицца с ветчиной и грибами» (Цезарь is a "
           "frozen-food brand - outside knowledge); Чебупицца snack, pizza-flavoured croutons/crackers and mozzarella "
           "«для пиццы» left out; «3 шт» is the count"),
        ("смесь мексиканская 400г", {
            "pyaterochka": ["3699703"],
            "magnit": ["204671"],
            "dixy": E, "perekrestok": E,
        }, "frozen «Мексиканская смесь» vegetables in 400 g packs (Global Village, Мираторг Vитамин); Гавайская, "
           "азиатская, карибская mixes, salad leaf mixes and spice mixes left out"),
    ]),
    # fze05 drinks by the pack
    ("вода 5л 3 бутыли, сок яблочный 2 литра 2 пачки, ессентуки 4 упаковка 6 шт", [
        ("вода 5л 3 бутыли", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": E,
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles (Honey kid Черноголовская 5 л, Архыз Легенда Гор 5 л, Аквалайн «Для "
           "ляль» 5л - children's drinking water is still drinking water, Малаховская №1 5л); «3 бутыли» is the count; "
           "0.33-2 l bottles, flavoured waters and medicinal waters left out"),
        ("сок яблочный 2 литра 2 пачки", {
            "pyaterochka": ["3679184"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "single-fruit apple juice in the ~2 l pack: Фруктовый сад «Сок ЯБЛ.осв.д/дет.пит.1,93л» (1.93 l is the "
           "chains' «2 л» carton); apple nectars of 1.93/2 l (Любимый, Добрый) are nectars, not juice; 0.125-1 l "
           "apple juices (wrong size) and apple-mix juices left out"),
        ("ессентуки 4 упаковка 6 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«упаковка 6 шт» names a 6-bottle multipack; Ессентуки №4 is sold only as single bottles (Пятёрочка 0,45л "
           "стекло and 1л ПЭТ, Перекрёсток 450мл), all left out; Ессентуки №17 and «ЗАПОВ.ЗДОР. Вода №4» are other "
           "waters"),
    ]),
    # fze06 dairy in stock
    ("молоко 3,2 ультрапастеризованное 6 шт, масло сливочное 82.5% 2 пачки, сыр российский кусок побольше", [
        ("молоко 3", {
            "pyaterochka": ["3507208", "3694630", "3645807"],
            "magnit": E,
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "e458dc5e25", "e2d5d93f2a", "35ac60eec2", "885d917850", "488d323508",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "SPLIT ITEM: the blind text «молоко 3,2 ультрапастеризованное 6 шт» is cut by the checker at the decimal "
           "comma into «молоко 3» and «2 ультрапастеризованное 6 шт»; this first part carries the shopper's whole item: "
           "cow drinking milk labelled exactly 3.2% and ultrapasteurised (у/паст, ул/паст), children's milk included "
           "(Агуша от 3 лет, Сарафаново детское, Маша и Медведь); «6 шт» is the count; топлёное UHT 3.2% (Домик в "
           "деревне), sterilised (Можайское, Рогачевъ), pasteurised 3.2%, Пятёрочка «Село зеленое 3,2% 2 л» "
           "(treatment not stated), ranges (3.2-4, от 3,2 до 6) and other fats left out"),
        ("2 ультрапастеризованное 6 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "SPLIT ITEM: the tail of «молоко 3,2 ультрапастеризованное 6 шт» after the decimal comma; not a product of its "
           "own - the milk is labelled on «молоко 3» and is not counted twice, so nothing is accepted here"),
        ("масло сливочное 82.5% 2 пачки", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "butter of exactly 82.5% (Традиционное 380 г, Вкуснотеево 400 г, Традиционное 175 г, Тысяча озёр 400 г); "
           "82% butters (Простоквашино, Президент кислосливочное), 72.5% and chocolate butter left out"),
        ("сыр российский кусок побольше", {
            "pyaterochka": ["4046889"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "«Российский» cheese in a piece: Брест-Литовск российский 50% 200гр; Зелёная Линия «Сыр Российский "
           "нарезка» (sliced, not a piece) left out; «побольше» is a wish; other cheeses, «Российский» chocolate and "
           "cognac are other products"),
    ]),
    # fze07 eggs and meat
    ("яиц 3 десятка, курочку целую 2 тушки, говяжий фарш кило, окорочка самые дешевые", [
        ("яиц 3 десятка", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": E, "dixy": E,
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10 (three десятка; a 30-pack would also do, none on offer), any class; packs of "
           "6 and 20, quail eggs and mayonnaise «на перепелиных яйцах» left out"),
        ("курочку целую 2 тушки", {
            "pyaterochka": E, "magnit": E,
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168", "4214722"],
        }, "a whole raw chicken carcass: Перекрёсток «Тушка цыплёнка» (1 сорт, An-noor Халяль, Петелинка, Зелёная "
           "Линия на зерновом откорме), «Цыплёнок корнишон» (a small whole chicken); Дикси «Цыпленок-бройлер "
           "охлажденный, 1 кг» taken as the whole bird (outside knowledge: Дикси sells the carcass under that name); "
           "parts, duck «Тушка утёнка», canned chicken left out"),
        ("говяжий фарш кило", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "beef mince (Рестория Говяжий 400г, Останкино говяжий 400 г, Мираторг говяжий 400 г); «кило» is the amount "
           "wanted, not a pack size; pork (Магнит), pork-beef «Домашний» (Самсон, Мираторг), Ближние горки «Деревенский» "
           "(composition not stated), turkey and chicken mince left out"),
        ("окорочка самые дешевые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "chicken leg quarters (окорочок = thigh and drumstick in one piece); none on offer: separate thighs (бедро) "
           "and drumsticks (голень), thigh fillet, duck «Окорочок утёнка», pork «окорок» and smoked голень are other "
           "cuts/products; «самые дешевые» is a wish"),
    ]),
    # fze08 coffee and tea corner
    ("кофе якобс монарх большую банку, чай черный 100 пак, рафинад 1 кг, сливки 10 процентов к кофе 2 шт", [
        ("кофе якобс монарх большую банку", {
            "pyaterochka": ["3372172", "3488345"],
            "magnit": ["205121"],
            "dixy": E, "perekrestok": E,
        }, "Jacobs Monarch instant coffee in a big pack (150 g Intense, 240 g); the 95 g packs left out as the "
           "standard small jar; Monarch beans/ground, Jacobs Gold/Millicano/Crema/Velour left out; whether a pack is a "
           "jar or a refill bag cannot be read from the titles (outside knowledge not used to exclude)"),
        ("чай черный 100 пак", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3620106", "3635756", "3378336", "3446638",
                            "2070472", "3950803", "11200", "3689577"],
            "magnit": ["159991", "199261"],
            "dixy": E, "perekrestok": E,
        }, "plain black tea in packs of 100 bags (Brooke Bond, Saito Asian Ceylon, Tess Sunrise, Азерчай Букет, Ahmad "
           "классический, Bernley, Greenfield Kenyan Sunrise, Richard Royal Ceylon, Принцесса Канди цейлонский - black "
           "by outside knowledge, Принцесса Нури, Lipton Yellow label, Шах Голд, Akbar Ceylon); flavoured black teas "
           "(Earl Grey/бергамот, чабрец, фруктовый, шиповник-яблоко, Greenfield Spring Melody) left out as a different "
           "variety; 20/25-bag packs, loose-leaf and green teas left out"),
        ("рафинад 1 кг", {
            "pyaterochka": E,
            "magnit": ["07d5c3205d"],
            "dixy": E, "perekrestok": E,
        }, "refined sugar cubes 1 kg: Русский «Сахар белый прессованный 1кг» (прессованный = рафинад); cane sugar left out"),
        ("сливки 10 процентов к кофе 2 шт", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": E,
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10% (Сарафаново детские 10% 480мл, Домик в деревне 10% 950г, Молочный знак 10% "
           "500мл); Parmalat 11%, 20% and 33% creams, dry creamer and «Сопьо Крима» left out; «к кофе» is a purpose"),
    ]),
    # fze09 baby stock
    ("подгузники памперс 5 мега упаковка, влажные салфетки детские 3 пачки, пюре фрутоняня яблоко 6 шт", [
        ("подгузники памперс 5 мега упаковка", {
            "pyaterochka": ["3680533"],
            "magnit": ["879b28650c"],
            "dixy": E, "perekrestok": E,
        }, "Pampers taped diapers size 5 in a big pack: Active Baby-Dry 5 (11-16 кг) 60 шт in both chains (60 is "
           "Pampers' big pack of size 5; the title does not say «мега» - outside knowledge); Pampers pants "
           "(подгузники-трусики, a different form) of size 5, other sizes, Huggies and Kokoro left out"),
        ("влажные салфетки детские 3 пачки", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["3697052"],
        }, "children's wet wipes: Kokoro «для новорожденных» 20шт; universal/antibacterial/cosmetic wet wipes (Tolli, "
           "Home Story, SALFETI, Пр!ст) left out; «3 пачки» is the count"),
        ("пюре фрутоняня яблоко 6 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "ФрутоНяня apple puree; none on offer: ФрутоНяня purees of apple-banana-pear with biscuit and apple-"
           "raspberry with cream are mixes, the other ФрутоНяня purees are meat/vegetable; Gerber/Heinz/Агуша apple "
           "purees are other brands"),
    ]),
    # fze10 pets in bulk
    ("корм для кошек сухой 10 кг, наполнитель для кошачьего туалета древесный, вискас паучи упаковка, педигри сухой корм большой мешок", [
        ("корм для кошек сухой 10 кг", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«10 кг» names the sack; the biggest dry cat foods are 1.2-1.75 kg (Perfect Fit, Дарлинг, Purina One), "
           "all left out"),
        ("наполнитель для кошачьего туалета древесный", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "wood cat litter; no cat litter of any kind on offer (charcoal «Уголь древесный» is not litter)"),
        ("вискас паучи упаковка", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["205991", "109231"],
            "dixy": E, "perekrestok": E,
        }, "Whiskas wet food for adult cats in 85 g pouches (Пятёрочка «Праздничное меню» and Магнит «желе, индейка», "
           "«мини-филе» are pouches - outside knowledge, the titles say «консервированный»/85 г); «упаковка» without a "
           "count is read as the quantity (a box of the same pouches), no multipack is on offer; Whiskas kitten food "
           "and other brands left out"),
        ("педигри сухой корм большой мешок", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "Pedigree dry dog food in a big sack; only Pedigree wet food (80-85 g) is on offer; Purina One dry dog food "
           "is another brand"),
    ]),
    # fze11 pantry
    ("макароны макфа 5 пачек, тушёнка говяжья 6 банок, сгущенка 2 банки", [
        ("макароны макфа 5 пачек", {
            "pyaterochka": ["3687625"],
            "magnit": ["199251"],
            "dixy": E, "perekrestok": E,
        }, "Makfa dry pasta of any shape (Пятёрочка «MAKFA Изд.мак. СВИТКИ» 450г, Магнит «Макфа перья» 450 г); «5 "
           "пачек» is the count; Makfa flour and Makfa biscuits left out"),
        ("тушёнка говяжья 6 банок", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": E, "perekrestok": E,
        }, "canned stewed beef (говядина тушёная) of any brand/grade; pork and venison stew, buckwheat with beef and "
           "cat food «тушеная утка» left out"),
        ("сгущенка 2 банки", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": E,
            "perekrestok": ["3332809"],
        }, "sweetened condensed whole milk (Алексеевское 270/360/380 г and the 650 г doypack - «банки» is read as the "
           "count); boiled condensed milk (Рогачёв «вареное», «Егорка»), waffles/sweets/croissants with сгущёнка left out"),
    ]),
    # fze12 kitchen consumables (third item replaced, see README)
    ("мешки мусорные 120л рулон, губки для посуды упаковка 10 шт, пакеты для завтрака 100 шт", [
        ("мешки мусорные 120л рулон", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "120 l rubbish bags; only 35 l and 60 l bags are on offer (Магнит), left out as the wrong bag size"),
        ("губки для посуды упаковка 10 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "a pack of 10 dish sponges; no sponges on offer"),
        ("пакеты для завтрака 100 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["3642386"],
        }, "REPLACEMENT item written after reading the offers (the blind item «перчатки резиновые 2 пары» had no offer "
           "and the whole list was empty): food/sandwich bags in a pack of 100 (Пр!ст 24х31см 100шт); Home Story 50шт "
           "left out (pack count), rubbish bags left out"),
    ]),
    # fze13 frozen seafood
    ("креветки замороженные 1кг, минтай мороженный 2 кг, кальмар тушки", [
        ("креветки замороженные 1кг", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["3495300", "3642960", "3432111", "4343270"],
        }, "frozen shrimps (raw- or cooked-frozen) in a 1 kg pack (Polar 70/90, Бухта изобилия 50/70, Vici Приорити "
           "50/70) or sold loose by weight («Креветки северные неразделанные варено-мороженые», can be bought as 1 kg); "
           "packs of 300-860 g and 2 kg left out (1 kg is a standard pack of frozen shrimps, read as the pack size), "
           "shrimps in brine/заливка, caviar and olives «с креветкой» left out"),
        ("минтай мороженный 2 кг", {
            "pyaterochka": E,
            "magnit": ["199381"],
            "dixy": E,
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock, whole or fillet; «2 кг» is the amount wanted of a fish sold by weight or in small packs, "
           "not a pack size; Магнит «Филе минтая, полуфабрикат из замороженного сырья, 1 кг» (sold by weight) accepted "
           "as frozen pollock (judgement: the title says it is made from frozen fish); other fish left out"),
        ("кальмар тушки", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["4122013", "4355942"],
        }, "squid carcasses (тушка кальмара, frozen); squid in brine (соломка, щупальца), dried squid strips, squid "
           "salads left out"),
    ]),
    # fze14 frozen convenience food
    ("наггетсы куриные большую пачку, котлеты замороженные, блинчики с мясом заморож 2 уп", [
        ("наггетсы куриные большую пачку", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "chicken nuggets in a big pack; only the standard 250-300 g packs are on offer (Вязанка, Золотой петушок, "
           "Мираторг, Chikon), left out as not big; turkey nuggets, Круггетсы, Хрумпилсы and breading mix left out"),
        ("котлеты замороженные", {
            "pyaterochka": ["4060841", "4060844", "3471982", "3420328", "3452752", "3464190"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "frozen meat/poultry cutlets: Ложкаревъ из индейки and куриные (глуб/зам), Белорусские из индейки "
           "(Замороженные продукты), Мираторг по-киевски and С пылу с жару говяжьи/из курочки (frozen brands - outside "
           "knowledge); chilled cutlets (Ближние горки, Пава Пава, Магнит «Люкс», Петелинка сливочные, Рестория свиная - "
           "not stated as frozen), fish cutlets «Четверг» (котлеты without a qualifier read as meat) left out"),
        ("блинчики с мясом заморож 2 уп", {
            "pyaterochka": ["3662908", "3403651"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "frozen pancakes filled with meat: Сибирская коллекция «Блинчики с мясом» 400г (frozen brand), «Блинчики с "
           "телятиной … замороженные»; Магнит «Блины с мясом 180г» (category «Завтраки», a chilled ready meal - "
           "judgement), pancakes with curd/fruit/potato, plain pancakes and Перекрёсток Select chilled pancakes left out"),
    ]),
    # fze15 cleaning
    ("ariel капсулы большая упаковка, белизна 2 бутылки, средство для пола, доместос для унитаза 2 шт", [
        ("ariel капсулы большая упаковка", {
            "pyaterochka": E,
            "magnit": ["160181"],
            "dixy": E, "perekrestok": E,
        }, "Ariel laundry capsules in a big pack: «Горный родник, 35 шт»; the standard 12/15/18-capsule packs (Магнит, "
           "Пятёрочка) left out as not big; Ariel powders/gels, Tide/Persil/Лоск capsules left out"),
        ("белизна 2 бутылки", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«Белизна» chlorine bleach; none on offer (Vanish Oxi stain remover, whitening toothpaste «сияющая белизна» "
           "are other products)"),
        ("средство для пола", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "a floor-cleaning liquid; none on offer: universal cleaners (Domestos/Sanfor «универсальное», Cif spray) "
           "are not sold as floor cleaners and are left out"),
        ("доместос для унитаза 2 шт", {
            "pyaterochka": ["3956853", "3956850", "3607497"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "Domestos products for the toilet: «СРЕДСТВО ЧИСТЯЩЕЕ ДЛЯ УНИТАЗА» Ультра белый/Ультра блеск and the rim "
           "block «Domestos Power 5»; Domestos universal cleaners (both chains) and Bref/Cillit/Comet toilet cleaners "
           "(other brands) left out; «2 шт» is the count"),
    ]),
    # fze16 hygiene in bulk
    ("шампунь 1 литр для всей семьи, жидкое мыло запаска, зубная паста 3 шт, гель для душа большой", [
        ("шампунь 1 литр для всей семьи", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "shampoo in a 1 l bottle; the largest shampoos are 360-500 ml and a 900 ml Head&Shoulders 2в1 (not 1 l), "
           "all left out; «для всей семьи» is a purpose"),
        ("жидкое мыло запаска", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "a liquid-soap refill pack; the only liquid soap (Магнит AURA 500мл) is not stated to be a refill and is "
           "left out; bar soaps left out"),
        ("зубная паста 3 шт", {
            "pyaterochka": ["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415", "3368036",
                            "3230372", "3691935", "3605411", "3605412", "3429353", "3642796", "3366711", "3480375"],
            "magnit": ["0b75d29d19", "32cc6f1bd5"],
            "dixy": E, "perekrestok": E,
        }, "any toothpaste incl. children's (Splat Junior) and abbreviated titles «З/паста», «ЗП», «SENS.Паста»; "
           "«3 шт» is the count; toothbrushes (з/щ), mouthwashes and fish/curd «паста» left out"),
        ("гель для душа большой", {
            "pyaterochka": ["3440044", "3642074", "3454322", "4024923"],
            "magnit": ["112331"],
            "dixy": E,
            "perekrestok": ["4256375"],
        }, "shower gel in a big bottle (610-750 ml: Colgate-Palmolive Men 750, Le Petit Marseillais 650, Nivea 750, "
           "Palmolive гель-крем 750, Fa 750, Dove крем-гель 610); standard 250-400 ml gels, gift sets and 3-in-1 "
           "shampoo-gel 400 ml left out"),
    ]),
    # fze17 sauces
    ("майонез провансаль 800 г, кетчуп хайнц 2 шт, горчица русская ядреная", [
        ("майонез провансаль 800 г", {
            "pyaterochka": ["3193489"],
            "magnit": E, "dixy": E,
            "perekrestok": ["3193489"],
        }, "Провансаль mayonnaise in the 800 pack: Слобода Провансаль 67% 800мл (Пятёрочка titles the same id «Майонез "
           "Слобода, 67%, 800 мл» - same product, outside knowledge); 800 ml and 800 g are not told apart by shoppers; "
           "Слобода оливковый 800 мл and Mr.Ricco на перепелином яйце 800 мл (not Провансаль), Ряба Провансаль 744 г, "
           "700/630/600/400 ml packs left out"),
        ("кетчуп хайнц 2 шт", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "every Heinz ketchup (Томатный 342г, томатный с горчицей 350г); Heinz sauces (Сырный, Цезарь, Чили, "
           "Терияки), mayonnaise and tomato paste left out"),
        ("горчица русская ядреная", {
            "pyaterochka": ["3435016"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "«Русская» mustard: Махеевъ «Горчица РУССКАЯ столов.» (ядрёная = hot, read as a taste wish, Русская is the hot "
           "kind); Французская mustard and mustard-flavoured snacks left out"),
    ]),
    # fze18 beer and snacks
    ("пиво упаковка 6 шт, чипсы большую пачку, фисташки соленые 2 пачки", [
        ("пиво упаковка 6 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«упаковка 6 шт» names a 6-can/bottle multipack of beer; beer is on offer only as single cans/bottles "
           "(Магнит), all left out"),
        ("чипсы большую пачку", {
            "pyaterochka": ["2153831", "3435061", "3453318", "3688435", "4061907", "4062940", "4086621", "4086622",
                            "4086623", "3986507", "3986506", "4069908", "4069903", "3485986", "3231225", "4343841",
                            "4343840", "3994439"],
            "magnit": ["213571", "198921", "204411", "202981"],
            "dixy": E, "perekrestok": E,
        }, "potato chips in a big pack, taken as 140 g or more (Lay's 140/150/225 г, Crac 160 г, Twister 150 г, "
           "Картофель хрустящий 150 г, Lay's Stax 140 г, Pringles 165 г, Русская картошка 190 г); the standard 50-110 "
           "g packs left out as not big; corn nachos, rice Pringles, apple chips left out"),
        ("фисташки соленые 2 пачки", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": E, "perekrestok": E,
        }, "salted pistachios in shell or not (Джаз жареные соленые 130г, «Фисташки … подсоленные» by weight, Восточный "
           "гость жар солен 150г); pistachio sweets, yoghurt and curd bars left out"),
    ]),
    # fze19 tins
    ("тунец консервированный 3 банки, горошек зеленый 4 банки, кукуруза сладкая 3 банки", [
        ("тунец консервированный 3 банки", {
            "pyaterochka": ["3373006", "3610561"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "canned tuna (Морской котик филе в масле 170г, Магуро филе в оливковом масле 200 г); tuna pâté, frozen "
           "tuna, dried tuna snack, tuna salads and cat food left out"),
        ("горошек зеленый 4 банки", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": E,
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766"],
        }, "canned green peas of any brand and tin size; whole green peas «Горох Bizim Tarla» 660г (a different "
           "product) and pepper/allspice «горошек» left out"),
        ("кукуруза сладкая 3 банки", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": E,
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet (сахарная) corn kernels; Bonduelle and Heinz corn without «сладкая» in the title accepted as "
           "sweet corn (outside knowledge: their canned corn is sweet corn); baby corn cobs «в початках», corn "
           "sticks/flakes/oil/starch left out"),
    ]),
    # fze20 breakfast cereals
    ("геркулес большая пачка, хлопья кукурузные детям, мюсли с орехами большую коробку", [
        ("геркулес большая пачка", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "rolled oats (геркулес) in a big pack; only the standard 400-500 g packs are on offer (Клинские «Геркулес» "
           "500г, Увелка овсяные традиционные 400г), left out as not big; instant oat porridge and oat biscuits left out"),
        ("хлопья кукурузные детям", {
            "pyaterochka": ["25813", "3659060"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "corn flakes: Nestlé Gold кукурузные мёд/арахис 300г, Любятово «Завтраки кукурузные» 300 г (taken as corn "
           "flakes - outside knowledge); corn sticks, balls, rings, pillows and chocolate with corn flakes left out; "
           "«детям» is a purpose"),
        ("мюсли с орехами большую коробку", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "muesli with nuts in a big box; the nut muesli on offer come in 250 g packs (AXA медовые шоколад/орех, Matti "
           "орех-яблоко), left out as not big; Kellogg's Extra гран-мюсли 300 г names no nuts; muesli yoghurts and "
           "biscuits left out"),
    ]),
    # fze21 freezer
    ("мороженое пломбир ведерко, ягоды замороженные, брокколи замороженная 2 пачки", [
        ("мороженое пломбир ведерко", {
            "pyaterochka": ["61150"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "plombir ice cream in a family tub: «Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л» (a 1 l container - form taken from "
           "outside knowledge); plombir bricks 200-220 g, cones, cups and eskimo, and Магнит Экzo черника/ежевика "
           "«ведро» (not plombir) left out"),
        ("ягоды замороженные", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "frozen berries; none on offer (berry ice cream, sorbet, морс and berry juices are other products)"),
        ("брокколи замороженная 2 пачки", {
            "pyaterochka": E,
            "magnit": ["23e8f39e40"],
            "dixy": E, "perekrestok": E,
        }, "frozen broccoli: Морозко Green «Капуста брокколи замор 800г»; broccoli baby purees left out"),
    ]),
    # fze22 groats
    ("рис круглый 1.5 кг, пшено 2 пачки, перловка пару пачек", [
        ("рис круглый 1.5 кг", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "round-grain rice in a 1.5 kg pack; round rice is only on offer in 800/900 g packs (Увелка Краснодарский "
           "круглый, Мистраль для плова круглый), left out for the pack size; long-grain, basmati, jasmine and brown "
           "rice left out"),
        ("пшено 2 пачки", {
            "pyaterochka": ["3674169"],
            "magnit": E, "dixy": E, "perekrestok": E,
        }, "millet groats: Мистраль «Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag pack); «2 пачки» is the count"),
        ("перловка пару пачек", {
            "pyaterochka": E,
            "magnit": ["820f08519d"],
            "dixy": E, "perekrestok": E,
        }, "pearl barley: Увелка «Перловая Крупа 800г»; ячневая (barley grits) is a different groat, left out"),
    ]),
    # fze23 cooking basics
    ("масло подсолнечное 5 л, уксус 9 процентов, лавровый лист большой пакет, перец черный молотый пакетик побольше", [
        ("масло подсолнечное 5 л", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "sunflower oil in a 5 l bottle; sunflower oil is only on offer in 0.79-2 l bottles (Олейна 2л, Благо/"
           "Слобода/Mr.Ricco 1л), left out for the size"),
        ("уксус 9 процентов", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "9% table vinegar; only Магнит apple vinegar 6% is on offer, left out"),
        ("лавровый лист большой пакет", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "bay leaves; none on offer"),
        ("перец черный молотый пакетик побольше", {
            "pyaterochka": E,
            "magnit": ["82dc754b2f"],
            "dixy": E, "perekrestok": E,
        }, "ground black pepper: Восточный гость молотый 50г (a bigger bag than the usual 10-20 g sachets; «побольше» "
           "read as a wish); Kotanyi grinders (whole peppercorns), pepper mixes and pepper-flavoured goods left out"),
    ]),
    # fze24 vegetables and fruit in quantity
    ("картошка 5 кг, лук репчатый 2кг, морковка 2 кг, бананы связочку", [
        ("картошка 5 кг", {
            "pyaterochka": E,
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes, loose or in bags of any size (5 кг is the amount of a weighed good, not a pack size); "
           "chips, starch, potato dishes and «сырок Картошка»-style sweets left out"),
        ("лук репчатый 2кг", {
            "pyaterochka": E,
            "magnit": ["168731", "168741", "168721"],
            "dixy": E,
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour (репчатый красный/белый, Ялтинский, «Светофор» mix); shallots, «Лук "
           "салатный» (kind not stated), green onions/herb mix and pickled «Луковки» left out; 2 kg is the amount"),
        ("морковка 2 кг", {
            "pyaterochka": E,
            "magnit": ["199761"],
            "dixy": E,
            "perekrestok": ["52112"],
        }, "fresh carrots (Морковь мытая); Korean carrot salad, carrot juices/nectars and purees left out"),
        ("бананы связочку", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["3757", "3639749", "4112219", "4208494"],
        }, "fresh bananas incl. mini and organic bananas; dried bananas, banana sweets, smoothies and nectars left out"),
    ]),
    # fze25 sweets for the month
    ("печенье юбилейное большую пачку, конфеты коробку, вафли артек большую пачку", [
        ("печенье юбилейное большую пачку", {
            "pyaterochka": ["3471173", "3655049", "3618783"],
            "magnit": E, "dixy": E,
            "perekrestok": ["4371424"],
        }, "Юбилейное biscuits of any kind in a big pack, taken as 300 g or more (традиционное 313 г, овсяное 313 г, "
           "постное 313 г, молочное с глазурью 348 г); 112-232 g packs left out as not big; Юбилейное mini-cakes, "
           "J.Meinl «Юбилейный» coffee and «Юбилейная» sausage left out"),
        ("конфеты коробку", {
            "pyaterochka": ["3487673", "3483309", "4089706", "3639113", "4069811", "4092522", "3468950", "3021419",
                            "3992365", "3181086", "3291332", "4297371", "3639115", "3384697", "3642751", "3642752",
                            "3995478", "3911678"],
            "magnit": ["167861", "104911", "109281", "160141", "111721", "111571", "199221", "203131", "17644f19d9",
                       "159811", "205171", "204611", "167801"],
            "dixy": E,
            "perekrestok": ["18162", "22245"],
        }, "boxed chocolates (наборы/ассорти and sweets known to be sold in a box: Merci, Raffaello, Toffifee, "
           "Коркунов, Вдохновение, Lindor, Dove десертное ассорти, Птичье молоко, Milka конфеты, Бабаевский/Комильфо/"
           "Родные просторы/Подмосковные вечера наборы, Impresso, Vanden Bulcke, Belgid'Or, «Твой секрет») - the box "
           "form rests on outside knowledge; loose sweets by the kilo, flow-packs and bags (Ласточка, Северная Аврора, "
           "Мишка косолапый, Белочка, Ромашки), chewy sweets, caramel, New Year gift sets and sweets of unclear "
           "packaging (Trufello, Адель, Золотой Степ 192 г, Красный мак, Маркет Collection Трюфель, TRUFFLE MILK) left out"),
        ("вафли артек большую пачку", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "«Артек» wafers; none on offer (Коровка, Яшкино, Коломенское wafers are other brands)"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fze"))
