#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zk.jsonl -- a set of "cleaning day and home baking" shopping lists
hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zk.build.py

LISTS below is literal data: 25 household lists (3-4 items) as a household would type them to a
Telegram bot -- household chemicals (dish soap, laundry, bleach, sponges, bin bags), baking ingredients
(flour grades, yeast, baking powder, vanilla sugar, cocoa, butter, margarine) and the groceries bought
along -- and for every item the product ids of every store that a reasonable shopper would accept.
The list texts were written first, before any offer was read (fresh_basket_eval_zk.blind_lists.txt),
and are byte-identical to that draft.  Candidate titles were grepped broadly in real_offers.jsonl
(stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by
one; the note of each item records what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzk01, fzk02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zk.jsonl")

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzk01 baking day
    ("мука в/с 2 кило, дрожжи сафмомент 3 пакетика, ванильный сахар 3 пакетика, яиц десяток с1", [
        ("мука в/с 2 кило", acc(perekrestok=["91304", "8065"]),
         "wheat flour of the highest grade (в/с = высшего сорта) in 2 kg packs: Makfa в/с 2 кг, Пышечка хлебопекарная в/с 2 кг; "
         "the size names the pack, so Makfa в/с 1 кг is excluded; Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), "
         "Пятёрочка РЯЗАНОЧКА «ЭКСТРА» 2 кг (a different grade, экстра), whole-grain, rye, rice and durum «крупка» flour excluded"),
        ("дрожжи сафмомент 3 пакетика", acc(perekrestok=["17366"]),
         "Саф-Момент dry yeast 11 g; «3 пакетика» is the quantity; Рестория frozen yeast dough excluded"),
        ("ванильный сахар 3 пакетика", NONE,
         "no vanilla sugar in any store; ice creams/drinks «ваниль», plain sugar and Dr. Oetker citrus glaze excluded"),
        ("яиц десяток с1", acc(pyaterochka=["3446505"],
                               perekrestok=["3662512", "3062836", "3446505", "4068694"]),
         "chicken eggs class С1 in packs of 10 (Маркет, Окское, Село Зелёное, Зелёная Линия «активита» with selenium/iodine); "
         "С1 × 20 (Лето), СО/отборные, 6-packs and quail eggs excluded"),
    ]),
    # fzk02 kitchen cleaning
    ("фейри с лимоном подешевле, губки для посуды штук 10, мешки для мусора 60 литров, перчатки резиновые хозяйственные m", [
        ("фейри с лимоном подешевле", acc(pyaterochka=["3501026", "3500750"]),
         "Fairy «Сочный лимон» dish soap 900 ml and 450 ml; Fairy Platinum (no lemon stated; Магнит's is «Ледяная свежесть»), "
         "Fairy «Нежные руки», AOS Лимон (other brand) excluded; «подешевле» is a wish, not a filter"),
        ("губки для посуды штук 10", NONE, "no dish sponges in any store"),
        ("мешки для мусора 60 литров", acc(magnit=["e9bebc57c0"]),
         "bin bags of 60 l (BIG CITY LIFE 60 л 20 шт); Магнит 35 l bags excluded (the volume names the bag)"),
        ("перчатки резиновые хозяйственные m", NONE, "no household rubber gloves in any store"),
    ]),
    # fzk03 laundry
    ("порошек тайд автомат, ленор кондер, белизны бутылку", [
        ("порошек тайд автомат", acc(magnit=["262159b924", "198901", "167921", "105941", "106541"]),
         "Tide washing powder for automatic machines (д/чувств. кожи 400 г, Color 4 кг, Детский 2,4 кг, Колор 2,5 кг, "
         "and «Tide Lenor Color 2,5 кг» whose title lacks «автомат» -- taken as the automatic line, outside knowledge: "
         "Tide's 2.5 kg packs are sold as «Автомат»); Tide liquids and (gel) capsules excluded (not powder)"),
        ("ленор кондер", acc(pyaterochka=["3465388", "3669625", "4025712"], magnit=["203041", "159881", "205131"]),
         "«кондер» = fabric conditioner; every Lenor conditioner (Золотая орхидея, Масло ши, Haute Couture, Миндальное масло, "
         "Альпийские луга); Tide «Lenor Color» powder and Ariel «Touch of Lenor» powder, Vernel and hair conditioners excluded"),
        ("белизны бутылку", NONE,
         "no «Белизна» chlorine bleach in any store; Vanish Oxi (oxygen), Domestos and Bref «с хлор-компонентом» excluded "
         "(other products/brands)"),
    ]),
    # fzk04 pie baking
    ("маслице сливочное 82.5 пару пачек, маргарин для пирогов, разрыхлитель для теста 2 пакетика, какао порошок на глазурь", [
        ("маслице сливочное 82.5 пару пачек", acc(pyaterochka=["3948153", "4063188", "3612680", "3953367"]),
         "butter of exactly 82.5 % (Традиционное 175 г, сладко-сливочное 380 г, Вкуснотеево 400 г, Тысяча озёр 400 г); "
         "82 % (Президент, Простоквашино), 72.5 % and Экомилк chocolate butter 62 % excluded; «пару пачек» is the quantity"),
        ("маргарин для пирогов", acc(pyaterochka=["3977160"]),
         "margarine (Пышка «для выпечки» 72 %); «для пирогов» is a purpose; Хозяюшка «топлёная смесь» is not margarine"),
        ("разрыхлитель для теста 2 пакетика", acc(perekrestok=["4236368"]),
         "baking powder (Пр!ст 10 г); «2 пакетика» is the quantity"),
        ("какао порошок на глазурь", acc(pyaterochka=["3614049"]),
         "cocoa powder (Коммунарка какао-порошок 150 г); instant cocoa drinks (Nesquik, Ухтышки, MacChocolate) and "
         "Dr. Oetker citrus glaze mix excluded; «на глазурь» is a purpose"),
    ]),
    # fzk05 pancakes
    ("мука блинная готовая, молоко 2.5 литровое, сахар кило, масло раст. рафинированное", [
        ("мука блинная готовая", acc(pyaterochka=["3232252"]),
         "ready pancake flour mix (АЛАДУШКИН «Смесь БЛИНЫ ЦАРСКИЕ» 800 г); plain flour, «Печем дома» cake mix, ready/frozen "
         "blini excluded"),
        ("молоко 2.5 литровое", acc(
            pyaterochka=["3645808"],
            perekrestok=["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                         "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                         "013e119412", "a548f45b17", "62485733e9", "faf2171541"]),
         "cow drinking milk of exactly 2.5 % in the ~1 l pack («литровое» taken as the litre-class pack: 900 г/900-970 мл/"
         "1 л/1 кг; judgement), children's milk (Сарафаново детское) incl.; Вкуснотеево 0.2 l, Можайское 450 ml and other fat "
         "levels excluded"),
        ("сахар кило", acc(magnit=["07d5c3205d"]),
         "white sugar in a 1 kg pack (Русский «Сахар белый прессованный» 1 кг -- lump sugar is still sugar); Пятёрочка cane "
         "sugar Демерара 500 г excluded (size; a different, brown variety); sugar-free drinks and «сахарная пудра» excluded"),
        ("масло раст. рафинированное", acc(pyaterochka=["3454645", "4047875"],
                                         magnit=["c52c41afd8", "7f5e87f6b1", "0b2585a062", "77ec9da5de", "5c3afa29a7"]),
         "refined vegetable oil: sunflower (Олейна, Mr.Ricco, Mr.Ricco с добавлением оливкового, Благо, Слобода для жарки), "
         "corn (Благо) and grape-seed (Global Village) «раф.»; flavoured oils (Mr.Ricco «с экстрактом Прованских трав», "
         "ALMADOR basil/garlic), olive oils (incl. Global Village refined olive with virgin oil added) excluded"),
    ]),
    # fzk06 bathroom
    ("доместос гель, туалетный утенок, освежитель воздуха подешевле", [
        ("доместос гель", acc(pyaterochka=["3956844", "3956845", "3956850", "3956853", "4067999", "4068001"],
                              magnit=["160001", "205981"]),
         "Domestos liquid cleaners (universal and toilet, 750 ml) -- taken as the gel (outside knowledge: Domestos "
         "«средство» is the thick gel sold in 750 ml bottles); the Domestos Power 5 toilet rim block excluded"),
        ("туалетный утенок", NONE,
         "no «Туалетный утёнок» (Toilet Duck) in any store; Bref, Domestos, Comet toilet cleaners and duckling meat "
         "(«Тушка утёнка») excluded"),
        ("освежитель воздуха подешевле", acc(pyaterochka=["3440052", "3654065", "3974927", "3974933"],
                                            magnit=["69dbe62e8a", "204531"]),
         "air fresheners (Glade, Air Wick, Магнит, Symphony); «подешевле» is a wish; toilet blocks excluded"),
    ]),
    # fzk07 cake
    ("сгущенка вареная для торта, ванилин пару пакетиков, картофельный крахмал", [
        ("сгущенка вареная для торта", NONE,
         "no boiled condensed milk (варёная сгущёнка) in any store; plain condensed milk Алексеевское (Перекрёсток, "
         "Пятёрочка, Магнит), cakes, croissants, muffins, wafers and candies «со вкусом варёной сгущёнки» excluded"),
        ("ванилин пару пакетиков", NONE, "no vanillin in any store; vanilla-flavoured sweets and drinks excluded"),
        ("картофельный крахмал", acc(magnit=["c77aeb33ac"], perekrestok=["4268660"]),
         "potato starch (Магнит 200 г, Пр!ст 200 г); Пр!ст corn starch excluded"),
    ]),
    # fzk08 rye bread
    ("мучка ржаная обдирная, дрожжи прессованные, кунжут для хлеба", [
        ("мучка ржаная обдирная", acc(pyaterochka=["3653414"]),
         "rye flour обдирная (хлебопекарная 1 кг); wheat flours excluded"),
        ("дрожжи прессованные", NONE,
         "no fresh (pressed) yeast in any store; Саф-Момент dry yeast (a different form) and frozen yeast dough excluded"),
        ("кунжут для хлеба", acc(magnit=["c1996d45f5"]),
         "sesame seeds (Восточный гость 40 г); crackers/buns «с кунжутом» and cashew «с кунжутом» excluded"),
    ]),
    # fzk09 laundry
    ("капсулы для стирки ariel, пятновыводитель vanish, гель для стирки темного и черного", [
        ("капсулы для стирки ariel", acc(pyaterochka=["3421897", "3421898"], magnit=["198871", "167791", "160181"]),
         "every Ariel laundry capsule (Пятёрочка «Гель … жид. авт. кап. 15шт» Горный родник / Color&Style, Магнит Color 18, "
         "3в1 Горный родник 12, Горный родник 35); Ariel powders and liquids, Persil/Tide/Лоск capsules excluded"),
        ("пятновыводитель vanish", acc(pyaterochka=["2080266"], magnit=["bb3ee4398d"]),
         "Vanish laundry stain removers (Oxi Action 1 л, Oxi Advance «пятновыводитель + отбеливатель» 250 г); Vanish Gold "
         "carpet cleaner excluded (a carpet shampoo, not a stain remover for laundry)"),
        ("гель для стирки темного и черного", acc(pyaterochka=["3965697", "3974987"]),
         "liquid detergents for dark/black laundry (Ласка «для тёмного» 1 л, Woolite Premium Dark 900 мл); colour/white/"
         "wool gels and universal gels excluded"),
    ]),
    # fzk10 syrniki
    ("творог 9% для сырников, изюм светлый без косточек, сметанки 15% баночку", [
        ("творог 9% для сырников", acc(pyaterochka=["3634733"], perekrestok=["4185866", "4216658"]),
         "plain cottage cheese of exactly 9 % (Вкуснотеево 300 г, Молочный знак 800 г and 180 г); 0.5/3/4/5/5.5 %, "
         "children's and flavoured curds, творожные продукты/десерты, сыр творожный and ready сырники excluded"),
        ("изюм светлый без косточек", NONE,
         "no raisins sold as such in any store; cookies, chocolate, buns and nut mixes «с изюмом» excluded"),
        ("сметанки 15% баночку", acc(pyaterochka=["3665624"], magnit=["de14617e33", "199001"],
                                    perekrestok=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124",
                                                 "4217907", "4335470", "4314536"]),
         "sour cream of exactly 15 % (lactose-free Простоквашино and Parmalat Comfort incl.); 10/20/25/30 %, Махеевъ "
         "«соус сметанный» and cakes excluded; «баночку» is the quantity (every offer is a cup/pot)"),
    ]),
    # fzk11 pantry
    ("уксус столовый 9%, лимонная кислота пакетик, сода пищевая для теста", [
        ("уксус столовый 9%", NONE,
         "no 9 % table vinegar in any store; Магнит apple vinegar 6 % excluded (different kind and strength)"),
        ("лимонная кислота пакетик", acc(pyaterochka=["3625350"], perekrestok=["4236367"]),
         "citric acid (HAAS 250 г, Пр!ст 250 г); drinks «лимонный» excluded"),
        ("сода пищевая для теста", NONE,
         "no baking soda in any store; Пемолюкс «сода» scouring powder excluded (not food)"),
    ]),
    # fzk12 kitchen wraps
    ("пергамент для выпечки, фольга пищевая, пакеты для мусора с завязками 35л, пленка пищевая", [
        ("пергамент для выпечки", NONE,
         "no baking parchment in any store; Home Story «Рукав для запекания» (roasting bag) excluded"),
        ("фольга пищевая", acc(magnit=["f69098d85b"]), "aluminium foil (особопрочная 29 см × 7 м)"),
        ("пакеты для мусора с завязками 35л", acc(magnit=["e927949bbd"]),
         "35 l bin bags with tie handles (Магнит «Мешки для мусора 35л 20шт ушки» -- «ушки» taken as tie ears, outside "
         "knowledge); 60 l bags excluded"),
        ("пленка пищевая", NONE,
         "no cling film in any store; food storage bags (Пр!ст «Пакеты для завтрака», Home Story) excluded"),
    ]),
    # fzk13 tiramisu-style cake
    ("шоколад горький для выпечки, сливки 33 для взбивания, сахарная пудра для посыпки, маскарпоне 250", [
        ("шоколад горький для выпечки", acc(pyaterochka=["4024458", "4053995", "3668752", "3170308"],
                                           magnit=["d30b66494b", "11ee50093d", "104961", "109301"]),
         "plain bitter chocolate bars: titled «горький» (Коркунов 70 %, Alpen Gold горький, O'Zera Bitter, Merci 72 %, "
         "Alpen Gold Bitter 70 %) or Бабаевский «Элитный» 75 % cocoa (taken as горький, outside knowledge: ≥ 55 % cocoa is "
         "горький by GOST); горький with orange, «темный» bars without a cocoa % (Alpen Gold Dark, Путешествие), dark with "
         "nuts/cherry/almond, Золотая марка «Дуэт в горьком», milk and white chocolate and O'Zera Dark & Orange 55 % excluded"),
        ("сливки 33 для взбивания", acc(pyaterochka=["12721"], magnit=["204651"]),
         "cream of exactly 33 % (Домик в деревне 480 мл / 480 г); 10/11/20 % cream, Mr. Сливкин creamer and Сопьо Крима "
         "substitute excluded"),
        ("сахарная пудра для посыпки", acc(perekrestok=["4255400"]),
         "icing sugar (Пр!ст 230 г); corn sticks «в сахарной пудре» excluded"),
        ("маскарпоне 250", NONE, "no mascarpone in any store; cream cheeses (Hochland, Almette, Violette) excluded"),
    ]),
    # fzk14 big cleanup
    ("мусорные мешки 120 л, средство для плиты, пемолюкс сода, жидкое мылко для рук", [
        ("мусорные мешки 120 л", NONE, "no 120 l bin bags; 35 l and 60 l bags excluded (the volume names the bag)"),
        ("средство для плиты", acc(pyaterochka=["2089767"], magnit=["7f51925bae"]),
         "kitchen degreasers for the stove: Cillit Bang «АНТИЖИР+СИЯНИЕ», UNICUM «Жироудалитель для кухни»; universal "
         "cleaners and creams not labelled for grease/stove (Cif, Sanfor, Domestos, Comet, Pemolux), Cillit Bang "
         "«от налёта»/«антиналёт», drain and toilet cleaners excluded (judgement)"),
        ("пемолюкс сода", acc(pyaterochka=["3463865", "3463866"]),
         "Pemolux scouring powders (Лимон, Морской бриз) -- taken as «Пемолюкс Сода» (outside knowledge: the whole current "
         "Pemolux powder line is sold as «Сода 5 эффект»); Comet powder excluded"),
        ("жидкое мылко для рук", acc(magnit=["1aeb42ebee"]),
         "liquid hand soap (AURA антибактериальное 500 мл); bar soaps (Camay, Fax, Safeguard, Dove), shower gels excluded"),
    ]),
    # fzk15 Sunday baking with brands
    ("мука макфа, масло простоквашино 82, яички десяток самые дешевые, кефир для теста", [
        ("мука макфа", acc(perekrestok=["91304", "2003107"]),
         "every Makfa flour (в/с 2 кг, пшеничная в/с 1 кг); Makfa pasta and Makfa D.Col. biscuits excluded"),
        ("масло простоквашино 82", acc(magnit=["199211"], dixy=["3620233da6"]),
         "Простоквашино butter 82 % 180 г; other brands' butter excluded"),
        ("яички десяток самые дешевые", acc(pyaterochka=["3620510", "3446505"],
                                           perekrestok=["3634491", "3662512", "3062836", "3446505", "4068694", "44323",
                                                        "3062835"]),
         "chicken eggs in packs of 10, any class (СО/отборные and С1); packs of 6 and 20, quail eggs, Kinder eggs excluded; "
         "«самые дешевые» is a wish"),
        ("кефир для теста", NONE, "no kefir in any store; варенец, yoghurts and kefir-less dairy drinks excluded"),
    ]),
    # fzk16 laundry + windows
    ("кондиционер для белья самый дешевый, влажные салфетки для уборки, мистер мускул для стекол", [
        ("кондиционер для белья самый дешевый", acc(
            pyaterochka=["3625267", "3625268", "3660969", "3625310", "3627015", "3627017", "3465388", "3669625",
                         "4025712"],
            magnit=["5f87c5ca15", "e9a603915f", "fe75ae637f", "204441", "168241", "109371", "6571916326", "203041",
                    "159881", "205131"]),
         "every fabric conditioner (Vernel, Lenor, «Е Сенситив»); hair conditioners/balms and Tide «Lenor» powder excluded; "
         "«самый дешевый» is a wish"),
        ("влажные салфетки для уборки", NONE,
         "no household cleaning wipes; antibacterial/antiseptic hand wipes (Home Story, Salfeti), cosmetic, baby and Tolli "
         "wet wipes, and BIG CITY LIFE dry «салфетки в рулоне» excluded (judgement: «для уборки» names the kind)"),
        ("мистер мускул для стекол", NONE,
         "no Mr. Muscle in any store; other glass/universal cleaners excluded (brand written)"),
    ]),
    # fzk17 charlotte and poppy buns
    ("мак пищевой для булочек, грецкие орехи, корица молотая пакетик, яблоки для шарлотки", [
        ("мак пищевой для булочек", acc(perekrestok=["3393241"]),
         "poppy seeds (Мак кондитерский 100 г); candies «Красный мак» excluded"),
        ("грецкие орехи", acc(pyaterochka=["3982582", "3915361"], magnit=["200261"]),
         "walnuts: Mix Bar 100 г, BOTANICA kernels 140 г, Магнит in-shell 100 г; nut mixes, walnut jam, bars, brownies and "
         "salads with walnut excluded"),
        ("корица молотая пакетик", NONE,
         "no cinnamon spice in any store; cookies/blini/tea/drinks «с корицей» excluded"),
        ("яблоки для шарлотки", acc(pyaterochka=["4271772"], magnit=["200671", "168861"],
                                   perekrestok=["47795", "3691532", "3366336"]),
         "fresh apples of any variety (Ред Делишес, Гренни Смит, красные, сезонные, Медовый хруст, Гала); «для шарлотки» is "
         "a purpose; juices, apple chips, apple vinegar and jelly excluded"),
    ]),
    # fzk18 dishwasher
    ("таблетки для посудомойки finish, соль для пмм, ополаскиватель для посудомойки", [
        ("таблетки для посудомойки finish", acc(pyaterochka=["3925971", "3955097", "3948780"], magnit=["106111"]),
         "Finish dishwasher tablets (Powerball All in 1 Max 65 шт, Лимон 65, 50 таблеток; Finish All In 1 50 шт); Somat "
         "tablets excluded (brand written)"),
        ("соль для пмм", NONE, "no dishwasher salt in any store"),
        ("ополаскиватель для посудомойки", NONE,
         "no dishwasher rinse aid in any store; mouthwashes and hair «бальзам-ополаскиватель» excluded"),
    ]),
    # fzk19 cheap baking basics
    ("маргарин пышка, мука ву 1кг, сахарок 2 пачки", [
        ("маргарин пышка", acc(pyaterochka=["3977160"]),
         "Пышка margarine «для выпечки» 72 % 250 г; Перекрёсток flour «Пышечка» is a trap (flour)"),
        ("мука ву 1кг", acc(perekrestok=["2003107"]),
         "wheat flour of the highest grade («ву» read as a slip for «вс» = в/с, высший сорт -- judgement) in 1 kg (Makfa в/с 1 кг); 2 kg packs, "
         "whole-grain Рязаночка 1 кг and rye flour 1 кг excluded"),
        ("сахарок 2 пачки", acc(magnit=["07d5c3205d"]),
         "white sugar (Русский «Сахар белый прессованный» 1 кг); «2 пачки» is the quantity; cane sugar Демерара excluded "
         "(a different, brown variety -- judgement)"),
    ]),
    # fzk20 paper goods
    ("туалетная бумага 3 слоя 8 рулонов, бумажные полотенца пару рулонов, салфетки из микрофибры для уборки", [
        ("туалетная бумага 3 слоя 8 рулонов", acc(pyaterochka=["3449118", "4059050"]),
         "3-ply toilet paper in packs of 8 (PAPIA 3 сл. 8 рул., ZEWA Deluxe 3 сл. 8 рул.); Zewa Just 1 4-ply 8 rolls, "
         "Papia «WHITE DE LUXE» 8 rolls (ply not stated), 2-ply 12-roll packs, Zewa Just 4-roll and moist toilet paper excluded"),
        ("бумажные полотенца пару рулонов", acc(pyaterochka=["3449212", "3601010", "3431062"]),
         "paper towels (PAPIA 3 сл. 2 рул., Familia 2 рул., ZEWA); «пару рулонов» read as the quantity; napkins and "
         "handkerchiefs excluded"),
        ("салфетки из микрофибры для уборки", NONE,
         "no microfibre cloths; BIG CITY LIFE «Салфетки в рулоне» (not microfibre), paper napkins and wet wipes excluded"),
    ]),
    # fzk21 kids' snack
    ("несквик какао большая пачка, молоко 3.2, юбилейное печенье пачку, бананы штуки 4", [
        ("несквик какао большая пачка", acc(magnit=["167811"]),
         "Nesquik cocoa drink in the big pack (Магнит 500 г); Пятёрочка Nesquik «OPTI-START» 135 г and «ALL NATURAL» 128 г "
         "excluded as small packs; Nesquik cereals, chocolate and candy excluded"),
        ("молоко 3.2", acc(
            pyaterochka=["3694630", "3507208", "3425329", "3645807"],
            dixy=["809c0dd88b"],
            perekrestok=["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                         "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                         "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                         "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"]),
         "cow drinking milk of exactly 3.2 % (pasteurised/UHT/sterilised; children's Агуша and Сарафаново incl.); топлёное "
         "3.2 % (Простоквашино, Домик в деревне), ranges 3.2-4 / 3.2-4.5 / 3.2-6 (Правильное Молоко, Из Вологды, Дикси "
         "Романов луг), Barista, condensed and flavoured milk excluded"),
        ("юбилейное печенье пачку", acc(
            pyaterochka=["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173", "3655049"],
            magnit=["723991a07f", "199331"],
            perekrestok=["4352220", "4425157", "4371424"]),
         "every Юбилейное cookie (традиционное, молочное/с глазурью, овсяное, постное, клюква, черника, цельнозерновое, "
         "земляничное, со вкусом шоколада, ореховое); Юбилейное mini-cakes (мини-кексы), Колбаса «Юбилейная» and J.Meinl "
         "coffee «Юбилейный» excluded"),
        ("бананы штуки 4", acc(perekrestok=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas (loose, packed, organic, mini); «штуки 4» is the quantity; dried bananas, candies and drinks "
         "excluded"),
    ]),
    # fzk22 fritters
    ("кефирчик для оладушек, варенье клубничное к блинам, мука для оладий", [
        ("кефирчик для оладушек", NONE, "no kefir in any store"),
        ("варенье клубничное к блинам", acc(magnit=["82bf2ad868"]),
         "strawberry варенье (Вологодское варенье клубничное 370 г); Махеевъ strawberry jam («джем» -- a different kind), "
         "raspberry/blueberry варенье and jam-filled pastries excluded"),
        ("мука для оладий", acc(pyaterochka=["3296712"], perekrestok=["91304", "2003107", "3231328", "8065"]),
         "white wheat flour (Makfa 2 кг and 1 кг, Перекрёсток «Мука Пшеничная», Пышечка, Рязаночка «ЭКСТРА»); «для оладий» is a "
         "purpose; whole-grain, rye, rice and durum flour, the АЛАДУШКИН blini mix (a ready mix, not flour) and Солнцепёк "
         "ready оладьи excluded (judgement)"),
    ]),
    # fzk23 whites and colours
    ("порошок персил колор, отбеливатель кислородный, калгон", [
        ("порошок персил колор", acc(pyaterochka=["3023899"], magnit=["50ee5ea8b5", "105881"]),
         "Persil Color washing powder (3 кг; 1,5 кг; Color «свежесть от Вернель» 3 кг); Persil gels and capsules "
         "(not powder), non-colour Persil powders (Свежесть Вернель, Лаванда) and Лоск Колор excluded"),
        ("отбеливатель кислородный", acc(magnit=["bb3ee4398d"]),
         "oxygen bleach: Vanish Oxi Advance «пятновыводитель + отбеливатель» (taken as an oxygen bleach, outside knowledge: "
         "Oxi = active oxygen); Vanish Oxi Action liquid (sold as a stain remover only), whitening toothpastes and chlorine "
         "cleaners excluded"),
        ("калгон", acc(magnit=["80c0680318"]), "Calgon water softener 400 г"),
    ]),
    # fzk24 pizza night
    ("масло сливочное 72.5 подешевле, сахар тростниковый, дрожжи для пиццы, томатная паста для пиццы", [
        ("масло сливочное 72.5 подешевле", acc(pyaterochka=["3658095"]),
         "butter of exactly 72.5 % (Брест-Литовск 180 г); 82/82.5 % butter and 72 % margarine excluded; «подешевле» is a wish"),
        ("сахар тростниковый", acc(pyaterochka=["3973713"]),
         "cane sugar (Демерара 500 г); white sugar and cookies «с тростниковым сахаром» excluded"),
        ("дрожжи для пиццы", acc(perekrestok=["17366"]),
         "baker's yeast (Саф-Момент dry 11 г); «для пиццы» is a purpose; frozen yeast dough and pizzas excluded"),
        ("томатная паста для пиццы", acc(pyaterochka=["31623", "84652", "3486033"]),
         "tomato paste (Помидорка 480 мл and 250 мл, Heinz 310 г); ketchups, sauces and pizzas excluded"),
    ]),
    # fzk25 floors
    ("средство для мытья пола мр пропер, хлорка, пакеты мусорные 30 л, мыло хозяйственное 72%", [
        ("средство для мытья пола мр пропер", NONE,
         "no Mr. Proper (or any floor cleaner) in any store; universal cleaners of other brands excluded (brand written)"),
        ("хлорка", NONE,
         "no chlorine bleach/powder in any store; Domestos (hypochlorite gel, sold as a cleaner), Bref «с хлор-компонентом» "
         "toilet cleaner and «Comet без хлора» excluded (judgement)"),
        ("пакеты мусорные 30 л", NONE, "no 30 l bin bags; 35 l and 60 l bags excluded (the volume names the bag)"),
        ("мыло хозяйственное 72%", NONE,
         "no laundry soap in any store; toilet/cream/liquid soaps and Tide/Persil detergents excluded"),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fzk")
    stats(records)
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
