#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yo.jsonl -- shopping lists of a young family with a baby, a cat and a dog,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yo.build.py

LISTS below is literal data: 25 lists (3-5 items, 92 items) as a young family would type them to a
Telegram bot, copied byte for byte from fresh_basket_eval_yo.blind_lists.txt (written before any offer was
read), and for every item the product ids of every store that a reasonable shopper would accept.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher,
its data files or the labels of any other set.

The script only checks the data (via labelled_lists.build: every id exists in real_offers_g.jsonl *for that
store* and is in stock, no id is repeated within an item, every item has a note, the labels are exactly the
list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are
fyo01, fyo02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yo.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 baby breakfast
    ("кашка нестле гречка, фрутоняня пюре яблочко, творожок агуша 3.9%, бананчики штук 5", [
        ("кашка нестле гречка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000291139", "2000546397"],
            "perekrestok": [],
        }, "Nestlé buckwheat porridge, dairy-free or milk (incl. «с курагой»: still Nestlé buckwheat porridge); Nestlé "
           "oat porridge and buckwheat porridges of other brands (Агуша, ФрутоНяня, Флёр Альпин, Магнит) excluded"),
        ("фрутоняня пюре яблочко", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "single-fruit apple puree of ФрутоНяня (Пятёрочка «ФРУТОНЯНЯ Пюре ябл.»); mixed purees (яблоко-груша, "
           "яблоко-банан, яблоко-персик(-сливки), яблоко-малина-сливки, яблоко с печеньем, ЯБЛ/ГРУШ/ПЕРСИК) and apple "
           "juice excluded"),
        ("творожок агуша 3.9%", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000109125", "1812432015", "1812432014", "1812432013"],
            "dixy": [],
            "perekrestok": ["2137027", "69726"],
        }, "Агуша children's curd labelled 3.9 %, any flavour (flavour not written); Агуша 3.8 % «Засыпай-ка», 4 % "
           "Малина-Черника and 4.5 % «Классический» excluded (fat must match)"),
        ("бананчики штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. «Бананы Био» and «Бананы красные» (a banana variety); «штук 5» is a quantity; "
           "«Бананы для жарки» (taken as plantains, outside knowledge), dried/вяленые bananas, banana sweets excluded"),
    ]),
    # L2 diapers
    ("подгузнеки huggies 4, влажные салфетки детские без отдушки, кремчик под подгузник", [
        ("подгузнеки huggies 4", {
            "pyaterochka": [],
            "magnit": ["ba8611ce1a", "da5217477c", "42c3dfa89a"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies tape diapers size 4: Elite Soft 4 (8-14 кг) and Ультракомфорт 8-14 кг (incl. «для девочек"
           "»; 8-14 кг taken as size 4, outside knowledge); Huggies pants («Трусики-подгузники» 4 / Макси 9-14 кг, "
           "the writer names pants separately elsewhere), other sizes, Pampers/Merries/NANI excluded"),
        ("влажные салфетки детские без отдушки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "47dd423390", "d50c79a365"],
            "dixy": [],
            "perekrestok": [],
        }, "baby wet wipes known to be fragrance-free (outside knowledge, no title says «без отдушки»): Huggies Elite "
           "Soft, Pampers New Baby, Pampers Aqua Pure; Pampers Kids Hygiene (scented), Каспер «Детские» (scent not "
           "stated), Аура «Солнце и луна» с ромашкой, antibacterial/universal/intimate/surface wipes excluded"),
        ("кремчик под подгузник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no diaper cream (под подгузник / от опрелостей / Бепантен / Деситин / Судокрем) in any store; Baby Boom "
           "«крем-мыло» is a soap"),
    ]),
    # L3 baby milk
    ("смесь nan 1 400г, вода для малышей 5л бутыль, молочко детское с 8 мес", [
        ("смесь nan 1 400г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no infant formula at all (NAN, Nutrilon, Малютка, Similac …) in the recorded offers; «Смесь» titles are "
           "rice/nut/oil mixes"),
        ("вода для малышей 5л бутыль", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l bottles (ФрутоНяня, Аквалайн «Для ляль для детского питания», "
           "Черноголовка Бэйби, Кидси); children's water of 0.33/1.5/2.5 l and ordinary 5 l water excluded"),
        ("молочко детское с 8 мес", {
            "pyaterochka": [],
            "magnit": ["8000081425", "1051242602"],
            "dixy": [],
            "perekrestok": ["3668953"],
        }, "children's drinking milk for babies from 8 months: titles saying «с 8 месяцев» (Аммм безлактозное, "
           "Зелёная Линия) and Агуша «витаминизированное» 2.5 % 200 ml (sold as «с 8 месяцев», outside knowledge); "
           "Тема «с 3 лет», other Агуша/Тема milks whose age is not stated, milkshakes, kefir excluded"),
    ]),
    # L4 cat
    ("вискас паучи с говядиной 4 шт, древесный наполнитель для кошачьего туалета, корм д/котят сухой", [
        ("вискас паучи с говядиной 4 шт", {
            "pyaterochka": [],
            "magnit": ["2493311", "2541881"],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas 75 g wet pouches whose flavour includes beef (паштет говядина-печень, рагу говядина-ягнёнок; 75 g "
           "Whiskas packs taken as pouches, outside knowledge); «4 шт» is a quantity; Whiskas «Паштет с говядиной» "
           "1.9 кг and Пятёрочка Whiskas сухой говядина (dry food), other flavours and kitten pouches excluded"),
        ("древесный наполнитель для кошачьего туалета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood litter anywhere; Магнит КЭТ СТЕП силикагелевый (silica gel) excluded"),
        ("корм д/котят сухой", {
            "pyaterochka": [],
            "magnit": ["2072b66f2f", "a67b22c0a1"],
            "dixy": ["2000372860"],
            "perekrestok": [],
        }, "dry kitten food: Purina One «для котят» сухой, Perfect Fit «для котят» сухой, Whiskas «Вкусные подушечки "
           "для котят» 350 г (dry pillows); wet kitten food (Felix, Whiskas рагу, Perfect Fit, Purina One 75 г) and "
           "adult cat food excluded"),
    ]),
    # L5 dog
    ("педигри для взрослых собак, чаппи, косточки для собак жевательные, пакеты для выгула", [
        ("педигри для взрослых собак", {
            "pyaterochka": [],
            "magnit": ["635a090395", "a3b4a1cd4c", "5f419d7ce3", "29c8e3ff37", "b4a9c6d2c0", "d23d6a5e3a",
                       "4051471852", "93ddf1f29b"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree food for adult dogs: dry «для взрослых собак» 2.2/13 кг and the wet 80-85 g packs without an age "
           "(Pedigree wet food is sold for adult dogs, outside knowledge); Pedigree «для щенков» and Пятёрочка Pedigree "
           "Dentastix (a treat, not food) excluded"),
        ("чаппи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Chappi/Чаппи product in any store"),
        ("косточки для собак жевательные", {
            "pyaterochka": [],
            "magnit": ["6c0dc1c742"],
            "dixy": [],
            "perekrestok": [],
        }, "chew bones for dogs: TRIOL «Кость из жил»; TRIOL dumbbell toy, Pedigree Dentastix sticks, Winner treats "
           "(form not stated), TitBit «Говядина по-строгановски» and meat «с костью» excluded"),
        ("пакеты для выгула", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dog waste bags anywhere; Магнит «Мешки для мусора … 60л» are bin bags"),
    ]),
    # L6 quick dinner: pelmeni
    ("пельмешки цезарь, сметана пятнадцатипроцентная, укропчик к картошке, хлебушек дарницкий нарезанный", [
        ("пельмешки цезарь", {
            "pyaterochka": [],
            "magnit": ["f4f41d5103", "72632b1f85"],
            "dixy": ["2000318344", "2000411354"],
            "perekrestok": [],
        }, "Цезарь/Caesar pelmeni of any kind (Гордость Сибири, Caesar Elite, Царское застолье, с телятиной); Цезарь "
           "vareniki, pizza and blinchiki, Caesar sauces excluded"),
        ("сметана пятнадцатипроцентная", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                       "c90113311e", "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785",
                       "1000208902", "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                     "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream labelled 15 % (incl. «из топлёных сливок» and lactose-free Свежее завтра); 10/20/25/30 %, "
           "Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15 % (flavoured), «сметанный» mayonnaise and cheese "
           "«Сметанковый» excluded"),
        ("укропчик к картошке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any store; dill-flavoured croutons/ketchup/olives excluded; «к картошке» is a purpose"),
        ("хлебушек дарницкий нарезанный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "2053660"],
        }, "Darnitsky bread whose title says «нарезка»; Хлебозавод №22 Дарницкий 700 г (not sliced) and the brand "
           "«Дарница» (Двинский, ржаной подовый) excluded"),
    ]),
    # L7 quick dinner: cutlets
    ("котлеты куриные замороженые, пюре картофельное быстрого приготовления, кетчуп какой-нибудь", [
        ("котлеты куриные замороженые", {
            "pyaterochka": [],
            "magnit": ["8706d861f4"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen chicken cutlets: Ложкаревъ «куриные в панировке» and Мираторг «По-киевски» (chicken Kiev; both "
           "taken as frozen, outside knowledge); chilled chicken cutlets (Петелинка, Первая свежесть, Наша Птичка), "
           "turkey/beef cutlets, cooked Перекрёсток cutlets and ready meals with cutlets excluded"),
        ("пюре картофельное быстрого приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000577651", "2000178886", "2000162971", "ЦТ0023259", "2000000080", "2000339292"],
            "perekrestok": ["3614553", "78561"],
        }, "instant mashed potato (Роллтон, Доширак, Бизнес меню cups, Пр!ст «с сухариками»); Дикси «Пюре картофельное "
           "Кунцево» 240 г and Перекрёсток «Пюре Картошечка картофельное» 250 г taken as dry flakes (outside "
           "knowledge, uncertain); ready chilled puree (Перекрёсток Select 450 г), ready meals with puree and baby "
           "vegetable purees excluded"),
        ("кетчуп какой-нибудь", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": ["c112734da7"],
            "dixy": ["2000552955", "2000143225", "2000143160", "2000033799", "2000538777", "2000567792",
                     "2000567791", "2000207279", "2000194769", "2000207290", "2000207280", "2000551592",
                     "2000309687", "2000320468", "2000193817", "2000224973", "2000603860", "2000604791"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973", "4312325", "4078080", "4078077", "4282684", "3691258", "3054047", "3054048",
                            "2157567", "3970015", "4044938", "3673189", "3941585", "3446697", "3941584", "2157566",
                            "3673190", "4149865", "4149866", "4149867", "4227924", "4227925", "4227926", "4227928",
                            "4227930", "4227932", "4227927", "3652684", "3684511"],
        }, "every ketchup of any brand/flavour/size (Пятёрочка «Кетч.»; Магнит «Кетчуп Семейные секреты, Соус "
           "по-грузински» is sold as a ketchup); «какой-нибудь» is a wish; Cheetos «Кетчуп» snacks excluded"),
    ]),
    # L8 fruit for the kids
    ("яблоки зелененькие, грушки конференс, мандаринки детям, виноград без косточек для мелкой, апельсинки для фреша", [
        ("яблоки зелененькие", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "3171926", "4194478", "4152180", "4047567"],
        }, "fresh green apples: «зелёные» and Гренни Смит, Симиренко (a green variety, outside knowledge); Голден/"
           "Гольден (yellow), red and unnamed-colour varieties, apple juice excluded"),
        ("грушки конференс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, "Conference pears (Дикси «Груша Конференц», Перекрёсток «Груша конференция Россия»); other varieties "
           "(Санта Мария, Вильямс, Аббат …) excluded"),
        ("мандаринки детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins; «детям» is a purpose; mandarin-flavoured goods excluded"),
        ("виноград без косточек для мелкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh grapes whose title says seedless (Дикси Мускат без косточки); Перекрёсток Ред Глоб and Тайфи (seeded "
           "varieties), Artfrut белый and «чёрный» (seedlessness not stated) and dried grapes «без косточек" 
           "» (raisins) excluded; «для мелкой» is a purpose"),
        ("апельсинки для фреша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "55655", "48651", "77001353", "3022836", "3663839",
                            "98632", "60619", "4209029"],
        }, "fresh whole oranges of any kind incl. red/blood oranges; «для фреша» is a purpose; Перекрёсток «Апельсин "
           "… резанный кусочками» (cut fruit cup), «Апельсины шоколадные» (sweets), juices excluded"),
    ]),
    # L9 laundry
    ("порошок для детского белья хороший, кондей для белья lenor, ваниш от пятен, гель д/стирки persil", [
        ("порошок для детского белья хороший", {
            "pyaterochka": [],
            "magnit": ["bed5eabde5", "0306390d77", "95636dc9ca", "467ad72946"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder labelled «детский» (Tide Детский / детский колор, Завод Братьев Крестовниковых детский); "
           "children's laundry gels and conditioners (form «порошок» written), non-children's powders (Persil "
           "Сенситив, Synergetic) excluded; «хороший» is a wish"),
        ("кондей для белья lenor", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner; Ariel powder «Ленор фреш» and other conditioners (Vernel, Synergetic, Qualita) "
           "excluded"),
        ("ваниш от пятен", {
            "pyaterochka": [],
            "magnit": ["ac176ffbd4", "6a5dfe63c5"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish laundry stain removers (Oxi Action, Oxi Адванс); Vanish carpet cleaners «для чистки ковров» and "
           "other brands' stain removers excluded"),
        ("гель д/стирки persil", {
            "pyaterochka": [],
            "magnit": ["9906e11821", "977db1793a", "0f9cb66369", "6a19e08c4a", "67efc94545", "12b5bae819",
                       "66bfaeda5d", "7d313765a5", "32aadc7f3d"],
            "dixy": [],
            "perekrestok": [],
        }, "every Persil laundry gel (Колор, Пауэр, Премиум, Свежесть от Вернель, any size); Persil Дуо-капс "
           "capsules and powders excluded"),
    ]),
    # L10 cleaning day
    ("средство д/мытья пола, губки кухонные 10шт, мистер пропер, перчатки для уборки резиновые m", [
        ("средство д/мытья пола", {
            "pyaterochka": [],
            "magnit": ["119c855478", "ff7b4707dc", "69f4fcf56c", "789291ba7a", "ae95ec9c5b", "cac8e32a0f",
                       "494fcd17ad", "dc08e0632c", "275fd6ca49", "9851df55cf", "18d07f098b"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "floor cleaners: «для мытья пола», Mr.Proper «для полов и стен», LYSOL «д/пола и поверх»; Магнит "
           "«Моющее средство MR.PROPER Лимон/роза 500мл» taken as the classic floor-and-wall liquid (outside knowledge); "
           "Mr.Proper sprays «Антижир»/«Универсальный», Domestos and bathroom cleaners excluded"),
        ("губки кухонные 10шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«10шт» names the pack; the only kitchen sponges (Магнит Нужные вещи «Макси» 5 шт) excluded for size; "
           "shoe sponge excluded"),
        ("мистер пропер", {
            "pyaterochka": [],
            "magnit": ["ae95ec9c5b", "275fd6ca49", "97975c3cbb", "cac8e32a0f", "494fcd17ad", "dc08e0632c"],
            "dixy": ["2000001041", "2000602636"],
            "perekrestok": [],
        }, "every Mr.Proper cleaner (floor liquids, universal and Антижир sprays); Mr.Muscle (Пятёрочка) excluded"),
        ("перчатки для уборки резиновые m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household gloves in any store"),
    ]),
    # L11 baby dinner
    ("пюре тёма говядина, гербер чернослив, сок детский яблочный 200мл, каша малютка молочная рисовая", [
        ("пюре тёма говядина", {
            "pyaterochka": ["3157361", "27487", "27486", "51661"],
            "magnit": [],
            "dixy": ["DI00081318", "DI00081319", "2000003017"],
            "perekrestok": ["4212876"],
        }, "Тёма beef meat puree, plain or with beef offal (печень, язык, сердце); Тёма говядина-гречка, говядина с "
           "кабачками и рисом (meat-and-grain purees), цыплёнок-говядина, телятина, other meats and Агуша beef "
           "puree excluded"),
        ("гербер чернослив", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Gerber prune puree (Gerber carries only vegetable/meat purees and bars here); ФрутоНяня prune purees "
           "excluded (brand written)"),
        ("сок детский яблочный 200мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0017501"],
            "perekrestok": ["67047", "4340742", "4340738", "4157530"],
        }, "single-fruit apple juice sold for children in 200 ml packs (ФрутоНяня, Сады Придонья Kids, Добрый Active "
           "Kid); children's apple juice of 125 ml/0.5 l/0.97 l/2 l, mixed juices, ordinary 200 ml apple juices "
           "(Рич, Вико, Волжский Посад, Дары Кубани, Иваныч, Сады Придонья прямого отжима 0.2 л: not labelled "
           "children's) excluded"),
        ("каша малютка молочная рисовая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Малютка porridge anywhere (brand written); ФрутоНяня/Агуша milk-rice porridges and Перекрёсток "
           "«Рожок Малютка» pasta excluded"),
    ]),
    # L12 kids' dairy
    ("растишку 2 шт, сырки глазированные ванильные, молоко агуша 2.5", [
        ("растишку 2 шт", {
            "pyaterochka": ["3476289", "3463087", "3503854"],
            "magnit": ["1000211109", "8000022363", "1000559788", "1000568730", "1059990444", "1000320906",
                       "1000320907", "8000050475", "1000334603", "8000022358", "1000187936"],
            "dixy": ["2000280864", "2000342715", "2000216292"],
            "perekrestok": ["3629034", "4356575", "4023796", "4341332", "4045396", "4045398"],
        }, "brand only: every Растишка dairy product (curd, yoghurt, drinking yoghurt, milkshake; Пятёрочка «РАСТИШ.»); "
           "«2 шт» is a quantity"),
        ("сырки глазированные ванильные", {
            "pyaterochka": ["4061730"],
            "magnit": ["8000070532", "1000359364", "1000274202", "61ab02df21", "1000238205", "1000172948",
                       "1000122409", "1000186648", "8000078945", "3d86f7f88b", "1000411952", "1000117018"],
            "dixy": [],
            "perekrestok": ["4227614", "20615", "3666242", "3427052"],
        }, "glazed curd snacks flavoured with vanilla (ваниль/ванилин/аромат ванили, incl. the suffle one and "
           "«в молочном шоколаде с ванилью» 6×25 г); Магнит Ростагроэкспорт «ванильный, 20%, 45г» (the glazed 45 g "
           "line, cf. Перекрёсток's identical glazed title) and Сыркофф «Ваниль» 23 % 40 г (a glazed-snack brand) "
           "taken as glazed (outside knowledge); unglazed vanilla curd bars (Ростагроэкспорт 90 г, Хозяйство "
           "Васильевой, Свитлогорье «Три кота», Пятёрочка Коровка из Кореновки «ваниль» 50 г: glaze not stated), "
           "plain «в молочном/тёмном шоколаде», «в белой глазури» (flavour not stated), other flavours and vanilla "
           "curd sticks excluded"),
        ("молоко агуша 2.5", {
            "pyaterochka": [],
            "magnit": ["1051242602"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша drinking milk 2.5 %; Агуша 3.2 % milks and Агуша porridges «2.5%» excluded"),
    ]),
    # L13 pasta dinner
    ("барилла спагетти, фаршик из индейки, томат паста в банке, тертый пармезанчик", [
        ("барилла спагетти", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti incl. thinner Spaghettini №3 and thicker Спагеттони (spaghetti sizes); Barilla "
           "bavette, bucatini and other shapes excluded"),
        ("фаршик из индейки", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "minced turkey: Магнит «Фарш ИНДИЛАЙТ Классический» (Индилайт is a turkey brand, outside knowledge); beef, "
           "pork, mixed and fish mince, turkey thigh fillet excluded"),
        ("томат паста в банке", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000322276", "2000536311", "2000000761"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste in jars or tins; the pack is not in the titles, so everything not stated as another form was "
           "taken as a jar/tin (outside knowledge, uncertain for the 70-140 g packs); Дикси «Круглое лето, "
           "пирамидка» and «Помидорка, саше» excluded, ketchups excluded"),
        ("тертый пармезанчик", {
            "pyaterochka": [],
            "magnit": ["b10071458c", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784"],
        }, "grated parmesan (тертый/тёртый); parmesan in pieces or by weight (Laime, Dolce Granto весовой, Поставский, "
           "Чиз Галлери, Перекрёсток «кусок»), parmesan cream cheese and ravioli excluded"),
    ]),
    # L14 breakfast
    ("хлопья геркулес овсяные, молочко 2.5 жирности, маслице простоквашино 82.5, яйца куриные с1 10шт", [
        ("хлопья геркулес овсяные", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926",
                            "3469028"],
        }, "plain oat flakes whose title says Геркулес (brand or type, incl. «быстрого приготовления» and Nordic "
           "«Геркулес Финский»); flavoured instant porridge cups «Геркулес», Геркулес bread, oat flakes not called "
           "геркулес (Ясно Солнышко, Nordic, №3, Пр!ст) excluded"),
        ("молочко 2.5 жирности", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                     "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk labelled 2.5 % (pasteurised/UHT, incl. Агуша children's milk as in real_basket_eval); "
           "топлёное 2.5 %, ряженка/kefir/yoghurt 2.5 %, other fats excluded"),
        ("маслице простоквашино 82.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино butter in any store (brand written); 82.5 % butters of other brands excluded"),
        ("яйца куриные с1 10шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs С1 («1 категории») in packs of 10; С0/СО/отборные, С2, СВ/высшей, packs of 6/15/20/30 and "
           "quail eggs excluded"),
    ]),
    # L15 cat again
    ("корм для стерилизованных кошек влажный, пурина ван сухой, мята кошачья", [
        ("корм для стерилизованных кошек влажный", {
            "pyaterochka": [],
            "magnit": ["022e1cb063", "5475a65fae", "932c94424e"],
            "dixy": [],
            "perekrestok": [],
        }, "wet cat food labelled «для стерилизованных» (Perfect Fit 75 г); dry food for sterilised cats (Purina One) "
           "and wet food not for sterilised cats excluded"),
        ("пурина ван сухой", {
            "pyaterochka": [],
            "magnit": ["67188622e2", "f9a50d981d", "44ec5dee51", "5f2c27349b", "29d266d8c4", "082e5a8772",
                       "5ac79c1445", "ae8959bc6c", "bcf8a579e3", "2072b66f2f", "81960a917d", "851a5b440f",
                       "090a3c20bc"],
            "dixy": ["2000325848", "2000371058"],
            "perekrestok": [],
        }, "every dry Purina One food (cat, kitten, sterilised, dog: the family has both and the item names no animal); "
           "the 680-750 g/1.5 кг bags without «сухой» taken as dry (outside knowledge); wet Purina One 75-85 g "
           "excluded"),
        ("мята кошачья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no catnip anywhere; mint teas, mint toothpastes etc. excluded"),
    ]),
    # L16 dog again
    ("сухой корм для собак 2 кг, консервы для собак с говядиной, вкусняшки для пса", [
        ("сухой корм для собак 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«2 кг» names the bag; no dry dog food of 2 kg: Pedigree 2.2 кг, Purina One 0.6/1.5 кг, Perfect Fit 1.4 кг, "
           "Pedigree 13 кг excluded for size"),
        ("консервы для собак с говядиной", {
            "pyaterochka": [],
            "magnit": ["b4a9c6d2c0", "4051471852", "93ddf1f29b", "d79df2ed60", "d043b38106"],
            "dixy": ["2000372875"],
            "perekrestok": ["4066610", "4282949"],
        }, "wet dog food whose flavour includes beef (Pedigree, Purina One Mini, Cesar; pouches/trays count as "
           "«консервы»); chicken/turkey/lamb-only wet food, dry food, Winner «с телятиной» 500 г (form not stated) and "
           "TitBit treat excluded"),
        ("вкусняшки для пса", {
            "pyaterochka": ["3378084"],
            "magnit": ["08d7984b23", "c407935d3c", "6c0dc1c742"],
            "dixy": ["2000591857"],
            "perekrestok": [],
        }, "dog treats: Pedigree Dentastix, Winner «Лакомство для собак», TRIOL «Кость из жил», TitBit «Говядина "
           "по-строгановски» (TitBit «Золотая коллекция» is a treat line, outside knowledge); dog food and toys "
           "excluded"),
    ]),
    # L17 plov
    ("филе бедра куриного, рисик для плова, морковочка, лучок репчатый пару кг", [
        ("филе бедра куриного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "raw chicken thigh fillet (филе бедра цыплёнка/куриное); bone-in thighs (Магнит бедро), turkey thigh fillet "
           "and beef «бедро» excluded"),
        ("рисик для плова", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203655", "2000274400", "2000600234"],
            "perekrestok": ["3483037", "3413111", "4371462"],
        }, "«для плова» names the kind: rice sold «для плова»; other long-grain, parboiled, round, basmati, jasmine "
           "rice not labelled for plov excluded"),
        ("морковочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh raw carrots incl. mini carrots; boiled carrots, Korean carrot salads, vegetable mixes with carrot "
           "excluded"),
        ("лучок репчатый пару кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions incl. red and peeled «Лук репчатый»; «пару кг» is a quantity; dried onion, onion rings "
           "snacks excluded"),
    ]),
    # L18 baby food
    ("фрутоняня груша, пюре агуша яблоко банан, каша хипп, печенье хайнц детское", [
        ("фрутоняня груша", {
            "pyaterochka": ["3397858"],
            "magnit": ["078f82bf9e"],
            "dixy": ["2000227812", "2000234542", "2000193829"],
            "perekrestok": [],
        }, "no product word: ФрутоНяня single-flavour pear products (pear puree, Пятёрочка «ФРУТО НЯНЯ Пюре ГРУША», "
           "pear juice); mixes with pear (груша-яблоко, ЯБЛ/ГРУШ/ПЕРСИК, 5 злаков …) excluded"),
        ("пюре агуша яблоко банан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша apple-banana puree; Агуша «Яблоко банан клубника и киви» and «Яблоко Груша Банан Манго» (other "
           "flavours), Агуша apple-banana curd and other brands' apple-banana purees excluded"),
        ("каша хипп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4102912"],
        }, "HiPP porridge (organic oat, dairy-free); HiPP vegetable puree excluded"),
        ("печенье хайнц детское", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz «Детское печеньице»; Heinz porridge/purees and ФрутоНяня/Gipopo children's biscuits excluded (brand "
           "written)"),
    ]),
    # L19 baby hygiene
    ("шампунь детский johnsons, присыпка, детское мыльце, трусики памперс 5", [
        ("шампунь детский johnsons", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Johnson's shampoo anywhere (brand written); Baby Boom, «Гонки» and Бебл children's shampoos and "
           "Johnson's baby soap excluded"),
        ("присыпка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baby powder (присыпка/тальк) in any store"),
        ("детское мыльце", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": ["2000605356", "2000605355"],
            "perekrestok": [],
        }, "baby soap, bar or liquid (Johnson's Baby bar soap, Baby Boom «крем-мыло» and liquid soap); adult soaps, "
           "children's shampoo/shower gel and baby laundry products excluded"),
        ("трусики памперс 5", {
            "pyaterochka": [],
            "magnit": ["d46118869f", "e71b4f2565", "3992ccd362", "fa26f024d1"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers pants size 5: «5 Junior/Джуниор» 12-17 кг and plain «Джуниор» packs (Junior = size 5, outside "
           "knowledge); Pampers pants Maxi/Миди/Extra Large/17+ кг, Pampers tape diapers (Актив Бэби Джуниор) and "
           "Huggies/Merries pants excluded"),
    ]),
    # L20 cleaning
    ("белизну литровую, доместос гель для туалета, fairy лимонный для посуды, мусорные мешки на 60 литров", [
        ("белизну литровую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«литровую» names the bottle; no «Белизна» of 1 l: Пятёрочка Sanfor «гель белизна 3в1» 700 г excluded for "
           "size; ACE gel bleach (branded, not «белизна»), oxygen bleaches excluded"),
        ("доместос гель для туалета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Domestos gel sold for the toilet; Domestos «универсальное» gels (universal, as in fresh_basket_eval_d), "
           "the Domestos spray and the toilet rim block (not a gel) excluded"),
        ("fairy лимонный для посуды", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd", "d0bd1a2d49", "551d8403a9"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        }, "Fairy «Сочный лимон» dish liquid of any size (incl. Магнит's assortment cards «Сочный лимон, "
           "Апельсин-лимонник»); Fairy dishwasher tablets «Все в 1 Лимон» and other Fairy scents excluded"),
        ("мусорные мешки на 60 литров", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l (Магнит Нужные вещи 60л)"),
    ]),
    # L21 kids' snacks
    ("сок фрутоняня, сушки с маком маленькие, кукурузные палочки без сахара", [
        ("сок фрутоняня", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000592316", "2000193829", "ЦТ0042596", "ЦТ0017501", "DI00080427", "ЦТ0017504"],
            "perekrestok": ["67047"],
        }, "every ФрутоНяня juice (any fruit, any size); ФрутоНяня nectars, «Напиток», морс, кисель excluded"),
        ("сушки с маком маленькие", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "small poppy-seed sushki (Невская сушка «Сушки-мини маковые»); Ладожский малышок (no poppy), tarallini "
           "with garlic, baranki excluded"),
        ("кукурузные палочки без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unsweetened corn sticks: Кузя Лакомкин «в сахарной пудре», Скрепыши «Вареная сгущенка» and "
           "Праздник сластены (sweet sticks) excluded by «без сахара»; Cheetos «Кетчуп» sticks excluded as a "
           "seasoned snack rather than plain corn sticks"),
    ]),
    # L22 family dinner
    ("пицца замороженная без грибов, детские сосисочки для малышни, горошек зеленый в банке бондюэль, рожки макаронные", [
        ("пицца замороженная без грибов", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "frozen pizza without mushrooms: La Trattoria 4 сыра and Пепперони, Dr.Oetker Ristorante салями-моцарелла-"
           "песто, Zotman Ice (all taken as frozen, outside knowledge); Цезарь «с ветчиной и грибами» excluded by "
           "«без грибов»; Чебупицца (a snack), Перекрёсток Маркет Collection «Пицца Римская» (frozen not stated) and "
           "mozzarella «для пиццы» excluded"),
        ("детские сосисочки для малышни", {
            "pyaterochka": [],
            "magnit": ["c7e784766f"],
            "dixy": ["2000418174"],
            "perekrestok": ["4051414", "4241464"],
        }, "sausages sold for children (Великолукский «Детям», Зелёная Линия «детские»); молочные sausages and Вязанка "
           "«Молокуши миникушай» (not labelled for children) excluded"),
        ("горошек зеленый в банке бондюэль", {
            "pyaterochka": [],
            "magnit": ["68a96163bf", "08e4c89d92"],
            "dixy": ["2000313828", "1100075857", "0230306094"],
            "perekrestok": ["27460", "16791", "4059535", "3635251", "4283761", "3951175", "4188483"],
        }, "Bonduelle canned green peas of any size (all Bonduelle peas here are canned); Bonduelle «с морковью», "
           "Heinz and other brands excluded"),
        ("рожки макаронные", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4274071", "4340660", "4328907", "82772", "3435299", "4273871"],
        }, "dry pasta horns (рожки/рожок incl. витой, крупный, полубублик, Роллтон «с оливковым маслом», Бакалейщики "
           "«Рожок Малютка» with tomato and spinach); ice-cream cones and curd «творожок» excluded"),
    ]),
    # L23 fruit
    ("клубничка, персики сочные, киви 1кг, хурма", [
        ("клубничка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4097821", "4183392", "3697994"],
        }, "fresh strawberries; strawberries in syrup, dried, fruit mixes and strawberry-flavoured goods excluded"),
        ("персики сочные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4348432", "4258858", "4353564", "3759", "77263", "4140941", "73914", "3334645",
                            "3197915", "3638016", "3630901"],
        }, "fresh peaches incl. flat («плоские», «инжирный») peaches; «сочные» is a wish; canned peaches and "
           "nectarines excluded"),
        ("киви 1кг", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4156364", "4177001", "4175544", "2094491", "14017", "3638652", "4322057",
                            "4104587"],
        }, "fresh kiwi of any kind (green, gold, red, loose or packed); «1кг» is the quantity of a weighed fruit; "
           "«Киви мини» 125 г (kiwiberry, a different fruit, outside knowledge), cut kiwi and fruit mixes excluded"),
        ("хурма", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015856"],
            "perekrestok": [],
        }, "fresh persimmon"),
    ]),
    # L24 laundry again
    ("капсулы ариэль для стирки, тайд автомат 3 кг, соль для посудомойки", [
        ("капсулы ариэль для стирки", {
            "pyaterochka": [],
            "magnit": ["b5d8fb8b2f", "c8ef7484cc", "daa0b16039", "8e94dc49e6", "e3ed881254", "7cc96b8aa8",
                       "699818da0e"],
            "dixy": [],
            "perekrestok": [],
        }, "every Ariel laundry capsule pack (ARIEL/AРИЭЛЬ, any scent/count); Ariel powders and gel, Tide gel capsules "
           "excluded"),
        ("тайд автомат 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«3 кг» names the pack; Tide automatic powders exist only as 2.4/2.5 кг (Детский, детский колор, Колор) and "
           "are excluded for size; Tide liquid and capsules excluded"),
        ("соль для посудомойки", {
            "pyaterochka": [],
            "magnit": ["74b75044cd", "aac588012b", "d2ce997d5b"],
            "dixy": ["2000593731", "ЦТ0041788"],
            "perekrestok": ["77503", "3662962"],
        }, "dishwasher salt (Finish, Somat, Yes's; Перекрёсток «Соль Finish/Сомат специальная» taken as dishwasher "
           "salt, outside knowledge); table salt, bath salt, dishwasher powders/tablets/rinse aid excluded"),
    ]),
    # L25 dairy run
    ("бифидок 1л, творог 5% в брикете, сметанка 20, ряженочка 4 процентная", [
        ("бифидок 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no бифидок anywhere; Актибио bio-yoghurts «с бифидобактериями» and Простоквашино «Кефирный коктейль» "
           "excluded"),
        ("творог 5% в брикете", {
            "pyaterochka": [],
            "magnit": ["1000563526", "3959a203ba", "8000079349", "1000377235", "1720c2be05", "9aeeb10b64",
                       "1000512632", "1000372786", "1000572167", "161690c563"],
            "dixy": ["2000410935", "2000244591", "ЦТ0047040", "2000539346"],
            "perekrestok": ["4249284", "4302679"],
        }, "plain 5 % cottage cheese in the classic 180-200 g pack; no title states the pack, so these were taken as "
           "bricks (outside knowledge, uncertain); soft/«мягкий»/«нежный», grainy/«зерненый», «рассыпчатый», "
           "flavoured, children's, lactose-free and 250 g+ tubs, 5.5 % and 4.5 % excluded"),
        ("сметанка 20", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                       "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715",
                     "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "plain sour cream labelled 20 %; 10/15/25/30 %, flavoured sour cream and «сметанный» mayonnaise excluded"),
        ("ряженочка 4 процентная", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка labelled 4 %; 2.1-3.5 % ряженка (incl. flavoured and children's) excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyo"))
