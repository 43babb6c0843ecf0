#!/usr/bin/env python3
"""Re-create fresh_basket_eval_un.jsonl -- 25 shopping lists of a nurse after a night shift who buys for herself and for
her elderly mother who lives with her (soft and low-salt food for the mother, quick food and coffee for herself, household
and hygiene goods), typed quickly on a phone, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_un.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_un.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none was needed in this set).  labelled_lists.build
then checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within
an item, every item has a note, the labels are exactly the list's items in order (an item is the text between commas /
new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fun01, fun02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_un.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_un.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none in this set
REPLACED = [
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 after the night shift
    ("кофе растворимый получше, энергетик 2шт, пелмени пачку, сметанка15%", [
        ("кофе растворимый получше", {
            "pyaterochka": ["2141879", "3291822", "3372171", "2104660"],
            "magnit": ["4f353c6d8a", "432d08fee3", "c96912b91e", "2b03c3331f", "0386d066d3", "c862a4391a",
                       "9e6093cedf", "405965a7e8", "d377483cd5", "88df1b0c73", "01f9dd25ee",
                       "63cf16639c", "f843d46758", "68219df234", "6f8d803d46", "fcd2266a66",
                       "e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd",
                       "07b5ff6b13", "45760b0392", "0c262c177c", "75165edd66", "9b7c8128ee",
                       "363ac6fecd", "cc7dfb915f", "d84b87b448", "004ef7975d", "b1359df1ea",
                       "9b2d4e05df", "014991e9cc", "5fa65432a3", "80e9f53b5d", "31752cf6a9",
                       "0f34e2a818", "3471c4aa28", "0e0d290c03", "9e786ef834", "5b6cb01bcf",
                       "48bb241996", "479a56d4e5", "3792ee999f", "6977400735", "7859a794bc",
                       "7ed9173039", "970a83394c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119", "2000326563", "2000200961"],
            "perekrestok": ["4249222"],
        }, "instant coffee of any brand and jar size: powdered, granulated, freeze-dried (сублимированный) and instant with "
   "added ground coffee («молотый в растворимом», Милликано, Miligrano, Barista); «получше» is a wish, not a filter;"
   " ground and bean coffee, capsules (Магнит L'OR «Эспрессо … 52г» taken as capsules - outside knowledge), 3-in-1 "
   "and other coffee drinks/mixes (Пятёрочка «Кофейный напиток Nescafe Classic 7х18 г», МакКофе Капучино саше), the "
   "flavoured Дикси «Жокей Ирландские сливки, ароматизированный» and Московская кофейня «Мокко, 250г» (taken as "
   "ground) excluded; taken as instant from outside knowledge or the sister titles: Пятёрочка Bushido original 100 "
   "г, Магнит JACOBS «Монарх Интенс, 95г», NESCAFE «Классик, 95г», Московская кофейня «Коломбо, 95г» (Пятёрочка "
   "titles it растворимый сублимированный) and «молотый с растворимым, 95г», Дикси Nescafe Gold Alta Rica 170 г"),
        ("энергетик 2шт", {
            "pyaterochka": [],
            "magnit": ["f4ace401d4", "81c81e1a31", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca",
                       "eaee7b7235", "d14454fd02", "40ecd31c9e"],
            "dixy": ["2000600293", "2000600292", "2000565672", "2000572753", "2000542794", "2000529079",
                     "2000268262", "2000291275", "2000291276", "2000603931", "2000595892",
                     "2000596692"],
            "perekrestok": ["4229369", "4199222", "4363397", "4206324", "4274186", "4315389", "3503452", "2119252",
                            "3173468"],
        }, "any energy drink, any flavour and size, with or without sugar (Burn, Red Bull, Adrenaline, Горилла, Drango, "
   "Tornado, Volt, E-ON, Lit Energy, Flash Up); Дикси X-Turbo «Напиток тонизирующий … Энергия» taken as energy "
   "drinks (tonic energy drinks - outside knowledge); «2шт» is a quantity; TESS «Get Energy» tea, J7 Energy juice "
   "drink, Kombucha energy, energy sweets and the kefir cocktail «Active Energy» excluded"),
        ("пелмени пачку", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                       "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596851",
                     "2000596852", "2000596853"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (pork-beef, beef, veal, chicken; Горячая штучка Бульмени and "
   "Бигбули are pelmeni - Пятёрочка and Магнит title them «Пельмени … Бульмени/Бигбули», so the Дикси "
   "«Бульмени»/«Бигбули» packs are accepted too); «пачку» is a quantity; Перекрёсток's only pelmeni are Четверг fish"
   " pelmeni from cod with spinach - a speciality a shopper who typed «пелмени» would not expect - excluded, as are "
   "вареники, хинкали and ravioli"),
        ("сметанка15%", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785",
                       "1000208902", "8000035449", "1000558440", "8000057502", "8000072734",
                       "1000463648", "1000253705"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "4335470", "29910",
                            "3391034", "3142744", "3667086", "3651189", "3423443",
                            "4349772", "4349771", "3634035"],
        }, "sour cream 15% of any brand and pack, incl. lactose-free (Свежее завтра) and Простоквашино «из топлёных сливок» "
   "15% (a sour cream, not flavoured); other fat levels, the Пятёрочка «пикантная, с чесноком» 15% (flavoured), "
   "sour-cream mayonnaise, chips/crackers «сметана и лук» excluded"),
    ]),
    # L02 mother's kefir, soft curd and bread
    ("кефир1% маме 2 пакета\nбананчики спелые маме\nтворог мягкий5%\nхлеб с отрубями", [
        ("кефир1% маме 2 пакета", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir 1% of any brand and pack, incl. биокефир (as in sets g and vy); «2 пакета» is a quantity, not a packaging "
   "filter (the pack type is not stated in most titles); other fat levels, «биокефирный/кефирный продукт» and Bio "
   "Баланс «Биопродукт … кефирный» (not kefir), flavoured kefir cocktails excluded"),
        ("бананчики спелые маме", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные» - a dessert banana "
   "variety); «спелые» is a wish about ripeness that titles cannot show; «Бананы для жарки» (plantains, as in set "
   "g), dried bananas, banana purees, desserts and flavoured goods excluded"),
        ("творог мягкий5%", {
            "pyaterochka": [],
            "magnit": ["8000030462", "c7f0f0e5ec", "1000475531", "1079990193"],
            "dixy": ["2000322093", "2000227595"],
            "perekrestok": ["4274201", "3279582"],
        }, "plain soft (мягкий) cottage cheese of exactly 5%: Домик в деревне мягкий 5%, «Творог НЕЖНЫЙ, Мягкий, 5%», "
   "Простоквашино Нежный мягкий 5%, Хуторок мягкий 5%, Савушкин Нежный (мягкий) 5% - Магнит's «Савушкин Нежный 5% "
   "125г» taken as the same soft curd that Дикси and Перекрёсток title «Нежный мягкий» (outside knowledge); soft "
   "curd of 5.5% (Домик в деревне 170 г), 4%/4.5%/0%, soft curd with raisins or fruit, ordinary crumbly/traditional "
   "5% curd (the user wrote the form «мягкий»), grained curd in cream, curd desserts and curd cheese excluded"),
        ("хлеб с отрубями", {
            "pyaterochka": [],
            "magnit": ["a37c992f14"],
            "dixy": [],
            "perekrestok": ["78009384", "4323653"],
        }, "bread with bran: Перекрёсток «Хлеб с отрубями, 300г» and Зелёная Линия «Хлебец Белый с отрубями нарезанный, "
   "300г» (a small sliced loaf, not crispbread), Магнит «Батон ОТРУБНОЙ нарезка» (a loaf with bran; «хлеб» includes "
   "батон as in real_basket_eval); oat flakes with bran, bran yoghurt and crispbread excluded"),
    ]),
    # L03 porridge for mother
    ("геркулес для мамы, манка пачку, молоко2.5% 2шт, сахар песок упаковку одну", [
        ("геркулес для мамы", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791",
                     "2000604115", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "9056", "2105514", "3933387", "3421663", "23772", "6752",
                            "4321219", "24926", "2122914", "2122915", "2122919",
                            "3503161", "3469028", "4078263", "3469027"],
        }, "«геркулес» is the everyday word for rolled oat flakes (овсяные хлопья), so every plain oat-flake pack is "
   "accepted - «Геркулес» brand/type, Экстра, №1-№3, quick-cooking, 1-minute, whole-grain, gluten-free and naked-oat"
   " flakes (judgement: a shopper who types «геркулес» takes any plain oat flakes; no flake size was written); "
   "flavoured flakes (клюква-яблоко, с вишней), flakes with bran, Nordic «Ленивая овсянка», Лакоме «Королевская "
   "резаная» (cut groats, not flakes), Vila Natura «Овсянка Био» and Myllyn Paras «Каша овсяная» (the titles do not "
   "say flakes), instant porridge sachets/cups (Геркулес «Каша … с клубникой» etc.), ready porridges, baby cereals, "
   "oat flour and the bread «Хлеб ГЕРКУЛЕС» excluded"),
        ("манка пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina groats (манная крупа) in any chain; Makfa flavoured instant «Каша манная» sachets (Клюква-мед-имбирь"
   " / Гурьевская) are a ready porridge mix, not groats, and lagman noodles only contain the stem «ман» - excluded"),
        ("молоко2.5% 2шт", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016",
                       "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk of exactly 2.5% (pasteurised, ultra-pasteurised, sterilised, any pack), incl. Агуша children's"
   " sterilised 2.5% (children's drinking milk counts, as in real_basket_eval); «2шт» is a quantity; топлёное 2.5% "
   "(Зелёная Линия), 2.5% kefir/butter/yoghurt, plant drinks (Nemoloko) and other fat levels excluded"),
        ("сахар песок упаковку одну", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar of any pack (900 g-5 kg): Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (refined "
   "granulated), Дикси Чайкофский and «Сахар-песок белый» 1 kg/5 kg, Перекрёсток «Сахар белый песок», Советский "
   "Экстра and Чайкофский «белый кристаллический … экстра» (crystalline = granulated; Советский Экстра taken as "
   "granulated as in set vy); «упаковку одну» is a quantity; lump/pressed sugar, cane sugar (Брауни «Сахар-песок … "
   "тростниковый» and the Маркет cane sugars - «сахар песок» means ordinary white sugar, judgement), coconut sugar, "
   "vanilla sugar and icing sugar excluded"),
    ]),
    # L04 mother's soft low-salt supper
    ("пюре детское яблочное 6шт для мамы, кабачки 2шт, филе куриное на суфле, соль с пониженым содержанием натрия", [
        ("пюре детское яблочное 6шт для мамы", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000602072", "2000227782"],
            "perekrestok": [],
        }, "single-fruit apple baby puree of any size (ФрутоНяня «Яблочное»/«Яблоко», Gipopo «Яблоко» 90 г - Gipopo taken as"
   " a baby-food brand, outside knowledge); «6шт» is a quantity and «для мамы» a purpose; mixed purees (яблоко-"
   "банан, яблоко-персик, груша-яблоко, яблоко со сливками/малиной/печеньем, Агуша mixes), apple juices, compotes "
   "and drinks excluded"),
        ("кабачки 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh courgettes in any chain; frozen sliced courgettes (Магнит 4 Сезона), икра из кабачков, courgettes in "
   "adjika and baby purees «Кабачок» are other products (fresh-produce words mean fresh produce)"),
        ("филе куриное на суфле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555", "3946764",
                            "4329298", "3653837", "52888", "3191300", "3362832",
                            "3940063", "4312563", "3678985", "3649232", "3609675",
                            "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397", "3689116", "2160076"],
        }, "raw chilled chicken breast fillet of any brand, incl. «малое филе» and medallions cut from the fillet "
   "(Перекрёсток Первая Свежесть «Медальон куриный» taken as breast-fillet medallions - outside knowledge); «филе "
   "цыплёнка(-бройлера)» taken as breast fillet (as in set g); «на суфле» is a purpose; thigh fillet, bone-in «Филе "
   "грудки … на кости» and Псковская «Грудка» (not stated boneless), fillet in marinade (seasoned), cooked/fried/su-"
   "vide fillet dishes, sausages «филейные» and canned chicken excluded; Магнит and Пятёрочка carry only thighs, "
   "wings, whole birds"),
        ("соль с пониженым содержанием натрия", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no reduced-sodium (potassium) salt in any chain; ordinary, iodised, sea, Himalayan, Adyghe and flavoured salts "
   "are not low-sodium, dishwasher and bath salts are other products"),
    ]),
    # L05 care supplies for mother
    ("подгузники для взрослых m, пеленки одноразовые 60х90 пачку, влажные салфетки побольше упаковку, кремчик для рук себе", [
        ("подгузники для взрослых m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no adult diapers in any chain; Pampers/Huggies/Merries/Nani baby diapers and pants, and Seni Lady urological "
   "pads (pads, not diapers) are other products"),
        ("пеленки одноразовые 60х90 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable underpads of any size in any chain"),
        ("влажные салфетки побольше упаковку", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                       "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff",
                       "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for the skin of any pack size: universal, antibacterial and baby wet wipes (15-120 pcs); «побольше "
   "упаковку» is a wish, not a filter; AURA wipes «д/поверхностей» (household cleaning), «Я САМАЯ» intimate-hygiene "
   "wipes (a special product), dry facial tissues, paper napkins and K2R colour-catcher sheets excluded"),
        ("кремчик для рук себе", {
            "pyaterochka": [],
            "magnit": ["189a5f9736", "e127dec47f", "8ba30d9687", "ff70dff03c", "7171bdd902", "82e555d312",
                       "f2604f01c0", "86e9b2a954", "9dc31543ff", "d9fe5d88ec", "dc6c5636fd",
                       "8b97e5c260", "71633d3cb8", "83e3e0ae8a", "c794634f0e", "d5954b12b2"],
            "dixy": ["2000585455"],
            "perekrestok": ["4250602", "4308267"],
        }, "hand cream of any brand and type, incl. creams whose titles name hands among other uses (Бархатные ручки «для "
   "рук, лица и тела» cream and cream-lotion, Deepfresh «для рук и тела»), the Бархатные ручки «Крем-бальзам для рук"
   " SOS» and Consly «Крем-сыворотка для рук»; face, eye, foot, body-only and universal creams whose titles do not "
   "mention hands (NIVEA Универсальный, DOVE «для всех типов кожи»), hand antiseptic gels, shower cream-gels, cream "
   "soaps and the WITH LOVE gift set excluded"),
    ]),
    # L06 household
    ("туалетка 8 рулонов самая дешевая, фэйри для посуды, губки посудные пачку, мешки мусорные 30л", [
        ("туалетка 8 рулонов самая дешевая", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "dry toilet paper in packs of 8 rolls (Soffione Премио 3-ply, Soffione Премио лаванда, ЗЕВА «Сирень» 2-ply, Zewa "
   "Deluxe Персик «8шт» = 8 rolls); «8 рулонов» names the pack size (like «десяток» = packs of 10) and «самая "
   "дешевая» is a wish; scented/coloured papers are still toilet paper and are accepted; packs of 4, 6 and 12 rolls,"
   " wet toilet paper (Kleenex, Mon Rulon), paper towels, tissues and napkins excluded"),
        ("фэйри для посуды", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9",
                       "df2c291ad1", "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dish-washing liquid of any scent, line (Platinum, Pure&Clean, Нежные руки) and size («фэйри» = Fairy,"
   " brand + product word = every variant); Fairy dishwasher tablets «All in 1 / Все в 1» and other brands excluded"),
        ("губки посудные пачку", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes (Магнит Нужные вещи «Губки для посуды Макси, 5шт.»); «пачку» is a quantity; the shoe-"
   "polish sponge ДИВИДИК excluded"),
        ("мешки мусорные 30л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only bin bags on sale are Магнит Нужные вещи «Био ушки 60л, 20шт.»; the written 30 l names the bag size and "
   "is respected, so every chain is missing"),
    ]),
    # L07 snacks for herself
    ("питьевой йогурт клубничный себе, шоколадку горькую себе, сырки глазированые 3шт, кофе 3в1 штук 10", [
        ("питьевой йогурт клубничный себе", {
            "pyaterochka": ["3609770"],
            "magnit": ["43248db1e8", "264dcf04cc", "1000519721", "1000201629", "1000080819", "1000461609"],
            "dixy": ["2000524057"],
            "perekrestok": ["4166076"],
        }, "drinking yoghurt (or drinking bio-yoghurt) flavoured with strawberry alone or strawberry-земляника: Слобода "
   "питьевой клубника, Активиа питьевой клубника-земляника, Lucky Days питьевой Клубника, Чудо питьевой клубника-"
   "земляника 260/680 г, Хуторок питьевой с клубникой; taken as drinking from outside knowledge or the pack: "
   "Пятёрочка «АКТИВ.Биойогурт клубн/земл. 870г» (the 870 g Activia bottle is the drinking one), Перекрёсток Зелёная"
   " Линия «Йогурт клубника фруктовый 1.5%, 300мл» (sold in ml), Магнит «Йогурт Агуша Клубника земляника 2.7% 180г» "
   "(the 180 g Агуша bottle is the drinking one, as Перекрёсток titles its 180 g Агуша «Йогурт питьевой»); "
   "strawberry mixed with other fruit (киви, маракуйя, банан, малина, черника, дыня), «земляника» alone (wild "
   "strawberry, not клубника), «клубничный пломбир» flavour, spoonable cups (Чудо 290 г, Epica 130 г, Зелёная Линия "
   "315 г) excluded"),
        ("шоколадку горькую себе", {
            "pyaterochka": ["16430", "16432", "3067338", "45557"],
            "magnit": ["2b68a42ddd", "2c5c666697"],
            "dixy": ["2000001818", "2000593171", "2000227778", "2000220298"],
            "perekrestok": ["4334741", "4182941"],
        }, "plain bitter chocolate bars: titles saying «горький» (Lindt 70%/85%, Бабаевский, Вдохновение классический, Alpen"
   " Gold 70%, Россия 70%, Зелёная Линия «горький на меду» - honey instead of sugar, not a flavour) and Бабаевский "
   "«Элитный 75%» (bitter by its cocoa content); chocolates titled only «тёмный» (Бабаевский Люкс, Коммунарка "
   "тёмный, Alpen Gold тёмный пористый - dark is not necessarily bitter, the user wrote «горькую»), bitter chocolate"
   " with nuts, raisins, fruit, fillings or orange, and sweets in dark chocolate excluded"),
        ("сырки глазированые 3шт", {
            "pyaterochka": ["4061730"],
            "magnit": ["8000070532", "1000305762", "1000359364", "1000059925", "1899801136", "61ab02df21",
                       "1000238205", "1000172948", "1000122409", "1000186648", "8000078945",
                       "1000117018", "3d86f7f88b"],
            "dixy": [],
            "perekrestok": ["4227614", "20615", "3666242", "3427052"],
        }, "glazed curd snacks of the plain (vanilla) kind: vanilla/vanillin curd in chocolate or white glaze and plain curd"
   " in milk or dark chocolate; «3шт» is a quantity (multipacks accepted); Магнит РОСТАГРОЭКСПОРТ «ванильный, 20%, "
   "45г» accepted as the glazed 45 g vanilla сырок of that maker (outside knowledge); flavoured or filled сырки "
   "(варёная сгущёнка, клубника, кокос, карамель, какао, «Картошка», chiz-cake, orange, souffle), curd snacks not "
   "stated glazed (Пятёрочка Коровка из Кореновки «ваниль», Сыркофф Ваниль, 90-100 g unglazed сырки), "
   "Ростагроэкспорт «Десерт творожный глазированный» and sausages «сырокопчёная» excluded"),
        ("кофе 3в1 штук 10", {
            "pyaterochka": [],
            "magnit": ["50c83bd3a0", "7b7ccd7e8a", "755c5490b7", "746de8284b", "a2274b9d99", "e67fe7ef5f",
                       "4be2b27047", "d340d565fe", "03b9d053de"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 instant coffee drinks (single sticks and packs of 10/20; classic, крепкий, мягкий); «штук 10» is a "
   "quantity; Jacobs «4 в 1, Карамель» (a different, flavoured mix), МакКофе «Капучино Ди Торино», Пятёрочка "
   "«Кофейный напиток Nescafe Classic, 7х18 г» (not stated 3-in-1), plain instant coffee and Exponenta «3в1» skyr "
   "drinks excluded"),
    ]),
    # L08 steamed fish and rice porridge
    ("минтай филе маме на пару\nрис круглый на кашу маме\nморковки кило маме тереть\nлуку репчатого кило", [
        ("минтай филе маме на пару", {
            "pyaterochka": [],
            "magnit": ["b9c33693bc", "21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pollock fillet (Магнит «МИНТАЙ филе» 1 кг and Магнит «филе без кожи» 600 г); «на пару» is a purpose; "
   "pollock carcasses (тушка), pollock mince, roe, «МИНТАЙ полуфабрикат» (not stated fillet) and pollock patties "
   "excluded"),
        ("рис круглый на кашу маме", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743", "DI00080510"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "white round-grain rice (круглый / круглозёрный / круглозернистый, Кубань, Краснодарский), loose or in boil-in-"
   "bags; Дикси Агро-Альянс «Экстра элитный кубанский» taken as round-grain (outside knowledge: Экстра is that "
   "maker's Kuban round-grain rice); Мистраль «Италика белый круглозерный» accepted as its title says round-grain; "
   "«на кашу маме» is a purpose; sushi/Japanese rice, Адриатика, Бальдо, «Испанский», medium-grain «для плова», "
   "long-grain, parboiled, basmati, jasmine, brown rice, the rice-millet mix and ready rice dishes excluded"),
        ("морковки кило маме тереть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "19345", "3368256", "60529", "4299784", "3463356"],
        }, "fresh raw carrots of any pack (loose, washed, net 200 g-1 kg, «для сока» 1 kg, mini 250 g); «кило» is a quantity"
   " and «тереть» a purpose; boiled peeled carrots (Дмитровские Овощи «варёная»), Korean carrot salads, carrot "
   "juices, purees and chips excluded"),
        ("луку репчатого кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016772", "3368253", "81209", "3016771"],
        }, "fresh bulb onions (лук репчатый loose, in a net, 500/600 g packs, peeled fresh onion, and «Лук репчатый красный»"
   " - the title says репчатый and no colour was written); «кило» is a quantity; dried/ground onion (Kotanyi, "
   "Айдиго), onion rings and onion-flavoured snacks excluded"),
    ]),
    # L09 breakfast
    ("сыр адыгейский маме, масло сливочное82%, нарезной батон 1шт, ромашковый чай маме на ночь", [
        ("сыр адыгейский маме", {
            "pyaterochka": [],
            "magnit": ["de08dbdc63", "1899800173", "1000464833"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any brand, fat and weight (packed 100-110 g and sold by weight); Adyghe salt and other soft "
   "cheeses excluded"),
        ("масло сливочное82%", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "87355db645", "1000151122", "8000045816", "1000521208",
                       "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337",
                            "4260609", "3026226", "4113532", "4188099", "4188102",
                            "3434127", "4281083", "3963777", "3612778", "4310021",
                            "4055506", "86149", "3369241", "3698785", "3287314",
                            "3396544", "3657363", "4292462", "4343792", "3699369",
                            "3953367", "4196090", "4135603", "3922315"],
        }, "butter of 82% or 82.5% (82.5% counts as «82», as in all sets), sweet-cream, unsalted or lactose-free, any brand "
   "and pack; 72.5% Крестьянское, 62% chocolate butter, spreads, butter without a stated fat (Волгодонское) and "
   "dishes «со сливочным маслом» excluded"),
        ("нарезной батон 1шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the white loaf type «Батон нарезной» (Коломенское Нарезной, Пр!ст Нарезной классический, Маркет Нарезной and "
   "Нарезной улучшенный, whole or sliced); «1шт» is a quantity; other loaves that are merely sliced («Утренний "
   "нарезка», «Молочный нарезанный», «к завтраку», «Горчичный», «Зерновой», «ОТРУБНОЙ нарезка»), «Батон Новый» and "
   "the unnamed Перекрёсток «Батон, 300г» excluded (the user named the type)"),
        ("ромашковый чай маме на ночь", {
            "pyaterochka": [],
            "magnit": ["41c45cd02f"],
            "dixy": [],
            "perekrestok": [],
        }, "chamomile herbal tea (Травы Башкирии «Чай травяной Ромашка»); «на ночь» is a purpose; Richard green tea with "
   "fig, chamomile and fennel (a flavoured green tea), chamomile drinks for babies and chamomile-scented household "
   "goods excluded"),
    ]),
    # L10 quick food after a shift
    ("лапша быстрого приготовления 3 пачки, пиццу замороженую себе, оливье готовый", [
        ("лапша быстрого приготовления 3 пачки", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3947754", "3664094"],
        }, "instant noodles of any brand and flavour (Доширак Чан рамен, BigBon, Роллтон instant vermicelli «По-домашнему с "
   "говядиной» 85 г); «3 пачки» is a quantity; dry egg noodles, lagman/beshbarmak noodles, soba, somen, funchoza, "
   "ready noodle dishes (Главобед, Шеф Перекрёсток), instant mashed potatoes and bouillon excluded"),
        ("пиццу замороженую себе", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "frozen pizza of any kind; taken as frozen from outside knowledge (titles do not say): Dr.Oetker Ristorante, Ла "
   "Траттория, Цезарь (as in set d), Zotman Ice; Маркет Collection «Пицца Римская» (may be chilled, not stated "
   "frozen), Горячая штучка «Чебупицца» (pizza-flavoured pastry snacks) and mozzarella «для пиццы» excluded"),
        ("оливье готовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4263125"],
        }, "ready Olivier salad (Перекрёсток deli «Салат Оливье с колбасой»); other ready salads (Мимоза, Сельдь под шубой, "
   "крабовый, Korean salads, Магнит «Русская красавица») excluded"),
    ]),
    # L11 tea with mother
    ("печенье мария маме к чаю, зефир белый маме, чай зеленый пакетированый, мед цветочный маме баночку", [
        ("печенье мария маме к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Мария» biscuits in any chain (the stem only finds Санта Мария pears and pepper); other biscuits are other "
   "products"),
        ("зефир белый маме", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no zefir titled white in any chain; the colour the user wrote is required: «Бело-розовый» (two-colour), "
   "berry/fruit zefirs (брусника, смородина, клубника, клюква, малина, ваниль и малина), apple zefirs whose colour "
   "the titles do not state (Антоновка, Коломенский Яблочный), zefir in chocolate and marshmallows excluded"),
        ("чай зеленый пакетированый", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "e1b666c6ef", "6af760c408"],
            "dixy": [],
            "perekrestok": [],
        }, "plain green tea in bags (Ahmad Tea Зеленый, Kensington зеленый, Richard Роял Грин 25 bags); flavoured green teas"
   " (Tess Лайм/Флирт/Джинджер Мохито/Гет Детокс, Кёртис Мохито/Хьюго, Принцесса Ява Жасмин and Клубника-ваниль, "
   "Richard Велнес), loose green tea, bottled green-tea drinks and black teas excluded"),
        ("мед цветочный маме баночку", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["4355859", "4320672", "4340911", "4340910", "3479121", "3467507", "4316605", "4331449"],
        }, "natural honey whose title says «цветочный» or «цветочное разнотравье» (Ульеград Таёжный цветочный, Дикси Медовая"
   " долина and Маркет «Мед цветочный», Горный/Лесной/Шалфейный/луговой «натуральный цветочный», Пр!ст донниковый "
   "цветочный and разнотравье), any jar size; «баночку» is a quantity; honeys named only by a single source or place"
   " (липовый, гречишный, акациевый, подсолнух, горный Магнит, Майский, Уссурийский, «луговой» without «цветочный»),"
   " cream-honey with berries or nuts and honey-flavoured goods excluded"),
    ]),
    # L12 laundry
    ("порошок автомат 3кг, кондицонер для белья, белизну одну", [
        ("порошок автомат 3кг", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "84c2d44059", "9ec3c6b343", "eee3b0a174", "6d62d005d5"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in 3 kg packs, any brand or line (Bimax Колор / 100 пятен, Persil Колор / "
   "Свежесть от Вернель / Сенситив Миндаль - the Persil Sensitive 3 kg powder taken as «автомат», outside "
   "knowledge); «3кг» names the pack size and is respected: 1.5-2.7 kg and 4-6 kg packs, gels, capsules, liquid "
   "detergents, dishwasher powders and cleaning powders excluded"),
        ("кондицонер для белья", {
            "pyaterochka": ["70980", "3625262"],
            "magnit": ["20f80590d8", "5f6ea5bfba", "d84a2feb00", "bb6844cd7c", "9263318f64", "8f532dee73",
                       "7ab3cd50b3", "1ab71f9367", "20028d9807", "6527bb5d39", "059d53fa78",
                       "fc6438872a"],
            "dixy": [],
            "perekrestok": ["4359643"],
        }, "fabric conditioner/softener of any brand, scent and size (Lenor, Vernel, Qualita, Synergetic incl. the 3.5 l "
   "«кондиционер-ополаскиватель», Е, Магнит, Заводъ братьевъ Крестовниковыхъ, Frosch «Ополаскиватель для белья»); "
   "detergents «Свежесть от Вернель» / «Ленор фреш», Calgon water softeners, dishwasher rinse aids and hair "
   "conditioners excluded"),
        ("белизну одну", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» is the household name of chlorine bleach: Пятёрочка Sanfor «гель белизна, 3в1» (a chlorine bleach gel "
   "for whitening, disinfecting and cleaning - outside knowledge); oxygen bleaches and stain removers (ACE Окси, "
   "Synergetic «без хлора»), ACE «Отбеливатель, Гель, автомат» (not titled Белизна, composition not stated), "
   "Domestos universal cleaners, toilet blocks and whitening toothpastes excluded"),
    ]),
    # L13 soup for mother
    ("фарш индейки полкило, вермишель паутинка пачку, укроп на суп, тыква кусок", [
        ("фарш индейки полкило", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "turkey mince: Магнит «Фарш ИНДИЛАЙТ Классический, охлажденный, 450г» (Индилайт is a turkey brand; taken as "
   "turkey mince - outside knowledge); «полкило» is a quantity; beef, pork, mixed «Домашний/Фермерский» and pollock "
   "mince, turkey medallions, thigh fillet, smoked turkey and turkey pâté excluded"),
        ("вермишель паутинка пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "vermicelli of the «паутинка» kind (Makfa «Паутинка» 450 г); «пачку» is a quantity; other vermicelli (Makfa "
   "«Короткая тонкая», Шебекинские «лёгкая», Barilla Филини, ordinary and spinach vermicelli), funchoza and instant "
   "vermicelli excluded - the user named the variety"),
        ("укроп на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain (Дикси has only parsley); dill-flavoured croutons, ketchup and olives excluded"),
        ("тыква кусок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh pumpkin in any chain; pumpkin nectar, baby purees, seeds, salads and pumpkin-scented goods are other "
   "products"),
    ]),
    # L14 kisel, juice, water
    ("кисиль пару пачек, сок яблочный без сахара, вода негазированая 5л", [
        ("кисиль пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278539", "2000196408"],
            "perekrestok": ["3403327"],
        }, "dry kisel concentrate of any flavour (Русский продукт Малина/Клюква 190 г and Клюква 25 г, ФрутоНяня «Кисель "
   "Клубника и малина, 130 г» - sold by weight, taken as the dry instant kisel, outside knowledge); «пару пачек» is "
   "a quantity; ready liquid kisel in bottles (Аппетиссимо 500 мл, «Овсянка, Сэр!» oat kisel 410 мл) is a drink, not"
   " a pack of kisel, and is excluded"),
        ("сок яблочный без сахара", {
            "pyaterochka": [],
            "magnit": ["5cc1685377", "9aed063f0e", "2b7a93fdc9", "a44cb39821", "755af2f920"],
            "dixy": ["2000107422", "2000405003", "DI00078820", "2000225623", "10E0072646", "2000550673",
                     "2000005628", "2000341137", "2000148374", "ЦТ0017501", "DI00080427",
                     "2000177649", "DI00081301"],
            "perekrestok": ["47600", "4239136", "3977669", "4059743", "4222319", "3903669", "84798", "3411877",
                            "3646063", "3636704", "4001466", "4316873", "4157530",
                            "58049", "4259039", "3002924", "3387565", "4233679",
                            "4340742", "4340738", "3049629", "4069132", "3270265",
                            "67047", "3376409", "4315654", "3612824", "4100577"],
        }, "single-fruit apple juice of any brand and size (incl. green-apple and Гренни Смит, direct-pressed, reconstituted"
   " and children's apple juice); no title states added sugar, so «без сахара» excludes nothing here (juices with "
   "added sugar must say so - outside knowledge); apple mixes (яблоко-виноград/груша/вишня/персик/абрикос, apple-"
   "celery), juice drinks («сокосодержащий»), nectars and kids' water-and-juice drinks excluded"),
        ("вода негазированая 5л", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "still drinking water in 5 l bottles, incl. children's/baby water (ФрутоНяня, Аквалайн, Черноголовка Бэйби, Кидси"
   " - still drinking water); 5 l bottles whose titles do not say «негазированная» (Магнит Источник здоровой жизни, "
   "Перекрёсток Виста, «Люкс вода … с тарой») and Пятёрочка Легенда Гор «негаз … 5.0» taken as 5 l still water (5 l "
   "bottles are sold still - outside knowledge); «5л» names the bottle size: 0.33-2.5 l and the 6 l Зелёная Линия "
   "excluded, as are sparkling, mineral medicinal and flavoured waters"),
    ]),
    # L15 eggs and salad vegetables
    ("яйца дисяток\nпамидоры кило\nагурцы\nсметану 10%", [
        ("яйца дисяток", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040",
                            "3001671", "4236458", "3355250", "2109476", "4085791",
                            "2131763", "4012802", "4085790", "4085792", "3182856",
                            "3182853"],
        }, "chicken eggs in packs of 10 («дисяток» = десяток = packs of 10 only, as in all sets), any class (С0/СО/отборные,"
   " С1, С2, высшая), colour and brand; packs of 6, 15, 20 and 30, quail eggs, Kinder eggs and dishes with egg "
   "excluded"),
        ("памидоры кило", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785",
                     "2000601471", "2000601472", "10E0075437", "ЦТ0019904", "2000580827",
                     "2000003231", "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "3373662",
                            "4377073", "4214021", "4217379", "4272752", "3410591",
                            "4381951", "4381952", "4371254", "4125409", "14809",
                            "3657325", "82521", "4375133", "2166", "14811", "4261327",
                            "3695580", "21292", "3383465", "2100224", "11971", "3634714"],
        }, "fresh tomatoes of any variety, colour and pack (red, pink, yellow, Кумато, Бычье сердце, сливовидные, коктейль, "
   "cherry - cherry tomatoes count as tomatoes, as in real_basket_eval - loose or packed); «кило» is a quantity; "
   "marinated, salted, canned (in juice, «резаные Маркет»), sun-dried tomatoes, tomato paste and the Магнит/Дикси "
   "pickled assortments excluded"),
        ("агурцы", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                            "2131726"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, packed); Дикси «Огурцы "
   "корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» taken as fresh (as in set vy); "
   "pickled/marinated/salted cucumbers and gherkins in jars (Дядя Ваня, Скатерть-самобранка, Шесть соток «хрустящие,"
   " 720мл», Globus), cucumber-flavoured goods and the stem inside «йогурт» excluded"),
        ("сметану 10%", {
            "pyaterochka": [],
            "magnit": ["87741a9faa", "1000241416", "65c9123e96", "1000372784", "8000030079"],
            "dixy": ["2000509087", "2000230594", "2000558211"],
            "perekrestok": ["4121582"],
        }, "sour cream of exactly 10%, any brand and pack (Домик в деревне, Простоквашино, Экомилк «сливочная» 10%, "
   "Хуторок); other fat levels, sour-cream mayonnaise and sour-cream-flavoured snacks excluded"),
    ]),
    # L16 fermented milk for mother
    ("ряженка маме, бифидок 2шт, тварожок агуша детский", [
        ("ряженка маме", {
            "pyaterochka": [],
            "magnit": ["1000385205", "1000439736", "1000451592", "1000371474", "1000348552"],
            "dixy": ["2000587053", "2000543673", "2000313789"],
            "perekrestok": ["4230794", "4173940"],
        }, "plain ryazhenka of any fat and pack, incl. thermostatic (Эго) and Агуша children's plain 3.2% (children's dairy "
   "counts, as for milk); flavoured ryazhenka (клубника, груша, печёное яблоко, малина, банан-карамель, курага-"
   "чернослив) and Домик в деревне «Топленое молоко» 2.5% 270 г (a variant of its flavoured 260-270 g line, "
   "judgement) excluded"),
        ("бифидок 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no бифидок in any chain; kefir, bioyoghurts «обогащённые бифидобактериями», Бифилайф for babies and "
   "Простоквашино «Кефирный коктейль» are other products"),
        ("тварожок агуша детский", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015",
                       "1812432014", "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "Агуша children's curd (творожок) of any flavour - classic, fruit, cereal, Засыпай-ка (brand + product word = "
   "every variant, as in set g); other brands' children's curds (Тёма, Растишка, Мама Лама, ФрутоНяня) and Агуша "
   "yoghurts, purees, porridges excluded"),
    ]),
    # L17 low-salt and vegetables
    ("хлебцы бессолевые, оливковое масло маме в салат, свекла 3шт, брокколи замороженую пачку", [
        ("хлебцы бессолевые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no crispbread stated salt-free in any chain; crispbreads whose titles do not say «без соли» (Щедрые, Фитнеслайн,"
   " Коломенский, Dr.Korner, Magic Grain, Бурже, Зелёная Линия) cannot be taken as salt-free, and Зелёная Линия "
   "«Хлебец … нарезанный» loaves are bread - excluded"),
        ("оливковое масло маме в салат", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000580798", "2000580611", "T000000850", "2000580797", "2000534311", "T000000852"],
            "perekrestok": ["2153522", "4321136", "4218015", "4354006", "4365079", "19133", "3617469", "4063916",
                            "27062", "4220908", "4220922", "4130610", "4137208", "25931",
                            "2085912", "3666262", "3501258", "3501259", "3444927",
                            "3444926", "4333525", "3336247", "4197654", "2153521",
                            "4182485", "2153523", "4353762", "3958631", "3500363",
                            "61550", "7581", "61549", "3681164", "3660319", "4343608",
                            "4343609", "4361247", "4261313"],
        }, "olive oil of any grade and pack: extra virgin/unrefined, «100%»/Classic (refined with virgin) and pomace, incl. "
   "the Altaria extra-virgin spray (no grade or form was written; «в салат» is a purpose); flavoured olive oils (с "
   "чесноком, с лимоном, трюфель), Coosur «рафинированное с добавлением масел» (may be blended with other oils), "
   "sunflower oils «с добавлением оливкового», the avocado-olive blend and goods «с оливковым маслом» excluded"),
        ("свекла 3шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "3378167", "786", "4299508"],
        }, "fresh raw beetroot, whole (loose, washed, in a bag/net/tray, young and bunched beet, Маркет Fresh «Свекла "
   "свежая» 200 г); «3шт» is a quantity; boiled beet (варёная/отварная, whole or cut), Перекрёсток «Свекла "
   "очищенная» and «Свёкла целая очищенная, 500г» (peeled vacuum packs, not stated raw), fresh-cut sticks/slices "
   "(Белая Дача «свежая резаная», Маркет Fresh «очищенная соломка»), marinated beet, beet salads, dried beet, chard "
   "«Мангольд» and seeds excluded"),
        ("брокколи замороженую пачку", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817",
                            "2059262", "4320949"],
        }, "frozen broccoli in packs of any size and brand; Магнит «Брокколи HORTEX, 400г» taken as frozen (Hortex is a "
   "frozen-vegetable brand, the title does not say - outside knowledge); fresh broccoli, broccolini and purple "
   "broccoli, the cauliflower-broccoli mixes, baby purees and soups excluded"),
    ]),
    # L18 dried fruit for mother
    ("чернослив маме, курага грамм 300, изюм без косточки, грецких орехов пакетик", [
        ("чернослив маме", {
            "pyaterochka": [],
            "magnit": ["bd8ce96a93"],
            "dixy": [],
            "perekrestok": [],
        }, "dried prunes (Восточный гость 150 г); prune baby puree, prune marmalade, yoghurts/ryazhenka/oat products with "
   "prunes and beef with prunes excluded"),
        ("курага грамм 300", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots (Семушка 150 г); «грамм 300» is a quantity, not a pack size; curd masses and ryazhenka with dried"
   " apricots excluded"),
        ("изюм без косточки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins: Маркет «Изюм Голден» and «Изюм светлый» taken as seedless (golden and light raisins are made from "
   "seedless grapes - outside knowledge; the titles do not say); rusks, buns, cakes and curd masses with raisins and"
   " the nut-raisin mix excluded"),
        ("грецких орехов пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995", "4259321"],
        }, "walnuts, shelled (Пр!ст «Грецкий орех, 100г») or in shell (sold by weight) - no form was written; «пакетик» is a"
   " quantity; walnut jam, dates with walnut, nutmeg and other nuts excluded"),
    ]),
    # L19 quick supper
    ("вареники с картошкой 1 пачку, маонез легкий, кетчуп любой себе, бородинский буханку одну", [
        ("вареники с картошкой 1 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "frozen vareniki with a potato filling: Цезарь «с картофелем и жареным лучком» (onion is part of the classic "
   "potato filling); potato fillings with mushrooms (Первым делом, Сытый папа) or spinach (Цезарь, Перекрёсток) are "
   "other varieties (judgement), cherry and cheese vareniki, pelmeni and ravioli excluded"),
        ("маонез легкий", {
            "pyaterochka": [],
            "magnit": ["1000490401"],
            "dixy": [],
            "perekrestok": ["4102644"],
        }, "light mayonnaise: Моя цена «Соус майонезный Легкий 25%» and Я люблю готовить «Соус … майонезный Лёгкий 30%» (a "
   "light mayonnaise must be sold as «соус майонезный» in Russia - outside knowledge); ordinary 50.5-67% "
   "mayonnaises, lenten mayonnaise sauces and other mayonnaise-based sauces (tartar, cheese, garlic, coleslaw) "
   "excluded"),
        ("кетчуп любой себе", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": ["c112734da7"],
            "dixy": ["2000552955", "2000143225", "2000143160", "2000033799", "2000538777", "2000567792",
                     "2000567791", "2000207279", "2000194769", "2000207290", "2000207280",
                     "2000551592", "2000309687", "2000320468", "2000193817", "2000224973",
                     "2000603860", "2000604791"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848",
                            "4157704", "4154517", "4157702", "4274973", "4312325",
                            "4078080", "4078077", "4282684", "3691258", "3054047",
                            "3054048", "2157567", "3970015", "4044938", "3673189",
                            "3941585", "3446697", "3941584", "2157566", "3673190",
                            "4149865", "4149866", "4149867", "4227924", "4227925",
                            "4227926", "4227928", "4227930", "4227932", "4227927",
                            "3652684", "3684511"],
        }, "any ketchup («любой» = any brand, taste and size: tomato, hot, barbecue/shashlik, garlic, Italian, lecho, chili,"
   " adjika, «по-грузински»); ketchup-flavoured snacks (Cheetos) and tomato paste/sauces not sold as ketchup "
   "excluded"),
        ("бородинский буханку одну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread, whole, sliced or the Маркет «часть изделия» part-loaf («буханку одну» is read as a unit, "
   "as in set vy); BEERKA «Бородинские» croutons and the brand МД Бородина (sausages) excluded"),
    ]),
    # L20 fish and vegetables
    ("хек тушка 2шт, картохи кила 3, икра кабачковая баночку, горошек зеленый 1 банку", [
        ("хек тушка 2шт", {
            "pyaterochka": [],
            "magnit": ["7ddc0adb14"],
            "dixy": [],
            "perekrestok": [],
        }, "hake carcass: Магнит «ХЕК СЕРЕБРИСТЫЙ, полуфабрикат из замороженного сырья, 1кг» taken as the headless carcass "
   "(Магнит titles its pollock carcass the same way and names fillet explicitly - judgement); «2шт» is a quantity; "
   "breaded hake (Vici), hake medallions from fillet pieces and baby purees with hake excluded"),
        ("картохи кила 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes of any kind and pack (white, red, washed, baby, «для варки»/«для жарки», отборный, Чик-Чик 1 "
   "кг taken as fresh as in set vy); «кила 3» is a quantity; sweet potato (батат), boiled peeled potatoes, frozen "
   "cut potatoes, fried potato dishes, crisps and the sweet «Картошка» excluded"),
        ("икра кабачковая баночку", {
            "pyaterochka": [],
            "magnit": ["381b954c56", "946989d11a"],
            "dixy": [],
            "perekrestok": [],
        }, "courgette caviar (Ресторация Обломов «Икра из кабачков», Семейные секреты «Икра кабачковое»); aubergine and "
   "mushroom caviar, fish roe and «Икра деликатесная» excluded"),
        ("горошек зеленый 1 банку", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4273266",
                            "4274246", "3350744", "3360308", "3026306", "4380317",
                            "4211849", "2035571", "4192227", "4188483", "4011800",
                            "3504837", "3447858"],
        }, "canned green peas of any brand and can size (incl. «молодой», «нежный», «деликатесный», «без сахара» and the "
   "4.15 kg Бояринъ can); «банку» names the canned form and «1» is a quantity; frozen peas, fresh sugar peas, peas "
   "with carrots, pea sprouts, peppercorns «горошек» and dog food with peas excluded"),
    ]),
    # L21 hygiene
    ("антисептик для рук флакон, мыло жидкое в ванную, зубная паста для чувствительных зубов, шампунь маме подешевле", [
        ("антисептик для рук флакон", {
            "pyaterochka": [],
            "magnit": ["f418ffccec", "529fbeab5e", "36e2c03b90", "304cd42c6f", "4009f7c096"],
            "dixy": [],
            "perekrestok": [],
        }, "hand antiseptics/sanitiser gels in bottles: Санителль (incl. the Kids gel), LA FRESH «антисептический» and «с "
   "антибактериальным эффектом» hand gel (a leave-on sanitiser gel - outside knowledge), Магнит Здоровье «Гель для "
   "рук с антисептическим эффектом»; «флакон» is a quantity/packaging word all of them satisfy; surface "
   "disinfectants (Lysol, Sanfor), antibacterial soaps and wet wipes excluded"),
        ("мыло жидкое в ванную", {
            "pyaterochka": ["2156702"],
            "magnit": ["0950efec36", "ece4ff1781", "88aee1bd17", "af1a4a2fd7", "a83d606130", "0cb75b0290",
                       "5c167bfb88", "fcb39eaa2b", "c31e1b2585", "ef11e1d9b0", "395d3dc41c",
                       "627234dc4a", "314189cc1c", "e70ce68862", "2539c26fd9", "f86784dad8",
                       "c2cd737592", "ab93591c26", "aedf77402b", "195c09bcbd", "2d8d4f118f",
                       "1f41be18d5", "05b54fbbbb", "71857a9509", "6cb0cbb9b8", "bbf17b51de"],
            "dixy": ["2000605356", "2000575551", "ЦТ0041378", "2000605355", "2000343460", "2000448582"],
            "perekrestok": ["4347139", "4250593", "4201031", "4201033", "3670708", "4276537"],
        }, "liquid hand soap of any brand, scent and size, incl. liquid «крем-мыло» sold in ml/l, refills (Synergetic 3.5 "
   "l), antibacterial and children's liquid soaps and Милана «Мыло пенка» (liquid soap in a foaming pump); «в "
   "ванную» is a purpose; bar soaps and cream soaps sold by weight (80-190 g), shower gels and bath foam excluded"),
        ("зубная паста для чувствительных зубов", {
            "pyaterochka": [],
            "magnit": ["f56b4b5cc3", "92ea3d57cc", "0441e28214", "41b3a37740", "2cb02c1814", "05bcdac370",
                       "cd7248cfbd"],
            "dixy": [],
            "perekrestok": [],
        }, "toothpastes for sensitive teeth: titles saying Сенситив/Sensitive, «для чувствительных зубов» or «снижение "
   "чувствительности» (Lacalut Aktiv … снижение чувствительности, Лакалют Сенситив, Биомед Сенситив, R.O.C.S. "
   "Сенситив and «для чувствительных зубов», Splat Сенситив Уайт / Ультра); other adult and children's toothpastes, "
   "gels, rinses and toothbrushes excluded"),
        ("шампунь маме подешевле", {
            "pyaterochka": ["3246199", "3262182", "2656", "3011966", "2092382"],
            "magnit": ["f5ecc5ad50", "ec5117a6d6", "3ba581ce86", "397fb75ea4", "d0131321ff", "0d996b1e8d",
                       "2336c3ab82", "52ff1cb377", "8022253822", "56e2a5e67e", "a1dd70d74b",
                       "80274356e0", "75b3911ef4", "a2c01ebcf4", "8df24e7633", "47dd0ace9e",
                       "f51afdd952", "bf97e64cb9", "814b17941c", "8f8aac1b69", "f0e2ce54d8",
                       "edd4068621", "329d78760f", "4a5d360e19", "a77bec9d06", "1fe4376ca7",
                       "bc02222db2", "cb730b6f9a", "822ed0226f", "462209d33c", "c6681315e5",
                       "fa1fcb3709", "03b46117d4", "f8c25f65b8", "7f892ebf2d", "720a86133e",
                       "1aa7d7f342", "fa2936d2dd", "ad49eeeeb6", "1ef83cd37e", "f902fc9f05",
                       "ac9b5b0c52", "386339969a", "215d00bf33", "9bf74ec5cf", "e300bac7aa",
                       "30b37b9eaf", "b484b28e9c", "07251bb98b", "751242848d", "668e385f91",
                       "a419804581", "9c0f88ccbd", "3876166198", "0efbec465d", "b06f255d8e",
                       "2aac1e8162", "37b4273291", "e173bb90e3", "fd29fe4e6d", "17a8adbed9",
                       "9d969ecd85", "be8f6081ad", "5ee6a06eed", "b3318ce2db", "c094ca7f8d",
                       "9cae370ab9", "281a60244c", "c835686df2", "4b9375f54e", "fdd7f4c870",
                       "1c0baca467", "5a9487c941", "b983ebf983", "237f713ab2", "b2f4abab2d",
                       "8f2a293272", "337e57b951", "2a6fb72c89", "02dfde5506", "e55ac39ae7",
                       "6ce22476a7", "622c84ff19"],
            "dixy": ["2000605354"],
            "perekrestok": ["4250581", "4093214", "4124056"],
        }, "hair shampoo of any brand and type (incl. anti-dandruff, men's, medicated Librederm, 2-in-1/3-in-1 shampoo-"
   "conditioners and the Baby Boom children's shampoo); «маме» is a purpose and «подешевле» a wish; dry shampoos, "
   "the silver toning shampoo (КОНЦЕПТ), hair-and-body and shower-gel-and-shampoo combos (Ecolatier, Palmolive Men, "
   "Rexona, Бэбл), the ГОНКИ children's «2 в 1», conditioners and hair masks excluded"),
    ]),
    # L22 mother's soft food
    ("пюре детское мясное из индейки маме, каша рисовая безмолочная, сухари ванильные к чаю", [
        ("пюре детское мясное из индейки маме", {
            "pyaterochka": ["3422801", "2167862"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-meat turkey baby puree (Агуша «Мясное пюре … индейка» 80 г, Тёма «Пюре … индейка» 100 г); «маме» is a "
   "purpose; Gerber «рагу из индейки с рисом» (a mixed dish), other meats, turkey sausages and turkey cutlets with "
   "sweet-potato puree excluded"),
        ("каша рисовая безмолочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no milk-free rice porridge in any chain; ready milk-rice porridges (Агуша, ФрутоНяня «молочно-рисовая»), milk-"
   "free buckwheat and oat baby cereals, rice flour and round rice are other products"),
        ("сухари ванильные к чаю", {
            "pyaterochka": [],
            "magnit": ["4f2c3ab423"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet vanilla rusks: Магнит «Сухарики ОГО!, ванильные, 250г» (ОГО! makes sweet tea rusks; the 250 g vanilla pack"
   " is one of them - outside knowledge); rusks with raisins or sugar-dusted without vanilla, breadcrumbs and "
   "savoury croutons excluded"),
    ]),
    # L23 night-shift energy
    ("адреналин 2 банки себе, сникерс 2шт, лейс сметана лук пачку, кола без сахара", [
        ("адреналин 2 банки себе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "the Adrenaline (Adrenaline Rush) energy drink; the only ones on sale are the sugar-free cans, accepted as the "
   "brand's energy drink (no variant was written; judgement); «2 банки» is a quantity; other energy-drink brands "
   "(Burn, Red Bull, Tornado, Flash Up…) excluded - the user named the brand"),
        ("сникерс 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078665"],
            "perekrestok": [],
        }, "the classic Snickers chocolate bar (Дикси «Snickers Super, 80 г» - the classic bar in a larger size); «2шт» is a"
   " quantity; flavoured Snickers bars («с миндалем», «Пломбир» - a brand without qualifier means the classic "
   "product), Snickers Minis sold as sweets in 100 g / 1 kg bags and the Snickers ice-cream cone excluded"),
        ("лейс сметана лук пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000568012", "ЦТ0044994", "2000330912"],
            "perekrestok": [],
        }, "Lay's crisps «Сметана и лук» of any pack (70 g, 140 g, ridged «Рифленые» 225 g - no cut was written); «пачку» is"
   " a quantity; Lay's «Сметана и зелень», «Молодой зелёный лук», «Белые грибы со сметаной», the Lay's 37 g "
   "assortment, other brands' sour-cream-and-onion crisps (Русская картошка, Хрустящий картофель) and Tuc crackers "
   "excluded"),
        ("кола без сахара", {
            "pyaterochka": ["3466967"],
            "magnit": [],
            "dixy": ["2000562691", "2000562695", "2000562693", "2000562692"],
            "perekrestok": [],
        }, "sugar-free cola of any brand and size: Пятёрочка «COCA-COLA Нап.б/сах.» 0.33 л, Добрый «Кола без сахара» "
   "0.33-1.5 л; regular colas (Coca-Cola, Добрый, Черноголовка, Funky Monkey), Pepsi «Dark Vanilla» (vanilla-"
   "flavoured), rum-cola beer drinks and cola-flavoured sweets excluded"),
    ]),
    # L24 soup pasta and cheese
    ("тефтели замороженые, макарошки звездочки маме в суп, сырок дружба плавленый 2шт", [
        ("тефтели замороженые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no тефтели in any chain; Ближние Горки «Фрикадельки» (small soup meatballs, a different product than тефтели, "
   "judgement) and Gerber vegetables with meatballs excluded"),
        ("макарошки звездочки маме в суп", {
            "pyaterochka": [],
            "magnit": ["54953eed21", "6d2462031e"],
            "dixy": [],
            "perekrestok": [],
        }, "star-shaped soup pasta (Barilla «звёздочки Стеллине» 450 г, Makfa «Звездочки» 250 г); «маме в суп» is a purpose;"
   " other pasta shapes, the Маркет vegetable soup «со звёздочками» and the «Три Звездочки» cognac excluded"),
        ("сырок дружба плавленый 2шт", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба» (Карат «Сыр плавленый … Дружба 45% 90г»); «2шт» is a quantity; «Плавленый продукт "
   "ДРУЖБА» and Моя цена «Продукт плавленый … Дружба с сыром» (cheese products, not cheese - as set g excluded "
   "«Продукт По-Российски»), halva «Дружба» and the Увелка «Дружба» rice-millet mix excluded"),
    ]),
    # L25 household odds
    ("салфеток бумажных пачку на кухню, перчатки резиновые хозяйств., освежитель воздуха какой подешевле, батарейки аа 4шт", [
        ("салфеток бумажных пачку на кухню", {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, "paper table napkins (Магнит WELLFORT «Бум салфетки 3слоя … 16шт», Перекрёсток Home Story «Салфетки бумажные … "
   "33x33см, 20шт»); «пачку» is a quantity and «на кухню» a purpose; paper towels, facial tissues and handkerchiefs "
   "(ZEWA «д/лица», Магнит «Платки»), wet wipes and laundry colour-catcher sheets excluded"),
        ("перчатки резиновые хозяйств.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in any chain"),
        ("освежитель воздуха какой подешевле", {
            "pyaterochka": ["20712", "3411982", "3212818", "38668", "61286bc1eb"],
            "magnit": ["c6a21854cd", "201fbef8c1", "e19d49ff10", "a96fb4722f", "e2fc4a6650", "ac28f14d0a",
                       "4c2ba72398", "cb27516695", "50ca75614b", "42fe42c702", "a9459b85ec",
                       "3ab0089226", "f5c85ed1cb", "d577be321d", "82650cc4a1", "ab92bcd615",
                       "d012e0d603", "a83cb55b28", "7502cd94c3", "d41ae64cf3", "3df85dde9e",
                       "1c784cc14c", "d29ec4524b", "5d8947bd9a", "d373502e47", "8bf9c6d772",
                       "668a740138"],
            "dixy": [],
            "perekrestok": ["3974933", "4370042", "4246858"],
        }, "a ready-to-use room air freshener of any brand and scent: aerosol sprays (Glade, Air Wick incl. «Пьюр», Симфони,"
   " Synergetic, Магнит Нужные вещи, Liberhaus, Arluni) and the Air Wick automatic kit «250мл+держатель»; «какой "
   "подешевле» is a wish; refill cans and blocks for automatic dispensers («сменный баллон», «запасной блок», Glade "
   "«Автоматик», Air Wick Life Scents and Freshmatic cans - Freshmatic taken as dispenser cans, judgement - and "
   "Магнит «Сочное манго+сменный баллон»), reed/plug-in diffusers and aroma oils, shoe deodorants excluded"),
        ("батарейки аа 4шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no batteries in any chain"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== funNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fun\d\d ===$", line):
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
                    errors.append("fun%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fun%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fun"))
