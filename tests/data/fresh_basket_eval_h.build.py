#!/usr/bin/env python3
"""Re-create fresh_basket_eval_h.jsonl -- shopping lists that mix food with non-food (household chemicals, paper
goods, hygiene, cosmetics, baby and pet goods, drinks), hand-labelled against the real offers in
real_offers_g.jsonl (the offers of set g, see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_h.build.py

LISTS below is literal data: 25 lists (2-4 items) as different households would type them to a Telegram bot,
and for every item the product ids of every store that a reasonable shopper who wrote exactly that would
accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each item records what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher or
its data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- with the shared checker
labelled_lists.py, and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fh01, fh02,
... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_h.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # H01 a family: milk, a curd snack for the kids, baby laundry powder
    ("молоко 2.5% 2 шт, сырок б.ю. александров, порошок для детского белья", [
        ("молоко 2.5% 2 шт", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                     "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT, incl. Магнит Агуша «детское» 2.5% as in earlier "
           "sets); Перекрёсток «топленое 2.5%» (baked milk), kefir 2.5%, butter of the brand «Северное молоко» and "
           "other fat levels excluded; «2 шт» is the quantity, not a filter"),
        ("сырок б.ю. александров", {
            "pyaterochka": [],
            "magnit": ["61dbb06201", "0b17088291", "1000305762", "1000581120", "1000274202", "1000059925",
                       "1899801136", "1000518913", "1000077349", "1000117018"],
            "dixy": ["2000597331", "2000597332", "2000179854", "2000603131"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614"],
        }, "curd snacks (glazed or plain, any flavour, incl. the 6x25 g pack) of «А.Ростагрокомплекс» / "
           "«РостАгроКомплекс» -- outside knowledge: Б.Ю. Александров is the brand of Ростагрокомплекс and the chains "
           "write it «А.Ростагрокомплекс»; Магнит's plain 90 g «СЫРОК Творожный (РостАгроКомплекс)» accepted on the "
           "producer name; the sister brand Ростагроэкспорт (cheap сырки), Пятёрочка «Б.Ю.АЛЕКС. Масса ОСОБАЯ» (curd "
           "mass, not a сырок), А.Ростагрокомплекс «Десерт Чизкейк» and curd masses excluded"),
        ("порошок для детского белья", {
            "pyaterochka": [],
            "magnit": ["bed5eabde5", "95636dc9ca", "0306390d77", "467ad72946"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder titled детский (Tide детский / детский колор, Заводъ братьевъ Крестовниковыхъ детский колор "
           "and детский для белого); children's laundry gels (Синергетик, ЗБК Детский Колор) and children's fabric "
           "conditioners excluded (the user wrote «порошок»); Persil «Сенситив» is not titled as children's"),
    ]),
    # H02 a student
    ("роллтон 5 пачек, сосиски куриные, энергетик флеш, туалетку самую дешевую", [
        ("роллтон 5 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3947754"],
        }, "Rollton instant noodles/vermicelli (Перекрёсток «Вермишель Роллтон По-домашнему с говядиной, 85г»); Дикси's "
           "Роллтон pasta (рожки/ракушки/спирали 400 g), instant mashed potato and bouillon are other products of the "
           "brand and excluded -- «роллтон … пачек» is read as instant noodles (outside knowledge of the colloquial "
           "use); Доширак and other instant noodles excluded (brand written)"),
        ("сосиски куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4353596", "4332703", "4344479", "4135356", "4241464", "4221323"],
        }, "sausages (сосиски) of chicken / poultry meat: Идель «из мяса кур» (with some beef), Папа может «Филейные из "
           "мяса птицы», Черкизово «с куриной грудкой», Зелёная Линия «из грудки куриной», «детские из мяса птицы», "
           "«из мяса птицы с моцареллой»; turkey sausages (Индилайт, «из мяса индейки») excluded; Зелёная Линия "
           "«Колбаски варёные куриные» excluded as колбаски (the user wrote сосиски); «Филейные» of Мясницкий ряд / "
           "Останкино do not say chicken and are excluded"),
        ("энергетик флеш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4229369", "4199222"],
        }, "Flash Up energy drinks of any flavour (title spelled Latin «Flash Up»); other energy drinks (Burn, Red "
           "Bull, Adrenaline, Tornado, Volt, Lit, E-ON, Горилла, Drango) excluded (brand written)"),
        ("туалетку самую дешевую", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                       "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9",
                       "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "«туалетка» = toilet paper in rolls, any brand/ply/pack; wet toilet paper (Kleenex, Мон Рулон «влажная»), "
           "toilet soap («мыло туал.»), eau de toilette («туалетная вода»), toilet blocks/cleaners and cat litter «для "
           "кошачьего туалета» excluded; «самую дешевую» is a ranking wish, not a filter"),
    ]),
    # H03 pensioners
    ("кефир 3.2% 2 бутылки\nхлеб дарницкий\nмыло детское", [
        ("кефир 3.2% 2 бутылки", {
            "pyaterochka": ["3433425"],
            "magnit": ["9cbe548621", "1000531928", "1000143510", "790e8c96de", "1000350609", "48045cf20b",
                       "1899800795", "37f16272a7", "1000307731"],
            "dixy": ["2000253973", "2000208649", "DI00081047", "2000587052", "2000331970"],
            "perekrestok": ["4153932", "3668693", "4318914", "4174038", "4198906", "4252382", "3433425", "2083868",
                            "3467795", "3682461", "97452", "3922310", "4045978", "18510", "4109799", "4159752"],
        }, "kefir labelled exactly 3.2% of any pack (incl. organic, термостатный and Агуша children's kefir, as "
           "children's milk counts as milk); «Из молока Нашей дойки» 3.2-4% (a range) excluded; «2 бутылки» is the "
           "quantity, not a pack filter"),
        ("хлеб дарницкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660"],
        }, "bread of the Дарницкий kind (whole or sliced/half loaves); trap: the brand «Дарница» (Хлеб Дарница "
           "ржаной подовый, Дарница Двинский) is not Дарницкий bread and is excluded, as are Бородинский and other rye "
           "breads"),
        ("мыло детское", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": ["2000605356", "2000605355"],
            "perekrestok": [],
        }, "soap titled as children's (Johnson's Baby bar soap; Baby Boom «дет.» cream soap and liquid soap -- no form "
           "was written, so liquid counts); family/bath soaps («для всей семьи», Банное) excluded"),
    ]),
    # H04 a young mother (the third item replaced after seeing the offers, see README)
    ("пюре агуша груша, подгузники хаггис 4, шампунь детский, влажные салфетки для малышей 3 пачки", [
        ("пюре агуша груша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no single-pear Агуша purée is offered; traps: Дикси Агуша «Яблоко Груша Банан Манго» (a mix, "
           "excluded as mixed Агуша juices were for «сок агуша яблочный»), ФрутоНяня pear purées (other brand), Агуша "
           "curd «фруктовый Груша» and Агуша porridge «с грушей и бананом»"),
        ("подгузники хаггис 4", {
            "pyaterochka": [],
            "magnit": ["ba8611ce1a", "da5217477c", "42c3dfa89a"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies taped diapers of size 4: Elite Soft 4 (8-14 kg) and Ультракомфорт 8-14 kg (incl. «для девочек») -- "
           "outside knowledge: Huggies Ultra Comfort 8-14 kg is size 4; Huggies pants («Трусики-подгузники ХАГГИС … 4 "
           "размер», Дисней Макси 9-14 kg, Литтл Уолкерс 9-14 kg) excluded as pants are a different form (earlier sets "
           "keep «подгузники-трусики» apart); other sizes and Pampers/Merries/Nani excluded"),
        ("шампунь детский", {
            "pyaterochka": [],
            "magnit": ["7fb0ac7670", "c4881f5765"],
            "dixy": ["2000605354"],
            "perekrestok": [],
        }, "children's shampoos (Гонки «детский 2 в 1», Бебл «Шампунь-гель для душа … детский» (a 2-in-1 shampoo), Baby "
           "Boom «ШАМПУНЬ … ДЕТ.»); adult shampoos, Baby Boom bath foam and children's soap excluded -- this item replaced "
           "«присыпку детскую» (absent everywhere) after the offers were seen"),
        ("влажные салфетки для малышей 3 пачки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "bd449a17ff",
                       "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes titled as children's (Huggies Elite Soft детские, Pampers Kids / New Baby / Аква Пьюр, Каспер "
           "Детские) and АУРА «Солнце и луна» -- outside knowledge: «Солнце и луна» is Аура's baby line; universal, "
           "antibacterial, intimate and surface wipes and Мон Рулон children's wet toilet paper excluded; «3 пачки» is "
           "the quantity"),
    ]),
    # H05 a kitten at home (the third item replaced after seeing the offers, see README)
    ("паучи для котят 10 шт, наполнитель древесный, корм для стерилизованных кошек", [
        ("паучи для котят 10 шт", {
            "pyaterochka": [],
            "magnit": ["9bf8b5b90c", "5362361", "c6afce15d2", "2493421", "2586591"],
            "dixy": ["2000371065"],
            "perekrestok": ["4009059"],
        }, "wet food for kittens in single-serve 75/85 g packs (Felix/Феликс, Perfect Fit, Whiskas «для котят», Purina "
           "One «для котят» in sauce) -- outside knowledge: these 75/85 g wet portions are pouches; dry kitten food "
           "(Purina One / Perfect Fit сухой для котят, Whiskas «подушечки для котят с молоком») and adult-cat pouches "
           "excluded; «10 шт» is the quantity"),
        ("наполнитель древесный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: the only cat litter is Магнит «КЭТ СТЕП, силикагелевый» (silica gel, excluded: the user wrote wood "
           "litter); «древесный уголь» toothpastes and «с наполнителем» yoghurts are traps"),
        ("корм для стерилизованных кошек", {
            "pyaterochka": [],
            "magnit": ["022e1cb063", "5475a65fae", "932c94424e", "5f2c27349b", "082e5a8772", "5ac79c1445",
                       "81960a917d"],
            "dixy": [],
            "perekrestok": [],
        }, "cat food titled for sterilised cats, wet or dry (Perfect Fit «для стерилизованных», Purina One «для "
           "стерилизованных кошек»); ordinary adult-cat, kitten and «домашних кошек» food and sterilised milk excluded "
           "-- this item replaced «лакомство коту» (absent everywhere) after the offers were seen"),
    ]),
    # H06 a puppy (the third item replaced after seeing the offers, see README)
    ("педигри для щенков, жевательные косточки для собаки, сухой корм для мелких пород", [
        ("педигри для щенков", {
            "pyaterochka": [],
            "magnit": ["cda7970ddc"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree food for puppies (Магнит «сухой корм PEDIGREE для щенков всех пород, курица»); Pedigree for adult "
           "or small-breed adult dogs, Пятёрочка Pedigree Dentastix treats and other brands excluded"),
        ("жевательные косточки для собаки", {
            "pyaterochka": [],
            "magnit": ["6c0dc1c742"],
            "dixy": [],
            "perekrestok": [],
        }, "chew bones for dogs: Магнит TRIOL «Снэк для собак Кость из жил» (a chew bone); Pedigree Dentastix (dental "
           "sticks, not bones), Winner «Лакомство для собак» (form not stated), TRIOL toy «Гантель», TiTBiT canned "
           "«Говядина по-строгановски для собак» and dog food excluded -- judgement: «косточки» read as bone-shaped chews"),
        ("сухой корм для мелких пород", {
            "pyaterochka": [],
            "magnit": ["635a090395"],
            "dixy": ["2000325848", "2000371058"],
            "perekrestok": [],
        }, "dry dog food for small breeds: Pedigree «для взрослых собак маленьких пород» 2.2 kg (outside knowledge: a 2.2 "
           "kg Pedigree bag is dry), Purina ONE Mini «сухой» (Mini = small breeds); wet Mini/small-breed pouches and "
           "pâtés (Purina ONE Мини 85 g, Pedigree паштет 80 g), dry food not stated for small breeds (Purina ONE "
           "«Непоседа»/«Уже взрослая», Pedigree for adult dogs, Perfect Fit for medium and large breeds) and Winner "
           "treats «для собак мелких пород» excluded -- this item replaced «шампунь для собак» (absent everywhere) after "
           "the offers were seen; the list is a dog owner's, so the dog is implied"),
    ]),
    # H07 a party (the third item replaced after seeing the offers, see README)
    ("пепси 2л 3 шт, начос, лимонад дюшес", [
        ("пепси 2л 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no Pepsi in a 2 l bottle; Пятёрочка «PEPSI DARK VANILLA» 0.5 l (other flavour and size), PepsiCo's "
           "Evervess Блэк Роял and other colas (Добрый, Черноголовка, Funky Monkey) are traps"),
        ("начос", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000265269"],
            "perekrestok": [],
        }, "corn tortilla chips sold as nachos (Дикси «Чипсы кукурузные Delicados Nachos с оливками и паприкой» -- no "
           "flavour was written); Зелёная Линия «Флайчипсы зерновые кукурузно-рисовые» are puffed grain crisps, not "
           "nachos, excluded"),
        ("лимонад дюшес", {
            "pyaterochka": [],
            "magnit": ["a1d6199329", "106d11f399", "a65ecc8048"],
            "dixy": [],
            "perekrestok": ["4327938", "53165", "4340330", "3625699"],
        }, "pear-flavoured Дюшес soft drinks of any brand and size (Добрый, Старые добрые традиции, Русский Дар, "
           "Черноголовка, Чудесное Далеко, Маркет, Пр!ст); other lemonades (Тархун, Байкал, Лимонад, Мандарин) excluded "
           "-- this item replaced «тарелки одноразовые» (absent everywhere) after the offers were seen"),
    ]),
    # H08 a cleaning day (the second item replaced after seeing the offers, see README)
    ("санокс\nмистер пропер для пола\nосвежитель воздуха лаванда", [
        ("санокс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no Санокс cleaner; the similarly named Sanfor/САНФОР products (gel «белизна», floor cleaner, drain "
           "cleaners) and other bathroom/plumbing cleaners (Cillit Bang, Synergetic, Grass) are traps -- a brand was "
           "written"),
        ("мистер пропер для пола", {
            "pyaterochka": [],
            "magnit": ["ae95ec9c5b", "cac8e32a0f", "494fcd17ad", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper floor (and wall) cleaning liquids of any scent; Mr. Proper universal spray and «Антижир» spray "
           "excluded (not for floors), as is MR.PROPER «Моющее средство Лимон/роза, 500мл» (purpose not stated); other floor cleaners (Sanfor, Grass, Synergetic, BioMio, Lysol) excluded (brand "
           "written)"),
        ("освежитель воздуха лаванда", {
            "pyaterochka": [],
            "magnit": ["d29ec4524b"],
            "dixy": [],
            "perekrestok": [],
        }, "air freshener with a lavender scent: Магнит СИМФОНИ «Лаванда/Грейпфрут» (an assortment title; accepted as the "
           "lavender variant is offered); other scents, Mr. Proper/Mr. Muscle «Лаванда» cleaners, Soffione lavender "
           "toilet paper and Ecl lavender bath foam excluded"),
    ]),
    # H09 a barbecue (the third item replaced after seeing the offers, see README)
    ("шашлык свиной маринованный 2кг, уголь березовый, хайнц шашлычный", [
        ("шашлык свиной маринованный 2кг", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "raw pork shashlik meat: Магнит «Шашлык свиной МИРАТОРГ Деликатесный, 1кг», Перекрёсток «Шашлык из свиной "
           "шейки охлаждённый» -- outside knowledge: both are sold marinated; Перекрёсток «Шашлык любительский» and «по-"
           "московски» (meat not stated), chicken shashlik «в кефире», shrimp shashlik, Черкизово «Свинина в маринаде "
           "по-французски» (not shashlik) and marinated pork ribs excluded; «2кг» is the quantity of a weighed good"),
        ("уголь березовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no barbecue charcoal; toothpastes «с древесным углем» / «Природный уголь» and foam «с активированным "
           "углем» are traps"),
        ("хайнц шашлычный", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225"],
            "perekrestok": ["4207051", "4157803", "4116848"],
        }, "Heinz ketchup for shashlik/grill («для гриля и шашлыка», «К шашлыку и грилю», «Гриль и шашлык», «укроп-петрушка "
           "для шашлыка»); other Heinz ketchups (томатный, острый, итальянский, с чесноком, Pikador), other brands' "
           "shashlik ketchups and Махеевъ «Маринад для шашлыка» excluded"),
    ]),
    # H10 a sick day
    ("лимоны 3 шт, мед липовый, бумажные платочки", [
        ("лимоны 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or packed; lemon juice, lemon-flavoured goods, olives «с лимоном» and lemon-scented "
           "cleaners excluded; «3 шт» is the quantity"),
        ("мед липовый", {
            "pyaterochka": [],
            "magnit": ["dadb78005d"],
            "dixy": [],
            "perekrestok": ["3687698", "4316603"],
        }, "lime-blossom honey (Башкирхан «Мед липовый», Маркет «липовый»); other honeys (цветочный, гречишный, акациевый, "
           "горный, майский, донниковый), крем-мёд and honey-flavoured goods excluded"),
        ("бумажные платочки", {
            "pyaterochka": ["2038405"],
            "magnit": ["d334b417e0", "4eeae27a4e", "c617dc083d", "860dac16d4", "e5066f2ca7", "0e3503aea4"],
            "dixy": [],
            "perekrestok": [],
        }, "paper handkerchiefs (Магнит «Платки бумажные», ZEWA «Платки носовые») and boxed facial tissues (ZEWA «Салфетки "
           "для лица», Пятёрочка «ZEWA Салф.бум.д/лица») -- judgement: facial tissues serve the same purpose; table "
           "napkins (Wellfort, Home Story «Салфетки бумажные»), wet wipes and toilet paper excluded"),
    ]),
    # H11 a breakfast run
    ("каша овсяная быстрого приготовления, йогурт питьевой персик, круасаны с шоколадом, яиц десяток", [
        ("каша овсяная быстрого приготовления", {
            "pyaterochka": [],
            "magnit": ["2123200142", "1000155179", "1000155178", "1000206048", "1000106287", "1000535160",
                       "1000026173", "1000026174"],
            "dixy": ["2000579452", "2000538758", "2000595591", "2000600674", "2000536417", "2000113479",
                     "2000604115"],
            "perekrestok": ["4130513", "4130515", "3453942", "3453945", "3453946", "3480286", "3480283", "3480284",
                            "3480288", "4312717", "4312718", "4043319", "23772", "2122914", "3503161"],
        }, "instant oat porridge: single-serve 35-41 g sachets and multi-packs (Геркулес, Моя цена, Магнит, Увелка, Makfa, "
           "Lava Lava, Первым делом, Мистраль, Пр!ст, Маркет «моментальная»), Быстров «без варки»/«Овсянка по-новому», and "
           "oat flakes explicitly titled «быстрого приготовления» or «1 минута»; plain oat flakes (incl. «№3», «3-5 мин», "
           "not titled quick), Myllyn Paras «Каша овсяная 500г» (flakes), Organic life «Каша овсяная» 240 g (not stated as "
           "instant), baby porridges (Агуша, Hipp, Nestle, Gipopo, Фрутоняня, Сады Придонья, Зелёная Линия «с 6 месяцев») "
           "and ready-cooked porridges (Шеф Перекрёсток) excluded"),
        ("йогурт питьевой персик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000600832"],
            "perekrestok": ["4319749", "4166345"],
        }, "drinking yoghurt whose only flavour is peach: Дикси «Йогурт питьевой Epos Персик», Перекрёсток Вкуснотеево «с "
           "персиком» 690 ml and Зелёная Линия «персик» 300 ml -- outside knowledge: yoghurts sold in ml bottles of "
           "these sizes are drinking yoghurts; multi-flavour drinks (персик-абрикос, яблоко-персик, дыня-манго-персик, с "
           "грушей и персиком -- as multi-fruit juices are excluded for a single-fruit juice) and spoonable peach "
           "yoghurts (Простоквашино, Epica, Савушкин, Neo, Зелёная Линия 250 g) excluded"),
        ("круасаны с шоколадом", {
            "pyaterochka": [],
            "magnit": ["872b08ccfa", "1060048500", "500db2728b", "82f52ab2a8"],
            "dixy": [],
            "perekrestok": ["78035105", "78035149"],
        }, "croissants with a chocolate filling: «с шоколадно-ореховой начинкой», 7 Days «с кремом какао» / «какао» / «Крем "
           "какао-ваниль» (judgement: cocoa cream is the chocolate filling of this brand), Перекрёсток «с тёмным шоколадом», "
           "«Круассан-куб Шоколад»; vanilla, cherry, condensed-milk, strawberry, almond, raspberry and mango croissants and "
           "7 DAYS cosmetics excluded"),
        ("яиц десяток", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, "chicken eggs of any category in packs of 10 («десяток» = packs of 10 only); 6/15/20/30 packs, quail eggs "
           "(Магнит Молодецкие 10 шт is a trap) and smoked quail eggs excluded"),
    ]),
    # H12 a baker (the fourth item replaced after seeing the offers, see README)
    ("разрыхлитель теста, сахарная пудра, маргарин для выпечки, ванильный сахар", [
        ("разрыхлитель теста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder (Dr.Bakers «Разрыхлитель теста»); baking soda and cake mixes («Смесь для выпечки») excluded"),
        ("сахарная пудра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "icing sugar (Магета «Сахарная пудра»); goods «в сахарной пудре» (corn sticks, cranberries, грильяж) and "
           "deodorants «пудры» excluded"),
        ("маргарин для выпечки", {
            "pyaterochka": [],
            "magnit": ["1000374189"],
            "dixy": [],
            "perekrestok": ["4275750"],
        }, "margarine titled «для выпечки» (Пышка 72%); Хозяюшка «сливочный» 60% margarine is not titled for baking and "
           "is excluded (judgement: the purpose was written and the chains sell a dedicated baking margarine)"),
        ("ванильный сахар", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar (Dr.Bakers «Сахар ванильный»); vanilla ice creams «в сахарном рожке», plain sugar and vanillin "
           "goods excluded -- this item replaced «бумага для выпечки» (absent everywhere) after the offers were seen"),
    ]),
    # H13 a man's hygiene
    ("зубная паста splat, шампунь пантин, одноразовые бритвы", [
        ("зубная паста splat", {
            "pyaterochka": [],
            "magnit": ["5c5da323dc", "964d902e56", "5fb3a6894f", "941096778d", "8c74c7a89c", "6aa3b9d65b",
                       "be146bf29a", "cb6a253762", "c0230164e2", "582435118c", "05bcdac370", "cd7248cfbd"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "SPLAT / СПЛАТ toothpastes of every line and size (Daily, Professional, Ликвум-гель, travel 40 ml, and the "
           "children's Kids/Junior/Juicy pastes -- a product word plus brand accepts every variant); SPLAT toothbrushes, "
           "mouthwashes and BioMio laundry capsules «(Сплат)» excluded"),
        ("шампунь пантин", {
            "pyaterochka": ["3246199", "2092382"],
            "magnit": ["f8c25f65b8", "7f892ebf2d", "720a86133e", "1aa7d7f342", "3876166198", "0efbec465d",
                       "b06f255d8e"],
            "dixy": [],
            "perekrestok": [],
        }, "Pantene / ПАНТИН shampoos of any line (incl. 3в1); Pantene conditioners/balms, sprays, serums and "
           "thickening treatments excluded"),
        ("одноразовые бритвы", {
            "pyaterochka": [],
            "magnit": ["41eb05fc96", "0f0e1710f2", "6997758160", "a2d5703fac", "ac7b9a9d6c", "bda8fa7ee4",
                       "4c19c071a4", "88072131b3"],
            "dixy": [],
            "perekrestok": [],
        }, "disposable razors (Gillette Blue Simple3, Zollider Force 2/3 «одноразовые»); system razors with cassettes "
           "(Gillette Mach3/Fusion, Venus, BIC Flex handle+cassettes, Dorco, Zollider Hybrid), replacement cassettes and "
           "the electric ВИТЕК razor excluded"),
    ]),
    # H14 cosmetics (the third item replaced after seeing the offers, see README)
    ("крем для лица нивея, тушь для ресниц, мицелярка гарнье, ватные палочки", [
        ("крем для лица нивея", {
            "pyaterochka": [],
            "magnit": ["0577e3114e", "4e8baaacb1", "f959c2912c", "d1adae61e0", "1251165a9b"],
            "dixy": [],
            "perekrestok": [],
        }, "NIVEA face creams (Кеа увлажняющий / для чувствительной кожи лица, антивозрастной, ночной, Мен); NIVEA "
           "«Универсальный увлажняющий» cream (not titled for the face), hyaluronic face gel, sheet mask, shaving cream, "
           "hand cream, shower gels «Крем …» and cream soap excluded"),
        ("тушь для ресниц", {
            "pyaterochka": [],
            "magnit": ["d8ca7d6431"],
            "dixy": [],
            "perekrestok": [],
        }, "mascara (Магнит «Тушь BOURJOIS Volume Glamour»); the stem «туш» in тушёнка/тушка/тушеная капуста is the trap"),
        ("мицелярка гарнье", {
            "pyaterochka": [],
            "magnit": ["59fcca430f", "5a5d9237b3", "d49aec0ad1", "ad7309e8b7", "a77b5c1046", "313e91a77c"],
            "dixy": [],
            "perekrestok": [],
        }, "Garnier micellar water of any variant (Чистая кожа, для всех типов кожи, с маслами, Витамин С, Гиалурон-алоэ, "
           "розовая); micellar waters of NIVEA, Dove, L'Oreal, Чёрный жемчуг, Dove micellar gel and Garnier sheet masks "
           "excluded -- this item replaced «жидкость для снятия лака» (absent everywhere) after the offers were seen"),
        ("ватные палочки", {
            "pyaterochka": [],
            "magnit": ["4d7c86340b", "079a66b298"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton buds (Я САМАЯ 300 шт and «д/макияжа» 200 шт); cotton pads («Диски ватные»), corn sticks «Палочки» and "
           "mozzarella «палочки» excluded"),
    ]),
    # H15 drinks
    ("сок рич апельсиновый, тоник швепс, минералка с газом 1.5л", [
        ("сок рич апельсиновый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice (Дикси «Сок Rich апельсиновый, 1 л»); other Rich juices and nectars (яблочный, томатный, "
           "вишнёвый, персиковый), Rich soft drinks «Мандарин», other orange juices (J7, Я) and orange juice drinks "
           "(Добрый Pulpy, Любимый) excluded (brand written)"),
        ("тоник швепс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no Schweppes; Rich «Индиан Тоник» / «Bitter», gin-tonic cocktails and facial toners «Тоник» are traps"),
        ("минералка с газом 1.5л", {
            "pyaterochka": [],
            "magnit": ["2132714cae", "9d46fc2eab"],
            "dixy": ["2000015389", "ЦТ0043947", "2000572194", "2000599872", "2000163846"],
            "perekrestok": ["88995", "74767", "3485716", "2083111", "2029732", "2075986"],
        }, "mineral water («минеральная») titled «газированная», 1.5 l, plus Ессентуки 1.5 l (outside knowledge: always "
           "sparkling); mineral waters whose gas is not stated (Аш-Тау Дикси, Славяновская, Кувака, Галерея источников "
           "№4/№17), still ones, other sizes and non-mineral drinking water «питьевая газированная» (Магнит, Святой "
           "Источник, Сенежская, Первым делом, Маркет, Пр!ст) excluded -- judgement: «минералка» read as mineral water"),
    ]),
    # H16 laundry
    ("гель для стирки персил колор, ленор кондиционер, пятновыводитель для белого", [
        ("гель для стирки персил колор", {
            "pyaterochka": [],
            "magnit": ["9906e11821", "977db1793a", "66bfaeda5d", "7d313765a5"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil Колор laundry gels of any size; Persil gels that are not Колор (Пауэр, Премиум, plain, «Свежесть от "
           "Вернель»), Persil Колор powders and Дуо-капс capsules (other forms) and other brands' colour gels excluded"),
        ("ленор кондиционер", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner (Пятёрочка «Кондиционер для белья Lenor, скандинавская весна, 2 л»); Ariel powder "
           "«Ленор фреш» (trap), Vernel, Synergetic, Е, Qualita, Магнит and hair conditioners excluded (brand written)"),
        ("пятновыводитель для белого", {
            "pyaterochka": [],
            "magnit": ["cb1117354a", "ac176ffbd4", "aa855b7d55"],
            "dixy": [],
            "perekrestok": [],
        }, "stain removers stated to be for white fabric: ACE «Отбеливатель-пятновыводитель Окси Мэджик Уайт», VANISH OXI "
           "ACTION «для цветного и белого белья», Synergetic «Пятновыводитель-отбеливатель для цветной и белой ткани»; "
           "Vanish Oxi Advance «для цветных тканей», Synergetic universal and pre-treatment stain removers (white not "
           "stated), plain bleaches (ACE гель, Synergetic отбеливатель) and Vanish carpet cleaners excluded"),
    ]),
    # H17 a dishwasher
    ("таблетки для посудомойки финиш, соль для посудомоечной машины, ополаскиватель для пмм", [
        ("таблетки для посудомойки финиш", {
            "pyaterochka": [],
            "magnit": ["aa9c917668", "b57c035dcb", "811d49bac8", "bf6352e294", "148c738f30", "cc12d9a881",
                       "129779f2b2", "bf2da7cbfb"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish / ФИНИШ dishwasher tablets of any line and count (0%, Powerball, All in 1, Quantum, Все в одном); the "
           "trap «Очиститель для посудомоечных машин FINISH в таблетках» (a machine cleaner), Finish powder, gel, salt "
           "and rinse aid, and Somat/Fairy/Synergetic/BioMio tablets excluded"),
        ("соль для посудомоечной машины", {
            "pyaterochka": [],
            "magnit": ["74b75044cd", "aac588012b", "d2ce997d5b"],
            "dixy": ["2000593731", "ЦТ0041788"],
            "perekrestok": ["77503", "3662962"],
        }, "dishwasher salt of any brand; Перекрёсток «Соль Finish специальная» / «Соль Сомат специальная» accepted on "
           "outside knowledge (these brands' salt is dishwasher salt); table/sea salt and bath salts excluded"),
        ("ополаскиватель для пмм", {
            "pyaterochka": [],
            "magnit": ["bdb86a04f0", "fd1c5bab5f"],
            "dixy": [],
            "perekrestok": ["4312190"],
        }, "dishwasher rinse aid (Somat, Finish «для посудомоечных машин»); mouthwashes, laundry «кондиционер-"
           "ополаскиватель», hair rinse «Бальзам-ополаскиватель» and dishwasher cleaners excluded"),
    ]),
    # H18 paper goods
    ("туалетная бумага трехслойная 12 рулонов, бумажные полотенца 2 рулона, мешки для мусора 120л", [
        ("туалетная бумага трехслойная 12 рулонов", {
            "pyaterochka": [],
            "magnit": ["939f14debe"],
            "dixy": [],
            "perekrestok": [],
        }, "3-ply toilet paper in a pack of 12 rolls (ZEWA Делюкс Ромашка 3-слойная 12 рулонов) -- judgement: «12 рулонов» "
           "names the pack as «сахар 1кг» did; 3-ply packs of 4/6/8 rolls, 2-ply 12-roll packs (Familia, ЗЕВА Плюс), 4-ply "
           "paper and wet toilet paper excluded"),
        ("бумажные полотенца 2 рулона", {
            "pyaterochka": [],
            "magnit": ["4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3"],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels in packs of 2 rolls (Papia Decor, Софт Люкс, ЗЕВА Премиум Декор, Soffione Дольче густо / Меню) -- "
           "judgement: «2 рулона» names the pack; Soffione Maxi 1 roll and ЗЕВА 4 rolls excluded, as are napkins and "
           "toilet paper"),
        ("мешки для мусора 120л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: the only bin bags are Магнит «Мешки для мусора … 60л» (size written: 120 l), excluded"),
    ]),
    # H19 tea with guests
    ("торт медовик, чай майский в пакетиках, рафаэлло, лимончик", [
        ("торт медовик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no Медовик cake; Перекрёсток «Пирожное Медовик домашний, 110г» and «Пирожное Топ Шеф Медовик, 90г» "
           "are single pastries, not a cake (trap), as is «Пирог Медовый венский»; other cakes excluded"),
        ("чай майский в пакетиках", {
            "pyaterochka": [],
            "magnit": ["75e99adff2", "245310ae46", "f48f2ca4d2", "6ef8a14558", "05c3ce571d", "c30034aa00"],
            "dixy": ["2000568232"],
            "perekrestok": ["3399714"],
        }, "Майский tea in bags of any flavour (plain, малина, чабрец-мята, смородина/мята, бергамот; Дикси «Сердце "
           "Цейлона 100х1,7 г» is bags); Майский loose-leaf tea «Корона Российской империи», Майский honey and the roll "
           "«Черемушки Майский» excluded"),
        ("рафаэлло", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1", "1a45f76949", "795afcfbc6", "3f687c59d0"],
            "dixy": ["DI00078416", "2000001754", "2000320701", "2000016072"],
            "perekrestok": ["2157344", "18162", "3163976", "40690", "2105827", "3604056"],
        }, "Raffaello sweets of any box size (incl. Дикси «Конфеты Raffaello Торт, 100 г», the same sweets in a cake-shaped "
           "box, and Магнит «Конфеты РАФФАЭЛЛО, Тортик, 200г»)"),
        ("лимончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "a fresh lemon (diminutive), loose or in 2-packs; lemon-flavoured goods excluded"),
    ]),
    # H20 a fish day
    ("печень трески 2 банки, филе минтая, сметанка 15%", [
        ("печень трески 2 банки", {
            "pyaterochka": [],
            "magnit": ["43e66c8a47"],
            "dixy": [],
            "perekrestok": [],
        }, "canned cod liver (Вкусные консервы «По-мурмански»); cod roe «Икра трески», cod fillet and cod pelmeni "
           "excluded; «2 банки» is the quantity"),
        ("филе минтая", {
            "pyaterochka": [],
            "magnit": ["b9c33693bc", "21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pollock fillet (Магнит «МИНТАЙ филе, полуфабрикат…», «Минтай МАГНИТ филе без кожи»); headless pollock "
           "carcasses (тушка), pollock mince, pollock roe and ready dishes excluded"),
        ("сметанка 15%", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                       "c90113311e", "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785",
                       "1000208902", "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                     "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "sour cream of exactly 15% (incl. lactose-free and «из топлёных сливок»); Пятёрочка РостАгроЭкспорт «пикантная, "
           "с чесноком» (a seasoned sour cream), other fat levels and chips/crackers «сметана и лук» excluded"),
    ]),
    # H21 a healthy-eating student
    ("тофу, миндальное молоко, хлебцы гречневые, авокадо 2 шт", [
        ("тофу", {
            "pyaterochka": [],
            "magnit": ["8000092760"],
            "dixy": [],
            "perekrestok": [],
        }, "tofu (Магнит «Сыр Тофу натуральный Россоя»)"),
        ("миндальное молоко", {
            "pyaterochka": [],
            "magnit": ["1000563165"],
            "dixy": ["2000595771", "2000544532", "2000411028"],
            "perekrestok": ["4156915", "4085201", "4345770", "4312743", "4312739", "4312740", "4322166", "4220001"],
        }, "almond plant drinks sold as almond milk (Nemoloko миндальный -- incl. Перекрёсток «на соевой основе», judged "
           "the same almond-flavoured product line --, Velle, Alpro/Planto Almond incl. Barista and no-sugar, Zinus, "
           "Зелёная Линия, 137 Degrees incl. «с нектаром кокосовых соцветий»); Planto soy drink «миндальный вкус "
           "карамель», Green Milk barley-chickpea drinks «с миндалем», HI «с миндалем» (base not stated), dairy drinks "
           "and E-on «Almond Rush» excluded"),
        ("хлебцы гречневые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000136520"],
            "perekrestok": [],
        }, "buckwheat crispbread (Dr.Korner «хрустящие гречневые»); crispbreads of other grains excluded"),
        ("авокадо 2 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360"],
        }, "fresh whole avocados, loose or packed (any pack; «2 шт» is the quantity); Перекрёсток «Авокадо свежий без "
           "косточки, 300г» (prepared flesh), avocado cosmetics, toys, sauces, curd cheeses and chips excluded"),
    ]),
    # H22 a baby's food
    ("смесь нутрилон 1, вода детская 5л, каша гречневая безмолочная", [
        ("смесь нутрилон 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no infant formula at all; goods titled «Смесь» (Maggi «На второе», Увелка «Дружба» rice-millet, "
           "salad and nut mixes, Хозяюшка «Смесь топленая») are traps"),
        ("вода детская 5л", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l bottles (ФрутоНяня «с рождения», Аквалайн «Для ляль для детского питания», "
           "Черноголовка Бэйби, Кидси Детская); children's water in 0.33/1.5/2.5 l (size written), ordinary 5 l water "
           "and Агуша «Вода и сок» excluded"),
        ("каша гречневая безмолочная", {
            "pyaterochka": [],
            "magnit": ["e0fa6db4be"],
            "dixy": ["2000291139"],
            "perekrestok": [],
        }, "dry milk-free buckwheat porridge (Флёр Альпин «Каша безмол гречневая», Nestle «безмолочная»); milk buckwheat "
           "porridges (Агуша, Фрутоняня, Nestle «с курагой, молочная»), Магнит instant «гречневая с грибами и луком» (not "
           "titled milk-free, an adult instant meal) and Перекрёсток's cooked buckwheat dish excluded"),
    ]),
    # H23 a hangover morning
    ("кефирчик литровый, алказельцер, бульонные кубики", [
        ("кефирчик литровый", {
            "pyaterochka": [],
            "magnit": ["1899911984"],
            "dixy": ["2000208649"],
            "perekrestok": ["2083868", "2084558", "3922310"],
        }, "kefir of any fat in 1 l / 1 kg / 1000 g packs -- judgement: «литровый» names the pack, so 900-970 g/ml packs "
           "are excluded as 900 g sugar was for «сахар 1кг» in set g; kefir products («биокефирный», «кефирный продукт», "
           "Bio Баланс) and kefir cocktails excluded"),
        ("алказельцер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no Alka-Seltzer or other pharmacy goods in the offers"),
        ("бульонные кубики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no bouillon cubes; Дикси «Бульон говяжий Роллтон Домашний, 90/100 г» is granulated bouillon in a bag "
           "(outside knowledge), excluded, as are mozzarella/mango/pineapple «кубики» and Перекрёсток «Мясо говяжье для "
           "бульона»"),
    ]),
    # H24 teenagers' snacks (the first item replaced after seeing the offers, see README)
    ("читос кетчуп, сникерсов пару, жвачку орбит", [
        ("читос кетчуп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000265100"],
            "perekrestok": ["3224542", "4179193"],
        }, "Cheetos corn snacks with ketchup flavour (Перекрёсток «Cheetos Кетчуп» snacks and sticks; Дикси «Cheetos "
           "Сыр/Кетчуп» is an assortment title, accepted as the ketchup variant is offered); Heinz and other ketchups "
           "(the trap), other snacks and Cheetos of other flavours excluded -- this item replaced «кириешки с беконом» "
           "(absent everywhere: no Кириешки and no bacon-flavoured snacks) after the offers were seen"),
        ("сникерсов пару", {
            "pyaterochka": ["3215964"],
            "magnit": ["9a1e6196ae"],
            "dixy": ["2000348756", "DI00078665", "2000189225"],
            "perekrestok": [],
        }, "Snickers chocolate bars of any variant and pack (Super, с миндалем, Пломбир bar, Minis packs); Snickers "
           "ice cream cone (Перекрёсток «Мороженое Snickers … рожок») excluded as an ice cream; «пару» is the quantity"),
        ("жвачку орбит", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000571151", "2000000606"],
            "perekrestok": ["4307329"],
        }, "Orbit chewing gum of any flavour; Dirol, Mentos, Wrigley's Spearmint / 5, Fresh life and Colgate «Вкус "
           "жвачки» toothpaste excluded (brand written)"),
    ]),
    # H25 the dacha (the second item replaced after seeing the offers, see README)
    ("спрей от комаров, цыпленка табака, сосиски для гриля, вода 5л 2 шт", [
        ("спрей от комаров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent: no mosquito repellent; Мистер Бруно «Капли репеллентные для собак», Раптор «Ловушка от пищевой моли» "
           "and hair/air-freshener sprays are traps"),
        ("цыпленка табака", {
            "pyaterochka": [],
            "magnit": ["1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "raw tabaka chicken (Петруха «в маринаде», СВОЯ «охлажденный»); whole broiler carcasses, other chicken parts and "
           "AIRWICK «Антитабак» excluded -- this item replaced «спичек пару коробков» (absent everywhere) after the "
           "offers were seen"),
        ("сосиски для гриля", {
            "pyaterochka": ["3631905"],
            "magnit": [],
            "dixy": ["2000577622"],
            "perekrestok": [],
        }, "sausages made for grilling: Папа может «ГРИЛЬ-МАСТЕР» and Дикси Папа Может «Сочный гиль» (a typo for «гриль»; "
           "judgement: the grill sausage line); ordinary boiled sausages (Баварские etc. not titled for the grill) and "
           "Хороший Кусок «Колбаски для жарки» (колбаски, not сосиски) excluded"),
        ("вода 5л 2 шт", {
            "pyaterochka": [],
            "magnit": ["c0d204fa30", "7f00277465", "daea15c2c5"],
            "dixy": ["2000337258", "2000264455", "2000145479", "2000311289", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "still drinking water in 5 l bottles of any brand, incl. children's water in 5 l (it is drinking water); 1.5/"
           "2/2.5 l and smaller bottles excluded (size written); «2 шт» is the quantity"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fh"))
