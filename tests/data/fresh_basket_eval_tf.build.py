#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tf.jsonl -- 25 shopping lists of a university lecturer who writes in full, careful
sentences (one item per line, conditions in parentheses and after dashes, full words instead of abbreviations),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tf.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tf.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftf01, ftf02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # noqa: E402  (this directory)

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tf.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tf.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (14, "клюква замороженная (для морса) — один пакет", "клюква (свежая или замороженная — для морса) одну упаковку"),
]

E = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(p=(), m=(), d=(), k=()):
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(k)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 завтрак
    ("купи пожалуйста молока 2 литра — жирность строго 3.2%\n"
     "творог 9 процентов (именно творог — не творожная масса и не сырки) две пачки\n"
     "яйца куриные — десяток отборных (категория С0)\n"
     "хлеб для тостов (уже нарезанный) одну упаковку", [
        ("купи пожалуйста молока 2 литра — жирность строго 3.2%", acc(
            p=["3507208", "3694630", "3645807", "3425329"],
            d=["809c0dd88b"],
            k=["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
               "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
               "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
               "4244242", "3431579", "b508e73840", "47a9cd6be2"]),
         "drinking cow milk of exactly 3.2% in any pack (pasteurised, UHT, sterilised), incl. children's milk (Агуша «от 3 "
         "лет», Маша и Медведь, Сарафаново «детское») as in real_basket_eval; «2 литра» read as the quantity wanted "
         "(genitive «молока 2 литра»), not as a 2 l pack; ranges (3.2-4%, 3.2-4.5%, 3.4-6%, Дикси Романов луг «от 3,2% до "
         "6%»), 2.5%/3.5%/3.7%, топлёное 3.2% (Простоквашино, Домик в деревне), goat milk, Barista and flavoured milk and "
         "milkshakes excluded; Магнит has no 3.2% milk; «купи пожалуйста» is politeness"),
        ("творог 9 процентов (именно творог — не творожная масса и не сырки) две пачки", acc(
            p=["3634733"], k=["4216658", "4185866"]),
         "cottage cheese of exactly 9% (Пятёрочка Вкуснотеево 300 g; Перекрёсток Молочный знак 180 g and «традиционный» "
         "800 g); 0.1-5.5% творог (incl. Дикси Брест-Литовск 3%), grained creamy curd «Творог 101 ЗЕРНО+СЛ.», curd "
         "desserts, pastes, сырки, творожный сыр and fruit curds excluded; «две пачки» is a quantity"),
        ("яйца куриные — десяток отборных (категория С0)", acc(
            p=["3620510"], k=["3062835", "44323", "3634491"]),
         "hen eggs of class С0 (= «отборные», «СО») in packs of 10: Пятёрочка Волжское Утро «отборные» 10 шт; Перекрёсток "
         "Окское «СО» 10 шт, Роскар Экстра «СО» 10 шт (Экстра is the brand line, the class is СО), Маркет «СО» 10 шт; С1 "
         "eggs, the Волжанин «отборной категории» pack of 6 (not a десяток), С1 packs of 20 and quail eggs excluded"),
        ("хлеб для тостов (уже нарезанный) одну упаковку", E,
         "no toast bread («хлеб тостовый») in any chain; Перекрёсток «Батон Нарезной нарезка» (a sliced white baton, not "
         "toast bread - judgement), rye and grain loaves, хлебцы, гренки/сухарики, Hochland «Сыр пл.-тост» and ham «для "
         "тостов» excluded"),
    ]),
    # L02 борщ
    ("свёкла свежая (не маринованная и не варёная) — около килограмма\n"
     "капуста белокочанная — небольшой кочан целиком\n"
     "картофель для варки — килограмма три\n"
     "сметана 20 процентов (не «сметанный продукт»!)", [
        ("свёкла свежая (не маринованная и не варёная) — около килограмма", acc(m=["168801"], k=["19768"]),
         "fresh beetroot (Магнит «Свекла мытая» 1 kg pack, Перекрёсток «Свекла мытая фасованная» 1 kg); «около "
         "килограмма» is a quantity; beet salads (Магнит «Салат Свекла с фасолью», Перекрёсток beet-and-brynza salad) and "
         "the vegetable juice with beet excluded"),
        ("капуста белокочанная — небольшой кочан целиком", acc(d=["4738b3129c"]),
         "fresh white cabbage as a whole head: Дикси «Капуста белокочанная ранняя, 1 кг» (taken as whole heads priced per "
         "kg - outside knowledge); «небольшой кочан» is a quantity/wish; sauerkraut (Магнит, Перекрёсток), Перекрёсток "
         "«Капуста китайская», broccoli, cauliflower, seaweed salad and baby purees excluded"),
        ("картофель для варки — килограмма три", acc(
            m=["168701", "107511", "109571", "199751"], d=["72aaa021b7"], k=["3646068", "2099571"]),
         "fresh potatoes: Магнит «Новый урожай» 1 kg, «для варки» 3 kg, «красный, мытый» 1 kg, «мытый» 2.5 kg; Дикси "
         "«молодой» 1 kg; Перекрёсток «красный мытый» and «мытый» by weight; «килограмма три» is a quantity, so the pack "
         "size is free; Магнит «Картофель для жарки» 3 kg excluded - judgement: the store labels it as the frying kind, "
         "the opposite of what was asked; crisps («Картофель хрустящий»), starch, vareniki, soups and ready dishes excluded"),
        ("сметана 20 процентов (не «сметанный продукт»!)", acc(
            p=["3664287"],
            k=["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101",
               "3293409", "4349770"]),
         "sour cream of exactly 20%, any brand and pot size, incl. Parmalat Comfort lactose-free 20%; 10%/15%/25%/30% sour "
         "cream, sour-cream sauces, crisps and croutons «со вкусом сметаны» excluded; Магнит has only 15%; no «сметанный "
         "продукт» is on sale anywhere"),
    ]),
    # L03 чай с коллегами
    ("чай чёрный крупнолистовой (рассыпной — не в пакетиках!)\n"
     "печенье овсяное (без шоколада и без изюма) одну-две пачки\n"
     "зефир белый (ванильный — без глазури) одну коробку\n"
     "мёд натуральный (цветочный или липовый) небольшую баночку", [
        ("чай чёрный крупнолистовой (рассыпной — не в пакетиках!)", acc(
            p=["3694768", "3440336", "3691655", "3608792", "4079110", "3452991", "4085553", "3378319"]),
         "plain loose black tea whose title says it is leaf tea («крупнолистовой», «кр/л», «листовой», «лист.»): Beta Tea "
         "«ДОМИК» кр/л 50 g, Richard «Королевский Цейлон» лист. 90 g, Richard «All The Best Wishes» and «Year of the royal "
         "Ox» крупнолистовой 80 g, Крепкие Традиции листовой 250 g, Greenfield Golden Ceylon листовой 200 g, and the two 20 g "
         "new-year gift baubles (Richard «НОВОГОД.ИГР.» кр/л, Майский «Новогодний шар» лист.) which hold the same loose leaf "
         "tea; judgement: the writer's parenthesis shows that «крупнолистовой» means leaf tea as opposed to bags, so "
         "«листовой» titles are accepted; loose black teas whose title does not say leaf (Akbar, Акбар Gold, Champion, "
         "Азерчай Букет 100 g, Краснодарский 200 g, Twinings English Breakfast tin, Бета «Елка» tin with no colour, Hilltop "
         "«Милый зайчик») excluded; bergamot/Earl Grey and other flavoured teas (Spring Melody, Доброе утро/Добрый вечер с "
         "травами, TESS Плэжа, AHMAD Английский №1), tea in bags/pyramids/sachets, green teas and oolongs excluded; Магнит, "
         "Дикси and Перекрёсток carry no loose plain black leaf tea"),
        ("печенье овсяное (без шоколада и без изюма) одну-две пачки", acc(
            p=["3995521", "3655049"], m=["106071"]),
         "plain oat cookies: Пятёрочка «Печенье овсяное Классическое» 250 g and Юбилейное «овсяное» 313 g, Магнит Хлебный "
         "спас «Овсяное, Особое» 250 g; oat cookies «с кусочками шоколада», «Миндальное овсяное» (a flavoured variant - "
         "plain product asked), Хлебный спас «Мультизлаковое с нач. Яблоко и корица» and «Злаковое ассорти» (an assortment "
         "whose contents are not stated), oat porridges, oat «завтрак» drinks and bran excluded"),
        ("зефир белый (ванильный — без глазури) одну коробку", E,
         "no plain white vanilla zefir in any chain: glazed zefir (Шарлиз «глазированный ваниль», «в шоколадной глазури с "
         "ароматом ванили», белевский «с ароматом ванили гл.», «ЯГ.ПАРФЕ в тем.шок.»), fruit zefir (Белёвский антоновский, "
         "черносмородиновый, Магнит «с клубникой», NEO Botanica абрикос-манго), Белевский «Зефирное детство» (flavour not "
         "stated) and marshmallows (LOVE IS, Бон Пари) excluded"),
        ("мёд натуральный (цветочный или липовый) небольшую баночку", acc(
            p=["3645749", "3645764"], m=["d32ff23653"]),
         "natural flower or lime honey: Пятёрочка МЕДОВЫЙ ДОМ «Восточная липа» and «Южный цветок» 320 g glass jars, Магнит "
         "МЕДОВЫЙ ДОМ «цветочный разнотравье» 250 g; Крем-мёд «с лимоном и имбирём» / «с малиной» (honey with fillers), "
         "honey cakes, chak-chak, honey-flavoured cereals and sweets excluded; «небольшую баночку» is a wish"),
    ]),
    # L04 кофе
    ("кофе в зёрнах (сто процентов арабика) упаковку на килограмм\n"
     "сливки питьевые 10 процентов (для кофе) одну бутылочку\n"
     "сахар тростниковый (коричневый — нерафинированный) одну пачку\n"
     "шоколад горький (не менее 70 процентов какао) две плитки", [
        ("кофе в зёрнах (сто процентов арабика) упаковку на килограмм", acc(p=["2073687"]),
         "1 kg packs of whole-bean coffee that say arabica: Пятёрочка PAULIG «Кофе ARABICA зер.1кг» (Paulig Arabica is "
         "100% arabica - outside knowledge); the written pack size is respected, so 250-800 g arabica beans (Paulig Arabica "
         "250 g, Черная карта Арабика 250 g) are excluded; 1 kg bean packs that do not say arabica (Пятёрочка Lavazza "
         "«зерновой, 1 кг», Ambassador Nero 1000 g; Магнит Ambassador Nero 1 kg, Piazza del Caffe Espresso Forte 1 kg - "
         "blends), ground and instant coffee and Магнит's ready coffee drinks «зерновой 300мл» excluded"),
        ("сливки питьевые 10 процентов (для кофе) одну бутылочку", acc(
            p=["3634638"], m=["476dabe99f"], k=["4178852"]),
         "drinking cream of exactly 10%: Пятёрочка Сарафаново «ул/паст.дет.10%» 480 ml (children's cream, accepted like "
         "children's milk), Магнит Домик в деревне стер. 10% 950 g, Перекрёсток Молочный знак стерилизованные 10% 500 ml; "
         "«бутылочку» is read as a unit, not a pack filter; Parmalat Comfort 11%, 20% and 33% cream, Mr. Сливкин (creamer "
         "powder), Сопьо Крима (a non-dairy substitute) excluded"),
        ("сахар тростниковый (коричневый — нерафинированный) одну пачку", acc(p=["3973713"]),
         "unrefined cane sugar: Пятёрочка «Сахар тростниковый нерафинированный Демерара» 500 g; white sugar (Магнит «Сахар "
         "белый прессованный») and cookies with cane sugar excluded"),
        ("шоколад горький (не менее 70 процентов какао) две плитки", acc(
            p=["4024458", "3170308"], m=["11ee50093d", "d30b66494b", "109301", "104961"]),
         "plain dark chocolate bars whose title states at least 70% cocoa: Пятёрочка Коркунов 70% 90 g, Бабаевский Элитный "
         "75% 200 g; Магнит Alpen Gold Bitter 70%, Merci горький 72%, Бабаевский элитный 75% (two ids); dark bars without a "
         "cocoa % (Alpen Gold «горький» 80 g, Alpen Gold Dark, Ozera Bitter, Путешествие), 55% (O'Zera Dark & Orange), "
         "flavoured or filled dark bars (Коммунарка с апельсином, with nuts, cherry-chili, Ritter Sport with hazelnuts), "
         "«Золотая марка Дуэт в горьком 70%» (a two-chocolate combination bar, not plain - judgement) and mixed dark/white "
         "bars excluded"),
    ]),
    # L05 шарлотка
    ("яблоки кислые (антоновка или семеренко) — полтора килограмма\n"
     "мука пшеничная высшего сорта — пачку в два килограмма\n"
     "сахар-песок белый — пачку на один килограмм\n"
     "разрыхлитель для теста — два пакетика", [
        ("яблоки кислые (антоновка или семеренко) — полтора килограмма", E,
         "no Антоновка or Семеренко (Ренет Симиренко) apples in any chain; the written varieties are required, so Магнит "
         "Гренни Смит and «красные», Пятёрочка Ред Делишес, Перекрёсток Гала, Медовый хруст and «сезонные» are excluded; "
         "the Белёв «антоновский» zefir is a trap"),
        ("мука пшеничная высшего сорта — пачку в два килограмма", acc(k=["91304", "8065"]),
         "wheat flour of высший сорт in 2 kg packs: Перекрёсток Makfa высшего сорта 2 kg and Пышечка хлебопекарная высшего "
         "сорта 2 kg; the written pack size is respected, so Makfa 1 kg is excluded; Перекрёсток «Мука Пшеничная, 2кг» "
         "(grade not stated), Пятёрочка Рязаночка «ЭКСТРА» 2 kg (a different grade), wholegrain, rye, rice and durum "
         "«крупка» flour excluded"),
        ("сахар-песок белый — пачку на один килограмм", E,
         "no granulated white sugar in any chain; Магнит «Сахар белый прессованный 1кг» (lump sugar, not песок), cane sugar "
         "and sugar-free goods excluded"),
        ("разрыхлитель для теста — два пакетика", acc(k=["4236368"]),
         "baking powder: Перекрёсток Пр!ст «Разрыхлитель для теста» 10 g; «два пакетика» is a quantity; no other baking "
         "powder on sale"),
    ]),
    # L06 бытовая химия
    ("средство для мытья посуды (Fairy или любое аналогичное) одну бутылку\n"
     "стиральный порошок для цветного белья (для автоматической машины — не для ручной стирки)\n"
     "губки для мытья посуды — упаковку (не меньше пяти штук в упаковке)\n"
     "туалетная бумага двухслойная (белая) — упаковку на восемь рулонов", [
        ("средство для мытья посуды (Fairy или любое аналогичное) одну бутылку", acc(
            p=["3679975", "3678617", "3669211", "3669212", "3669210", "3501028", "3501026", "3691740", "3503216",
               "3501031", "3500750", "4057348", "4057350"],
            m=["168221", "159851"]),
         "hand dish-washing liquid of any brand («или любое аналогичное»): Fairy (Нежные руки, Сочный лимон, Platinum, "
         "450/900 ml), AOS (бальзам, лимон, 7 трав, алоэ вера), BIASEPT, Sorti in Пятёрочка; Aos бальзам 900 g and Fairy "
         "Platinum Ледяная свежесть in Магнит; dishwasher tablets (Finish, Somat), cleaners and laundry products excluded"),
        ("стиральный порошок для цветного белья (для автоматической машины — не для ручной стирки)", acc(
            p=["2087255", "3418106", "2161528", "3023899", "2155021"],
            m=["1000286457", "50ee5ea8b5", "168231", "111621", "105881", "198901", "106541", "105941"]),
         "washing powder for coloured laundry: Пятёрочка Ariel Колор авт. 3 kg, BioMio «д/цвет.бел.» 1.5 kg, Bimax Color "
         "3 kg, Persil color 3 kg, Биолан Color 2.4 kg; Магнит Лоск Колор 2.7 kg, Персил Колор 1.5 kg, Ariel Color "
         "Автомат 6 kg, Bimax Color автомат 6 kg, Persil Color Автомат 3 kg, Tide Color автомат 4 kg, Tide Lenor Color "
         "2.5 kg, Tide Колор автомат 2.5 kg; powders whose title does not say «автомат» are taken as machine powders "
         "(outside knowledge: these brands' 1.5-3 kg colour powders are automatic ones, BioMio is universal); powders not for "
         "colour (Ariel Touch of Lenor, Ariel масло ши, Persil Лаванда / свежесть Вернель, Bimax 1000 пятен / белые вершины, "
         "Tide для чувствительной кожи / Детский), gels, liquids and capsules («порошок» was asked) and scouring powders "
         "(Пемолюкс, Comet) excluded"),
        ("губки для мытья посуды — упаковку (не меньше пяти штук в упаковке)", E,
         "no dish sponges in any chain (only wet wipes and napkins)"),
        ("туалетная бумага двухслойная (белая) — упаковку на восемь рулонов", E,
         "no two-ply toilet paper in packs of 8 in any chain: the written ply and pack size are required, so Papia «3сл. "
         "8рул», Zewa Deluxe 3-ply 8 rolls, Zewa Just 1 4-ply 8 rolls, Papia White De Luxe 8 rolls (ply not stated) and "
         "the 2-ply packs of 12 (Familia Plus, Zewa Plus in Пятёрочка and Магнит) are excluded, as are wet toilet tissues and "
         "paper towels"),
    ]),
    # L07 кошка
    ("влажный корм для кошек (паучи с курицей или с кроликом) — десять штук\n"
     "наполнитель для кошачьего туалета (комкующийся — не силикагель)\n"
     "сухой корм для стерилизованных кошек (Purina One или Royal Canin) одну пачку", [
        ("влажный корм для кошек (паучи с курицей или с кроликом) — десять штук", acc(
            p=["4002292", "4002291", "3603051"], m=["58257706ac", "203071"]),
         "wet cat food for adult cats in pouches with chicken or rabbit: Пятёрочка Purina One with chicken 75 g "
         "(«для стерилизованных», «для домашних»), Felix Двойной вкус «ягненок/курица» 85 g; Магнит Дарлинг «курица» 75 g "
         "пауч, Perfect Fit «с курицей» 85 g; Purina One 75 g, Felix 85 g and Perfect Fit 85 g taken as pouches (outside "
         "knowledge: these lines are sold in pouches); cans and trays excluded (Katty ж/б 415 g with chicken or rabbit, "
         "Gourmet Gold паштет «с кур.» - sold in tins), Sheba «кур/индейк.» 85 g (the title does not say pouch and Sheba sells "
         "85 g trays - excluded), kitten food (Felix «для котят», Whiskas «для котят» курица), other meats (beef, turkey, "
         "duck, lamb, fish, Felix «говядина/птица» - poultry not named as chicken), Dreamies treats and dog food excluded; "
         "«десять штук» is a quantity"),
        ("наполнитель для кошачьего туалета (комкующийся — не силикагель)", E,
         "no cat litter in any chain (only dairy products «с наполнителем»)"),
        ("сухой корм для стерилизованных кошек (Purina One или Royal Canin) одну пачку", E,
         "no dry food for sterilised cats of Purina One or Royal Canin: Пятёрочка «Корм для кошек Purina One, индейка, "
         "1,5 кг» (not for sterilised cats), Purina One dog food, Магнит Perfect Fit «стер сух» and Дарлинг (other brands) "
         "excluded; a named brand is not replaced by another"),
    ]),
    # L08 блины
    ("молоко 2.5 процента (любой марки) — одну упаковку\n"
     "масло подсолнечное рафинированное (без запаха) одну бутылку\n"
     "икра красная (лососёвая — не имитация!) небольшую баночку\n"
     "варенье вишнёвое (именно варенье — не джем и не конфитюр)", [
        ("молоко 2.5 процента (любой марки) — одну упаковку", acc(
            p=["3645808"], m=["a28bae784b"],
            k=["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
               "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
               "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"]),
         "drinking cow milk of exactly 2.5%, any brand and pack (pasteurised, UHT, sterilised), incl. children's milk "
         "(Сарафаново «детское») and Магнит Вкуснотеево 0.2 l (no size was written); other fat levels, milkshakes, kefir "
         "and the 2.5% Barista/flavoured drinks excluded"),
        ("масло подсолнечное рафинированное (без запаха) одну бутылку", acc(
            p=["3454645"], m=["0b2585a062", "c52c41afd8", "77ec9da5de"]),
         "refined (deodorised) sunflower oil: Пятёрочка Олейна «раф.дез.» 2 l; Магнит Благо «рафинированное, "
         "дезодорированное» 1 l, Mr.Ricco «раф/дезодор» 1 l, Слобода «раф для жарки» 1 l (refined frying oil, taken as "
         "odourless - outside knowledge); Almador flavoured oils (базилик, чеснок), Mr.Ricco blends with olive/avocado oil "
         "and «с экстр. Прованские травы», corn, grape-seed and olive oils excluded"),
        ("икра красная (лососёвая — не имитация!) небольшую баночку", acc(
            p=["2046731"], m=["105041"],
            k=["4323783", "4437727", "4320227", "4432583", "4386122", "4411673", "4428864", "3465904", "4411674",
               "4383708", "4433327"]),
         "natural red (salmon-family) caviar: Пятёрочка СВК «Икра ТУНГУТУН лос.» 230 g jar; Магнит «Икра лососевая, "
         "зернистая, натуральная» 75 g; Перекрёсток roe of горбуша, кета, кижуч, нерка (95-240 g) and trout roe (Kala Ranta, "
         "Форель Горная - trout is a salmonid and its roe is sold as red caviar; outside knowledge); «небольшую баночку» is "
         "a wish; imitation and «икорное рыбное изделие» (Fish House, Санта Бремор «деликатесная»), capelin, cod, herring, "
         "sturgeon and sterlet roe, and the salad with red caviar excluded"),
        ("варенье вишнёвое (именно варенье — не джем и не конфитюр)", E,
         "no cherry varenye in any chain; other varenye (Janarat белая черешня/грецкие орехи, Экопродукт черничное, Магнит "
         "малиновое, Вологодское клубничное) and all jams (Махеевъ) excluded"),
    ]),
    # L09 оливье
    ("колбаса докторская (варёная — не ветчина) граммов 400\n"
     "горошек зелёный консервированный — две банки\n"
     "огурцы маринованные или солёные — одну банку\n"
     "майонез «Провансаль» (67 процентов — не «лёгкий»)", [
        ("колбаса докторская (варёная — не ветчина) граммов 400", acc(
            p=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            k=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451",
               "3033317", "4221913", "3639615", "3347584"]),
         "boiled «Докторская» sausage of any brand and size, sticks, slices or by weight («граммов 400» is the quantity "
         "wanted): Пятёрочка Рублевский, Велком (two ids), МДБ, Мясной дом Бородина, «Мясное колбасное изделие … «Докторская»» "
         "450 g, Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ вар.» (a halal Докторская особая - accepted as Докторская); Перекрёсток Ближние "
         "Горки, Вязанка, Маркет, Маркет Collection, МД Бородина, Окраина, Ремит нарезка, Рублевский, Велком, Клинский; "
         "other boiled sausages (Молочная, Телячья, Языковая, Мясная, Филейная, Любительская), ham, Докторские сосиски and "
         "сардельки excluded; Магнит and Дикси carry no Докторская"),
        ("горошек зелёный консервированный — две банки", acc(
            p=["4043589"], m=["203021", "213651", "111581"], k=["82254", "41891", "27460", "4273266", "4345766"]),
         "canned green peas of any brand and tin size (Пятёрочка «молодой Горошек» 425 ml; Магнит Globus, Bonduelle 212 ml, "
         "Бондюэль 400 g; Перекрёсток 6 соток, Globus, Бондюэль, ЗНАК ЗАБОТЫ, Маркет); «две банки» is a quantity; peppercorns "
         "«горошек» excluded"),
        ("огурцы маринованные или солёные — одну банку", acc(
            p=["4063896", "3952588", "2147768"], m=["f4d4a78066", "157851"], k=["4404269"]),
         "pickled or salted cucumbers: Пятёрочка Глобус «соленые огурчики Старорусские» 900 g, Дядя Ваня «Огурцы Пикули "
         "Одесские» 350 g, Скатерть-самобранка «Огурчики маринов.» 720 ml; Магнит МЕЛЕНЪ «Огурцы соленые Муромские» 900 g, "
         "«Огурцы соленые, Корнишоны» 500 g; Перекрёсток «Огурцы солёные бочковые Маркет» 500 g; «одну банку» is read as a "
         "quantity (the barrel and pack ones accepted); fresh cucumbers, Магнит «Ассорти Черри и Корнишоны» (mixed with "
         "tomatoes), cucumber shampoos and juices excluded"),
        ("майонез «Провансаль» (67 процентов — не «лёгкий»)", acc(
            p=["3695167", "3982578", "3355228", "3193489", "3355242"], m=["204681"],
            k=["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
               "4105769", "3695167"]),
         "Провансаль mayonnaise of 67% (any brand and size, incl. «Московский Провансаль» and «Провансаль оливковый» "
         "variants): Пятёрочка МОС.ПРОВАНС. на перепелиных яйцах, Московский Провансаль оливковый, Ряба Провансаль and "
         "Провансаль оливковый, Слобода 67% 800 ml (id 3193489, titled «Слобода Провансаль 67%» in Перекрёсток); Магнит "
         "Ряба Провансаль; Перекрёсток Махеевъ Провансаль с лимонным соком, Ряба, Скит, Слобода Провансаль (400/800 ml and "
         "оливковый 200 ml), Я люблю готовить Классический провансаль and Московский Провансаль (incl. the 700 ml without a "
         "% in the title - the same line is 67%) and the 600 ml «на перепелиных яйцах» (id 3695167, titled МОС.ПРОВАНС. in "
         "Пятёрочка); mayonnaises not sold as Провансаль (Heinz Классический, Mr.Ricco, Махеевъ С перепелиным яйцом, Слобода "
         "Оливковый, MR.RICCO с мас.авокадо), 55% «домашний» and mayonnaise-based sauces excluded; no «лёгкий» Провансаль on "
         "sale"),
    ]),
    # L10 рыбный день
    ("филе трески замороженное — примерно килограмм\n"
     "сельдь слабосолёная (целую или филе — только не в масле)\n"
     "рис круглозёрный (для гарнира) — одну пачку", [
        ("филе трески замороженное — примерно килограмм", acc(
            p=["3626338"], k=["4406364", "4352492", "4358015", "4352493"]),
         "frozen cod fillet of any pack: Пятёрочка «Треска филе, Fish House» 600 g (frozen-food shelf); Перекрёсток Borealis "
         "«Бакаляо По-Мурмански … филе с кожей замороженная» 600 g (Бакаляо taken as the line name - the title gives no salt), "
         "Люди Любят fillet without skin, loin fillet and «филе порционное мороженое» 400 g; «примерно килограмм» is a "
         "quantity; cod тушка, cod steak, fish cakes, cod roe and pet food excluded"),
        ("сельдь слабосолёная (целую или филе — только не в масле)", acc(
            p=["3638123", "3697250"], k=["3504605", "4364450"]),
         "lightly salted herring, whole or fillet, not in oil and not in a flavoured marinade: Пятёрочка Fish House "
         "«Сельдь Атлантическая, специального посола» 1 kg and Русское Море «Сельдь атлантическая» 400 g (both taken as "
         "whole salted herring - outside knowledge); Перекрёсток Vici «из бочки филе с кожей в рассоле с пряностями» and "
         "Русское море «филе слабосоленая бочковая традиционный посол в заливке»; everything «в масле» (Матиас, Царская, "
         "Балтийский берег, Меридиан, Смоленская коллекция, Vici «К картошке», Русское море «Селедочка»), herring in wine or "
         "spicy marinades (Исландка бело-/красновинная, Меридиан красно-винная, РАПТИКА «в пр.з.»/«в с.вик.», Золотая Fishka "
         "«По-шведски»), Матиас «деликатесное оригинальное» 400 g and Тесей «Царская, с укропом» (titles do not say, these "
         "lines are sold in oil - judgement), Магнит «Сельдь тихоокеанская, 245 г» (form not stated), herring roe and "
         "«под шубой» salads excluded"),
        ("рис круглозёрный (для гарнира) — одну пачку", acc(
            p=["3483037"], m=["106651", "106021", "106641"]),
         "round-grain rice: Магнит Увелка «Краснодарский, круглый» 800 g, Мистраль «для плова, традиционный, круглый» "
         "900 g and Мистраль «Кубань» 0.9 kg (Kuban rice is round-grain - outside knowledge); Пятёрочка «МИСТР.Рис для плова "
         "традиц.» 900 g (the same Мистраль product that Магнит titles «круглый»); «для гарнира» is a purpose; long-grain, "
         "basmati and jasmine rice, Адриатика (medium-grain), Националь «для плова» and Global Village «для плова» (grain "
         "not stated), brown rice, rice mixes, rice flakes, porridge and rice drinks excluded; Перекрёсток and Дикси carry no "
         "rice"),
    ]),
    # L11 ужин по будням
    ("куриное филе (грудка без кожи — без маринада) около килограмма\n"
     "макароны из твёрдых сортов пшеницы (спагетти или перья) — две пачки\n"
     "томатная паста — небольшую баночку\n"
     "сыр пармезан (или грана падано) граммов 150", [
        ("куриное филе (грудка без кожи — без маринада) около килограмма", acc(
            p=["2160026", "2160069", "3963723"],
            k=["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"]),
         "raw chilled chicken breast without skin and without marinade: Пятёрочка Первая свежесть «Куриная грудка, без кожи» "
         "1 kg, «Филе с груд.» 1 kg, «Филе большое грудки цыпленка-бройлера» 750 g; Перекрёсток Первая Свежесть and Петелинка "
         "«Грудка куриная … без кожи», «Филе грудки» of Первая Свежесть, Троекурово, Петелинка, Зелёная Линия and Петелинка "
         "«Филе цыплёнка малое» (inner breast fillet); «грудка без кожи» accepted because the writer defines the fillet that "
         "way; «около килограмма» is a quantity; thigh fillets, drumsticks, whole birds, grilled/baked ready fillets, duck "
         "breast and Магнит's marinated «Голень … Алабама» excluded"),
        ("макароны из твёрдых сортов пшеницы (спагетти или перья) — две пачки", acc(
            p=["18453", "18460", "4008044", "4077771", "4037644", "4037652"], m=["199251"]),
         "durum-wheat spaghetti or penne: Пятёрочка Federici «СПАГЕТТИ» and «ПЕРЬЯ РИФЛЕНЫЕ» 500 g (Italian pasta, durum "
         "by law - outside knowledge), «группы А высшего сорта Спагетти» 500 g (группа А = durum), «Spaghetti n.3 из "
         "твердых сортов пшеницы», Barilla Спагетти and Пенне ригате; Магнит «Макароны Макфа, перья» 450 g (Makfa pasta is "
         "группа А durum - outside knowledge); other shapes (вермишель, спиральки, фузилли, фарфалле, капеллини, пипе ригате, "
         "рожки, ракушки, улитки, свитки), egg soup pasta, instant noodles, ready pasta dishes and чечил «спагетти» cheese "
         "excluded"),
        ("томатная паста — небольшую баночку", acc(p=["84652", "3486033", "31623", "3696785"]),
         "tomato paste of any brand and jar size (Помидорка 250 ml and 480 ml, Heinz 310 g, Махеевъ «Паста ДОМАШНЯЯ томат.» "
         "500 g glass); «небольшую баночку» is a wish; ketchups, tomato sauces, juices and sun-dried tomatoes excluded"),
        ("сыр пармезан (или грана падано) граммов 150", acc(
            p=["3650219", "3462825", "24647", "3433812"], k=["3963977", "3206443", "3433812", "3912980"]),
         "cheese sold as «Пармезан» (no Grana Padano on sale): Пятёрочка Castello «REGGIANIDO ПАРМЕЗ.» 150 g, Laime «ПАРМЕЗАН» "
         "200 g, Чиз Гелери Пармезан 175 g, Dolche Пармезан 150 g; Перекрёсток Cheese Gallery тёртый, Dolce Granto by weight "
         "and тёртый 150 g, Зелёная Линия «Пармезан молодой» (all Russian parmesan-type cheeses, young or aged); «граммов "
         "150» is a quantity; crisps, crackers and fuet «с пармезаном» and other hard cheeses (Havarti выдержанный) "
         "excluded"),
    ]),
    # L12 фрукты
    ("бананы — около килограмма (лучше не зелёные)\n"
     "апельсины (крупные — для сока) два килограмма\n"
     "виноград без косточек (белый или тёмный — всё равно)", [
        ("бананы — около килограмма (лучше не зелёные)", acc(k=["3757", "4112219", "3639749", "4208494"]),
         "fresh bananas: Перекрёсток «Бананы», «Бананы мини», «Бананы фасованные», «Банан Organic Зелёная Линия» (Зелёная "
         "Линия is the brand, not the colour); «около килограмма» and «лучше не зелёные» are quantity and wish; dried bananas, "
         "banana sweets, muesli and purees excluded"),
        ("апельсины (крупные — для сока) два килограмма", acc(m=["109471"], k=["1535"]),
         "fresh oranges (Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»); «крупные — для сока» is a wish and a purpose, "
         "«два килограмма» a quantity; juices, nectars, orange-flavoured goods and olives stuffed with orange excluded"),
        ("виноград без косточек (белый или тёмный — всё равно)", acc(
            p=["4327381"], k=["48660", "57580", "4327381", "48657"]),
         "fresh seedless grapes of any colour: Перекрёсток «Виноград белый без косточек», «Киш-миш», «Киш-миш чёрный», Шайн "
         "Мускат; Пятёрочка Шайн Мускат (Kishmish and Shine Muscat are seedless varieties - outside knowledge); Перекрёсток "
         "Тайфи (a seeded variety) and Магнит «Виноград черный» (seedless not stated) excluded, as are raisins, juices, wine "
         "and grape-flavoured goods"),
    ]),
    # L13 каша
    ("овсяные хлопья «Геркулес» (обычные — не быстрого приготовления) одну пачку\n"
     "изюм без косточек (тёмный) — граммов 200\n"
     "йогурт натуральный (без сахара и без фруктов) четыре баночки", [
        ("овсяные хлопья «Геркулес» (обычные — не быстрого приготовления) одну пачку", acc(p=["4027131", "3472901"]),
         "ordinary rolled oats that need cooking: Пятёрочка «Хлопья овсяные Клинские \"Геркулес\"» 500 g and Увелка «Хлопья "
         "зерн.овсян.трад.» 400 g (traditional whole-grain flakes - «Геркулес» is read as the kind of flakes, not a brand); "
         "instant porridges («без варки», «быстров.»), flavoured porridges, oat «продукт» drinks, bran, buckwheat and "
         "multigrain flakes excluded"),
        ("изюм без косточек (тёмный) — граммов 200", E,
         "no raisins sold on their own in any chain; cookies, chocolate, pastry and nut mixes with raisins excluded"),
        ("йогурт натуральный (без сахара и без фруктов) четыре баночки", acc(
            p=["3503857", "3433156"], k=["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"]),
         "plain unsweetened yoghurt: Пятёрочка Danone «Йогурт 3,3%» 110 g and 350 g (Danone's natural yoghurt - outside "
         "knowledge); Перекрёсток plain Greek yoghurts (Neo «классический без сахара», Teos Греческий 2% 140/250 g, "
         "Простоквашино Греческий 2% 135/235 g, Зелёная Линия «греческий натуральный 4%»); «четыре баночки» is a quantity; "
         "every yoghurt with fruit, berries, cereals, chocolate or a flavour excluded, and plain-looking yoghurts whose title "
         "does not show that they are natural and unsweetened (Bio-Max «Классический», Epica питьевой 2.9%, Активиа 2.4%, "
         "Верховье and Сарафаново children's yoghurts) excluded - judgement; Дикси Viola Малина-Мята excluded"),
    ]),
    # L14 простуда
    ("имбирь свежий (корень — не маринованный) небольшой кусочек\n"
     "чай зелёный без ароматизаторов (в пакетиках) одну пачку\n"
     "лимоны — две штуки\n"
     "клюква (свежая или замороженная — для морса) одну упаковку", [
        ("имбирь свежий (корень — не маринованный) небольшой кусочек", E,
         "no fresh ginger root in any chain; pickled ginger (Пятёрочка Скатерть-самобранка, Магнит «Имбирь маринованный»), "
         "candied ginger, ginger cookies, lemonade and honey with ginger excluded"),
        ("чай зелёный без ароматизаторов (в пакетиках) одну пачку", E,
         "no plain green tea in bags in any chain: flavoured or blended green teas (Curtis Delicate Mango, Hugo cocktail, "
         "TESS Lime, ASSAND jasmine, Richard мелисса/мята/лемонграсс, Lipton «Magnificent Matcha» green tea with matcha - a "
         "blend), milky oolongs, bottled iced tea drinks and green-tea dish soap excluded"),
        ("лимоны — две штуки", E,
         "no fresh lemons in any chain; lemon-flavoured goods, olives with lemon, lemon cleaners and juices excluded"),
        ("клюква (свежая или замороженная — для морса) одну упаковку", acc(k=["4250849"]),
         "REPLACED item (blind: «клюква замороженная (для морса) — один пакет»; the whole list was empty everywhere): cranberries, "
         "fresh or frozen - Перекрёсток «Клюква дикорастущая Зелёная Линия, 250г» (sold on the fresh-berry shelf); cranberry "
         "drinks, mors, juices, sauerkraut with cranberries, cranberry liqueur and cookies excluded"),
    ]),
    # L15 гости
    ("маслины без косточки (чёрные — не зелёные оливки) одну банку\n"
     "сыр брынза или фета (рассольный) граммов 250\n"
     "помидоры черри — одну упаковку (красные или жёлтые)\n"
     "вино красное сухое (Саперави или Мукузани) одну бутылку", [
        ("маслины без косточки (чёрные — не зелёные оливки) одну банку", acc(
            p=["3013064", "3436379", "4005881"], k=["4249106"]),
         "pitted black olives sold as «маслины без косточки» (Пятёрочка Bonduelle 300 g, Iberica 360 g, Filippo Berio "
         "300 g; Перекрёсток La Explanada 350 g); маслины с косточкой, green olives (pitted, stuffed, with shrimp/salmon), "
         "«оливки-гриль в масле» and olive oil excluded"),
        ("сыр брынза или фета (рассольный) граммов 250", acc(
            p=["3436718"], k=["4394485", "4373714", "4227953", "4226887", "3436716"]),
         "brine cheese of the brynza/feta kind: Пятёрочка «СИРТАКИ Сыр д/греч.сал. … рас. 35%» 330 g; Перекрёсток Mlekara "
         "Sabac «Сербская Брынза» 230 g and 515 g, Sveza «фета нежная» 250 g, Экомилк «Фетика греческий традиционный» 275 g, "
         "«Сыр рассольный Сиртаки 35%» 200 g (Сиртаки and Фетика are feta-type brine cheeses - outside knowledge); «граммов "
         "250» is a quantity; Фетакса (processed / «без рассола» / light - not brynza or feta), «Продукт рассольный Сиртаки "
         "Original 55%» (a vegetable-fat product, not cheese), чечил and other cheeses excluded"),
        ("помидоры черри — одну упаковку (красные или жёлтые)", acc(
            m=["169381", "107681", "168841"], k=["3676649", "4188460", "3673307"]),
         "fresh cherry tomatoes: Магнит «Дольче Вита, на ветке» 200 g, «Томаты Черри» 250 g, «Черри, сливовидные» 250 g; "
         "Перекрёсток Медовые черри красные and оранжевые 200 g, «черри на ветке» 250 g; the orange ones accepted "
         "(judgement: «красные или жёлтые» says the colour does not matter); «коктейльные» tomatoes (a larger kind), ordinary, "
         "pink, plum, Бакинские tomatoes, salted/marinated tomatoes and the cherry-gherkin assortment jar excluded"),
        ("вино красное сухое (Саперави или Мукузани) одну бутылку", E,
         "no Saperavi or Mukuzani in any chain; Магнит «Авторское Каберне-Саперави» (a Cabernet-Saperavi blend, not "
         "Saperavi), Киндзмараули and Ахашени (semi-sweet) and other red dry wines (Spanish, French, Italian, Russian) "
         "excluded - the named wines are required"),
    ]),
    # L16 гигиена
    ("зубная паста отбеливающая (один тюбик)\n"
     "шампунь для сухих волос (любой марки — только не «2 в 1»)\n"
     "мыло хозяйственное (72 процента) — два куска", [
        ("зубная паста отбеливающая (один тюбик)", acc(
            p=["4009101", "3359945", "3230372", "3605411", "3429353", "3366711", "3152415"]),
         "whitening toothpaste: Пятёрочка Blend-a-med 3DW «Отбеливание…», President WHITE, Splat Special Blackwood «отб.», "
         "Colgate Total 12 «Проф.Отбел.», Aquafresh «сияющая белизна», Lacalut White&Repair, ROCS «Кофе и табак» (sold as a "
         "whitening paste for coffee drinkers and smokers - outside knowledge); pastes whose title names no whitening (Close "
         "Up, President Renome, ROCS Активный кальций, Sensodyne Total Care, Splat Professional / Черный лотос, Blend-a-med "
         "бережная мята, Colgate Total гель, Colgate Кальций-Ремин, Splat Junior), toothbrushes and mouthwash excluded"),
        ("шампунь для сухих волос (любой марки — только не «2 в 1»)", E,
         "no shampoo for dry hair in any chain: shampoos for damaged, coloured, thin, oily-root, all hair types, against "
         "dandruff or hair loss are other products, 2-in-1 / 3-in-1 excluded by the writer, and SHAMTU «…Б/МЫТ.ВОЛ.сух.» is "
         "a dry shampoo (trap)"),
        ("мыло хозяйственное (72 процента) — два куска", E,
         "no household (laundry) soap in any chain; toilet soaps (Safeguard, Camay, Fax, Dove крем-мыло) and liquid soap "
         "excluded"),
    ]),
    # L17 суп куриный
    ("курица целая (тушка) — примерно полтора килограмма\n"
     "морковь — три средние штуки\n"
     "лук репчатый — килограмм (можно сеткой)\n"
     "вермишель паутинка (самая тонкая) — одну пачку", [
        ("курица целая (тушка) — примерно полтора килограмма", acc(
            d=["4cc1fb4741"], k=["3153446", "4068157", "4312266", "4252168"]),
         "a whole raw chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (taken as a whole carcass priced per kg - "
         "outside knowledge); Перекрёсток «Тушка цыплёнка 1 сорт», An-noor Халяль, Петелинка, «Цыплёнок корнишон» (a small "
         "whole bird); «примерно полтора килограмма» is a quantity; chicken parts, Магнит купаты and marinated drumsticks, "
         "canned chicken and duck excluded"),
        ("морковь — три средние штуки", acc(m=["199761"], k=["52112"]),
         "fresh carrots (Магнит «Морковь мытая» 1 kg pack, Перекрёсток «Морковь мытая» by weight); «три средние штуки» is a "
         "quantity; carrot salads, juices, purees and «Морковь пикантная с баклажанами» excluded"),
        ("лук репчатый — килограмм (можно сеткой)", acc(
            m=["168731", "168741", "168721"], k=["3368252", "3623836", "79135", "79012", "4272905"]),
         "fresh bulb onions of any colour and pack: Магнит «Лук Светофор» 3 шт, «Лук Ялтинский, в сетке» 300 g, «Лук "
         "репчатый, красный» 500 g; Перекрёсток «Лук Ялтинский» (loose and 350 g), «Лук репчатый белый», «красный», «Лук "
         "салатный» (a sweet bulb onion sold by weight - outside knowledge); «килограмм» is a quantity; shallots, the "
         "herb mix with green onion, onion-flavoured snacks and Federici «Луковки» pasta excluded"),
        ("вермишель паутинка (самая тонкая) — одну пачку", E,
         "no «паутинка» vermicelli in any chain: Federici «ВЕРМИШЕЛЬ» (a spaghetti-thick vermicelli), Пятёрочка «вермишель "
         "для супчика» (thinness not stated), instant noodles and soups with vermicelli excluded"),
    ]),
    # L18 кафедра
    ("кофе растворимый (Nescafe Gold или Jacobs Monarch — любой из двух)\n"
     "сахар рафинированный кусковой (не песок!) — одну коробку\n"
     "крекеры солёные (без сыра и без добавок) две пачки", [
        ("кофе растворимый (Nescafe Gold или Jacobs Monarch — любой из двух)", acc(
            p=["3928171", "3658915", "3971960", "3626895", "3419750", "3659359", "3659496", "3932897", "3372172",
               "3488345"],
            m=["205121", "106231", "109351", "199191", "198971"]),
         "instant coffee of the Nescafe Gold or Jacobs Monarch lines in any jar or pack: Пятёрочка Nescafe Gold 75/95/130/"
         "190 g, Gold Crema, Gold Barista, Gold Espresso, Gold Origins Colombia, Jacobs Monarch 240 g and Monarch Intense "
         "150 g; Магнит Jacobs Monarch 95/240 g, Nescafe Gold 95/190 g; other brands and lines (Nescafe Classic, Crema, "
         "Latte sachets, Jacobs Gold, Millicano, Crema, Velour, unbranded «кофе натуральный растворимый»), Monarch beans and "
         "ground coffee excluded"),
        ("сахар рафинированный кусковой (не песок!) — одну коробку", acc(m=["07d5c3205d"]),
         "lump sugar in a box: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (pressed white lump sugar in a cardboard "
         "box - accepted as кусковой рафинад, outside knowledge); cane sugar (Демерара) and granulated sugar excluded"),
        ("крекеры солёные (без сыра и без добавок) две пачки", E,
         "no plain salted crackers in any chain: TUC with crab, pizza, cheese, sour cream and onion, crackers «С кунжутом и "
         "семенами льна», «Забавные животные» (a sweet children's cracker) and chocolate with cracker excluded"),
    ]),
    # L19 вегетарианец
    ("нут сухой (не консервированный) — полкилограмма\n"
     "чечевица красная — одну пачку\n"
     "кабачки молодые — две-три штуки\n"
     "масло оливковое Extra Virgin — бутылку пол-литра", [
        ("нут сухой (не консервированный) — полкилограмма", E, "no chickpeas in any chain"),
        ("чечевица красная — одну пачку", E, "no lentils in any chain"),
        ("кабачки молодые — две-три штуки", acc(k=["44110", "48632"]),
         "fresh courgettes (Перекрёсток «Кабачки», «Кабачки цуккини зелёные», sold by weight); «молодые» is read as the usual "
         "fresh young marrows and «две-три штуки» as a quantity; squash caviar, «Кабачки в аджике», baby purees with "
         "courgette excluded"),
        ("масло оливковое Extra Virgin — бутылку пол-литра", acc(p=["2153521", "63538"], m=["204571"]),
         "extra-virgin olive oil in 0.5 l bottles (the written size is respected): Пятёрочка Filippo Berio Organic Extra "
         "Virgin 0.5 l, MONINI «CLAS.олив.нераф.ст/б 500мл» (Monini Classico is extra virgin - outside knowledge); Магнит "
         "Filippo Berio EV 0.5 l; 250 ml EV bottles (Global Village, Monini 250 g), Global Village «Virgen Extra, "
         "рафинированное, с добавлением нерафинированного» (a refined blend despite the name), Магнит «Pure» olive oil, "
         "sunflower oil with olive oil and olive-oil cosmetics excluded"),
    ]),
    # L20 внучка
    ("сок детский яблочный (Агуша или Фрутоняня) — шесть маленьких коробочек\n"
     "сырки творожные глазированные (ванильные — без начинки) пять штук\n"
     "пюре фруктовое детское (яблоко или груша) — четыре баночки", [
        ("сок детский яблочный (Агуша или Фрутоняня) — шесть маленьких коробочек", acc(m=["eef4bdbf61"]),
         "single-fruit apple juice of Агуша or Фрутоняня in small cartons: Магнит «АГУША Сок яблоко осв 200мл т/пак»; "
         "Агуша яблоко-вишня / яблоко-шиповник, Фрутоняня мультифрукт and груша juices, the Фрутоняня apple-cherry nectar, "
         "Агуша «вода+сок», Honey Kid juices (another brand) excluded; «шесть» is a quantity"),
        ("сырки творожные глазированные (ванильные — без начинки) пять штук", acc(p=["3410456"]),
         "glazed vanilla curd snacks without filling: Пятёрочка Б.Ю.Александров «глазированный, ванильный, в молочном "
         "шоколаде, 5%» 50 g; Б.Ю.Александров «КАРТ.» (Картошка flavour), «с орехами фисташки», «в белом шоколаде» (flavour not "
         "stated), «Суфле» (a different product), Свитлогорье «творожный» 120 g (not glazed) and the РАЭ ice-cream-cone curd "
         "desserts excluded; «пять штук» is a quantity"),
        ("пюре фруктовое детское (яблоко или груша) — четыре баночки", acc(p=["3606462", "3606438"]),
         "single-fruit children's purees of apple or pear: Пятёрочка Агуша «Груша» and «Яблоко» 90 g pouches (the pack "
         "form «баночки» is read as a unit); mixed purees (яблоко-банан-печенье, яблоко-персик, яблоко-груша-брокколи, "
         "Фрутоняня яблоко/банан/груша с печеньем, яблоко/малина со сливками, Растишка груша-яблоко), vegetable, meat and "
         "fish purees excluded"),
    ]),
    # L21 холостяцкий ужин
    ("пельмени (любые — только не куриные) одну пачку\n"
     "сметана 15 процентов — одну упаковку\n"
     "горчица русская (острая) — одну баночку", [
        ("пельмени (любые — только не куриные) одну пачку", acc(
            p=["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703",
               "3613651", "4000407", "3693405", "3671957", "3672557"],
            m=["4907605c6d", "198951", "109411", "167901", "213711", "160301", "0f6321338f"],
            d=["862d82ab40"]),
         "frozen pelmeni of any brand whose title does not name chicken: Пятёрочка Горячая штучка Бульмени, Мираторг "
         "(домашние, мраморная говядина, сливочные), Сибирская коллекция (Телячьи, Особые со сливками, Фирменные, "
         "Новосибирские, 4 вида мяса), Ложкаревъ (two), Стародворье, Цезарь (Классика, Домашние); Магнит Сибирская коллекция "
         "Фирменные, Eat Meat, Ложкаревъ, Мираторг (three), Цезарь «с мясом бычков»; Дикси Сибирская коллекция Особые на "
         "сливках; Магнит Сибирская коллекция «Сочные, говядина/курица/свинина» excluded because it names chicken (judgement: "
         "«не куриные» rules out chicken filling; «4 вида мяса» does not name it); vareniki, blini and pelmeni sauce excluded"),
        ("сметана 15 процентов — одну упаковку", acc(
            p=["3665624"], m=["de14617e33", "199001"],
            k=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"]),
         "sour cream of exactly 15%, any brand and pot (incl. lactose-free Parmalat Comfort and Простоквашино 15%); 10%, "
         "20%, 25%, 30% sour cream, sauces and snacks «со сметаной» excluded"),
        ("горчица русская (острая) — одну баночку", acc(p=["3435016"]),
         "Russian table mustard: Пятёрочка МАХЕЕВЪ «Горчица РУССКАЯ столов.» 140 g doy-pack (Russian mustard is the hot "
         "kind - outside knowledge; «баночку» read as a unit); Global Village «Французская» mustard, Магнит Махеевъ хрен and "
         "mustard-flavoured snacks excluded"),
    ]),
    # L22 дача
    ("уголь древесный для мангала (берёзовый) — один мешок\n"
     "шашлык свиной маринованный (из шейки) — килограмма два\n"
     "кетчуп Heinz (томатный — без острых и прочих добавок)\n"
     "лаваш армянский тонкий — две упаковки", [
        ("уголь древесный для мангала (берёзовый) — один мешок", E,
         "no charcoal sold as birch: Перекрёсток «Уголь древесный Пр!ст, 2.5кг» does not say the wood, and the written wood "
         "(берёзовый) is required - judgement; ice-cream «брикет» and grilled vegetables excluded"),
        ("шашлык свиной маринованный (из шейки) — килограмма два", E,
         "no marinated pork-neck shashlik in any chain: Магнит «Стейк из шеи свинины, в маринаде» and «Стейк из свинины, в "
         "маринаде Алабама» (steaks, not shashlik cubes - judgement), raw unmarinated pork neck (Пятёрочка Слово Мясника, "
         "Рестория, Черкизово «Шейка п/ф … крупнокусковой»), cooked-smoked «Шейка из свинины», marinated turkey and chicken "
         "excluded"),
        ("кетчуп Heinz (томатный — без острых и прочих добавок)", acc(p=["4086400"]),
         "Heinz plain tomato ketchup: Пятёрочка «Томатный кетчуп Heinz 342г»; Heinz «томат.с горч.» (with mustard - an "
         "addition), Heinz sauces (кисло-сладкий, сладкий чили, сырный, Цезарь, Salsa, Cherry, Терияки), other brands' "
         "ketchups and Heinz tomato paste excluded"),
        ("лаваш армянский тонкий — две упаковки", E,
         "no lavash in any chain; Mission wheat tortillas (a different flatbread) excluded"),
    ]),
    # L23 хозяйство
    ("пакеты для мусора (60 литров — прочные) — один рулон\n"
     "фольга алюминиевая для запекания — один рулон\n"
     "батарейки пальчиковые (тип АА — алкалиновые) — упаковку", [
        ("пакеты для мусора (60 литров — прочные) — один рулон", acc(m=["e9bebc57c0"]),
         "60 l bin bags: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт 8,5мкм» («прочные» is a wish, the 60 l volume is "
         "respected); Магнит «Мешки для мусора 35л» excluded"),
        ("фольга алюминиевая для запекания — один рулон", acc(m=["f69098d85b"]),
         "aluminium foil: Магнит «Фольга особопрочная 29смх7м 14мкм»; Перекрёсток Home Story «Рукав для запекания» (a "
         "roasting bag, not foil) excluded"),
        ("батарейки пальчиковые (тип АА — алкалиновые) — упаковку", E, "no batteries in any chain"),
    ]),
    # L24 мясной ужин
    ("фарш говяжий (без свинины) — граммов 500\n"
     "гречневая крупа (обычная коричневая — не зелёная) одну пачку\n"
     "огурцы свежие (гладкие или пупырчатые — какие будут) полкилограмма\n"
     "хлеб ржаной (бородинский или дарницкий) одну буханку", [
        ("фарш говяжий (без свинины) — граммов 500", acc(p=["3398465", "4065830", "3447375"]),
         "pure beef mince: Пятёрочка Рестория «фарш Говяжий» 400 g, Останкино «ФАРШ ГОВЯЖИЙ» 400 g, Мираторг «Фарш говяжий» "
         "400 g; «граммов 500» is a quantity; mixed minces (Мираторг свино-говяжий, Самсон and Ближние Горки «Домашний»/"
         "«Деревенский»), turkey, chicken (Петелинка Премиум) and Магнит pork mince excluded"),
        ("гречневая крупа (обычная коричневая — не зелёная) одну пачку", E,
         "no buckwheat groats in any chain; buckwheat flakes, buckwheat porridge, soba noodles, «Рис и греча» mix, canned "
         "meat «с гречкой» and Greek yoghurts (stem «греч») excluded"),
        ("огурцы свежие (гладкие или пупырчатые — какие будут) полкилограмма", acc(
            m=["200221", "169161"], k=["4391463", "3682401", "3368258"]),
         "fresh cucumbers of any kind: Магнит «короткоплодные, тепличные» 450 g and «среднеплодные, пупырчатые» 600 g; "
         "Перекрёсток Ботаника 420 g, «Огурцы Хрустящие» 450 g and «Огурцы корнишоны» 300 g (fresh-vegetable packs; taken "
         "as fresh - outside knowledge); «полкилограмма» is a quantity; salted, marinated and barrel cucumbers, cucumber "
         "shampoo, curd cheese «с огурцами» excluded"),
        ("хлеб ржаной (бородинский или дарницкий) одну буханку", E,
         "no Borodinsky or Darnitsky bread in any chain; Даниловский «Ржано-пшеничный», Ржаной Край (brand), other loaves, "
         "«Хлебцы тонкие бородинские», rye croutons and Колбаса «Бородинская» excluded (the named breads are required)"),
    ]),
    # L25 день рождения коллеги
    ("торт «Наполеон» или «Медовик» (небольшой)\n"
     "шампанское полусладкое — одну бутылку\n"
     "мандарины (сладкие — без косточек) — килограмм\n"
     "конфеты шоколадные в коробке (ассорти) — одну коробку", [
        ("торт «Наполеон» или «Медовик» (небольшой)", acc(
            p=["3695494", "4047688", "4475"], k=["4325084", "3002948", "4295622"]),
         "a whole Napoleon or honey cake: Пятёрочка Мирэль «Торт НАПОЛЕОН КЛАССИЧЕСКИЙ» 550 g, Русская Нива «Торт Наполеон» "
         "400 g, У Палыча «Торт Медовый» 600 g (a honey cake = медовик - outside knowledge); Перекрёсток Home Napoleon "
         "«Наполеон домашний» 500 g, Черёмушки «Медовик» 380 g and «Наполеон слоёный» 310 g; «небольшой» is a wish; "
         "«Торт слоеный Медовик 70г/шт» (a single-portion slice), «Пирожное наполеон», Home Napoleon «Медово-Сметанный с "
         "вареной сгущенкой» (another cake of the brand), «Персидская ночь с фундуком и мёдом», Napoleon cake layers and "
         "other cakes excluded"),
        ("шампанское полусладкое — одну бутылку", acc(m=["213561", "111471", "159461", "1a44269ee1"]),
         "semi-sweet white sparkling wine (as in real_basket_eval «шампанское» = «Вино игристое»): Магнит «Шампанское "
         "Российское, Классическое, белое, полусладкое», Лыхны игристое белое полусладкое, Шато Тамань игристое белое "
         "полусладкое, Абрау-Дюрсо «ИМПЕРАТОРСКОЕ бел п/сл»; brut/dry/semi-dry sparkling wines (Prosecco, Martini Brut, "
         "Премиум), sweet Asti, red and rosé Lambrusco (frizzante, not champagne-style - judgement), still semi-sweet wines, "
         "wine drinks and alcohol-free sparkling drinks excluded"),
        ("мандарины (сладкие — без косточек) — килограмм", acc(k=["1537", "3034500", "3254317"]),
         "fresh mandarins (Перекрёсток «Мандарины», «Мандарины Марокко», «Мандарины с листом Китай»); «сладкие — без "
         "косточек» is a wish that no title can confirm, «килограмм» a quantity; juices, sweets and yoghurts with mandarin "
         "excluded"),
        ("конфеты шоколадные в коробке (ассорти) — одну коробку", acc(
            p=["3487673", "3659498", "3681522", "3639113", "3639115", "3911678", "4089706", "3642751", "3483309",
               "4069805", "4069811"],
            m=["160141", "111721", "111571", "203131", "17644f19d9", "199221"],
            k=["22245"]),
         "boxed assortments of chocolates: Пятёрочка Merci (three assortment boxes), Коркунов Ассорти (three ids), Коркунов "
         "«Коллекция Орех» 110 g and 192 g (assorted nut fillings), «Ассорти шоколадных конфет … (6 вкусов) Твой секрет», "
         "Lindor «Ассорти», Dove «ДЕСЕРТНОЕ АССОРТИ»; Магнит Коркунов Ассорти (молочные, темный, темный/молочный) and "
         "«Ореховая коллекция», Подмосковные вечера «Ассорти», Бабаевский «Набор конфет Ассорти»; Перекрёсток Merci «ассорти "
         "8 видов»; single-kind boxes (Lindor молочный, Вдохновение, Raffaello, Toffifee, Коркунов «Коллекция … с фундуком и "
         "вафельной крошкой», Комильфо фисташка, Родные просторы, «Вишня в шоколаде» «типа Ассорти»), the «Импрессо» gift box "
         "(assortment not stated), loose candies sold by the kilo (incl. Шарлиз «нуга ассорти», «Остров мечты ассор.»), "
         "children's new-year gift sets and chocolate bars excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftfNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftf\d\d ===$", line):
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
                    errors.append("ftf%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftf%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftf"))
