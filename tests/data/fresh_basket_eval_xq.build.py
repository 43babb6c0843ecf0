#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xq.jsonl -- office-kitchen and desk-lunch shopping lists hand-labelled
against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xq.build.py

LISTS below is literal data: 25 lists (3-5 items) of a small office -- the office manager restocking
the shared kitchen, a young programmer and an accountant near retirement buying their desk lunches,
the team's birthday treat -- as typed to a Telegram bot, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
The list texts were written before any offer was read and saved in
fresh_basket_eval_xq.blind_lists.txt (read-only); this script checks that every list text equals that
blind draft, except the items listed in REPLACED (one item in each of three lists that turned out to
be empty in all four stores).  Candidate titles were grepped broadly in real_offers.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by
one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is
in stock, no id repeats within an item, every item has a note, the labels are exactly the list's items
in order (an item is the text between commas / new lines) -- and writes the JSONL; ids are fxq01,
fxq02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xq.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xq.blind_lists.txt")

# list number (1-based) -> (item text in the blind draft, item text used instead).  Only lists whose
# every item was empty in all four stores; one item each, everything else unchanged.
REPLACED = {
    15: ("кофе 3 в 1 в пакетиках", "капучино растворимый в пакетиках"),
    16: ("мешки для мусора 120 л самые дешевые", "мешки для мусора 35 л самые дешевые"),
    23: ("вода питьевая 19 л", "вода питьевая 5 л бутыль"),
}

E = []  # shorthand for "nothing acceptable in this store"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # 1 office manager: kitchen restock
    ("кофе зерновой 1 кг для кофемашины\nчерный чай пакетированный 100 пак\nсахар рафинад кусочками\nсливки для кофе 10% 4 шт", [
        ("кофе зерновой 1 кг для кофемашины", {
            "pyaterochka": ["3472968", "2073687", "3086387"],
            "magnit": ["275856ead6", "160171"],
            "dixy": E,
            "perekrestok": E,
        }, "coffee beans in 1 kg packs (Ambassador Nero, Paulig Arabica, Lavazza, Piazza del Caffe Espresso Forte); the "
           "written 1 kg names the pack, so 800 g packs (Jacobs/Monarch, Черная Карта), 500 g and 230-250 g beans, ground "
           "and instant coffee and Магнит's ready drinks «Кофе … зерновой 300мл» are left out; «для кофемашины» is a purpose"),
        ("черный чай пакетированный 100 пак", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3620106", "3635756", "3378336", "3446638",
                            "3628990", "11200", "3689577", "2070472", "3950803"],
            "magnit": ["159991", "199261"],
            "dixy": E,
            "perekrestok": E,
        }, "plain black tea in packs of 100 bags; flavoured black teas (Earl Grey/бергамот, чабрец/розмарин, Spring Melody, "
           "шиповник-яблоко, «фруктовый» Imperial, Tess Pleasure фруктовый), packs of 20/25 bags and loose tea left out. "
           "Outside knowledge: Richard «Royal English Breakfast … в пак 200гр» is 100 x 2 g bags; «Принцесса Канди "
           "цейлонский» is a black Ceylon tea"),
        ("сахар рафинад кусочками", {
            "pyaterochka": E,
            "magnit": ["07d5c3205d"],
            "dixy": E,
            "perekrestok": E,
        }, "Магнит «Сахар белый прессованный 1кг» = refined sugar cubes (outside knowledge: ГОСТ name of рафинад); cane "
           "sugar Демерара (нерафинированный) and sugar-containing goods left out; no granulated sugar exists here anyway"),
        ("сливки для кофе 10% 4 шт", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": E,
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10% (Домик в деревне 950 г, Молочный знак 500 мл, Сарафаново children's cream 10% "
           "taken like children's milk); 11% lactose-free Parmalat, 20%/33% cream, dry creamer Mr. Сливкин and the plant "
           "«Сопьо Крима» left out; «4 шт» is a quantity"),
    ]),
    # 2 office manager: cleaning
    ("fairy для посуды 900 мл, губки для посуды упаковку штук 10, бумажные полотенца 4 рулона, мешки мусорные 60л рулон, резиновые перчатки для посуды размер m", [
        ("fairy для посуды 900 мл", {
            "pyaterochka": ["3501028", "3501026"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Fairy dish liquid in 900 ml bottles (Нежные руки, Сочный лимон); the written size names the bottle, so Fairy "
           "430/450 ml (Platinum, Нежные руки, Сочный лимон, Роза-жасмин) are left out, as are AOS, Sorti, Synergetic, "
           "Biasept, Unicum and dishwasher tablets"),
        ("губки для посуды упаковку штук 10", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kitchen sponges in the offers (grepped губк/губоч); nothing acceptable"),
        ("бумажные полотенца 4 рулона", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "only 2-roll paper towels (PAPIA 3сл.2рул, Familia 2 рулона) and ZEWA «Полотенца бумажные» without a roll "
           "count exist; the written 4 rolls names the pack, so none is accepted"),
        ("мешки мусорные 60л рулон", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0"],
            "dixy": E,
            "perekrestok": E,
        }, "BIG CITY LIFE «Пакеты д/мусора 60л 20шт» (bin bags come on a roll); МАГНИТ 35 л bags and BIG CITY LIFE "
           "«Салфетки в рулоне» left out"),
        ("резиновые перчатки для посуды размер m", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no household gloves in the offers (grepped перчат); nothing acceptable"),
    ]),
    # 3 programmer: desk lunch
    ("доширак с говядиной 2 шт, йогурт клубника, бананы штуки 3 на перекус", [
        ("доширак с говядиной 2 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Доширак product in the offers; Пятёрочка's unbranded «Лапша со вкусом говядины 90 г» is not Доширак (a "
           "brand written is required) and Роллтон is another brand"),
        ("йогурт клубника", {
            "pyaterochka": ["4045339", "4035473", "3628399", "3665121"],
            "magnit": ["205071"],
            "dixy": E,
            "perekrestok": E,
        }, "yoghurts (spoonable, drinking and bio) flavoured with strawberry alone or клубника/земляника (Чудо, Активиа, "
           "Верховье children's bio-yoghurt, Пятёрочка bio-yoghurt 1%); mixes where strawberry is one of several fruits "
           "(яблоко/питахайя, дыня, банан, черника, малина, маракуйя), «клубничный пломбир» flavour, curd desserts, "
           "milkshakes, Fruit-tella sweets and chocolate with strawberry-yoghurt filling left out"),
        ("бананы штуки 3 на перекус", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas incl. bagged, organic and mini bananas; dried bananas, banana-flavoured goods and smoothies "
           "left out; «штуки 3» is a quantity"),
    ]),
    # 4 accountant: sandwiches and tea
    ("Хлебушка бородинского буханку\nМаслица сливочного 82.5% одну пачку\nСыр Российский кусочек граммов 300\nЧай Принцесса Нури высокогорный", [
        ("Хлебушка бородинского буханку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Borodinsky bread loaf in the offers; «Хлебцы тонкие бородинские» (crispbread), «Колбаса Бородинская» and "
           "the brand Мясной дом Бородина are traps"),
        ("Маслица сливочного 82.5% одну пачку", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "butter of exactly 82.5% (Традиционное, Вкуснотеево, Тысяча озёр, sweet-cream unsalted); 82% Простоквашино "
           "(Магнит, Дикси) and Президент, 72.5% Брест-Литовск, 62% chocolate butter left out; «одну пачку» is a quantity"),
        ("Сыр Российский кусочек граммов 300", {
            "pyaterochka": ["4046889"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Российский cheese as a piece (Брест-Литовск российский 200 г); Перекрёсток «Сыр Российский нарезка» is sliced, "
           "not the piece written, and is left out; other cheeses and «сервелат российский» excluded; «граммов 300» is the "
           "amount wanted, not a pack size"),
        ("Чай Принцесса Нури высокогорный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the written variety «Высокогорный» is not in the offers; Принцесса Нури «Завтрак в Бенгалии» (another variety) "
           "and Принцесса Канди (another brand line) left out"),
    ]),
    # 5 office manager: birthday
    ("торт на день рождения на 10 человек, сок мультифрукт 2 л, шампанское 2 бутылки, тарелки одноразовые", [
        ("торт на день рождения на 10 человек", {
            "pyaterochka": ["3695437", "30953"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4297023", "4155324", "4174636"],
        }, "whole cakes of at least 700 g, taken as enough for about ten slices (Фили Бейкер 900 г, У Палыча Птичка 700 г, "
           "Leberge Принцесса 785 г, Mirel Карамельный 700 г, Mirel Тирамису 750 г); smaller cakes (213-660 g), single-portion "
           "«тортики» 60-70 g, wafer cakes, pastries, cake layers and baking kits left out; the 700 g threshold is a judgement "
           "on «на 10 человек»"),
        ("сок мультифрукт 2 л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no multifruit *juice* of about 2 l: Фруктовый сад мультифрукт 1,93 л and Добрый мультифруктовый 1,45 л are "
           "nectars (nectars are not «сок», as in real_basket_eval), Добрый апельсин-грейпфрут-мандарин-лимон-лайм 2 л is a nectar too, J7 Мультифрукт сок is "
           "970 ml, Пятёрочка's 1 l juice «из яблока, апельсина, мандарина, грейпфрута, лимона и лайма» and Сады Придонья "
           "мультифрукт 1 л are half the written size, and «Любимый» 1,93 л drinks are сокосодержащие напитки"),
        ("шампанское 2 бутылки", {
            "pyaterochka": E,
            "magnit": ["111801", "159411", "111471", "213481", "168031", "159461", "c44a8ef112", "86db6b4c48",
                       "be5c393f9e", "5f8686d589", "51cda6b802", "1a44269ee1", "213561"],
            "dixy": E,
            "perekrestok": E,
        }, "alcoholic sparkling wine of any colour and sweetness («Шампанское Российское», вино игристое incl. Asti, "
           "Prosecco, Martini Brut, Lambrusco titled «игристое», Лыхны, Шато Тамань, Премиум, Императорское); non-alcoholic "
           "sparkling drinks (Free Feather, Абрау Лайт, ABS.Nature), Santo Stefano and Abrau Light «винный напиток/вино» not "
           "titled sparkling, still Lambrusco and Martini Fiero left out"),
        ("тарелки одноразовые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no disposable plates in the offers (only cups, a cheese platter «Сырная тарелка» and a glass salad bowl); nothing "
           "acceptable"),
    ]),
    # 6 programmer: coffee corner
    ("овсяное молоко для кофе, нескафе голд в банке, овсяные печенюшки к кофе", [
        ("овсяное молоко для кофе", {
            "pyaterochka": ["3659096", "3659097"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "plain oat drinks NEMOLOKO классический (1.5% лайт, 3.2%); chocolate NEMOLOKO 0.2 l, buckwheat/rice/soy/almond/"
           "coconut drinks, oat porridges and VELLE oat products left out; «для кофе» is a purpose"),
        ("нескафе голд в банке", {
            "pyaterochka": ["3658915", "3659496"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": E,
            "perekrestok": E,
        }, "classic Nescafé Gold (incl. «сублимированный с молотым», which is the Gold recipe) in 95 g and 190 g packs. "
           "Outside knowledge: Gold 95 g is sold in a glass jar and 75 g / 130 g in soft packs, so 75 g and 130 g are left out; "
           "190 g without a stated pack is accepted (jar not excluded by the title). Sub-lines Gold Barista, Gold Crema, "
           "Gold Espresso, Gold Origins, Nescafé Classic and the unbranded «…с добавлением кофе натурального жареного "
           "молотого 95 гр» left out"),
        ("овсяные печенюшки к кофе", {
            "pyaterochka": ["3615356", "3639541", "3995521", "3995522", "3655049", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": E,
            "perekrestok": E,
        }, "oatmeal cookies of any flavour (Любятово, Миндальное овсяное, «Классическое», with chocolate, Юбилейное овсяное, "
           "Хлебный Спас Овсяное); oat flakes, oat porridge, VELLE fermented oat products, oat bran and muesli cookies not "
           "called овсяное left out"),
    ]),
    # 7 office manager: bathroom and napkins
    ("салфетки бумажные белые пачка 100 шт\nтуалетная бумага 8 рулонов подешевле\nмыло жидкое для рук с дозатором 2 шт\nосвежитель воздуха для туалета аэрозоль", [
        ("салфетки бумажные белые пачка 100 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4250543", "4250535", "4299678"],
        }, "white paper napkins in packs of 100 (Gratias Home 33x33, Gratias 24x24, Пр!ст embossed); printed 20-sheet "
           "napkins, wet wipes, panty liners and paper towels left out"),
        ("туалетная бумага 8 рулонов подешевле", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "toilet paper in packs of 8 rolls (Papia White De Luxe, Papia 3-ply, Zewa Deluxe, Zewa Just 1); 4- and 12-roll "
           "packs (Zewa Just 1 4 рул., Zewa Plus 12, Familia Plus 12) and moist toilet paper left out; «подешевле» is a wish"),
        ("мыло жидкое для рук с дозатором 2 шт", {
            "pyaterochka": E,
            "magnit": ["1aeb42ebee"],
            "dixy": E,
            "perekrestok": E,
        }, "liquid hand soap: AURA antibacterial 500 ml; the dispenser cannot be checked from the title and is not "
           "contradicted (outside knowledge: this soap is sold in a pump bottle). Bar soaps (Camay, Fax, Safeguard, Dove), "
           "shower gels and gift sets left out"),
        ("освежитель воздуха для туалета аэрозоль", {
            "pyaterochka": ["3440047", "3974933", "3974927", "3654065", "3440052"],
            "magnit": ["204531"],
            "dixy": E,
            "perekrestok": E,
        }, "hand-held aerosol air fresheners (Glade 269/300 ml sprays, Air Wick 290 ml, Symphony 300 ml — outside knowledge "
           "that these volumes are aerosol sprays); refill cans for automatic dispensers («сменный баллон», «см/бал», "
           "Glade Automatic, Airwick Freshmatic) left out, as are insect aerosols and deodorants; «для туалета» is a purpose"),
    ]),
    # 8 accountant: diet lunch
    ("Геркулес овсяный одну пачечку\nКефир 1% литр\nЯблоки зеленые килограмм\nХлебцы хрустящие ржаные одну пачку", [
        ("Геркулес овсяный одну пачечку", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "rolled oat flakes: Клинские «Геркулес» 500 г and Увелка «Хлопья зерн. овсян. трад.» (outside knowledge: «геркулес» "
           "is the common name of traditional rolled oats); buckwheat/rice/multigrain flakes, instant oat porridge, "
           "breakfast cereals and oatmeal cookies left out"),
        ("Кефир 1% литр", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir at all in the offers; ряженка, Актимель/Имунеле fermented drinks and yoghurts are not kefir"),
        ("Яблоки зеленые килограмм", {
            "pyaterochka": E,
            "magnit": ["200671"],
            "dixy": E,
            "perekrestok": E,
        }, "green apples: Магнит Гренни Смит; red or unstated-colour apples (Магнит «Яблоки красные», Гала, Медовый хруст, "
           "«Яблоки сезонные», Ред Делишес), apple juice, puree and dried apple snacks left out; «килограмм» is a quantity"),
        ("Хлебцы хрустящие ржаные одну пачку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no crispbread titled rye: Образ жизни and Croisette «ржано-пшеничные» are mixed rye-wheat, Щедрые «тонкие "
           "бородинские» do not state rye, the others are wheat, corn-rice or multigrain; rye croutons (сухарики/гренки) "
           "left out"),
    ]),
    # 9 programmer: lunch in a hurry
    ("овсянка быстрого приготовления в пакетиках, роллтон 3 шт, rich апельсиновый 1л", [
        ("овсянка быстрого приготовления в пакетиках", {
            "pyaterochka": ["3932885", "3659899"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "instant oat porridge: Быстров «без варки» assortment 228 г and Ясно Солнышко with berries 270 г (outside "
           "knowledge: both are boxes of portion sachets); baby porridges (Nestlé, Heinz, Фрутоняня, Тема), plain oat flakes "
           "and ready rice porridge left out"),
        ("роллтон 3 шт", {
            "pyaterochka": E,
            "magnit": ["1000134679"],
            "dixy": E,
            "perekrestok": E,
        }, "Роллтон instant noodles (Куриная по-домашнему 90 г); Роллтон «Бульон говяжий» is broth, not the noodles meant, and "
           "unbranded instant noodles (Пятёрочка «Лапша с куриным вкусом 90 г») are not Роллтон"),
        ("rich апельсиновый 1л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Rich orange juice in the offers; Rich apple/grapefruit/tomato juices, Rich nectars (Манго-Апельсин, персик, "
           "вишня), Rich sodas and tonics, and orange juices of other brands left out"),
    ]),
    # 10 office manager: sweets for guests
    ("печенье ассорти для гостей\nконфеты в коробке\nзефир белый ванильный коробку\nвафельки на чай гостям", [
        ("печенье ассорти для гостей", {
            "pyaterochka": ["4087724"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "a cookie assortment: only «Печенье имбирное «Снежное ассорти» 35 г» says it is one; Хлебный Спас «Овсяное, "
           "Злаковое ассорти» is one oatmeal cookie with mixed cereals (outside knowledge), the Milka «Набор» mixes cakes, "
           "cookies and wafers, baking kits and single-kind cookies left out"),
        ("конфеты в коробке", {
            "pyaterochka": ["3487673", "3659498", "3681522", "3639115", "3639113", "3911678", "4069805", "4069811",
                            "4297371", "3642751", "3642752", "3384697", "3181086", "5232", "3468950", "3483309",
                            "3995478", "4089706", "3992365", "4063866", "3291332"],
            "magnit": ["167861", "160141", "111721", "111571", "199221", "17644f19d9", "159811", "205171", "104911",
                       "109281", "204611", "203131"],
            "dixy": E,
            "perekrestok": ["18162", "22245"],
        }, "boxed chocolates: titles saying набор/ассорти box, and lines sold only in boxes (outside knowledge): Raffaello, "
           "Merci, Коркунов Ассорти/Коллекция, Lindor наборы, Вдохновение, Комильфо, Toffifee, Dove десертное ассорти, "
           "Импрессо, Твой секрет ассорти, Milka конфеты 110 г, Бабаевский набор, Подмосковные вечера Ассорти 200 г, Родные "
           "просторы, Рот Фронт Птичье молоко. Loose sweets by the kg, flow-pack bags (Северная Аврора фл/п, Великий клоун ПАК), Twix/Kinder minis, "
           "children's New Year gift sets, chocolate bars and boxes whose packing the title leaves open (Трюфель Маркет, "
           "Belgid'Or, Vanden Bulcke, «Вишня в шоколаде» ассорти, Milka карамель/Орео 135,6 г, Ленинградские) "
           "left out"),
        ("зефир белый ванильный коробку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no unglazed white vanilla zephyr: Шарлиз and the 1 kg zephyr are glazed in chocolate, Белёвский «с ароматом "
           "ванили гл.» is glazed, Белёвский Антоновский/черносмородиновый/«Зефирное детство», strawberry zephyr and "
           "marshmallows are other kinds"),
        ("вафельки на чай гостям", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437",
                            "3607404", "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375",
                            "3432952", "3983254", "4090303"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": E,
            "perekrestok": E,
        }, "sweet wafers of any filling or glaze, packs and single Milka/chocolate-coated wafers; wafer sheets «для торта», "
           "wafer cakes («Торт вафельный», «Тортики вафельные»), wafer sweets, KitKat-type chocolate bars, ice-cream cones "
           "and Dove «груша и вафля» chocolate left out"),
    ]),
    # 11 programmer: sandwiches
    ("нарезной батон один, колбаса докторская в нарезке, сыр в нарезке ломтики, огурчики свежие парочку", [
        ("нарезной батон один", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "batons нарезной: Перекрёсток «Батон Нарезной нарезка», Пятёрочка «Батон Звездный нар» («нар» = нарезной); "
           "other breads, chocolate «батончики» and rusks left out"),
        ("колбаса докторская в нарезке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4255289"],
        }, "sliced Докторская: Ремит «Докторская … нарезка 150г»; unsliced Докторская sticks and by-weight Докторская, "
           "Докторские sausages/сардельки and other sliced sausages left out"),
        ("сыр в нарезке ломтики", {
            "pyaterochka": ["3448799", "3932860", "3452403"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4074230", "4280098", "4280100", "4302547", "3668842", "3452403", "3505827", "3668519",
                            "4297132", "4260755"],
        }, "real cheese sold sliced (нарезка/«нар.»): Маасдам, Сливочный, Лёгкий, Havarti, Российский, Эдам, Голландский, "
           "Чеддер; processed slices (Hochland тост, Valio, Galbani ломтевой), sliced cream cheese (Савушкин), Tête de Moine "
           "rosettes (outside knowledge: shaved, not slices), blocks, grated cheese and Unagrande/Pretto «для сэндвичей/"
           "бутербродов» mozzarella (slicing not stated) left out"),
        ("огурчики свежие парочку", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (короткоплодные, пупырчатые, Ботаника, «Хрустящие», fresh gherkins 300 г in Перекрёсток's "
           "Окрошка shelf — outside knowledge that these three are fresh); salted, pickled, marinated and canned cucumbers, "
           "cucumber shampoo and cream cheese with cucumber left out"),
    ]),
    # 12 accountant: her own coffee
    ("Кофе молотый мелкого помола для турки\nСахарный песок 1 кг\nСушечки маковые пакетик\nМолоко 2.5% бутылку", [
        ("Кофе молотый мелкого помола для турки", {
            "pyaterochka": ["3353391", "46293"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "ground coffee of the finest grind: Paulig Mokka and Черная карта «для заваривания в чашке» (outside knowledge: "
           "the cup grind is the very fine grind also used in a турка); other ground coffees, whose grind is not stated, "
           "beans, instant and «молотый в растворимом» left out"),
        ("Сахарный песок 1 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no granulated sugar in the offers; pressed sugar cubes, cane sugar Демерара 500 г, icing sugar and sweeteners "
           "are other products"),
        ("Сушечки маковые пакетик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no сушки with poppy seeds: «Баранки … с маком» are баранки (a bigger, softer product) and «Мини сушка Семейка "
           "Озби» is vanilla"),
        ("Молоко 2.5% бутылку", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": E,
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% (pasteurised, UHT, sterilised; children's Сарафаново incl.); other fat levels, "
           "топлёное, kefir/yoghurt/Актимель 2.5% left out; «бутылку» is taken as one unit, not as a bottle-only filter"),
    ]),
    # 13 office manager: tea for a cold
    ("чай зеленый пакетированный, мед натуральный баночку, лимончики 3 штуки, юбилейное печенье 3 пачки", [
        ("чай зеленый пакетированный", {
            "pyaterochka": ["4074015", "3982372"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "green tea in bags: ASSAND jasmine green tea (jasmine taken as the traditional green tea, not a flavouring) and "
           "Lipton green tea with matcha; fruit/herb-flavoured green teas (Curtis mango, Hugo, Tess Lime, Richard мелисса/мята), "
           "milky oolongs, bottled iced teas and black teas left out"),
        ("мед натуральный баночку", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": E,
            "perekrestok": E,
        }, "natural honey in jars (Медовый дом разнотравье, липа, Южный цветок); крем-мёд with lemon-ginger or raspberry "
           "fillers, honey-flavoured goods, чак-чак and пряники left out"),
        ("лимончики 3 штуки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh lemons in the offers; citric acid, lemon-flavoured goods and lemonade left out"),
        ("юбилейное печенье 3 пачки", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": E,
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (традиционное, glazed, ореховое, овсяное, постное, cereal, fruit and chocolate variants); "
           "Юбилейное mini-cakes, Юбилейная sausage and Julius Meinl «ЮБИЛЕЙНЫЙ» coffee left out"),
    ]),
    # 14 programmer: snacks at the desk
    ("кашка в стаканчике, творожок даниссимо 2 шт, сок в маленьких пакетиках с трубочкой", [
        ("кашка в стаканчике", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no instant porridge in a cup; porridge in sachets (Быстров, Ясно Солнышко), baby porridges, ready baby "
           "«кашка» drinks 200 ml and canned buckwheat with beef left out"),
        ("творожок даниссимо 2 шт", {
            "pyaterochka": ["4000341", "3602086", "3666192", "3503856"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Даниссимо «продукт творожный» of any flavour; Даниссимо Фантазия yoghurts and Даниссимо кисломолочные коктейли "
           "are other products of the brand; Чудо curd desserts and other brands left out"),
        ("сок в маленьких пакетиках с трубочкой", {
            "pyaterochka": ["3684253", "3684252", "3684254", "3637415"],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b", "bc852256db", "8527bad76f", "159931"],
            "dixy": E,
            "perekrestok": E,
        }, "juice (not nectar or drink) in 125-200 ml cartons (Агуша, Сады Придонья, Фрутоняня, Honey Kid, Добрый 0.2 л; "
           "outside knowledge that these come as cartons with a straw); 0.3 l PET bottles (Rich, J7, Добрый, Soko Grande), "
           "Моя семья 175 ml сокосодержащие напитки and Агуша «вода+сок» left out"),
    ]),
    # 15 office manager: coffee point for visitors
    ("капучино растворимый в пакетиках, сливки порционные, сахар порционный в стиках", [
        ("капучино растворимый в пакетиках", {
            "pyaterochka": ["3928180"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "REPLACED (blind item «кофе 3 в 1 в пакетиках» was empty everywhere, as was the whole list): instant cappuccino "
           "sachet «Напиток кофейный Classic Cappuccino, 18 г»; Nescafé Classic Latte sachets (latte), ready canned/cup "
           "cappuccino drinks of Магнит's café, a capuccino-flavoured donut and chocolate left out"),
        ("сливки порционные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no portion (10 g) creamers; cartons of cream and the dry creamer Mr. Сливкин 200 г are not portions"),
        ("сахар порционный в стиках", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sugar sticks in the offers; 1 kg pressed sugar and cane sugar 500 г are not portions"),
    ]),
    # 16 office manager: cleaning day
    ("мешки для мусора 35 л самые дешевые, салфетки из микрофибры, средство для чистки микроволновки", [
        ("мешки для мусора 35 л самые дешевые", {
            "pyaterochka": E,
            "magnit": ["e927949bbd"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACED (blind item «мешки для мусора 120 л самые дешевые» was empty everywhere, as was the whole list): bin "
           "bags of 35 l (МАГНИТ 20 шт ушки БИО); 60 l bags left out; «самые дешевые» is a wish"),
        ("салфетки из микрофибры", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no microfibre cloths in the offers; paper napkins, wet wipes and BIG CITY LIFE «Салфетки в рулоне» (material not "
           "stated) left out"),
        ("средство для чистки микроволновки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cleaner whose title says it is for microwaves; kitchen degreasers (Unicum, Cillit Bang Антижир), Cif cream/"
           "spray, Comet/Пемолюкс powders and toilet cleaners left out (as in fresh_basket_eval_d, a cleaner for X must say X)"),
    ]),
    # 17 birthday treat (office manager)
    ("виноград бескосточковый\nмандарины килограмма 2\nсок вишня 1л\nторт наполеон побольше", [
        ("виноград бескосточковый", {
            "pyaterochka": ["4327381"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["48660", "57580", "48657", "4327381"],
        }, "seedless grapes: Киш-миш (white, black), «белый без косточек», Shine Muscat (outside knowledge: seedless); "
           "Тайфи (has seeds) and Магнит «Виноград черный» (seeds not stated) left out, as are grape juices and drinks"),
        ("мандарины килограмма 2", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin; mandarin-flavoured drinks, nectars and sweets left out; «килограмма 2» is a "
           "quantity"),
        ("сок вишня 1л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cherry *juice*: every cherry product is a nectar (Rich вишневый 1 л / 900 мл, J7 Вишневый, Swell, Il Primo), "
           "an apple-cherry juice (Агуша, Сады Придонья — apple-based mixes) or a drink; nectars are not «сок» (as in "
           "real_basket_eval)"),
        ("торт наполеон побольше", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4325084", "4295622"],
        }, "Napoleon cakes of any size (Мирэль 550 г, Русская Нива 400 г, Home Napoleon «Наполеон домашний» 500 г, Черёмушки "
           "310 г); «побольше» is a wish. Home Napoleon «Медово-Сметанный» (another cake of that brand), «Пирожное наполеон» "
           "(pastries, not a cake) and Napoleon cake layers left out"),
    ]),
    # 18 accountant: light lunch
    ("Йогурт натуральный не сладкий\nГрейпфрут 2 шт\nХлебцы гречневые пачку", [
        ("Йогурт натуральный не сладкий", {
            "pyaterochka": ["3503857", "3433156"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain unsweetened yoghurt: Neo «без сахара», Зелёная Линия «натуральный», and (outside knowledge) the plain "
           "Greek yoghurts Teos and Простоквашино «Греческий 2%» and Danone «Йогурт 3,3%» (the natural line). Flavoured "
           "yoghurts, Bio-Max «Классический» and Активиа 2.4% (sugar not stated), children's yoghurts and Viola Greek "
           "raspberry-mint left out"),
        ("Грейпфрут 2 шт", {
            "pyaterochka": E,
            "magnit": ["168611", "199701"],
            "dixy": E,
            "perekrestok": E,
        }, "fresh grapefruit (loose and in a net); grapefruit juice, Rich Bitter, Santal drink and shampoo left out; "
           "«2 шт» is a quantity"),
        ("Хлебцы гречневые пачку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no buckwheat crispbread; buckwheat flakes, groats, soba noodles and multigrain/rye-wheat crispbreads left out"),
    ]),
    # 19 programmer: coffee at home-office style
    ("lavazza зерно, молоко 3.2 для капучино, шоколадка с фундуком", [
        ("lavazza зерно", {
            "pyaterochka": ["45169", "3086387"],
            "magnit": ["105001"],
            "dixy": E,
            "perekrestok": E,
        }, "Lavazza coffee beans of any blend and size (Qualità Oro 250 г, Lavazza зерновой 1 кг, Магнит «Лавацца Квалита "
           "Оро … зерно»); Lavazza ground (Пятёрочка 72110) left out"),
        ("молоко 3.2 для капучино", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": E,
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4",
                            "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210",
                            "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk of exactly 3.2% (incl. children's Агуша «от 3 лет» and Сарафаново детское); ranges 3.2-4 / "
           "3.2-4.5 / «от 3,2% до 6%», топлёное 3.2% (Простоквашино, Домик в деревне), flavoured Petmol Barista 7.1% and "
           "other fat levels left out; «для капучино» is a purpose"),
        ("шоколадка с фундуком", {
            "pyaterochka": ["4051313", "3490515", "3490518", "3490517", "3642596", "4053758", "3972000", "3468710",
                            "3626617", "4053732", "4024593", "4053663", "3626", "3478918", "3681277",
                            "3468711", "2090982", "3500493"],
            "magnit": ["c91d6a24a7", "1000149245", "bf0fd36e40", "52b81da2f5", "7e8df7fba7", "205931"],
            "dixy": E,
            "perekrestok": ["4353876", "3490515"],
        }, "chocolate bars with hazelnuts (фундук = лесной орех), whole or crushed, milk/dark/white (Milka, Alpen Gold, "
           "Ritter Sport, Россия, Белочка, Dove, Schogetten, NUTS bar 180 г, M&M's chocolate; abbreviations «фунд.», «обж.фун.», "
           "«ЛЕС.ОРЕХ» included). Outside knowledge: Магнит Ritter Sport «белый "
           "орех/хлопья» and «темн цельн орех» and Пятёрочка Ritter Sport «с ромом изюмом и орехами» contain hazelnuts. "
           "Бабаевский «Ореховый» (nut not stated), chocolates with other nuts, boxed sweets, hazelnut spreads, cookies and "
           "a Milka egg with nut filling left out"),
    ]),
    # 20 office manager: guests' tea tray
    ("чай ahmad earl grey 100 пакетиков, жокей молотый, сахар кусковой пачку", [
        ("чай ahmad earl grey 100 пакетиков", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Ahmad Earl Grey in the offers; Ahmad «Английский №1 бергамот 200г» is another blend, Ahmad Классический/"
           "чабрец and Earl Greys of other brands (Lipton, Richard, Twinings, Greenfield) left out"),
        ("жокей молотый", {
            "pyaterochka": ["3046297"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Жокей ground coffee (the only one is «Ирландские сливки» 150 г, accepted as a variant of the brand's ground "
           "coffee); other brands left out"),
        ("сахар кусковой пачку", {
            "pyaterochka": E,
            "magnit": ["07d5c3205d"],
            "dixy": E,
            "perekrestok": E,
        }, "lump sugar: Магнит «Сахар белый прессованный 1кг» (outside knowledge: pressed sugar = кусковой/рафинад); cane "
           "sugar Демерара and icing sugar left out"),
    ]),
    # 21 programmer: lunch from the shelf
    ("сендвичик с курицей в упаковке, салат цезарь в контейнере, вода без газа 0.5, йогурт греческий 2 шт", [
        ("сендвичик с курицей в упаковке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4403478", "4133312"],
        }, "packed sandwiches with chicken: Клаб сэндвич с курицей и беконом, and «Сэндвич-ролл Цезарь» (outside knowledge: "
           "Caesar is made with chicken); the sandwich with кета and cream cheese, biscuit «Фан Сэндвич», Belvita "
           "«сэндвич» cookies and sandwich cheese left out"),
        ("салат цезарь в контейнере", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4225649"],
        }, "ready Caesar salad «Салат Цезарь Перекрёсток Select 220г»; Caesar sauces (Heinz, Calve, Махеевъ), the Caesar "
           "sandwich-roll and the brand Цезарь (pancakes, pizza, pastry) left out"),
        ("вода без газа 0.5", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["1914"],
        }, "still drinking/table water in 0.5 l bottles (Evian, Легенда Гор негаз., Святой источник 500 мл); sparkling "
           "and medicinal waters (Нарзан, Ессентуки, Джермук, Боржоми), waters whose gas is not stated (Мтаби, Arivali), "
           "0.45 l Байкал, 0.33 l children's water, 0.75 l and flavoured waters left out"),
        ("йогурт греческий 2 шт", {
            "pyaterochka": ["3601419", "3601418"],
            "magnit": E,
            "dixy": ["2000635792"],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "Greek yoghurt of any flavour (plain Neo, Teos, Простоквашино, Зелёная Линия; Пятёрочка «Греческий» вишня/"
           "черника; Дикси Viola Греческий безлактозный малина-мята); Greek cheeses (Фетика, Сиртаки) left out"),
    ]),
    # 22 accountant: tea with sweets
    ("Пряничков мятных\nСухари с изюмом\nЧерный чай крупнолистовой 1 пачку\nКонфеты Мишка косолапый грамм 300", [
        ("Пряничков мятных", {
            "pyaterochka": E,
            "magnit": ["203161"],
            "dixy": E,
            "perekrestok": E,
        }, "mint gingerbread: Яшкино «Пряники мятные»; «Классические» and other flavours (шоколад, чёрная смородина, "
           "топлёное молоко, варёная сгущёнка, марципан) and figured/Lebkuchen gingerbread left out"),
        ("Сухари с изюмом", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sweet rusks with raisins; savoury croutons (сухарики/гренки) and Finn Crisp «сухарики» left out"),
        ("Черный чай крупнолистовой 1 пачку", {
            "pyaterochka": ["3694768", "3608792", "4079110"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "black loose tea stated as крупнолистовой/«кр/л» (BETA TEA Домик, Richard All The Best Wishes, Richard Year of the "
           "Royal Ox); loose teas stated only as «листовой» or not at all, flavoured teas (Lord Grey, Love, Эрл Грей), the "
           "20 g tea-filled Christmas ornaments (Richard «НОВОГОД.ИГР.», Майский шар), oolong and bagged tea left out"),
        ("Конфеты Мишка косолапый грамм 300", {
            "pyaterochka": ["1671", "3611870"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Красный Октябрь «Мишка косолапый» (1 кг loose and 200 г); «грамм 300» is the amount wanted, not a pack size; "
           "«Мишка в лесу» (Победа) and other sweets left out"),
    ]),
    # 23 office manager: water and cups
    ("вода питьевая 5 л бутыль\nстаканчики бумажные для кофе\nразмешиватели деревянные", [
        ("вода питьевая 5 л бутыль", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": E,
            "perekrestok": ["3503711"],
        }, "REPLACED (blind item «вода питьевая 19 л» was empty everywhere, as was the whole list): still drinking water "
           "in 5 l bottles (Малаховская №1 Пр!ст, Honey Kid Черноголовская, Аквалайн «для ляль» — children's labels are still "
           "drinking water — and Архыз Легенда Гор 5 л, outside knowledge: a low-mineral still table water); 0.5-2 l "
           "bottles and sparkling water left out"),
        ("стаканчики бумажные для кофе", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cup titled paper: Перекрёсток «Стаканы одноразовые 250мл в ассортименте» do not state the material and are "
           "left out; ice cream «в вафельном стаканчике» and whisky gift glasses are traps"),
        ("размешиватели деревянные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no stirrers in the offers; nothing acceptable"),
    ]),
    # 24 birthday treat (office manager)
    ("тортик птичье молоко, сок апельсиновый 1 л 3 шт, шампанское брют 2 бут, рафаэлло коробку, салфетки праздничные", [
        ("тортик птичье молоко", {
            "pyaterochka": ["30953"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "a Птичье молоко-type soufflé cake: У Палыча «Торт ПТИЧКА КЛАССИЧЕСКАЯ 700г» (outside knowledge: their "
           "soufflé cake of the Птичье молоко kind); the 65 g single portion «Птичка Прохорова» (not a cake for the team), "
           "Рот Фронт «Птичье молоко» sweets and other cakes left out"),
        ("сок апельсиновый 1 л 3 шт", {
            "pyaterochka": E,
            "magnit": ["204401"],
            "dixy": E,
            "perekrestok": ["3190682"],
        }, "orange juice in about 1 l packs (J7 апельсиновый 0.97 л, J7 Апельсиновый с мякотью 970 мл); 0.3 l and 0.75 l "
           "juices (J7, Swell), orange nectars (Любимый, Добрый), orange-mango/orange-mandarin nectars and drinks left out"),
        ("шампанское брют 2 бут", {
            "pyaterochka": E,
            "magnit": ["168031", "c44a8ef112", "51cda6b802"],
            "dixy": E,
            "perekrestok": E,
        }, "brut sparkling wine (Премиум розовое брют, Giacobazzi Prosecco брют, Martini Brut); dry/semi-dry/semi-sweet "
           "sparkling wines (Gancia Prosecco Dry, Премиум полусухое, Шампанское Российское полусладкое…) and non-alcoholic "
           "«брют» (ABS.Nature) left out"),
        ("рафаэлло коробку", {
            "pyaterochka": E,
            "magnit": ["167861"],
            "dixy": E,
            "perekrestok": ["18162"],
        }, "Raffaello 150 г boxes; other boxed sweets left out"),
        ("салфетки праздничные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4310840", "4397850"],
        }, "decorative printed party napkins (Gratias 3-ply 33x33 designs, Art Bouquet); several Gratias designs are New "
           "Year themed, still accepted as «праздничные»; plain white napkins, wet wipes and panty liners left out"),
    ]),
    # 25 programmer: afternoon slump
    ("лапша острая корейская, газировку без сахара, мандаринки штук 5, глазированный сырок", [
        ("лапша острая корейская", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no spicy Korean instant noodles; unbranded Russian instant noodles (chicken/beef flavour), Роллтон, удон, soba, "
           "фунчоза, Lagman noodles and ready noodle dishes left out"),
        ("газировку без сахара", {
            "pyaterochka": ["3660913", "4306402", "3684651"],
            "magnit": ["d3c955edcb"],
            "dixy": E,
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free soft drinks (Coca-Cola без сахара, Черноголовка/Добрый Кола без сахара, Cool Cola Zero, Pepsi Light — "
           "outside knowledge: sugar-free); «с пониженной калорийностью» and «низкокалорийный» sodas (sugar reduced, not "
           "stated free), sugar-free energy drinks (Adrenaline), non-alcoholic wine drinks (Abrau Light Zero) and mineral "
           "water left out"),
        ("мандаринки штук 5", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (Перекрёсток loose, Морокко, Китай с листом); mandarin drinks and nectars left out"),
        ("глазированный сырок", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "glazed curd snacks (Б.Ю. Александров: «Картошка» in milk chocolate, pistachio, white chocolate, vanilla, "
           "soufflé); Свитлогорье «Сырок творожный 120 г» (glaze not stated) and curd desserts left out"),
    ]),
]


def blind_texts(path):
    """List texts of the blind draft: each '### fxqNN' line starts a list, its text runs to the next blank line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("### fxq"):
                cur = []
                texts.append(cur)
            elif cur is not None:
                if line == "":
                    cur = None
                else:
                    cur.append(line)
    return ["\n".join(t) for t in texts]


def check_blind(lists):
    draft = blind_texts(BLIND)
    errors = []
    if len(draft) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(draft), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        want = draft[n - 1] if n <= len(draft) else None
        if n in REPLACED:
            old, new = REPLACED[n]
            if want is None or want.count(old) != 1:
                errors.append("fxq%02d: replaced item %r not found once in the blind draft" % (n, old))
                continue
            want = want.replace(old, new)
        if text != want:
            errors.append("fxq%02d: text differs from the blind draft: %r != %r" % (n, text, want))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fxq"))
