#!/usr/bin/env python3
"""Re-create tests/data/fresh_basket_eval_d.jsonl — a fourth, independent set of shopping lists
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 tests/data/fresh_basket_eval_d.build.py

The set is made of lists written for particular occasions (a barbecue, a birthday party, a
child's school breakfast, a sick day, a diet week, guests for tea, a new-year table, the dacha,
a cat and a dog, a cleaning day, a student on a budget, breakfast for two, a baby, a fishing trip,
a hangover morning, baking, a fasting day, football, pancake week, a romantic dinner, the 8th of
March, a hike, an office lunch, a hot day, a diabetic in the family), 3-4 items each.  LISTS
below is literal data: each list as a household would type it in a chat, and for every item the
product ids of every store that a reasonable shopper would accept.  Candidate titles were grepped
broadly (stems, synonyms, abbreviations, Latin and Cyrillic brand spellings) and read one by one;
the note of each item records what was deliberately left out.  An empty list means the store has
nothing acceptable (the item is "missing" there).  The labels were made without reading
korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is
in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fd01, fd02,
... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_d.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # a barbecue
    ("свинина в маринаде 2 кг, аджика поострее, решетку для гриля, стаканчики одноразовые", [
        ("свинина в маринаде 2 кг", {
            "pyaterochka": [],
            "magnit": ["199551", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork in marinade (Магнит «Стейк из свинины / из шеи свинины, в маринаде»); chicken legs and turkey in marinade, plain pork and «Овощи запеченные на мангале» excluded"),
        ("аджика поострее", {
            "pyaterochka": ["4064470"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "adjika sauce of any heat («поострее» is a wish, not a filter); ткемали and croutons «со вкусом аджики» (Перекрёсток: Воронцовские, Клины, Зелёная Линия) are traps"),
        ("решетку для гриля", {
            "pyaterochka": [],
            "magnit": ["202991", "204421"],
            "dixy": [],
            "perekrestok": [],
        }, "barbecue grill grates, flat or deep; «Филе куриной грудки гриль», «Оливки-гриль», «Перец-гриль», «Ов-гриль» are food, excluded"),
        ("стаканчики одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "disposable cups; «Одноразовые станки» (razors), «Пеленки одноразовые», ice cream «в вафельном стаканчике», yoghurt «Моностакан» and whisky gift packs «+ стакан» excluded"),
    ]),
    # a birthday party
    ("торт наполеон\nананасы в банке 2 шт\nшарики надувные\nkinder сюрпризы 5 шт", [
        ("торт наполеон", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295622", "4325084"],
        }, "Napoleon cakes (Мирэль, Русская Нива, Черёмушки «Наполеон слоёный», Home Napoleon «Наполеон домашний»); Home Napoleon «Медово-Сметанный» (brand only) and «Коржи для торта Наполеон» (cake layers) excluded"),
        ("ананасы в банке 2 шт", {
            "pyaterochka": ["2070075", "4059175"],
            "magnit": ["104901"],
            "dixy": [],
            "perekrestok": [],
        }, "canned pineapple (rings, chunks, «шайбы»); pineapple nectars and juices, Bounty «Райский ананас», smoothies, drinks and a shower gel «ар.ананас» excluded"),
        ("шарики надувные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells balloons; corn puffs «Кукурузные шарики», «Шарики куриные», mozzarella «шарики», cereal «Шарики», cake «Муравейные Шарики» and «CHUPA CHUPS Шар» are traps"),
        ("kinder сюрпризы 5 шт", {
            "pyaterochka": ["3353040", "3353042", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise chocolate eggs with a toy (incl. Maxi and the figured «СЮРПРИЗ фигур.»); Kinder Joy eggs (Магнит, a different product), Kinder Chocolate bars, Schoko-Bons and Kinder gift sets excluded"),
    ]),
    # a child's school breakfast
    ("несквик сухой завтрак, подушечки с начинкой, сок агуша яблочный маленький", [
        ("несквик сухой завтрак", {
            "pyaterochka": ["3363325", "3368535", "3434742", "3926616", "4072647"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik breakfast cereals (incl. the title typo «Nesquick» and BananaCrush pillows); Nesquik cocoa drink, chocolate bars and sweets excluded"),
        ("подушечки с начинкой", {
            "pyaterochka": ["3435751", "3926616", "3933314"],
            "magnit": ["10d89a67d9"],
            "dixy": [],
            "perekrestok": [],
        }, "filled cereal pillows of any brand and filling; ECLIPSE chewing gum «подушечки» (trap), cereal rings, balls and flakes excluded"),
        ("сок агуша яблочный маленький", {
            "pyaterochka": [],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша apple juice 200 ml; Агуша яблоко-вишня and яблоко-шиповник (mixed juices), Агуша «вода+сок» drinks, apple purees and other brands' juices excluded"),
    ]),
    # a sick day
    ("малиновое варенье, морсик клюквенный, корень имбиря", [
        ("малиновое варенье", {
            "pyaterochka": [],
            "magnit": ["2ae922ebdb"],
            "dixy": [],
            "perekrestok": [],
        }, "raspberry varenye only; Махеевъ «Джем малиновый» (jam, a different product), ice cream «с наполнителем малиновое варенье», other-berry varenye and крем-мёд с малиной excluded"),
        ("морсик клюквенный", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3190898", "3695895", "4297529"],
        }, "cranberry mors (ДОБРЫЙ «Морс КЛЮКВА» accepted though it is made from grape and cranberry juice); бруснично-малиновый, клюква/черника/вишня mixes, ягодный сбор, a cranberry-orange drink and fresh cranberries excluded"),
        ("корень имбиря", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells fresh ginger root; pickled ginger (Магнит, Пятёрочка), candied ginger, ginger biscuits/lemonade, «сервелат имбирный» and a ginger mouthwash are traps"),
    ]),
    # a week of diet
    ("творожок обезжиренный, шпинат, сельдирей стеблевой", [
        ("творожок обезжиренный", {
            "pyaterochka": ["3687270", "3692659"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "fat-free cottage cheese (0.1–0.5 %, «Биотворог обезжиренный»); творог 3–9 %, the dessert «Творожок» Чудо (trap), сырки, fruit and children's biotvorog excluded"),
        ("шпинат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3369264", "4295871", "78000187"],
        }, "fresh spinach leaves (incl. «Салат Мини Шпинат» packs of spinach); salad mixes with spinach, a spinach smoothie, a Valio yoghurt and Gourmet cat food «со шпинатом» excluded"),
        ("сельдирей стеблевой", {
            "pyaterochka": [],
            "magnit": ["168811"],
            "dixy": [],
            "perekrestok": ["2065179"],
        }, "stalk celery («стебель», «черешковый»); an apple-celery juice excluded"),
    ]),
    # guests for tea
    ("пряники, баранки с маком, печенье овсяное, пастила белевская", [
        ("пряники", {
            "pyaterochka": ["3469420", "3628338", "3922082", "3926890", "3926891", "3940555", "3971669",
                            "4002046", "4007696"],
            "magnit": ["203161", "ea8f71c5d6"],
            "dixy": [],
            "perekrestok": [],
        }, "prianiki of any kind (filled, glazed, mini, Tula, figured Tago, Lambertz Lebkuchen); a gingerbread house, a dessert «вкус имбирный пряник» and chocolate «с пряным печеньем» excluded"),
        ("баранки с маком", {
            "pyaterochka": ["2041218"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baranki with poppy seeds; mini сушки excluded"),
        ("печенье овсяное", {
            "pyaterochka": ["3639541", "3655049", "3995521", "3995522", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal biscuits of any kind (Юбилейное овсяное, миндальное овсяное, with chocolate pieces, filled Хлебный спас); oat flakes, oat porridge, VELLE oat products and cereal biscuits «злаковое» excluded"),
        ("пастила белевская", {
            "pyaterochka": ["4049946", "4086820", "4086821"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Белёвская пастила; Магнит «БЕЛЕВСКАЯ ПАСТИЛА Мармелад» (marmalade of the brand, trap) and «Белевский зефир» (пастильное изделие but zefir) excluded"),
    ]),
    # a new-year table
    ("маслинки без косточек, икра мойвы, селедочка под шубой, хрен к холодцу", [
        ("маслинки без косточек", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249106"],
        }, "pitted black olives (маслины); маслины с костью, green olives (оливки), olive oil and «оливковый» mayonnaise excluded"),
        ("икра мойвы", {
            "pyaterochka": ["3976387"],
            "magnit": ["213741", "40aeeee608", "5a8db3876b", "fbee45a3fb"],
            "dixy": [],
            "perekrestok": [],
        }, "capelin roe spreads of any flavour; Пятёрочка «С.БРЕМ. Икра деликатесная с копченым лососем 180г» accepted on outside knowledge (the same Santa Bremor product Магнит titles «Икра мойвы»); roe products not naming the fish, herring/cod/salmon roe, vegetable «икра» and chips «Красная икра» excluded"),
        ("селедочка под шубой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3682462", "4199785"],
        }, "the ready salad «Сельдь под шубой»; herring fillets and other salads excluded"),
        ("хрен к холодцу", {
            "pyaterochka": ["3616052"],
            "magnit": ["c88a871b65"],
            "dixy": [],
            "perekrestok": [],
        }, "horseradish condiment (столовый, and Uni Dan «Хрен сливочный» as a variety); croutons/chips «со вкусом холодца с хреном» and sauerkraut «с хреном» are traps"),
    ]),
    # a trip to the dacha
    ("рукав для запекания, спички, семена укропа", [
        ("рукав для запекания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3694590"],
        }, "roasting sleeve; foil and food bags excluded"),
        ("спички", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells matches"),
        ("семена укропа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells garden seeds; fresh and dried dill, herring «с укропом», «Семена кунжута» (a spice) and products «с семенами» льна/чиа are traps"),
    ]),
    # a cat and a dog at home
    ("корм для котят, феликс 10 шт, сухой корм собаке, дримс", [
        ("корм для котят", {
            "pyaterochka": ["3641052"],
            "magnit": ["109291", "205061"],
            "dixy": [],
            "perekrestok": [],
        }, "kitten food (Magnit 109291 is spelled with a Latin «K»); adult cat food and puppy food excluded"),
        ("феликс 10 шт", {
            "pyaterochka": ["3413294", "3445962", "3445965", "3603050", "3603051", "3603052", "3603053", "3641052"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "any Felix cat food incl. Sensations (abbreviated «F.SEN.») and kitten Felix; Gourmet, Sheba, Whiskas, Purina One excluded"),
        ("сухой корм собаке", {
            "pyaterochka": ["3445958"],
            "magnit": ["83007d8abc"],
            "dixy": [],
            "perekrestok": [],
        }, "dry dog food; Пятёрочка Purina One «для маленьких собак 1,5 кг» accepted (a 1.5 kg bag is dry though «сух.» is not written); wet Pedigree/Cesar/Friskies/Darling, dry cat food and PUR.ONE 750 г (no animal named) excluded"),
        ("дримс", {
            "pyaterochka": ["3652326"],
            "magnit": ["12f0b7d3ff", "3416a5a157", "3b3e1365d7", "57039e0213", "f4b55c10c2", "f67ff9c365"],
            "dixy": [],
            "perekrestok": [],
        }, "Dreamies cat treats of any flavour (DREAMIES, ДРИМЕС, «Корм для кошек Dreamies»); other treats and cat food excluded"),
    ]),
    # a cleaning day
    ("средство для унитаза\nпемолюкс\nантижир для кухни\nсредство для стекол", [
        ("средство для унитаза", {
            "pyaterochka": ["3415703", "3438042", "3607497", "3674454", "3927353", "3938161", "3956850", "3956853",
                            "3996095", "4000274"],
            "magnit": ["1000132695", "204471"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet cleaners: liquids/gels «для унитаза» / «д/туал.» and rim blocks (titles call them «Средство … для унитаза»); Bref «Гель для чистки» 700 мл accepted on outside knowledge (a WC gel); universal Domestos, Cif, Sanfor, Comet powder, Cillit Bang антиналет and a drain cleaner excluded"),
        ("пемолюкс", {
            "pyaterochka": ["3463865", "3463866"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пемолюкс scouring powder; Comet powder (another brand) excluded"),
        ("антижир для кухни", {
            "pyaterochka": ["2089767"],
            "magnit": ["7f51925bae"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen degreasers (Cillit Bang «АНТИЖИР», Unicum «Жироудалитель для кухни»); Cillit Bang антиналет, dish soaps and universal cleaners excluded"),
        ("средство для стекол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells glass cleaner; mineral water «стекло», noodles «стеклянной» and other cleaners are traps"),
    ]),
    # a student on a budget
    ("лапша быстрого приготовления подешевле, пиццу замороженую, чебуреки", [
        ("лапша быстрого приготовления подешевле", {
            "pyaterochka": ["4009567", "4009568"],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "instant noodles of any flavour («подешевле» is a ranking wish); Роллтон «Бульон», лагман-лапша, фунчоза, удон, соба and ready meals with noodles excluded"),
        ("пиццу замороженую", {
            "pyaterochka": ["3607265", "3693580"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza (Цезарь, Рестория; Цезарь has no category but is a frozen brand); «Чебупицца» snacks, «Моцарелла для пиццы», crackers and croutons «пицца» excluded"),
        ("чебуреки", {
            "pyaterochka": ["3483781", "4009387", "4078158"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen chebureki incl. mini; Чебупицца and the milk brand «Братья Чебурашкины» (trap) excluded"),
    ]),
    # breakfast for two
    ("бекон, творожный сыр альметте, джем клубничный", [
        ("бекон", {
            "pyaterochka": ["3443644", "3445554", "3649921", "3655098", "4020279"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3443644", "3445554", "4225967", "4420883"],
        }, "bacon of any brand; «Шейка-Балык-Бекон Панчетта» assortment, грудинка, a club sandwich and Кириешки «бекон» flavour excluded"),
        ("творожный сыр альметте", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["16401", "16402", "2062815"],
        }, "Almette cream cheese of any flavour (Latin titles); Hochland, Violette, Savushkin, Valio cream cheeses excluded"),
        ("джем клубничный", {
            "pyaterochka": ["3369992", "3661658"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry jam; Вологодское «варенье клубничное» (varenye, not jam), muffins «с клубничным джемом» and other-fruit jams excluded"),
    ]),
    # a baby at home
    ("фрутоняня мясное пюре\nкаша безмолочная\nподгузники 3\nпеленки одноразовые", [
        ("фрутоняня мясное пюре", {
            "pyaterochka": ["3353095", "3353099", "3353100", "3496423", "3501014", "3676773", "3676774"],
            "magnit": ["203151"],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня meat purees incl. meat with vegetables/grain (titles «Фрутоняня*», «ФРУТОН.», «Фруто Няня»); ФрутоНяня fish (хек), vegetable and fruit purees and Агуша meat puree excluded"),
        ("каша безмолочная", {
            "pyaterochka": ["3415416"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry dairy-free baby cereal (Nestle «сухая безмол.»); milk baby cereals, ready milk cereals and adult porridges excluded"),
        ("подгузники 3", {
            "pyaterochka": [],
            "magnit": ["159981"],
            "dixy": [],
            "perekrestok": ["4295220"],
        }, "diapers or pants size 3 (Pampers «3 Midi», Kokoro «Midi M р.3»); sizes 2, 4 (Maxi), 5, 6 excluded"),
        ("пеленки одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3692978"],
        }, "disposable changing mats; diapers and wet wipes excluded"),
    ]),
    # a fishing trip
    ("воблу, сальца кусочек, хлебушек ржаной", [
        ("воблу", {
            "pyaterochka": [],
            "magnit": ["705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla (the shredded «вобла вяленая соломка» snack accepted)"),
        ("сальца кусочек", {
            "pyaterochka": ["3628186"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4105487", "4313593", "4383346", "4415868"],
        }, "salted pork fat of any kind; sausage «со шпиком», шпикачки and bacon excluded"),
        ("хлебушек ржаной", {
            "pyaterochka": ["3455614", "3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye and rye-wheat bread (Ржаной Край, title typo «Хреб»; «Ржано-пшеничный» Даниловский); «Хлеб зерновой, Ржаной Край» (grain bread, rye only in the brand), Даниловский Коломенское (rye not named), rye flour, rye croutons/сухарики excluded"),
    ]),
    # a hangover morning
    ("рассол огуречный, квас, кнорр чашка супа", [
        ("рассол огуречный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells pickle brine as a drink; brine cheeses «рассольный», seafood and herring «в рассоле» and pickled cucumbers are traps"),
        ("квас", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store has kvass; «капуста квашеная» is a trap"),
        ("кнорр чашка супа", {
            "pyaterochka": [],
            "magnit": ["2733f4305a", "d0a9881f65"],
            "dixy": [],
            "perekrestok": [],
        }, "Knorr «Чашка супа» instant soups of any flavour; Knorr «На второе», Vegeta and other dry soups, Роллтон бульон excluded"),
    ]),
    # baking at the weekend
    ("дрожжи сухие, какао порошок, крахмал картофельный, желатин", [
        ("дрожжи сухие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast; yeast dough, «бездрожжевое» dough and flour «хлебопекарная» excluded"),
        ("какао порошок", {
            "pyaterochka": ["3614049"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain cocoa powder for baking; instant cocoa drinks (Nesquik, Ухтышки, Macchocolate) and «Какао Nesquik» excluded"),
        ("крахмал картофельный", {
            "pyaterochka": [],
            "magnit": ["c77aeb33ac"],
            "dixy": [],
            "perekrestok": ["4268660"],
        }, "potato starch; corn starch excluded"),
        ("желатин", {
            "pyaterochka": [],
            "magnit": ["5ba197ad81"],
            "dixy": [],
            "perekrestok": ["4236371"],
        }, "food gelatine of any brand"),
    ]),
    # a fasting / vegan day
    ("хумус, кокосовое молоко, немолоко овсяное", [
        ("хумус", {
            "pyaterochka": ["3430176", "3489491"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hummus of any flavour"),
        ("кокосовое молоко", {
            "pyaterochka": ["3495702"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coconut milk; drinks «с кусочками кокосового желе», coconut sweets and cow milk excluded"),
        ("немолоко овсяное", {
            "pyaterochka": [],
            "magnit": ["ab42da97af"],
            "dixy": [],
            "perekrestok": [],
        }, "NEMOLOKO oat drink (only a chocolate one exists, accepted since no flavour was written); GREEN MILK soy drink and cow milk excluded"),
    ]),
    # watching football
    ("кириешки, хугарден 4 шт, сидр грушевый", [
        ("кириешки", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки rusks of any size; Три корочки, Воронцовские and other croutons excluded"),
        ("хугарден 4 шт", {
            "pyaterochka": [],
            "magnit": ["111751"],
            "dixy": [],
            "perekrestok": [],
        }, "Hoegaarden beer; Перекрёсток «Напиток пивной Hoegaarden … безалкогольный» excluded (a brand without a qualifier means the classic beer)"),
        ("сидр грушевый", {
            "pyaterochka": [],
            "magnit": ["0650193075"],
            "dixy": [],
            "perekrestok": [],
        }, "pear cider (BON SEASON PEAR); the plain BON SEASON cider and pear soft drinks/Fanta excluded"),
    ]),
    # pancake week
    ("смесь для блинов, варенку 2 банки, блинчики с творогом", [
        ("смесь для блинов", {
            "pyaterochka": ["3232252"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pancake mix (АЛАДУШ. «Смесь БЛИНЫ ЦАРСКИЕ»); flour, ready pancakes and Maggi/seasoning «смесь» excluded"),
        ("варенку 2 банки", {
            "pyaterochka": ["3907533"],
            "magnit": ["167911"],
            "dixy": [],
            "perekrestok": [],
        }, "«варёнка» = boiled condensed milk; plain condensed milk, and wafers, muffins, doughnuts, croissants, prianiki, cakes and sweets «с варёной сгущёнкой» excluded"),
        ("блинчики с творогом", {
            "pyaterochka": ["3403652"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready/frozen pancakes with curd filling; plain pancakes, pancakes with meat, chicken, ham, raspberry, apple, nut paste excluded"),
    ]),
    # a romantic dinner
    ("винишко розовое, мидии в створках, ламбруско", [
        ("винишко розовое", {
            "pyaterochka": [],
            "magnit": ["09d64a2b28", "108821", "159361", "4bfecf51fe"],
            "dixy": [],
            "perekrestok": [],
        }, "still rosé wine of any sweetness; sparkling rosé (Премиум брют, Lambrusco rosé, Gancia Prosecco Rose) and the alcohol-free «Абрау Лайт Розовый» excluded"),
        ("мидии в створках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3359360"],
        }, "mussels in shells; shelled mussel meat in brine/oil and Люди Любят «Мидии чилийские варёно-мороженые» (shells not stated) excluded"),
        ("ламбруско", {
            "pyaterochka": [],
            "magnit": ["108771", "159411", "86db6b4c48"],
            "dixy": [],
            "perekrestok": [],
        }, "any Lambrusco (red or rosé, still or sparkling); other wines excluded"),
    ]),
    # the 8th of March
    ("мартини бьянко, торт прага, шоколадка аленка", [
        ("мартини бьянко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store has Martini Bianco; MARTINI Fiero and MARTINI Brut sparkling wine are traps"),
        ("торт прага", {
            "pyaterochka": ["3641000", "3985865"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4188555", "4346907"],
        }, "Prague cakes incl. the 60 g single-portion «Торт Прага от Кондитерской Прохорова»; other cakes excluded"),
        ("шоколадка аленка", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Аленка milk chocolate bars; Аленка gift sets of sweets excluded"),
    ]),
    # a hike
    ("гречка с говядиной в банке, курица в собственном соку, средство от комаров", [
        ("гречка с говядиной в банке", {
            "pyaterochka": ["3609254"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned buckwheat porridge with beef; dry buckwheat, buckwheat flakes and a baby puree «гов.с греч.» excluded"),
        ("курица в собственном соку", {
            "pyaterochka": ["3624482"],
            "magnit": ["f64f9ea765"],
            "dixy": [],
            "perekrestok": [],
        }, "canned chicken in its own juice (Магнит «в с/с ж/б»; Пятёрочка «Мясо цыпленка Гост, Елинский, 325 г» accepted on outside knowledge, the juice is not stated); raw chicken and stews excluded"),
        ("средство от комаров", {
            "pyaterochka": [],
            "magnit": ["f932693dd1"],
            "dixy": [],
            "perekrestok": [],
        }, "insect repellent: Гардэкс Экстрим aerosol «от всех летающих насекомых и клещей» accepted (mosquitoes are flying insects); nothing else exists"),
    ]),
    # an office lunch
    ("салат цезарь, сэндвич с курицей, винегретик", [
        ("салат цезарь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4225649"],
        }, "ready Caesar salad; Caesar dressing sauces (Calve, Heinz, Махеевъ), the «Сэндвич-ролл Цезарь» and products of the brand Цезарь (pelmeni, pizza, pancakes, dough) are traps"),
        ("сэндвич с курицей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4403478"],
        }, "a sandwich with chicken (club sandwich with chicken and bacon); the salmon sandwich, «Сэндвич-ролл Цезарь» (chicken not stated), mozzarella «для сэндвичей» and Барни «Фан Сэндвич» excluded"),
        ("винегретик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3681084", "4133219"],
        }, "ready vinegret salad (with or without oil)"),
    ]),
    # a hot summer day
    ("арбузик, эскимо, лимонад черноголовка", [
        ("арбузик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4071854"],
        }, "fresh watermelon; watermelon gum, ice cream and drinks excluded"),
        ("эскимо", {
            "pyaterochka": ["3926883", "3940931", "4047712"],
            "magnit": ["214721", "388962e3d1", "ddb32be15c"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "eskimo ice cream on a stick of any brand; ice cream cups, cones, bricks and tubs excluded"),
        ("лимонад черноголовка", {
            "pyaterochka": [],
            "magnit": ["c7e1497ccb"],
            "dixy": [],
            "perekrestok": ["3403323", "3403324"],
        }, "Черноголовка classic «Лимонад»; Черноголовка Тархун, Байкал, Дюшес, Мандарин and Cola (other flavours) excluded"),
    ]),
    # a diabetic in the family
    ("сахарозаменитель, батончики nestle fitness, чернослив", [
        ("сахарозаменитель", {
            "pyaterochka": ["3379758", "3935865"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweeteners (stevia tablets, Great Life «подсластитель»); sugar-free drinks and gum, «Заменитель сухих сливок» (trap) excluded"),
        ("батончики nestle fitness", {
            "pyaterochka": ["3430184", "3430185"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nestle Fitness cereal bars (titles «NEST.FITN.», «N.FITN.»); «Молоко Fitness Time», «Капуста … фитнес» and other bars excluded"),
        ("чернослив", {
            "pyaterochka": ["3608001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried prunes; yoghurts, chocolate, a cake and a pâté «с черносливом» excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fd"))
