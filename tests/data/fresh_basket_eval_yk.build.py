#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yk.jsonl -- home cooking of other cuisines (Asian, Caucasian, Mediterranean,
Central Asian), shopping lists hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yk.build.py

LISTS below is literal data: 25 lists (3-4 items) as home cooks type them to a Telegram bot, copied byte for
byte from fresh_basket_eval_yk.blind_lists.txt (written before any offer was read), and for every item the
product ids of every store that a reasonable shopper would accept.  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and
read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  Nothing of korzina (matcher, data, other sets' labels) was read or run.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in order
(an item is the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the
counts.  List ids are fyk01, fyk02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yk.jsonl")

LAVASH = ["4199211", "4361122"]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyk01 sushi at home
    ("рис mistral для суши 1кг, водоросли нори для роллов, имбирь маринованый розовый, соевый соус kikoman", [
        ("рис mistral для суши 1кг", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Мистраль sushi rice: no store has one; other Мистраль rices (Индика, Жасмин, Кубань круглозерный, Италика, "
           "для плова) and other brands' sushi rice (Sen Soy, Market Collection «для японской кухни») excluded - brand "
           "and kind are both written"),
        ("водоросли нори для роллов", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "nori sheets: absent everywhere; nori chips (Пятёрочка «Чипсы Нори», Дикси Naitori) and a Garnier mask «с черными "
           "водорослями» are traps"),
        ("имбирь маринованый розовый", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4152880", "3665698", "3482300", "3361489", "3665823", "3683949", "4028338", "4276518",
                            "4187203", "4187188", "3644567", "3686056"],
        }, "pickled ginger: Скатерть-Самобранка «розовый» plus marinated ginger whose colour is not stated (Takemura, Wike, "
           "Капустко, ФЭГ, Хрустальная Снежинка, Маркет, unbranded 30/200 g and weighed) - outside knowledge: pink is the "
           "default, white pickled ginger is labelled «белый» (Маркет Fresh has both); «белый» ginger (4305772/3, 4130670, "
           "Скатерть-Самобранка белый) excluded, as are fresh, ground, candied ginger and ginger drinks"),
        ("соевый соус kikoman", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Kikkoman (typo kikoman): no store carries it; soy sauces of other brands (Стебель Бамбука, Магнит, Mivimex, Sen Soy, "
           "unbranded 30 g) excluded because the brand is written; soy drinks are traps"),
    ]),
    # fyk02 udon with teriyaki
    ("удон лапша пару пачек, соус терияки сен сой, кунжут белый", [
        ("удон лапша пару пачек", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "udon noodles: none in any store; soba, somen, egg, lagman noodles and instant noodles excluded; «пару пачек» is a "
           "quantity"),
        ("соус терияки сен сой", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Sen Soy teriyaki sauce: absent; ready meals «терияки» (Перекрёсток вок/курица) and cashews «в соусе терияки» are "
           "traps; other Sen Soy sauces (соевый классический, чёрный перец) are not teriyaki"),
        ("кунжут белый", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4187582"],
        }, "white sesame seeds (Маркет «Кунжут белый семена»); buns, crispbread, cashews and biscuits «с кунжутом» and Гурмикс "
           "«Кунжутная» dressing excluded"),
    ]),
    # fyk03 soba
    ("лапша гречневая соба, имбирь свежий корешок, кунжутное масло", [
        ("лапша гречневая соба", {
            "pyaterochka": [], "magnit": [], "dixy": ["T000023442"], "perekrestok": ["4061765"],
        }, "buckwheat soba noodles (Sen Soy Premium Soba, Домшим Соба гречневая); Домшим Сомен (wheat) and egg noodles excluded"),
        ("имбирь свежий корешок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root: Перекрёсток plain «Имбирь» (weighed) and «Имбирь, 300г» - outside knowledge: plain titles in "
           "produce are the fresh root; pickled, ground (Kotanyi, Pripravka), candied, «в сахаре», dried and ginger drinks/teas "
           "excluded"),
        ("кунжутное масло", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "sesame oil: absent everywhere; Магнит Гурмикс «Заправка салатная Кунжутная» is a dressing, not oil"),
    ]),
    # fyk04 funchoza salad
    ("фунчеза, корейская морковка, огурчики свежие 3 шт, кинзу пучок", [
        ("фунчеза", {
            "pyaterochka": ["d7d44e6c8e"], "magnit": ["07265a036c"], "dixy": [], "perekrestok": ["3980622", "4326610"],
        }, "funchoza glass noodles (typo фунчеза): Домшим вермишель «Фунчоза» (Пятёрочка, Перекрёсток), Зелёная Линия «Лапша "
           "Фунчоза бобовая», Магнит Сэн Сой «вермишель фунчоза и японский соус мисо» (noodles with a sauce sachet, still "
           "funchoza); salads and Korean mixes with funchoza (Дикси Микс, Кореяна, Шеф салат) excluded"),
        ("корейская морковка", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000566992", "2000209090"],
            "perekrestok": ["4356605", "4356606", "4317162", "4052638", "4183217", "4263716", "4263718", "2090393",
                            "4286023", "4285982"],
        }, "Korean carrot salad (морковь по-корейски, «морковь пикантная по-корейски», «Салат из моркови по-корейски»); mixes "
           "with asparagus (морковь со спаржей, спаржа с морковью), cabbage with carrot, squid with carrot, морская капуста с "
           "морковью and fresh carrots excluded"),
        ("огурчики свежие 3 шт", {
            "pyaterochka": [], "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинные, короткоплодные, Бакинские, фасованные, Дикси fresh корнишоны "
           "«в упаковке» 300 g); Перекрёсток weighed «Огурцы Хрустящие» taken as fresh (produce price per kg; the jarred "
           "«ШЕСТЬ СОТОК хрустящие 720мл» is excluded); pickled/salted/jarred cucumbers, ассорти, чипсы «огурчики» excluded; "
           "«3 шт» is a quantity"),
        ("кинзу пучок", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000603793"], "perekrestok": [],
        }, "fresh coriander leaves: Дикси «КИНЗА 1 УПАКОВКА 75Г» («пучок» is the unit, a pack of fresh herb is fine); ground "
           "coriander seed (Восточный гость), Киндзмараули wine, yoghurt/cheese «с кинзой» excluded"),
    ]),
    # fyk05 lavash rolls
    ("лаваш армянский тонкий 2 шт, сулугини копченый, тархун пучок", [
        ("лаваш армянский тонкий 2 шт", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": list(LAVASH),
        }, "Armenian lavash: Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» - outside knowledge: Armenian lavash "
           "is the thin sheet kind; tandoor flatbreads (лепёшка) excluded; «2 шт» is a quantity"),
        ("сулугини копченый", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "smoked suluguni (typo сулугини): no store has it; plain suluguni (Магнит, Зелёная Линия) lacks the written form, "
           "smoked chechil/«Косичка»/«Спагетти», Скаморца and Гурманский копчёный are different cheeses"),
        ("тархун пучок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "fresh tarragon herb: absent; the «Тархун» lemonades (Черноголовка, Чудесное далеко, Пр!ст, Маркет, Магнит «ТАРХУН») "
           "and pickles «с тархуном» are traps"),
    ]),
    # fyk06 Georgian sauces
    ("аджика абхазская, ткемали красненький, хмели-сунели приправа", [
        ("аджика абхазская", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Abkhazian adjika: none labelled so; Магнит «АДЖИКА (ООО Томат Регион)» is not stated to be Abkhazian (the variety "
           "is written), Восточный гость dry «Смесь для аджики», ketchup Помидорка «Аджика» and courgettes «в аджике» excluded"),
        ("ткемали красненький", {
            "pyaterochka": [], "magnit": ["56bd749cdb"], "dixy": [], "perekrestok": [],
        }, "red tkemali: Магнит «Соус КИНТО, Ткемали классический» - outside knowledge: classic Kinto tkemali is the red plum "
           "sauce (green tkemali is labelled «зелёный»); Кинто Сацебели and «соус по-грузински» ketchups excluded"),
        ("хмели-сунели приправа", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3689198"],
        }, "khmeli-suneli (Маркет Перекрёсток); «соль с грузинскими травами» and other spice mixes excluded; Schauma «с хмелем» "
           "is a trap"),
    ]),
    # fyk07 plov
    ("баранина на плов 1.5кг, девзира рис для плова, морковь 2кг, зира целая для плова", [
        ("баранина на плов 1.5кг", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "raw lamb: absent everywhere; Дикси Мираторг «Кебабчичи говядина и ягнятина» (minced kebabs), ready plov and pet "
           "food «ягнёнок» excluded"),
        ("девзира рис для плова", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Devzira rice: no store has it; ordinary «рис для плова» (Мистраль, Националь, Маркет, Агро-Альянс, Зернышко к "
           "зернышку) excluded because the variety is written"),
        ("морковь 2кг", {
            "pyaterochka": [], "magnit": [], "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (мытая, свежая, отечественная, белорусская, на подложке, «для сока», Зайкино Счастье mini); "
           "«2кг» is the amount of a weighed good, not a filter; boiled peeled carrots, Korean carrot, juices and purees excluded"),
        ("зира целая для плова", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "whole cumin (zira): absent; plov seasoning mixes (Восточный гость, Котани, Маркет «Приправа для плова») are blends, "
           "and caraway «тмин» in sauerkraut is a trap"),
    ]),
    # fyk08 lagman
    ("лапша для лагмана, говядина мякоть 800г, перчик болгарский, редька зеленая", [
        ("лапша для лагмана", {
            "pyaterochka": [], "magnit": ["f3da9c547b"], "dixy": ["2000592093"], "perekrestok": ["4303688"],
        }, "lagman noodles (Макстори «Лагманная», Восточный гость «Лагманная», Маркет «Лапша Лагманная»); бешбармак noodles "
           "and other egg noodles excluded"),
        ("говядина мякоть 800г", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["3697004", "3917642", "4008468", "4314598", "3077141", "1036", "3697006", "1038", "46627",
                            "4373861", "4012", "3667501"],
        }, "raw boneless beef for stewing: бедро мякоть (Мираторг 800/600 g, весовая), мраморная мякоть Праймбиф, антрекот, "
           "духовая, огузок, шейная часть без кости, филей бедра, гуляш, ростбиф зачищенный; portion steaks (Мираторг, "
           "Веско), cuts on the bone (голень, лопатка, шейный отруб, грудинка для харчо), суповое рагу, tongue, mince, "
           "cooked/smoked beef and ready meals excluded; «800г» is the amount of a weighed good"),
        ("перчик болгарский", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "fresh bell pepper: no store has it; marinated peppers, paprika powder, sauces «с болгарским перцем» excluded"),
        ("редька зеленая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "green radish: absent everywhere (no редька/редис/дайкон title)"),
    ]),
    # fyk09 greek salad / antipasti
    ("оливки зеленые с анчоусом, маслинки без косточек iberica, фета только не фетакса, помидорчики черри", [
        ("оливки зеленые с анчоусом", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000557391"], "perekrestok": ["3692529", "3628534", "3468536"],
        }, "green olives stuffed with anchovy (Excelencia, Bonduelle Мансанилья, Маркет, Пр!ст «зелёные») - outside knowledge: "
           "Excelencia/Маркет «с анчоусом» are green manzanilla olives; olives with lemon, salmon, shrimp, cheese, pepper "
           "and plain olives excluded"),
        ("маслинки без косточек iberica", {
            "pyaterochka": [], "magnit": [], "dixy": ["D000011668"], "perekrestok": [],
        }, "Iberica pitted black olives (Дикси «Iberica Mini черные без косточки»); Магнит ИБЕРИКА «Оливки с косточками» and "
           "pitted black olives of other brands excluded"),
        ("фета только не фетакса", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "feta cheese: no product titled фета; Фетакса (Hochland, also the processed one) excluded by the negative wish; "
           "Сиртаки (a «продукт рассольный»), Экомилк «Фетика», Сербская брынза, Sveza Брынза and Халуми are other cheeses; "
           "olives and pies «с сыром фета» excluded"),
        ("помидорчики черри", {
            "pyaterochka": [], "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971", "3634714"],
        }, "fresh cherry tomatoes (on the vine or loose, Кумато черри мини, Черри Микс шейкер, Premiere of Taste «Горячее "
           "сердце»); marinated/salted cherry tomatoes, ассорти jars, «коктейль» tomatoes and Santa Maria «Теличерри» pepper "
           "excluded"),
    ]),
    # fyk10 carbonara
    ("спагетти барила, пармезан куском, бекончик нарезкой, сливочки 20%", [
        ("спагетти барила", {
            "pyaterochka": [], "magnit": ["9332b0bf64"], "dixy": ["2000016649", "2000280926"], "perekrestok": [],
        }, "Barilla spaghetti of any thickness (спагетти №5, Spaghettini №3, Спагеттони); other Barilla shapes (букатини, "
           "баветте, филини, risoni, спиральки, Pipe Rigate, Festivi, Джирандоле) and other brands' spaghetti (Baisad) excluded"),
        ("пармезан куском", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6"],
            "dixy": ["2000597551"], "perekrestok": ["3496416"],
        }, "Parmesan-type cheese in a piece (weighed Dolce Granto/Laime/Premiere of Taste, Laime Ризерва 100 g, Поставский "
           "«Гранд» 200 g, Чиз Галлери 100 g, Дикси Laime 200 g, Маркет «кусок»); grated parmesan, Italian Snack cream cheese "
           "with parmesan and ravioli «с пармезаном» excluded"),
        ("бекончик нарезкой", {
            "pyaterochka": [], "magnit": ["d705bc4e4d"], "dixy": ["2000572451", "2000414199"],
            "perekrestok": ["4165825", "4191111", "4296355", "3649811"],
        }, "packaged bacon: Магнит «БЕКОН ПО-ИСПАНСКИ … нарезка»; packs of 150-260 g (Клинский Черный кабан, Ближние Горки for "
           "frying, Зелёная Линия, Маркет сырокопчёный, Мираторг beef bacon) taken as sliced - outside knowledge; sausages "
           "«с беконом», bacon-flavoured crisps/croutons excluded"),
        ("сливочки 20%", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [], "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "drinking/cooking cream labelled exactly 20% (Домик в деревне, Магнит, Эго, Большая кружка, Авида, Молочный Знак); "
           "10/11/33% cream, Пятёрочка President «Крем сливочный взбитый» 20% (aerosol whipped cream), sour cream 20% and "
           "«сливочные» sausages excluded"),
    ]),
    # fyk11 penne al pomodoro
    ("паста пенне, базилик свежий, моцарела galbani, помидоры в собств соку", [
        ("паста пенне", {
            "pyaterochka": ["94425"], "magnit": ["eb8a3570e8", "61313f9ca5"],
            "dixy": ["2000590812", "ЦТ0046807", "2000573915"],
            "perekrestok": ["4329570", "3435300", "4117154", "4273869"],
        }, "penne = «перья» (smooth or rigate: Baisad, Аида, Makfa, Gusto di Roma, Maltagliati, Маркет, Пр!ст, Market "
           "Collection «Пенне»); Pipe Rigate (Barilla, Pasteroni) are a different shape, and other shapes excluded"),
        ("базилик свежий", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "fresh basil: absent everywhere; spice mixes, sauces, ketchup, cheese and drinks «с базиликом» excluded"),
        ("моцарела galbani", {
            "pyaterochka": [], "magnit": ["1000070528", "8fafbefa0d", "3ceec6b968"], "dixy": [], "perekrestok": [],
        }, "Galbani mozzarella of any size (125 g, 150 g, Макси 250 g); Pretto, Unagrande, Premiere of Taste and other "
           "brands' mozzarella and Galbani «Пиканте» blue cheese excluded"),
        ("помидоры в собств соку", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000582831"], "perekrestok": ["4181618", "3901877", "4042450"],
        }, "canned tomatoes in their own juice: Botanica «целые очищенные в собственном соку», Маркет «неочищенные в томатном "
           "соке», Bonduelle «очищенные в томатной мякоти», Маркет «Томаты резаные» (plain chopped canned tomatoes); flavoured "
           "«с базиликом» / «с луком и чесноком», passata «протертая мякоть», marinated/salted tomatoes excluded"),
    ]),
    # fyk12 hummus
    ("нут сухой 500 гр, паста тахини кунжутная, лимончиков пару, оливк масло extra virgin", [
        ("нут сухой 500 гр", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "dry chickpeas: absent everywhere; chickpea flour (Garnec), chickpea crisps, barley-chickpea drinks and «Нутелла» "
           "are traps"),
        ("паста тахини кунжутная", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "tahini: absent everywhere (no тахини/tahini title)"),
        ("лимончиков пару", {
            "pyaterochka": [], "magnit": [], "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, 2-pack, Узбекистан); Перекрёсток «Микс Лайм-лимон» and «Набор иммунный имбирь-лимон» (mixed "
           "packs), lemon-flavoured goods and «Нектарины лимонные» excluded; «пару» is a quantity"),
        ("оливк масло extra virgin", {
            "pyaterochka": ["3015194"], "magnit": [],
            "dixy": ["2000347675", "2000580798", "T000000850", "2000534311", "T000000852"],
            "perekrestok": ["4321136", "4218015", "4365079", "3617469", "4063916", "27062", "4130610", "4137208",
                            "3666262", "3501258", "3501259", "3444927", "3444926", "4333525", "3336247", "4197654",
                            "2153521", "7581", "61549", "4343608", "4343609", "4361247"],
        }, "olive oil stated extra virgin («Extra Virgin», «EXTR.VIR.», «EV», «Extra Vergine») or by its Russian legal name "
           "«нерафинированное высшего качества / высший сорт» (Colavita 1 л, Sita); Altaria spray accepted (form not written); "
           "flavoured EV (Cretan Mill лимон/чеснок, Filippo Berio трюфель, Borges с чесноком), refined, pomace and blends, "
           "sunflower oil «с добавлением оливкового» excluded; bottles only saying «нерафинированное» without grade (Anfosso, "
           "Cobram Estate, De Cecco, Monini Nettare, Frantoi Cutrera, Gonnelli, Costa d'Oro, Getuva, Filippo Berio «100%») "
           "excluded because the title does not state extra virgin"),
    ]),
    # fyk13 khachapuri
    ("сулугуни 400г, имеретинский сыр, мацони", [
        ("сулугуни 400г", {
            "pyaterochka": [], "magnit": ["1000368974"], "dixy": [], "perekrestok": [],
        }, "suluguni in a 400 g pack or weighed (Магнит М Свежесть «Сулугуни 45% весовой», any amount can be cut); the 100 g "
           "(Магнит) and 280 g (Зелёная Линия) packs excluded because the pack size is written; Adyghe cheese and chechil excluded"),
        ("имеретинский сыр", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Imeretian cheese: absent; Adyghe cheese (Гиагинский, Предгорье Кавказа, Зелёная Линия) and suluguni are other "
           "cheeses"),
        ("мацони", {
            "pyaterochka": [], "magnit": ["1000230773"], "dixy": ["2000182622"], "perekrestok": [],
        }, "matsoni (РостАгроКомплекс/РостАгроЭкспорт 3.2% 300 g in Магнит and Дикси)"),
    ]),
    # fyk14 khinkali night
    ("хинкали замороженые 1кг, аджика красная какая нибудь, петрушечка", [
        ("хинкали замороженые 1кг", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "frozen khinkali in a 1 kg pack: the only khinkali, Магнит Мираторг «По-грузински» 800 g, excluded because the pack "
           "size is written; pelmeni, чебуреки, dumplings excluded"),
        ("аджика красная какая нибудь", {
            "pyaterochka": [], "magnit": ["dbcdd7821e"], "dixy": [], "perekrestok": [],
        }, "red adjika of any brand: Магнит «АДЖИКА (ООО Томат Регион), 120г» - outside knowledge: a tomato-pepper adjika, i.e. "
           "red (green adjika is labelled so); dry «Смесь для аджики», ketchup Помидорка «Аджика», Махеевъ «Кавказский» "
           "ketchup and courgettes «в аджике» excluded; «какая нибудь» is a wish"),
        ("петрушечка", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000603795"], "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); ketchup «укроп-петрушка» excluded"),
    ]),
    # fyk15 Indian dal
    ("басмати подешевле, красная чечевица, приправа карри, молоко кокосовое", [
        ("басмати подешевле", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice (Dunar Дейли, Shanti Басмати Селла (parboiled basmati), Увелка Басмати 5x80 g); jasmine and other "
           "long-grain rice excluded; «подешевле» is a wish"),
        ("красная чечевица", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "red lentils: no lentils in any store"),
        ("приправа карри", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3635518"],
        }, "curry powder (Маркет «Приправа карри»); Heinz «Карри-манго» sauce, cashews «с карри», turmeric drinks excluded"),
        ("молоко кокосовое", {
            "pyaterochka": [], "magnit": ["1000389522"], "dixy": [], "perekrestok": [],
        }, "canned cooking coconut milk (Thai Coco 5-7% 400 ml); Alpro/Planto «Кокосовый с рисом» drink, Green Milk and kefir "
           "drinks «кокос», coconut flour/sugar and a whole coconut excluded"),
    ]),
    # fyk16 Vietnamese rolls
    ("рисовая бумага, соус чили сладкий, рыбный соус, тигровые креветки замороженные", [
        ("рисовая бумага", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "rice paper: absent everywhere"),
        ("соус чили сладкий", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "sweet chili sauce: absent; Махеевъ «Чили» ketchups (hot), Чим-Чим «чили с лаймом» (not stated sweet), Махеевъ "
           "«кисло-сладкий» (sweet-and-sour) and chilli spices excluded"),
        ("рыбный соус", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "fish sauce: absent; Пятёрочка «Рыбн кулинар изд. Кальмар … в соусе» is a trap"),
        ("тигровые креветки замороженные", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4328813"],
        }, "tiger prawns: Camimex «тигровая без головы без хвоста очищенная» 500 g - outside knowledge: sold frozen; king, "
           "northern, Argentine and vannamei shrimps excluded (a different kind)"),
    ]),
    # fyk17 Korean
    ("капуста кимчи, рисик круглый для кимпаба, пекинка", [
        ("капуста кимчи", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4177359"],
        }, "kimchi (Лукашинские «Кимчи По-Корейски из белокочанной капусты»); sauerkraut, Korean carrot/asparagus salads and "
           "fresh cabbage excluded"),
        ("рисик круглый для кимпаба", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127", "3143475", "4285358"],
        }, "round-grain rice (titles saying круглый/круглозерный/круглозернистый, incl. 5x80 g cooking bags and Мистраль "
           "Италика) plus sushi rice (Sen Soy «для суши», Market Collection «для японской кухни») - outside knowledge: sushi "
           "rice is short/round-grain; «для кимпаба» is a purpose, not a filter; rice not stated round (Агро-Альянс "
           "«кубанский», Националь Адриатика/Бальдо/Испанский), long-grain, parboiled, Увелка «Дружба» rice-millet mix excluded"),
        ("пекинка", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Chinese (Napa) cabbage: absent; white cabbage excluded"),
    ]),
    # fyk18 shashlyk
    ("свиная шея на шашлык 2кг, лавашик, соус ткемали зеленый, уголь для шашлыка мешок", [
        ("свиная шея на шашлык 2кг", {
            "pyaterochka": [], "magnit": ["afb09aae99"], "dixy": [], "perekrestok": ["78003999", "4363415", "912"],
        }, "raw pork neck, plain or as shashlyk (Черкизово «Шейка свиная», Перекрёсток «Шейка свиная без кости», Хороший "
           "Кусок «Шейка», «Шашлык из свиной шейки охлаждённый»); shashlyk whose cut is not stated (Мираторг «Деликатесный», "
           "Перекрёсток «любительский»/«по-московски»), cooked «Шашлык из свинины с луком жареный», other pork cuts, shashlyk "
           "ketchups/marinades excluded; «2кг» is the amount of a weighed good"),
        ("лавашик", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": list(LAVASH),
        }, "any lavash (Маркет Армянский, Коломенский Армянский тонкий); tandoor flatbreads excluded"),
        ("соус ткемали зеленый", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "green tkemali: absent; Магнит Кинто «Ткемали классический» (red) excluded"),
        ("уголь для шашлыка мешок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "barbecue charcoal: absent everywhere; toothpastes/masks/gels «уголь» and ice-cream «брикет» are traps"),
    ]),
    # fyk19 rolls at home
    ("лосось слабой соли, сливочный сыр филадельфия, авокадо спелое, палочки для еды", [
        ("лосось слабой соли", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "lightly salted salmon: none; lightly salted trout (Меридиан, Океан, Люди Любят, Пр!ст, 3 FISH), frozen salmon "
           "pieces/fillets, Магнит MARE «Лосось рубленый подкопченный» and salmon rillettes excluded (other fish or not salted)"),
        ("сливочный сыр филадельфия", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Philadelphia cream cheese: the brand is in no store; other cream cheeses (Hochland, Almette, Cream Nuvo, Violette, "
           "Кремчиз, Экомилк, Pretto, Natura) excluded because the brand is written"),
        ("авокадо спелое", {
            "pyaterochka": [], "magnit": ["84db02dc1b"], "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360",
                            "4333280"],
        }, "fresh avocado of any pack (Хасс, Artfruit, Puro Gusto Ready-to-eat, Органик, loose) incl. Перекрёсток «Авокадо "
           "свежий без косточки, 300г»; «спелое» is a quality wish, not a filter; an avocado keyring, plush toy, Ecolatier "
           "cosmetics set, Chupa Chups and avocado-flavoured goods excluded"),
        ("палочки для еды", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "chopsticks: absent everywhere; crab sticks, corn sticks, bread sticks, surimi «палочки» are traps"),
    ]),
    # fyk20 risotto
    ("рис арборио для ризотто, вино белое сухое хорошее, тертый пармезан", [
        ("рис арборио для ризотто", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Arborio rice: absent; Националь Бальдо/Адриатика and Мистраль Италика are other varieties (variety written); "
           "Пятёрочка frozen «Ризотто с курицей» is a ready mix"),
        ("вино белое сухое хорошее", {
            "pyaterochka": [],
            "magnit": ["55db4467cc", "04516a47c7", "9e6ee9ccf9", "c6c844d469", "0f4d49c5a1", "e216d600a4", "9111e6bce0",
                       "8664bd4027", "0b845d9920", "715024d773", "9e45b7a262", "c96b9bca7c", "0dacfed04a", "15025c63db",
                       "eb1742ab37", "8fc27edd40", "e387b9ab8b", "58c42ead4d", "02507ad3f8", "01de06b977", "e37dec0c08",
                       "81e5535fde", "cd9e940465", "be67f7ed8c", "505d47a56d"],
            "dixy": [], "perekrestok": ["3473805"],
        }, "still white dry wine of any grape/country; semi-dry, semi-sweet, red, rosé and sparkling wines excluded; «хорошее» "
           "is a wish, not a filter"),
        ("тертый пармезан", {
            "pyaterochka": [], "magnit": ["b10071458c", "1000526832"], "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784"],
        }, "grated parmesan (Невские сыры Дольче, Dolce Granto, Маркет «порционированный … тёртый», Маркет 32%, Зелёная "
           "Линия); parmesan in a piece excluded"),
    ]),
    # fyk21 manty
    ("манты замороженные, самса с мясом, лепешка узбекская, сметанка 15% к мантам", [
        ("манты замороженные", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "frozen manty: absent everywhere; khinkali, pelmeni and чебуреки are other products"),
        ("самса с мясом", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "samsa: absent everywhere; чебуреки and puff pastries excluded"),
        ("лепешка узбекская", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Uzbek flatbread: none titled so; Перекрёсток «Лепёшка с чесноком из тандыра» (a garlic flatbread) and «Лепёшка "
           "сырная с зеленью и чесноком» excluded (flavoured, not stated Uzbek); lavash excluded"),
        ("сметанка 15% к мантам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream labelled exactly 15% (incl. «из топлёных сливок» and lactose-free); Пятёрочка РостАгроЭкспорт "
           "«пикантная, с чесноком» 15% (flavoured), 10/20/25/30% sour cream, crisps «сметана» excluded; «к мантам» is a "
           "purpose"),
    ]),
    # fyk22 tzatziki
    ("йогурт греческий для соуса дзадзики, огурец длинный, чеснок молодой, вяленые томаты", [
        ("йогурт греческий для соуса дзадзики", {
            "pyaterochka": [], "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"], "perekrestok": [],
        }, "plain Greek yoghurt (Lactica 4%, «ГРЕЧЕСКИЙ 2%», Epica 2.5%, Neo «Классический», Простоквашино, Савушкин TEOS, Teos "
           "«Натуральный»): the purpose (a savoury sauce) names the kind, so flavoured Greek yoghurts (черника, клубника, "
           "манго, орех-мёд, инжир, персик, двухслойные) are excluded; unflavoured Савушкин TEOS 250 g taken as plain"),
        ("огурец длинный", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000205870"], "perekrestok": ["3301324"],
        }, "long (English) cucumber: Дикси «Огурец длинноплодный, 1 шт», Перекрёсток «Огурцы длинные, 1шт»; short/medium, "
           "гладкие, колючие, Бакинские and unspecified packs excluded (the kind is written)"),
        ("чеснок молодой", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["77278"],
        }, "young garlic: Перекрёсток «Чеснок ранний» - outside knowledge: early-season (young) garlic; plain garlic, dried, "
           "ground, grated and salted garlic excluded"),
        ("вяленые томаты", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3655010", "4273574", "4273573"],
        }, "sun-dried tomatoes (Tomtom в масле, Маркет 100 g, Маркет Collection с маслом); olives, bruschetta spreads and mussels "
           "with sun-dried tomatoes excluded"),
    ]),
    # fyk23 pantry puttanesca
    ("каперсов баночку, анчоусы в масле, тунца банку в собств. соку, макароны фарфалле", [
        ("каперсов баночку", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "capers: absent everywhere"),
        ("анчоусы в масле", {
            "pyaterochka": [], "magnit": ["f0c3e9fc5a"], "dixy": [], "perekrestok": [],
        }, "anchovy in oil: Магнит «Анчоус ПРОЛИВ обжаренный в масле, 160г» (canned anchovy in oil, the only one); SOLONINA "
           "dried anchovy snack and olives «с анчоусом» excluded"),
        ("тунца банку в собств. соку", {
            "pyaterochka": [], "magnit": ["f4bfc133e7"], "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice («в собственном соку» or «натуральный»: Fortuna, Знак Качества, Магуро натуральное); "
           "Перекрёсток Новый Океан «рубленый» and «филе-кусок» taken as own juice - outside knowledge: the line sells the "
           "same cuts «в масле» separately; tuna in oil (Магуро, Новый Океан «в масле»), Магнит Фортуна «д/м» (with oil "
           "added), Дикси «ВК филе рубленное» (medium not stated), frozen tuna, rillettes excluded"),
        ("макароны фарфалле", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4117113"],
        }, "farfalle (Market Collection «Фарфалле»); other pasta shapes excluded"),
    ]),
    # fyk24 Georgian table
    ("чурчхела, гранат, грецкий орех очищ., вода боржоми", [
        ("чурчхела", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "churchkhela: absent everywhere"),
        ("гранат", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000015855"],
            "perekrestok": ["50828", "3695843", "4371417", "4371415", "4335750"],
        }, "fresh pomegranates (incl. Азербайджан «для сока», «Мина Ширин», «отборный»); pomegranate juice, наршараб sauces and "
           "pomegranate-flavoured goods excluded"),
        ("грецкий орех очищ.", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3912995"],
        }, "shelled walnuts: Пр!ст «Грецкий орех, 100г» - outside knowledge: a 100 g bag is kernels; walnuts «в скорлупе», "
           "walnut jam, dates/porridge/yoghurt with walnuts excluded"),
        ("вода боржоми", {
            "pyaterochka": [], "magnit": ["67c2003564"],
            "dixy": ["ЦТ0020861", "2000211073", "2000315091", "2000188861"], "perekrestok": ["3393237"],
        }, "Borjomi mineral water of any size and bottle; Боржоми «Флейворд Вотер» flavoured drinks excluded"),
    ]),
    # fyk25 tea with Tatar sweets
    ("чак чак, кураги грамм 300, изюм кишмиш", [
        ("чак чак", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4181334"],
        }, "chak-chak (Зелёная Линия «Чак-Чак с гречишным мёдом»); Мираторг «Чак Ролл» steak and Gorchakov gyoza are traps"),
        ("кураги грамм 300", {
            "pyaterochka": [], "magnit": ["adf6cd599a"], "dixy": [], "perekrestok": [],
        }, "dried apricots (Семушка 150 g); «грамм 300» is the amount wanted, not a pack size; ряженка, compotes, curd and "
           "muesli «с курагой» excluded"),
        ("изюм кишмиш", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4316951", "3640864"],
        }, "seedless raisins: Маркет «Изюм Голден» and «Изюм светлый» - outside knowledge: golden/light raisins are seedless "
           "sultanas (kishmish); baked goods, curd and olives «с изюмом» excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyk"))
