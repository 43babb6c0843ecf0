#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zx.jsonl -- shopping lists dictated by a relative over the phone, hand-labelled
against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zx.build.py

LISTS below is literal data: 25 household lists (3-4 items, 85 items) as typed to a Telegram bot after a
relative dictated them by phone (vague names, half-remembered brands and details, «пару», «штуки три»,
«грамм 300», «как в прошлый раз», «не бери дорогой»), and for every item the product ids of every store
that a reasonable shopper would accept.  The texts are byte-identical to fresh_basket_eval_zx.blind_lists.txt,
written before any offer was read.  Candidate titles were grepped broadly in real_offers.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; every
title matching an item's stem that was not accepted was listed and read again.  The note of each item
records what was accepted, what was deliberately left out and any judgement resting on outside knowledge.
An empty list means the store has nothing acceptable (the item is "missing" there).  Nothing of the tool
being evaluated was read.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the
list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzx01,
fzx02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zx.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1
    ('молоко пару пакетов 2.5 как в прошлый раз, хлеб черный какой нибудь, яйца десяток не бери дорогие', [
        ('молоко пару пакетов 2.5 как в прошлый раз', {
            'pyaterochka': ["3645808"],
            'magnit': ["a28bae784b"],
            'dixy': [],
            'perekrestok': ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% (pasteurised/UHT/sterilised, children's milk incl. Сарафаново детское, any pack size incl. 0.2 l Вкуснотеево); 1.5/3.2/3.5%, ranges 3.4-6, топлёное, goat, lactose-free of other fat, Petmol Barista, condensed milk excluded; «пару пакетов» is a quantity, «как в прошлый раз» a remark"),
        ('хлеб черный какой нибудь', {
            'pyaterochka': ["3500217", "3372334", "3480920", "3455615", "3455614"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'rye and rye-wheat loaves: Даниловский (Коломенское, ржано-пшеничный), Хлеб Ржано-пшеничный Даниловский, Марьин заварной (Хлебный дом; outside knowledge: a dark rye-wheat custard bread), Ржаной Край зерновой and «Хреб Ржаной Край» (title typo); crispbreads (Щедрые «бородинские», Образ жизни ржано-пшеничные), rye croutons/сухарики, rye flour, Батон, Мясной дом Бородина goods excluded; no loaf in Магнит, Дикси, Перекрёсток'),
        ('яйца десяток не бери дорогие', {
            'pyaterochka': ["3446505", "3620510"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, 'chicken eggs in packs of 10, any class (С0/СО/С1/отборные); packs of 6 (Волжанин) and 20 (Лето), quail eggs, Kinder eggs, mayonnaise «на перепелиных яйцах» excluded; «не бери дорогие» is a wish'),
    ]),
    # L2
    ('масло сливочное крестьянское кажется 72, сметанка грамм 300 жирная, батон нарезной который в нарезке, чай черный', [
        ('масло сливочное крестьянское кажется 72', {
            'pyaterochka': ["3658095"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'butter of 72.5% (the fat of «Крестьянское»; outside knowledge) — Брест-Литовск 72,5%; no title says «Крестьянское»; 82/82.5% butter, Экомилк chocolate butter 62% excluded; «кажется» hedges the fat but 72.5 is exactly what Крестьянское is, so it is required'),
        ('сметанка грамм 300 жирная', {
            'pyaterochka': ["3664287"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4314537", "3478958", "3444929", "4262694", "3664287", "3665625", "4217906", "4121609", "3651188", "58101", "3293409", "4349770", "3634033"],
        }, '«жирная» taken as sour cream of 20% or more (20, 25, 30%, incl. lactose-free Parmalat 20%); 10/15% sour cream, sour-cream-flavoured chips/croutons, сметанный sauce, cakes excluded; «грамм 300» is an amount, not a pack filter'),
        ('батон нарезной который в нарезке', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["3974714"],
        }, 'батон нарезной that is sold sliced — only Перекрёсток «Батон Нарезной нарезка»; Пятёрочка «Батон Звездный нар» (not stated as sliced) and all chocolate/protein «батончики» excluded'),
        ('чай черный', {
            'pyaterochka': ["4022854", "4002510", "3650482", "3440336", "3682587", "3608792", "3998702", "3378327", "3662837", "4062548", "3950803", "3628990", "3620106", "3665387", "3635756", "3634052", "2042286", "3464992", "3378336", "3424384", "4079110", "3418513", "3483632", "3499718", "3446638", "3472459", "3439925", "3649730", "3636930", "3639871", "3639873", "3600180", "3452991", "4085553", "3600100", "3971162", "3971163", "3948819", "3948818", "3981152", "3948128", "3378319", "11200", "3470341", "3694768", "3489539", "3378317", "3473068", "3691655", "3489553", "3472456", "3450276", "3469500", "3689577", "4042419", "2070472", "3380948", "15545", "30719", "15492", "15495", "3399714"],
            'magnit': ["3784399dbf", "204561", "159991", "112311", "109361", "199261", "199201", "111701", "168251", "213601", "a37d9d8522", "217b3d7466", "206041"],
            'dixy': [],
            'perekrestok': ["4199284"],
        }, 'black tea of any kind and form (bags, loose, flavoured black incl. Earl Grey/бергамот, чабрец, fruit-flavoured black), titles with «черный»/«чер.»/«черн.»; outside knowledge accepts black teas whose title has no colour: Lipton Earl Grey, Twinings Earl Grey/English Breakfast/Для завтрака, Ahmad Английский №1, Greenfield Spring Melody (Спринг Мелоди / СПР.МЕЛ), Принцесса Канди цейлонский, Майский смородина с мятой; green tea, oolong, herbal/hibiscus/иван-чай/мате, RTD iced tea (Lipton, Fuse Tea, Nestea, Нести), Tess Pina Colada and Бета «Елка с Медвежатами» (colour not stated), Dessert Tea Collection excluded'),
    ]),
    # L3
    ('колбаса докторская грамм 300, сыр российский кусочек, огурчики маринованные баночку, горошек зеленый банку', [
        ('колбаса докторская грамм 300', {
            'pyaterochka': ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, 'every Докторская boiled sausage (any brand, weight, «категории А», по ГОСТ, Мясное колбасное изделие «Докторская»); Докторские сосиски and сардельки excluded; «грамм 300» is an amount'),
        ('сыр российский кусочек', {
            'pyaterochka': ["4046889"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["3668842"],
        }, 'cheese named Российский (Зелёная Линия нарезка 50%, Брест-Литовск российский 50%); Российский chocolate/cognac/шампанское and сервелат российский excluded'),
        ('огурчики маринованные баночку', {
            'pyaterochka': ["2147768", "3952588"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'marinated cucumbers: СК.САМОБР. «Огурчики маринов.» and Дядя Ваня «Огурцы Пикули Одесские» (outside knowledge: пикули are marinated); соленые/бочковые cucumbers (Меленъ, Корнишоны соленые, Маркет бочковые, Глобус Старорусские), fresh cucumbers incl. «Огурцы корнишоны, 300г», the черри+корнишоны assortment excluded'),
        ('горошек зеленый банку', {
            'pyaterochka': ["4043589"],
            'magnit': ["203021", "213651", "111581"],
            'dixy': [],
            'perekrestok': ["82254", "41891", "27460", "4273266", "4345766"],
        }, 'canned green peas (Globus, Bonduelle/Бондюэль, 6 соток, Знак Заботы, Маркет, «молодой Горошек»); «банку» names the can, frozen peas would be excluded (none found)'),
    ]),
    # L4
    ('сосиски молочные штук 10, макароны рожки помельче, кетчуп не острый', [
        ('сосиски молочные штук 10', {
            'pyaterochka': ["3642007"],
            'magnit': ["112421", "213611"],
            'dixy': [],
            'perekrestok': [],
        }, 'sausages named «Молочные» (Магнит Сосиски Молочные 0.33/0.65 kg, Велком молочные); Сливочные, Детям, «с натуральными сливками», Баварские, Венские, Докторские etc. excluded; «штук 10» is a quantity'),
        ('макароны рожки помельче', {
            'pyaterochka': ["4008046"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'horn-shaped pasta: only Пятёрочка «Витой рожок»; «помельче» is a wish (no size filter applied); spirals, feathers, shells, spaghetti, vermicelli and ice cream «в рожке» excluded'),
        ('кетчуп не острый', {
            'pyaterochka': ["4066625", "4066624", "3383950", "3625404", "3610602", "4044938", "3673189", "4086400"],
            'magnit': ["213621", "203141"],
            'dixy': [],
            'perekrestok': [],
        }, 'ketchups that are not hot: tomato ketchups of any brand (Mr.Ricco Pomodoro incl. «чесн.», Слобода томатный, Астория душистый/пряный, Restoria, Calve с помидорами черри, Махеевъ томатный, Heinz Томатный); Чили, шашлычный (outside knowledge: шашлычный ketchups are spiced with hot pepper) and Heinz «томат. с горч.» (mustard heat) excluded, and Читос «кетчуп/сыр» corn sticks'),
    ]),
    # L5
    ('гречка пачки две, тушенка говяжья баночки три, лук репчатый кило', [
        ('гречка пачки две', {
            'pyaterochka': [],
            'magnit': ["203081"],
            'dixy': [],
            'perekrestok': [],
        }, 'buckwheat groats — Prosto «Крупа Гречневая»; buckwheat flakes, noodles, ready porridge, Prosto «Рис и греча» mix, baby cereal excluded; «пачки две» is a quantity'),
        ('тушенка говяжья баночки три', {
            'pyaterochka': ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            'magnit': ["111741"],
            'dixy': [],
            'perekrestok': [],
        }, 'canned stewed beef (говядина тушёная: Русь Экстра, Семейный Бюджет, Великолукский, АК СНОВ, Барс, Лужская марка, Любимый дом «туш.»); свинина тушёная, оленина, мясо цыпленка, pet food excluded; «баночки три» is a quantity'),
        ('лук репчатый кило', {
            'pyaterochka': [],
            'magnit': ["168721"],
            'dixy': [],
            'perekrestok': ["79135", "79012"],
        }, 'onion titled «репчатый» (Магнит репчатый красный, Перекрёсток репчатый белый and красный); Ялтинский, шалот, «Лук Светофор» mix, салатный, green onion and onion-flavoured snacks excluded; no plain yellow onion is offered'),
    ]),
    # L6
    ('картошка кило 3, морковку штуки три, капуста белокочанная кочан небольшой, свеклу пару штук', [
        ('картошка кило 3', {
            'pyaterochka': [],
            'magnit': ["168701", "107511", "168671", "109571", "199751"],
            'dixy': ["72aaa021b7"],
            'perekrestok': ["3646068", "2099571"],
        }, 'fresh raw potatoes of any kind (мытый, красный, для варки/жарки, Новый урожай, молодой); chips, хрустящий картофель, starch, salads, vareniki excluded; «кило 3» is an amount'),
        ('морковку штуки три', {
            'pyaterochka': [],
            'magnit': ["199761"],
            'dixy': [],
            'perekrestok': ["52112"],
        }, 'fresh carrots (Морковь мытая); Korean-style carrot salads, Leor «Морковь пикантная с баклажанами», juices, purées excluded'),
        ('капуста белокочанная кочан небольшой', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ["4738b3129c"],
            'perekrestok': [],
        }, 'white cabbage (Дикси Капуста белокочанная ранняя); sauerkraut, Chinese cabbage, broccoli, cauliflower salad excluded; «кочан небольшой» is a wish'),
        ('свеклу пару штук', {
            'pyaterochka': [],
            'magnit': ["168801"],
            'dixy': [],
            'perekrestok': ["19768"],
        }, 'raw beetroot (Свекла мытая); beet salads and juices excluded'),
    ]),
    # L7
    ('чай липтон желтый в пакетиках, сахара кило, печенье юбилейное с глазурью вроде, лимон один', [
        ('чай липтон желтый в пакетиках', {
            'pyaterochka': ["11200"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Lipton Yellow Label in bags (Пятёрочка 100х2г); Lipton Earl Grey, Lipton «Баланс и спокойствие», green Lipton and Lipton iced tea excluded'),
        ('сахара кило', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'white granulated sugar — none offered; Магнит «Сахар белый прессованный» (cubes), cane sugar Демерара and icing sugar excluded (a kilo of sugar means granulated sugar); missing everywhere'),
        ('печенье юбилейное с глазурью вроде', {
            'pyaterochka': ["4027701", "4027703"],
            'magnit': ["723991a07f", "199331"],
            'dixy': [],
            'perekrestok': ["4371424"],
        }, 'Юбилейное cookies with glaze (витаминизированное с глазурью, молочное с глазурью, Ореховое с глазурью); unglazed Юбилейное (традиционное, овсяное, постное, клюква, черника, земляничное, со вкусом шоколада, цельнозерновое) and мини-кексы Юбилейное excluded — the half-remembered «с глазурью вроде» is still taken as the variety written'),
        ('лимон один', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'fresh lemons — none offered; lemon-flavoured goods, lemonade, citric acid excluded; missing everywhere'),
    ]),
    # L8
    ('кофе якобс монарх или как его, сливки для кофе маленькие, зефир бело-розовый какой нибудь', [
        ('кофе якобс монарх или как его', {
            'pyaterochka': ["3372172", "3607729", "3607723", "3608097", "3607740", "3488345"],
            'magnit': ["ac8c4bac09", "4bac1ba15f", "042657fbf1", "205121", "106231"],
            'dixy': [],
            'perekrestok': [],
        }, 'any Jacobs Monarch / MONARCH coffee in any form (instant/сублимированный, beans, ground, Intense, Asian Selection, Lungo capsules) — «или как его» keeps the form open; Jacobs Gold, Millicano, Velour, Crema, Barista excluded'),
        ('сливки для кофе маленькие', {
            'pyaterochka': [],
            'magnit': ["c02145f904"],
            'dixy': [],
            'perekrestok': [],
        }, 'small pack of drinking cream: Домик в деревне 20% 200 г; 480–950 g/ml packs excluded as not «маленькие»; dry creamer Mr. Сливкин, Сопьо Крима (non-dairy), coffee «Ирландские сливки», cream-containing foods excluded; «для кофе» is a purpose, not a fat filter'),
        ('зефир бело-розовый какой нибудь', {
            'pyaterochka': ["3489477", "3981251", "3907943"],
            'magnit': ["b0da381628", "112451"],
            'dixy': [],
            'perekrestok': [],
        }, 'plain (unglazed) zephyr of any flavour — «бело-розовый какой нибудь» read as classic non-chocolate зефир: Сладкие истории с клубникой, Immuno смузи, Белевский антоновский / «Зефирное детство» / черносмородиновый; glazed or chocolate zephyr (Шарлиз глазированный, Вдохновение в тем.шок., Белевский «гл.», «в шоколадной глазури») and LOVE IS marshmallow excluded'),
    ]),
    # L9
    ('курицу целую не очень большую, рис круглый для плова, чеснок головки две', [
        ('курицу целую не очень большую', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ["4cc1fb4741"],
            'perekrestok': ["3153446", "4068157", "4312266", "4252168"],
        }, 'whole raw chicken: тушка цыпленка 1 сорт (incl. An-noor Халяль, Петелинка), Дикси «Цыпленок-бройлер охлажденный» (judged whole bird), Зелёная Линия «Цыпленок корнишон» (a small whole chicken, fits «не очень большую»); утёнок, chicken parts and fillets, fish/squid «тушка», ready meals excluded'),
        ('рис круглый для плова', {
            'pyaterochka': ["3483037"],
            'magnit': ["106651", "106021", "199371", "106641"],
            'dixy': [],
            'perekrestok': [],
        }, 'round-grain rice: Увелка Краснодарский круглый, Мистраль «для плова традиционный круглый» (and the same product МИСТР. «Рис для плова традиц.» in Пятёрочка), Националь Адриатика and Мистраль Кубань (outside knowledge: both round-grain); long-grain, basmati, jasmine, brown, Девзира, Националь «для плова» and Global Village «для плова» (grain not stated) excluded — the written «круглый» wins over «для плова»'),
        ('чеснок головки две', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["17662"],
        }, 'fresh garlic heads (Чеснок, 3шт); ФЭГ salted garlic, dried/granulated garlic, garlic-flavoured goods excluded'),
    ]),
    # L10
    ('фарш свино-говяжий полкило, батон белый какой есть, майонез провансаль не бери дорогой', [
        ('фарш свино-говяжий полкило', {
            'pyaterochka': ["3673806", "3205754"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'pork-and-beef mince: Мираторг свино-говяжий домашний and Самсон «Фарш ДОМАШНИЙ» (outside knowledge: фарш домашний = pork+beef); pork-only, beef-only, turkey, chicken (Петелинка Премиум), Ближние горки «Деревенский» (composition not stated) and stuffed olives excluded'),
        ('батон белый какой есть', {
            'pyaterochka': ["3985404"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["3974714"],
        }, 'any white loaf «батон» (Перекрёсток Батон Нарезной, Пятёрочка Батон «Звездный»); «батончики» excluded'),
        ('майонез провансаль не бери дорогой', {
            'pyaterochka': ["3982578", "3355228", "3355242", "3193489"],
            'magnit': ["204681"],
            'dixy': [],
            'perekrestok': ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313", "4105769"],
        }, 'mayonnaise of the Провансаль variety, any brand/size/fat incl. «Провансаль оливковый», «Московский Провансаль» classic/olive, РЯБА «ПРОВАНС.ОЛИВК.» and Пятёрочка «Слобода 67% 800 мл» (same id as Перекрёсток «Слобода Провансаль 67%, 800мл»); оливковый/классический/домашний mayonnaise without Провансаль and «на перепелиных яйцах» (incl. МОС.ПРОВАНС. brand line) excluded; «не бери дорогой» is a wish'),
    ]),
    # L11
    ('творог 5 процентов пачки две, сметану 15 процентов, кефир простой литр', [
        ('творог 5 процентов пачки две', {
            'pyaterochka': ["3617778"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4216657"],
        }, 'plain cottage cheese of exactly 5% (Молочный знак 5%, Село Зелёное 5%); 0.5% (matched «5%»), 9%, Домик в деревне мягкий 5,5%, grainy/flavoured curd, curd desserts, творожный сыр excluded'),
        ('сметану 15 процентов', {
            'pyaterochka': ["3665624"],
            'magnit': ["de14617e33", "199001"],
            'dixy': [],
            'perekrestok': ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, 'sour cream of exactly 15%, any brand incl. lactose-free; 10/20/25/30%, sour-cream-flavoured snacks and сметанный sauce excluded'),
        ('кефир простой литр', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'plain kefir — no kefir at all is offered; missing everywhere'),
    ]),
    # L12
    ('пельмени сибирская коллекция грамм 800 кажется, сметанку 20, хлеб бородинский с тмином', [
        ('пельмени сибирская коллекция грамм 800 кажется', {
            'pyaterochka': ["3693417", "3693418", "3693405", "3671957"],
            'magnit': ["111711", "4907605c6d"],
            'dixy': ["862d82ab40"],
            'perekrestok': [],
        }, 'all Сибирская коллекция pelmeni (Особые на сливках 800 г, Сочные, Фирменные incl. «SИБИРСКАЯ» spelling, Новосибирские, 4 вида мяса) — «грамм 800 кажется» is a hedged pack size, not a filter; other brands, Сибирская коллекция блинчики excluded'),
        ('сметанку 20', {
            'pyaterochka': ["3664287"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101", "3293409", "4349770"],
        }, 'sour cream of exactly 20%, any brand incl. lactose-free; 15/25/30% excluded'),
        ('хлеб бородинский с тмином', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Borodinsky rye bread — none offered (outside knowledge: Бородинский is made with coriander, «с тмином» is a half-right detail and would not have been a filter); Щедрые «Хлебцы тонкие бородинские» (crispbread), Колбаса Бородинская and Мясной дом Бородина excluded; missing everywhere'),
    ]),
    # L13
    ('минтай мороженый, гречку ядрицу, огурцы свежие штуки три, кетчуп хайнс томатный', [
        ('минтай мороженый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4350401"],
        }, 'frozen pollock: Минтай филе без кожи замороженный; nothing else with минтай is offered'),
        ('гречку ядрицу', {
            'pyaterochka': [],
            'magnit': ["203081"],
            'dixy': [],
            'perekrestok': [],
        }, 'buckwheat groats ядрица: Prosto «Крупа Гречневая» (outside knowledge: plain крупа гречневая is ядрица unless labelled продел); flakes, noodles, porridge, mixes excluded'),
        ('огурцы свежие штуки три', {
            'pyaterochka': [],
            'magnit': ["200221", "169161"],
            'dixy': [],
            'perekrestok': ["4391463", "3682401", "3368258"],
        }, 'fresh cucumbers of any kind (короткоплодные, среднеплодные, Ботаника, Хрустящие, fresh корнишоны); salted and marinated cucumbers excluded'),
        ('кетчуп хайнс томатный', {
            'pyaterochka': ["4086400"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Heinz ketchup of the Томатный variety (Пятёрочка «Томатный кетчуп Heinz 342г»); Heinz «томат. с горч.» (a different variety), Heinz sauces/mayonnaise/tomato paste and tomato ketchups of other brands excluded'),
    ]),
    # L14
    ('йогурт активиа клубника штук 4, бананы связку, яблоки зеленые кило', [
        ('йогурт активиа клубника штук 4', {
            'pyaterochka': ["4045357", "4035473"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Activia strawberry yoghurt: Активиа «с клубникой, яблоком и питахайей» and «с клубникой и земляникой» (strawberry leading); Активиа with strawberry only as a minor fruit («с яблоком, клубникой и черникой», «с дыней, клубникой и земляникой»), other Activia flavours and other brands excluded'),
        ('бананы связку', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4208494", "3757", "4112219", "3639749"],
        }, 'fresh bananas (Бананы, фасованные, мини, Organic); dried bananas, banana drinks/purées excluded; «связку» is a quantity'),
        ('яблоки зеленые кило', {
            'pyaterochka': [],
            'magnit': ["200671"],
            'dixy': [],
            'perekrestok': [],
        }, 'green apples: Гренни Смит (outside knowledge: a green variety); red, Гала, Медовый хруст, Ред Делишес, «сезонные» (colour not stated), juices excluded'),
    ]),
    # L15
    ('гель для стирки персил как в прошлый раз, туалетную бумагу рулонов 8, губки для посуды штук 5', [
        ('гель для стирки персил как в прошлый раз', {
            'pyaterochka': ["3923579", "3923578", "3977826", "3929851", "3929849"],
            'magnit': ["105851", "109221", "204431"],
            'dixy': [],
            'perekrestok': [],
        }, 'Persil laundry gel (Color 1.3 l/20/40 стирок, Power gel Vernel, Premium, Sensitive, Premium Color); capsules (Duo-caps, Капс) and powders excluded; «как в прошлый раз» is a remark'),
        ('туалетную бумагу рулонов 8', {
            'pyaterochka': ["3449118", "3900558"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'toilet paper in packs of 8 rolls (Papia 3-ply, Zewa Just 1 4-ply); 12-roll packs excluded'),
        ('губки для посуды штук 5', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'dish sponges — none offered; missing everywhere'),
    ]),
    # L16
    ('масло подсолнечное нерафинированное пахучее, мука для пирога высший сорт, дрожжи сухие пакетика 2, ванилин пакетик', [
        ('масло подсолнечное нерафинированное пахучее', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'unrefined sunflower oil — none offered; refined sunflower oils, ALMADOR flavoured sunflower oil (refinement not stated), unrefined olive oil excluded; missing everywhere'),
        ('мука для пирога высший сорт', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["2003107", "8065", "91304"],
        }, 'wheat flour of the highest grade (Makfa пшеничная высшего сорта 1 кг, Makfa высшего сорта 2 кг, Пышечка хлебопекарная высшего сорта); «Мука Пшеничная 2кг» (grade not stated), Рязаночка Экстра and wholegrain, durum «крупка», rye and rice flour excluded; «для пирога» is a purpose'),
        ('дрожжи сухие пакетика 2', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["17366"],
        }, 'dry yeast (Саф-Момент 11 г); frozen dough excluded; «пакетика 2» is a quantity'),
        ('ванилин пакетик', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'vanillin — none offered; vanilla-flavoured foods excluded (vanilla sugar would have been excluded too); missing everywhere'),
    ]),
    # L17
    ('селедка в масле баночку, картошку молодую грамм 500, укропа пучочек, квас очаковский полторашку', [
        ('селедка в масле баночку', {
            'pyaterochka': ["4043492", "3603143", "3682728", "3626055", "3497722"],
            'magnit': ["29793287b9", "ee295ae8a7", "3068665d37", "112371", "8f5e5b9485"],
            'dixy': [],
            'perekrestok': ["4364448", "4056953", "3621742", "3497722", "79542", "79544", "4360965", "4034451", "4367699", "4367712", "4147685", "4225103"],
        }, 'herring fillet/pieces in oil, any brand (incl. «с луком», «с укропом», «в/мас», Матиас in oil, Пятёрочка САН.БР. Матиас XXL = Перекрёсток id «в масле»); herring in brine/wine sauce/spices, «под шубой», whole herring, Исландка and other herring without «в масле», Тесей Царская «с укропом» (oil not stated) excluded; «баночку» fits the tubs'),
        ('картошку молодую грамм 500', {
            'pyaterochka': [],
            'magnit': ["168701"],
            'dixy': ["72aaa021b7"],
            'perekrestok': [],
        }, "young potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (new-crop potatoes; judgement); ordinary washed potatoes and Lay's «со вкусом молодого картофеля» excluded"),
        ('укропа пучочек', {
            'pyaterochka': [],
            'magnit': ["109841"],
            'dixy': [],
            'perekrestok': ["4295468"],
        }, 'fresh dill bunches/packs (Укроп 100 г, Маркет Fresh укроп зелёный); dried dill and herb mixes excluded'),
        ('квас очаковский полторашку', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Очаковский kvass — no kvass offered; missing everywhere'),
    ]),
    # L18
    ('колбаска копченая сервелат, сырки плавленые дружба штуки три, хлеб для тостов квадратный', [
        ('колбаска копченая сервелат', {
            'pyaterochka': ["3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4064566", "4135604", "4217621"],
        }, 'every сервелат (all offered are варено-копчёные = копчёная): Бахрушинъ, Ближние горки, Стародворье, Мираторг, Останкино, Папа Может, Кремлёвский, Дымов, Клинский, Рублёвский, «Сервелат» кат. А'),
        ('сырки плавленые дружба штуки три', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ["6b7105d28a"],
            'perekrestok': [],
        }, 'processed cheese Дружба (Дикси «Сыр плавленый Дружба Карат 55%, 400 г» tub; «сырки» and «штуки три» not a pack filter); Рот-Фронт halva «ДРУЖБА» excluded'),
        ('хлеб для тостов квадратный', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'toast bread — none offered; ham «для тостов», Hochland «тост» cheese slices excluded; missing everywhere'),
    ]),
    # L19
    ('молоко простоквашино 3.2 литр, творожок детский агуша, геркулес овсянку долгую', [
        ('молоко простоквашино 3.2 литр', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["e2d5d93f2a"],
        }, 'Простоквашино milk 3.2% in a ~1 l pack (ультрапастеризованное 950 мл); the 1.4 l pack (size «литр» respected), Простоквашино топлёное 3.2% (a different product), other fat levels excluded'),
        ('творожок детский агуша', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Агуша curd — none offered; Агуша milk, juices, purées, ряженка excluded; missing everywhere'),
        ('геркулес овсянку долгую', {
            'pyaterochka': ["4027131", "3472901"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'rolled oats for cooking: Клинские «Геркулес» and Увелка «Хлопья зерн.овсян.трад.» (traditional = long-cooking flakes; outside knowledge: «геркулес» is the common name for such flakes); instant porridge «быстров. без варки», oat drinks/cookies/bran excluded'),
    ]),
    # L20
    ('пиво жигулевское для деда банки 4, семечки от мартина большую пачку, рыбку сушеную', [
        ('пиво жигулевское для деда банки 4', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Жигулёвское beer — none offered; missing everywhere'),
        ('семечки от мартина большую пачку', {
            'pyaterochka': ["3669122", "3403508", "3630849"],
            'magnit': ["1000229533"],
            'dixy': [],
            'perekrestok': [],
        }, 'От Мартина sunflower seeds (отборные, морская соль, черн.обж.сол., особые) — all offered packs are 200 g, the largest offered, accepted as «большую пачку»; От Мартина peanuts and pumpkin seeds excluded'),
        ('рыбку сушеную', {
            'pyaterochka': [],
            'magnit': ["705f039ea0", "4ce84def29"],
            'dixy': [],
            'perekrestok': [],
        }, 'dried/cured fish snacks: вобла вяленая соломка, BEERKA тунец сушено-вяленый; squid (not fish), hot-smoked сардина, dried fruit, cured sausages excluded'),
    ]),
    # L21
    ('шоколадку аленку, конфеты птичье молоко коробку, торт какой нибудь недорогой, вафли артек пару пачек', [
        ('шоколадку аленку', {
            'pyaterochka': ["3426468", "3601839"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Алёнка milk chocolate bars (200 г, 15 г); Алёнка confectionery gift sets excluded'),
        ('конфеты птичье молоко коробку', {
            'pyaterochka': ["3291332"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Птичье молоко candies (Рот Фронт «настоящее» 225 г, boxed); nothing else offered'),
        ('торт какой нибудь недорогой', {
            'pyaterochka': ["3695494", "3355932", "4047688", "3414746", "3641000", "3609745", "4475", "3695437", "3982417", "30953"],
            'magnit': ["8180a48de3", "ebea82fe42"],
            'dixy': [],
            'perekrestok': ["4325083", "4325084", "4346400", "4346907", "4297023", "4348437", "4155324", "4188555", "4174636", "4328759", "4341676", "4330852", "4047963", "4350092", "3002948", "4295622", "4323561", "3609745", "4298275", "3437011", "3466436"],
        }, 'any whole cake «торт» (incl. wafer cake Бабаевская «Белочка»); single-portion pieces (Медовик 70г/шт, Прага 60г/шт, «Птичка Прохорова» 65г/шт), cake-mix kit «Печем дома», вафельные «Тортики Отломи», коржи, «Тортимилка» dessert, tortillas excluded; «недорогой» is a wish'),
        ('вафли артек пару пачек', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Артек wafers — none offered; missing everywhere'),
    ]),
    # L22
    ('сок добрый яблочный литра 2, ессентуки 4 бутылочку, воды 5 литров, сушек с маком грамм 300', [
        ('сок добрый яблочный литра 2', {
            'pyaterochka': [],
            'magnit': ["0f2cae24db"],
            'dixy': [],
            'perekrestok': [],
        }, 'Добрый apple juice (Магнит 0.3 l); Добрый nectars incl. «деревенские/фермерские яблочки» 1.45–2 l (nectar, not juice), apple mixes, Добрый soft drinks excluded; «литра 2» is an amount'),
        ('ессентуки 4 бутылочку', {
            'pyaterochka': ["3977405", "3977407"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["3977405"],
        }, 'Ессентуки №4 (0.45 l glass, 1 l PET); Ессентуки №17, Заповедник здоровья «Вода №4» (Essentuki not named in the title) and other mineral waters excluded'),
        ('воды 5 литров', {
            'pyaterochka': ["3608729", "3635131"],
            'magnit': ["e8574e2cda"],
            'dixy': [],
            'perekrestok': ["3503711"],
        }, 'drinking water in 5 l bottles (Малаховская №1 5 л, Черноголовская Honey kid 5 л, Аквалайн «Для ляль» 5 л, Архыз Легенда Гор 5 л); smaller bottles excluded — «5 литров» names the bottle'),
        ('сушек с маком грамм 300', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'сушки with poppy seeds — none offered; Пятёрочка «Баранки с маком» (bigger, softer product) and vanilla mini-сушки excluded; missing everywhere'),
    ]),
    # L23
    ('мыло детское кусковое, зубная паста жемчуг, шампунь чистая линия для всех типов', [
        ('мыло детское кусковое', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "children's bar soap — none offered; adult bar soaps (Camay, Safeguard, Fax), liquid soap, baby oil excluded; missing everywhere"),
        ('зубная паста жемчуг', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Жемчуг toothpaste — none offered; Чёрный Жемчуг face cream excluded; missing everywhere'),
        ('шампунь чистая линия для всех типов', {
            'pyaterochka': [],
            'magnit': ["8442fcc99f"],
            'dixy': [],
            'perekrestok': ["3065062"],
        }, "Чистая Линия shampoo for all hair types (Крапива «для всех типов волос», «Сила 5 трав д/в тип вол»); Чистая Линия men's 3-in-1, balm and the ice-cream brand «Чистая линия» excluded"),
    ]),
    # L24
    ('кабачков пару штук, помидорки розовые мясистые, перец болгарский красный 3 штуки', [
        ('кабачков пару штук', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["44110", "48632"],
        }, 'fresh courgettes (Кабачки, цуккини); squash caviar, Дядя Ваня кабачки в аджике, baby purées excluded; «пару штук» is a quantity'),
        ('помидорки розовые мясистые', {
            'pyaterochka': [],
            'magnit': ["107631"],
            'dixy': [],
            'perekrestok': ["4355823"],
        }, 'pink tomatoes (Томаты розовые, Томат Дагестан розовый); «мясистые» is a description, not a filter; red/cherry/plum/Бакинские/on-the-vine tomatoes, pickled tomatoes excluded'),
        ('перец болгарский красный 3 штуки', {
            'pyaterochka': [],
            'magnit': ["169191"],
            'dixy': [],
            'perekrestok': ["6177"],
        }, 'red sweet (bell) pepper (Перец болгарский красный, Перец красный сладкий); yellow, Рамиро (colour not stated), «в ассортименте», black pepper, grilled/canned pepper excluded; «3 штуки» is a quantity'),
    ]),
    # L25
    ('сгущенка рогачев банку, мука для блинов любая, масло сливочное 82.5 пачку, соду пищевую', [
        ('сгущенка рогачев банку', {
            'pyaterochka': ["3907533"],
            'magnit': ["167911"],
            'dixy': [],
            'perekrestok': [],
        }, "Рогачёв condensed milk — both offered are варёная (Рогачев варёное 360 г, «Егорка» Рогачев варёное) and are accepted as variants of the brand's сгущёнка (judgement); Рогачёвъ drinking milk excluded"),
        ('мука для блинов любая', {
            'pyaterochka': ["3232252", "3296712", "3605057"],
            'magnit': [],
            'dixy': [],
            'perekrestok': ["2003107", "8065", "91304", "3231328"],
        }, '«мука для блинов любая»: pancake flour mix (Аладушкин «Блины царские» мучная смесь) and any plain wheat flour (Makfa, Пышечка, «Мука Пшеничная», Рязаночка Экстра, Рязаночка цельносмолотая) — «любая» taken as any flour that makes pancakes; rye, rice and durum «крупка» flour, ready-made frozen блинчики excluded'),
        ('масло сливочное 82.5 пачку', {
            'pyaterochka': ["4063188", "3612680", "3948153", "3953367"],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'butter of exactly 82.5% (Традиционное, Вкуснотеево традиционное, Тысяча озёр сладкосливочное, БЗМЖ сладко-сливочное традиционное); 82% (Простоквашино, Президент), 72.5% and 62% excluded'),
        ('соду пищевую', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'baking soda — none offered; Пр!ст разрыхлитель (baking powder) excluded; missing everywhere'),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fzx")
    print("wrote %s" % OUT)
    stats(records)


if __name__ == "__main__":
    main()
