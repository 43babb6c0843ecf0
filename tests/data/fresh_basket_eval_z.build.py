#!/usr/bin/env python3
"""Re-create fresh_basket_eval_z.jsonl -- 25 hurried shopping lists (students sharing a flat, a grandmother
buying for grandchildren, a night-shift worker) hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_z.build.py

LISTS below is literal data: the list texts as typed to a Telegram bot (written blind, before any offer was
read -- see fresh_basket_eval_z.blind_lists.txt) and for every item the product ids of every store that a
reasonable shopper who wrote exactly that item would accept (in-stock offers only).  Candidate titles were
grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, е/ё) and read one by one; each item was then re-checked by listing every in-stock title matching
its stem that was not accepted.  The note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher, its data
files or the labels of any other set.

The script only checks the data with labelled_lists.build -- every id exists in real_offers.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and
the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fz01, fz02, ... in LISTS order;
every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_z.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fz01
    ('молочко 2.5 две бутылки, батон белый, сырок глаз. ростагрошка', [
        ('молочко 2.5 две бутылки', {
            "pyaterochka": ['3645808'],
            "magnit": ['a28bae784b'],
            "dixy": [],
            "perekrestok": ['4310700', '2093081', '3613024', 'cb2f1055d7', '587286c051', 'edf2484f0e', '7f46c8a5c5',
                            '50cb0959f8', 'af8570f806', '6986e66cd9', '66ec0f255d', '359aa76fc0',
                            '76055bf243', '013e119412', 'a548f45b17', '62485733e9', 'faf2171541',
                            '69f396f368'],
        }, "cow drinking milk of exactly 2.5% (pasteurised/UHT/sterilised; children's Сарафаново incl., as in "
           'real_basket_eval; Магнит Вкуснотеево 0.2 l and Перекрёсток Можайское 450 ml accepted — no size '
           'written); other fat levels, ranges, flavoured Чудо, condensed milk excluded; «две бутылки» is a '
           'quantity'),
        ('батон белый', {
            "pyaterochka": ['3985404'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3974714'],
        }, 'white wheat loaf: Пятёрочка «Батон Звездный нар.» Хлебный Дом and Перекрёсток «Батон Нарезной» '
           'Маркет; rye/ржано-пшеничный bread, хлебцы, sweet батончики excluded'),
        ('сырок глаз. ростагрошка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'glazed curd snack of the Ростагроэкспорт brand («ростагрошка»): no such сырок in any store '
           '(Ростагроэкспорт is carried only as сметана); Б.Ю. Александров glazed сырки excluded because the '
           'brand is written'),
    ]),
    # fz02
    ('пельмешки подешевле, сметанки 15 жирности, хайнц кетчупчик', [
        ('пельмешки подешевле', {
            "pyaterochka": ['2024541', '3693418', '3622053', '3671957', '3693417', '3672557', '3985043', '3683249', '3613537',
                            '3666703', '4000407', '3613651', '3675532', '3693405'],
            "magnit": ['4907605c6d', '0f6321338f', '198951', '167901', '160301', '109411', '111711', '213711'],
            "dixy": ['862d82ab40'],
            "perekrestok": [],
        }, 'frozen pelmeni of any filling and brand; хинкали (Ложкарёв) excluded as another dish («подешевле» is '
           'a wish, not a filter); CALVE sauce «д/мяс/кур/пельм.» excluded; Перекрёсток has no pelmeni'),
        ('сметанки 15 жирности', {
            "pyaterochka": ['3665624'],
            "magnit": ['de14617e33', '199001'],
            "dixy": [],
            "perekrestok": ['3665624', '4262697', '4272205', '4095525', '4121592', '4431124', '4217907', '4335470', '4314536'],
        }, 'сметана of exactly 15% (lactose-free Простоквашино/Parmalat included); 10/20/25/30% сметана, '
           'chips/crackers/sauces «со вкусом сметаны» excluded'),
        ('хайнц кетчупчик', {
            "pyaterochka": ['4086400', '3631091'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Heinz ketchups (томатный; «томат. с горч.» accepted as a Heinz ketchup variant); other Heinz sauces, '
           'Heinz mayonnaise/tomato paste and other ketchup brands excluded'),
    ]),
    # fz03
    ('адреналин раш банку, доширак с говядиной 2шт, сникерсик, семки от бабкина', [
        ('адреналин раш банку', {
            "pyaterochka": ['3931836', '3931838', '4068487'],
            "magnit": ['205111'],
            "dixy": [],
            "perekrestok": [],
        }, 'Adrenaline Rush energy drink (original, «red energy», «без сахара»); Adrenaline Juicy, Game Fuel, '
           'Gold Black/White, E-ON «Алм. Раш», Burn, Monster, Драйв Ми excluded (other lines/brands)'),
        ('доширак с говядиной 2шт', {
            "pyaterochka": ['4009568'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'instant noodles with beef flavour; no Доширак-brand product exists in any store, and «доширак» is '
           'used as the everyday word for any cup/pack instant noodles, so Пятёрочка «Лапша со вкусом говядины '
           '90 г» (быстрого приготовления) is accepted (judgement on colloquial usage); chicken-flavour noodles, '
           'соба/удон/фунчоза/лагман, ready noodle dishes excluded'),
        ('сникерсик', {
            "pyaterochka": [],
            "magnit": ['1000209560'],
            "dixy": [],
            "perekrestok": [],
        }, "a Snickers bar (Магнит «SNICKERS Батончик белый» accepted as a Snickers variant); Пятёрочка M&M's & "
           'Friends gift set (mixed bars) excluded'),
        ('семки от бабкина', {
            "pyaterochka": ['3135484'],
            "magnit": ['2cc5876614', '104971'],
            "dixy": [],
            "perekrestok": [],
        }, 'Бабкины семечки sunflower seeds; Бабкины pumpkin seeds («тыквенные», Пятёрочка 3600083) excluded — '
           '«семки» are sunflower seeds; От Мартина, Богучарские, Молодёжный, От Атамана excluded (other brands)'),
    ]),
    # fz04
    ('гречка 2 пачки\nсосиски к макаронам\nогурчики маринованые', [
        ('гречка 2 пачки', {
            "pyaterochka": [],
            "magnit": ['203081'],
            "dixy": [],
            "perekrestok": [],
        }, 'buckwheat groats: Магнит «Крупа Гречневая Prosto»; Пятёрочка has only buckwheat flakes (Увелка, '
           'Мистраль), baby porridge, the mix «PROSTO Рис и греча», ready meals with buckwheat and соба noodles '
           '— all excluded; «2 пачки» is a quantity'),
        ('сосиски к макаронам', {
            "pyaterochka": ['3370433', '3607043', '3663361', '4045572', '26457', '3311600', '4025037', '3486631', '3359555',
                            '3018288', '3018289', '3642007', '3948226', '3385843'],
            "magnit": ['159871', '112421', '206081', '213611'],
            "dixy": [],
            "perekrestok": ['4056912'],
        }, 'any сосиски (pork/beef/poultry, with cheese, Баварские, молочные, сливочные, детские); сардельки, '
           '«Хотстеры» сосиски в тесте excluded; «к макаронам» is a purpose'),
        ('огурчики маринованые', {
            "pyaterochka": ['2147768', '3952588'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'marinated cucumbers: Пятёрочка «Огурчики маринов. 720мл» and Дядя Ваня «Огурцы Пикули Одесские '
           'пастеризованные» (пикули are marinated gherkins — outside knowledge); salted/бочковые cucumbers '
           '(Глобус Старорусские, Магнит Мелень and «Огурцы соленые, Корнишоны», Перекрёсток «солёные '
           'бочковые»), the Магнит pickled assortment «Черри и Корнишоны» and fresh cucumbers excluded'),
    ]),
    # fz05
    ('йогуртик питьевой клубника, юбилейное к чаю, бананов связку', [
        ('йогуртик питьевой клубника', {
            "pyaterochka": ['3628399', '4066181', '4045339', '4035473'],
            "magnit": ['205071'],
            "dixy": [],
            "perekrestok": [],
        }, 'drinking yoghurt with strawberry (or strawberry/wild strawberry): Чудо клубника-земляника 270 g '
           "(both chains), Пятёрочка children's «Йогурт питьевой … со вкусом клубничного пломбира» 190 g, and "
           'the 260/270 g bottled bio-yoghurts «с клубникой» (270 g, 1%) and Активиа «с клубникой и земляникой» '
           '260 g (taken as drinking bottles from the 260–290 g pack — outside knowledge); mixes with other '
           'fruit (EPICA клубника/маракуйя, Активиа дыня/клубника/земляника, яблоко/клубника/черника, '
           'клубника/яблоко/питахайя), spoonable cups (Верховье 150 g, NATURE 70 g, Чудо Детки вязкий), Чудо '
           'Десерт «Клубника в шоколаде» cocktail, творог and sweets excluded'),
        ('юбилейное к чаю', {
            "pyaterochka": ['3618783', '3603068', '3662392', '3958570', '3958571', '4027701', '4027703', '3471173', '3655049'],
            "magnit": ['723991a07f', '199331'],
            "dixy": [],
            "perekrestok": ['4352220', '4371424', '4425157'],
        }, 'any Юбилейное biscuits (традиционное, молочное/с глазурью, ореховое, клюква, черника, земляничное, '
           'со вкусом шоколада, постное, с цельнозерновыми злаками, овсяное); Юбилейное mini-cakes (Магнит '
           '46e614c83c), J.Meinl coffee «Юбилейный» and колбаса «Юбилейная» excluded'),
        ('бананов связку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3757', '3639749', '4208494', '4112219'],
        }, 'fresh bananas (loose, packed, organic, mini); dried bananas, banana smoothies, juices, purees and '
           'flavoured goods excluded; only Перекрёсток has fresh bananas'),
    ]),
    # fz06
    ('нескафе голд стеклянная банка, рафинад кусковой 1кг, печенье овсяное пачку', [
        ('нескафе голд стеклянная банка', {
            "pyaterochka": ['3658915', '3419749'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Nescafe Gold instant coffee in a glass jar: «стеклянная банка» names the pack, so only the titles '
           'that state it (Пятёрочка «NESCAFE Кофе GOLD … ст/б 190г» and «NESC.Кофе GOLD BARISTA раст.ст/б 85г») '
           'are accepted; the other Nescafe Gold offers (Пятёрочка 75/95/130 g, Gold '
           'Crema/Espresso/Barista/Origins, Магнит 95/190 g) do not state their pack and are left out '
           '(judgement); Nescafe Classic/Crema/Latte excluded'),
        ('рафинад кусковой 1кг', {
            "pyaterochka": [],
            "magnit": ['07d5c3205d'],
            "dixy": [],
            "perekrestok": [],
        }, 'lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (pressed sugar in cubes = кусковой '
           'рафинад — outside knowledge); granulated/cane sugar (Демерара), icing sugar, «мелкокусковой» meat '
           'and sugar-free goods excluded'),
        ('печенье овсяное пачку', {
            "pyaterochka": ['3639541', '3995521', '3995522', '4050870', '3655049', '3615356'],
            "magnit": ['106061', '106071'],
            "dixy": [],
            "perekrestok": [],
        }, 'oat biscuits of any kind (классическое, с кусочками шоколада, миндальное овсяное, Любятово '
           '«Печ.овс.» с черносливом, Хлебный Спас овсяное, Юбилейное овсяное); oat flakes, porridge, Велле oat '
           'products and отруби excluded'),
    ]),
    # fz07
    ('дошик курица 3 шт, махеевъ майонез, черного хлебушка', [
        ('дошик курица 3 шт', {
            "pyaterochka": ['4009567'],
            "magnit": ['1000134679'],
            "dixy": [],
            "perekrestok": [],
        }, 'chicken-flavour instant noodles («дошик» = any instant noodles colloquially; no Доширак-brand '
           'product exists): Пятёрочка «Лапша с куриным вкусом 90 г» (быстрого приготовления) and Магнит «Лапша '
           'РОЛЛТОН Куриная по-домашнему 90г»; Роллтон bouillon, the frozen dish «Лапша с курицей в соусе '
           'Хойсин» and beef-flavour noodles excluded'),
        ('махеевъ майонез', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['2047206', '4312243'],
        }, 'Махеевъ mayonnaise of any kind (Провансаль с лимонным соком, с перепелиным яйцом); Махеевъ ketchups, '
           'sauces (incl. «Соус Цезарь майонезный»), jams, mustard and horseradish excluded'),
        ('черного хлебушка', {
            "pyaterochka": ['3480920'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«чёрный хлеб» = rye or rye-wheat bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский»; «Хлеб '
           'зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand word only, composition not stated), '
           'Даниловский/Марьин breads not said to be rye, хлебцы, сухарики/гренки, rye flour and МД Бородина '
           'sausages excluded'),
    ]),
    # fz08
    ('пиво балтика 7 2 шт, чипсы лейс сметана зелень, кириешки холодец хрен', [
        ('пиво балтика 7 2 шт', {
            "pyaterochka": [],
            "magnit": ['104801'],
            "dixy": [],
            "perekrestok": [],
        }, 'Балтика №7 beer: Магнит 1.35 l only; Балтика №0 (alcohol-free beer and beer drinks), Балтика '
           'grapefruit б/а and Жатецкий Гусь excluded; «2 шт» is a quantity'),
        ('чипсы лейс сметана зелень', {
            "pyaterochka": ['4035371'],
            "magnit": ['1000487857', '106341'],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's sour cream & herbs chips; Lay's «сметана и лук», «лисички в сметане», other flavours, Lava "
           'Lava «Сметана и зелень» (other brand) and the gin «Вайт Лейс» excluded'),
        ('кириешки холодец хрен', {
            "pyaterochka": [],
            "magnit": ['e26d76ca46', '4fb9148fb2'],
            "dixy": [],
            "perekrestok": [],
        }, 'Кириешки croutons with the холодец (с хреном) flavour: the two Магнит cards «КИРИЕШКИ Сухарики '
           'холодец/бекон/ветчина» (40 g, 100 g) name an assortment that includes холодец — accepted (judgement: '
           "Кириешки' flavour is «холодец с хреном»); холодец-с-хреном croutons of other brands (Три корочки, "
           'Фишка, Гренковъ, Vian, Крутоны) and Twister chips excluded because the brand is written'),
    ]),
    # fz09
    ('масло слив. 82.5%, яйца 10шт, мука в/с 2кг, дрожжи сухие пакетик', [
        ('масло слив. 82.5%', {
            "pyaterochka": ['3948153', '4063188', '3612680', '3953367'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'butter of exactly 82.5% (Традиционное 175 g, сладко-сливочное 380 g, Вкуснотеево 400 g, Тысяча озёр '
           '400 g); 82% butter (Дикси/Магнит Простоквашино, Президент кислосливочное) is left out because 82.5 '
           'was written and a written fat % must match; 72.5%, chocolate butter 62% and sunflower oils excluded'),
        ('яйца 10шт', {
            "pyaterochka": ['3620510', '3446505'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3634491', '3662512', '3062836', '3446505', '4068694', '44323', '3062835'],
        }, 'chicken eggs in packs of 10, any class (СО, С1, отборные, with selenium/iodine); 6- and 20-packs, '
           'quail eggs, Kinder eggs and mayonnaise «на перепелином яйце» excluded'),
        ('мука в/с 2кг', {
            "pyaterochka": ['3296712'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['91304', '8065'],
        }, 'wheat flour of the highest grade in a 2 kg bag («2кг» names the pack): Makfa в/с 2 kg, Пышечка '
           'хлебопекарная в/с 2 kg, and Рязаночка «ЭКСТРА» 2 kg (экстра is the grade above высший — accepted, '
           'judgement on outside knowledge); Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), 1 kg bags, '
           'whole-grain, rice, rye and durum крупка excluded'),
        ('дрожжи сухие пакетик', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['17366'],
        }, 'dry yeast: Саф-Момент 11 g; the Магнит puff pastry «без дрожжевое» excluded'),
    ]),
    # fz10
    ('фарш говяжий кило, лук репчатый 2 луковицы, макарошки рожки', [
        ('фарш говяжий кило', {
            "pyaterochka": ['3447375', '3398465', '4065830'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'beef mince (Мираторг, Рестория, Останкино; 400 g packs — «кило» is the quantity wanted); pork-beef '
           '«домашний»/«Деревенский»/САМСОН, pork (Магнит 1 kg), chicken «Премиум» and turkey mince, stuffed '
           'olives excluded'),
        ('лук репчатый 2 луковицы', {
            "pyaterochka": [],
            "magnit": ['168731', '168721', '168741'],
            "dixy": [],
            "perekrestok": ['79012', '79135', '3368252', '3623836'],
        }, 'fresh bulb onions: red/white репчатый, Ялтинский (a red bulb onion — outside knowledge), Магнит «Лук '
           'Светофор» (3 bulb onions); green onion, shallot, Перекрёсток «Лук салатный» (kind not stated), herb '
           'mixes, pickled Federici «Луковки» and herring «с луком» excluded'),
        ('макарошки рожки', {
            "pyaterochka": ['4008046'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'рожки-shaped dry pasta: Пятёрочка «Витой рожок» 450 g (a twisted рожки shape); other shapes '
           '(спагетти, перья, спирали, улитки, ракушки, pipe rigate, фарфалле, вермишель) excluded because the '
           'shape is written; waffle-cone ice cream «в … рожке» excluded'),
    ]),
    # fz11
    ('порошок для стирки тайд, фейри лимончик, губки для посуды 5шт, гель для стирки персил', [
        ('порошок для стирки тайд', {
            "pyaterochka": [],
            "magnit": ['262159b924', '198901', '167921', '105941', '106541'],
            "dixy": [],
            "perekrestok": [],
        }, 'Tide washing powder of any variant (Color, Детский, для чувствительной кожи, Lenor Color); Tide '
           "liquid detergents and gel capsules (Пятёрочка carries only these), other brands' powders excluded"),
        ('фейри лимончик', {
            "pyaterochka": ['3501026', '3500750'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Fairy dish soap «Сочный лимон» (450 and 900 ml); Fairy Platinum, Нежные руки, AOS Лимон (other '
           'brand) and dishwasher tablets excluded'),
        ('губки для посуды 5шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'kitchen sponges: no store carries any'),
        ('гель для стирки персил', {
            "pyaterochka": ['3929851', '3977826', '3923578', '3923579', '3929849'],
            "magnit": ['204431', '109221', '105851'],
            "dixy": [],
            "perekrestok": [],
        }, 'Persil liquid laundry gel of any variant (Premium, Color, Power gel свежесть от Vernel, Sensitive); '
           "Persil powders and capsules (Duo-caps, Капс) and other brands' gels excluded"),
    ]),
    # fz12
    ('пюрешка агуша груша, кашка молочная, памперсы 5 размер', [
        ('пюрешка агуша груша', {
            "pyaterochka": ['3606462'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Агуша pear purée (pouch 90 g); Агуша mixes (яблоко-груша-брокколи and others), Агуша '
           'juices/milk/ряженка, and pear purées of other brands (Heinz, Gerber, Растишка, Фрутоняня) excluded '
           'because the brand is written'),
        ('кашка молочная', {
            "pyaterochka": ['3978638', '3641446', '3641448', '2162112', '3978637', '3689534', '3689536', '3689538', '3909073',
                            '3976585'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3681003'],
        }, "milk porridge, dry or ready (children's Nestle/Heinz/Фрутоняня «с молоком», Тема, the ready «кашка "
           'мол.» 200 ml, Перекрёсток Select «Каша молочная рисовая»); безмолочная Nestle, Фрутоняня multigrain '
           'without milk stated, Ясно Солнышко/Быстров oat porridge (not milk), semolina groats, ready '
           'meat-and-buckwheat «каша» excluded'),
        ('памперсы 5 размер', {
            "pyaterochka": ['3983613', '3680543', '3680533', '3447849', '4061716'],
            "magnit": ['879b28650c', '111671'],
            "dixy": [],
            "perekrestok": ['4295217'],
        }, 'size-5 diapers or diaper pants of any brand («памперсы» is the everyday word for diapers — '
           'judgement; Pampers size 5 is included anyway); Pampers «Junior» 48 pcs accepted as size 5 (outside '
           'knowledge: Junior = 5); sizes 2/3/4/6 (Maxi, Extra Large, Junior Plus р.6) excluded'),
    ]),
    # fz13
    ('корм для кошки вискас пауч, феликс влажный, наполнитель силикагель', [
        ('корм для кошки вискас пауч', {
            "pyaterochka": ['4087104', '4089560'],
            "magnit": ['109231', '205991'],
            "dixy": [],
            "perekrestok": [],
        }, 'Whiskas wet food for adult cats in 85 g pouches (Пятёрочка «Праздничное меню» titled «корм '
           'консервированный … 85г» taken as pouches — outside knowledge: Whiskas 85 g is sold in pouches); '
           'Whiskas kitten food (Магнит 109291, 205061) left out because «для кошки» was written and the titles '
           'say «для котят» (judgement); other brands excluded'),
        ('феликс влажный', {
            "pyaterochka": ['3413294', '3603050', '3603051', '3603052', '3603053', '3641052'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Felix wet cat food of any recipe (Sensations, Двойной вкус, лосось/форель, Аппетитные кусочки для '
           'котят — no age written); other brands excluded'),
        ('наполнитель силикагель', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'silica-gel cat litter: no store carries any litter; fruit «наполнитель» of yoghurts/ice cream is a '
           'trap'),
    ]),
    # fz14
    ('чай липтон черный в пакетах, пряники шоколадные, зефирчики белые', [
        ('чай липтон черный в пакетах', {
            "pyaterochka": ['11200', '3424384', '4042419'],
            "magnit": ['206041'],
            "dixy": [],
            "perekrestok": [],
        }, 'Lipton black tea in bags (Yellow Label 100×2 g, Earl Grey, «Баланс и спокойствие» black with '
           'blackcurrant and mint — no flavour written); Lipton green tea (Matcha pyramids) and Lipton iced-tea '
           'drinks excluded'),
        ('пряники шоколадные', {
            "pyaterochka": ['3926890'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'chocolate pryaniki: Пятёрочка «Пряники глазированные … Со вкусом шоколада»; Коровка «Пряник '
           'нач.вк.шок.мол.» (only the filling is chocolate-milk flavoured), classic, mint, blackcurrant, '
           'сырцовые, Тульский, Tago, Lebkuchen and «вареная сгущенка» pryaniki and Bonjour dessert «вкус '
           'имбирный пряник» excluded'),
        ('зефирчики белые', {
            "pyaterochka": ['3489477'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'white (unglazed, uncoloured) zephyr: Белевский «Антоновский» 250 g (white apple zephyr — outside '
           'knowledge); chocolate-glazed (Шарлиз, ВДОХНОВ., 1 kg «в шоколадной глазури», Белевский «с ароматом '
           'ванили гл.» — «гл.» read as glazed), coloured (черносмородиновый, клубника, абрикос-манго), '
           '«Зефирное детство» (colour not stated) and marshmallows (LOVE IS «для десертов», MARSHMAL.PREM. mini '
           'white, Marshmallows sweets) excluded'),
    ]),
    # fz15
    ('колбаска копченая с/к, сыр гауда нарезка, хлеб для тостов', [
        ('колбаска копченая с/к', {
            "pyaterochka": ['4332173', '3413609', '3380222', '3380221', '3920463', '4069196', '4026961', '4064534', '4064536',
                            '3379266', '3620876', '3469277', '4068713', '3619528', '3930255',
                            '3622973', '3460891', '3440967', '3345854', '3036120', '3640669',
                            '3653063', '3604156'],
            "magnit": ['f784100e9d', '105061', '199021'],
            "dixy": [],
            "perekrestok": ['4425557', '4395547', '4214450', '4397813', '3469277', '3332887', '3140747', '4385507', '3380221',
                            '3648372', '3380222', '4069198', '4068713', '4236323', '3345854',
                            '4268939', '4214000', '4273259'],
        }, 'raw-smoked (сырокопчёная, с/к) sausage of any kind incl. salami, сервелат с/к, чоризо с/к, '
           'mini-salami and с/к snack колбаски (Кнуты, Черкизово «Снек из кур»); Магнит «Колбаса Черкизово, '
           'Сальчичон» and «Колбаса Сальчичон 0,35 кг» accepted as the с/к Сальчичон (Пятёрочка titles the same '
           'Черкизово 0.35 kg product «с/к» — outside knowledge); варёно-копчёные сервелаты, сыровяленые (фуэт, '
           'хамон, prosciutto, Casademont), salami without type (Астория), с/к bacon, грудинка, carpaccio, '
           'duck/turkey fillet, trout excluded'),
        ('сыр гауда нарезка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'sliced Gouda: no store has it (Пятёрочка Liebendorf Гауда 1 kg is a block; «Ассорти Гауда и '
           'Тильзитер» is a two-cheese mix not stated as sliced); other sliced cheeses (Эдам, Маасдам, '
           'голландский, Российский) are not Gouda'),
        ('хлеб для тостов', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'toast bread: no store has it; «ветчина для тостов» and processed cheese «пл.-тост» are traps'),
    ]),
    # fz16
    ('вода без газа 5л, буратино лимонад 2л, пломбир в вафельном стаканчике', [
        ('вода без газа 5л', {
            "pyaterochka": ['3635131', '3608729'],
            "magnit": ['e8574e2cda'],
            "dixy": [],
            "perekrestok": ['3503711'],
        }, 'still drinking water in a 5 l bottle («5л» names the pack): Перекрёсток Малаховская №1 '
           "негазированная 5 l; Пятёрочка Архыз «Легенда Гор» 5 l and children's Черноголовская «Honey kid» 5 l "
           "and Магнит children's Аквалайн «Для ляль» 5 l — still water, though the titles do not say «без газа» "
           '(outside knowledge); smaller bottles, sparkling and mineral medicinal waters excluded'),
        ('буратино лимонад 2л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Буратино lemonade: no store has it; Черноголовка «Лимонад», Байкал, Дюшес, Тархун and the ginger '
           'lemonade are other drinks'),
        ('пломбир в вафельном стаканчике', {
            "pyaterochka": ['4009747'],
            "magnit": ['bac7d8405e', '5e86759538', '454d2f4e9d'],
            "dixy": [],
            "perekrestok": [],
        }, 'пломбир in a waffle cup, any flavour (Свитлогорье ваниль, Славино ваниль/шоколад «в ваф/стак», 48 '
           'копеек «стак пломбир 88г» — taken as the waffle cup, outside knowledge); Магнит «КАК РАНЬШЕ пломбир '
           'ваниль, 70г» (pack not stated), пломбир in cones (рожок), bricks, flow-packs, эскимо and milkshakes '
           '«пломбир» excluded'),
    ]),
    # fz17
    ('кефирчик 2.5 литр, творожок 5 проц пачку, ряженку 4%, сметаны 20 проц', [
        ('кефирчик 2.5 литр', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'kefir 2.5%: no store has any kefir'),
        ('творожок 5 проц пачку', {
            "pyaterochka": ['3617778'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4216657'],
        }, 'plain cottage cheese of exactly 5% (Село Зелёное 500 g, Молочный знак 180 g); Савушкин «101 зерно + '
           'сливки» 5% with blueberry/strawberry and Данон «зерненый в йогурте» 5% with fruit (flavoured), Домик '
           'в деревне «мягкий» 5.5%, other fat levels, сырники and творожные продукты excluded'),
        ('ряженку 4%', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'ряженка 4%: only Пятёрочка Агуша strawberry ряженка 2.9% exists — wrong fat and flavoured, excluded'),
        ('сметаны 20 проц', {
            "pyaterochka": ['3664287'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3664287', '3651188', '4262694', '4349770', '4121609', '4217906', '3293409', '58101', '3444929',
                            '3634033', '4314537'],
        }, 'сметана of exactly 20% (incl. lactose-free Parmalat Comfort); 10/15/25/30% сметана and '
           'sour-cream-flavoured snacks excluded'),
    ]),
    # fz18
    ('курин. грудка 1.5кг, рис длиннозер., помидорки розовые бакинские, огурчики свежие гладкие', [
        ('курин. грудка 1.5кг', {
            "pyaterochka": ['3963723', '2160069', '2160026'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['2160026', '3068079', '4328961', '2160069', '2173555', '3658841', '4306577'],
        }, 'raw chilled chicken breast / breast fillet (Первая свежесть, Петелинка, Зелёная Линия, Троекурово; '
           'Петелинка «Филе цыплёнка малое» = inner breast fillet — outside knowledge); cooked breast '
           '(запеченное, гриль), thighs, drumsticks, whole birds (Дикси бройлер), turkey/duck breast and pork '
           'грудинка excluded; «1.5кг» is the quantity wanted'),
        ('рис длиннозер.', {
            "pyaterochka": ['39747', '5722'],
            "magnit": ['448fba0b94', '7936bf2f6b'],
            "dixy": [],
            "perekrestok": [],
        }, 'long-grain rice: Националь «Лазер длиннозерный», Мистраль «Жасмин … длиннозерный», and basmati '
           '(Мистраль, Националь — basmati is a long-grain rice, outside knowledge); round/плов rice '
           '(Краснодарский, Мистраль для плова, Националь для плова, Кубань, Адриатика — grain not stated), '
           'brown «Экстра бурый», the Акватика mix, Global Village «Рис для плова» and Увелка «Девзира» крупа '
           'рисовая, rice flakes and «Рис и греча» excluded'),
        ('помидорки розовые бакинские', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4327843', '3017019'],
        }, 'Бакинские tomatoes (a pink variety): Перекрёсток «Томаты Бакинские» (loose and 350 g); pink tomatoes '
           'of other varieties (Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый»), red/cherry/plum '
           'tomatoes and pickled/canned tomatoes excluded because the variety is written'),
        ('огурчики свежие гладкие', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'fresh smooth-skinned cucumbers: no title says гладкие/длинноплодные; Магнит short-fruited and '
           '«пупырчатые» cucumbers and Перекрёсток fresh cucumbers (Ботаника, корнишоны, «Хрустящие») do not '
           'state a smooth variety and are left out (judgement); pickled cucumbers excluded'),
    ]),
    # fz19
    ('аленку шоколадку, конфетки коровка, вафли артек 2 шт', [
        ('аленку шоколадку', {
            "pyaterochka": ['3426468', '3601839'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Алёнка milk chocolate bar (Красный Октябрь 200 g and the 15 g bar; titles searched with е and ё); '
           'Алёнка gift sets of mixed sweets (Маскарад, Весёлые каникулы) excluded'),
        ('конфетки коровка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«Коровка» milk-fudge candies: no store has them; Коровка waffles, Коровка pryanik, Коровка из '
           'Кореновки ice cream/spread and Весёлая коровка milk are traps'),
        ('вафли артек 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Артек waffles: no store has them; other waffles (Коровка, Яшкино, Коломенское, Зерница, Varna…) '
           'excluded because the brand is written'),
    ]),
    # fz20
    ('апельсины кг, яблочки зеленые, морковки 1кг, кабачков пару', [
        ('апельсины кг', {
            "pyaterochka": [],
            "magnit": ['109471'],
            "dixy": [],
            "perekrestok": ['1535'],
        }, 'fresh oranges; orange juices/drinks, orange-flavoured desserts and sweets, olives stuffed with '
           'orange excluded'),
        ('яблочки зеленые', {
            "pyaterochka": [],
            "magnit": ['200671'],
            "dixy": [],
            "perekrestok": [],
        }, 'fresh green apples: Магнит «Яблоки Гренни Смит» (a green variety — outside knowledge); red apples '
           '(Ред Делишес, «красные»), Гала, Медовый хруст and Перекрёсток «Яблоки сезонные» (colour not stated), '
           'apple products excluded'),
        ('морковки 1кг', {
            "pyaterochka": [],
            "magnit": ['199761'],
            "dixy": [],
            "perekrestok": ['52112'],
        }, 'fresh carrots (Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь мытая» by weight — «1кг» is the '
           'quantity); Korean-style carrot salads, sauerkraut with carrot and Leor «Морковь пикантная» excluded'),
        ('кабачков пару', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['44110', '48632'],
        }, 'fresh courgettes (Кабачки, Кабачки цуккини зелёные); Дядя Ваня canned «Кабачки в аджике» excluded'),
    ]),
    # fz21
    ('шампунь клиар, зубн паста, туалетную бумагу 8 рул, дезик rexona', [
        ('шампунь клиар', {
            "pyaterochka": ['3420658', '3958227', '3013914'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Clear shampoos of any line (Ultimate Control 2-в-1 men, Детокс against dandruff, Vita Abe); other '
           "brands' shampoos excluded"),
        ('зубн паста', {
            "pyaterochka": ['3642796', '4009101', '3967359', '3967361', '3480375', '3429353', '3366711', '3152415', '3482562',
                            '3230372', '3691935', '3368036', '2153182', '3359945'],
            "magnit": ['0b75d29d19', '32cc6f1bd5'],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste of any brand, incl. the chains' abbreviation «З/паста», «З/п» (Blend-a-med, Close Up, "
           "Splat, ROCS, Sensodyne, President, Aquafresh, Lacalut, Colgate; Splat Junior children's paste "
           'accepted — no user stated)'),
        ('туалетную бумагу 8 рул', {
            "pyaterochka": ['3679801', '3900558', '3449118', '4059050'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'toilet paper in packs of 8 rolls («8 рул» names the pack): Papia white de luxe and 3-ply, Zewa Just '
           '1 4-ply, Zewa Deluxe; 4- and 12-roll packs (Zewa, Familia), moist toilet paper, paper towels and '
           'Магнит napkins «в рулоне» excluded'),
        ('дезик rexona', {
            "pyaterochka": ['3479534', '3479535', '3928499', '3955496', '3444774', '3479541'],
            "magnit": ['b541fbdab4', '214561'],
            "dixy": [],
            "perekrestok": [],
        }, 'Rexona deodorants/antiperspirants of any form (aerosol, roll-on, stick); Nivea, Axe, Old Spice '
           'excluded'),
    ]),
    # fz22
    ('селедка в масле кусочки, картоха 2кг, провансальчик, шпроты в масле банку', [
        ('селедка в масле кусочки', {
            "pyaterochka": ['3497722', '3682728'],
            "magnit": ['3068665d37', 'ee295ae8a7'],
            "dixy": [],
            "perekrestok": ['4056953', '4034451', '4367699', '4367712', '3621742', '4360965', '4225103', '3497722'],
        }, 'herring fillet pieces in oil («филе-кусочки», «ф/кус» в масле, incl. with dill/onion); Пятёрочка '
           '«САН.БР.Филе сельди МАТ.ХХL дел.» 200 g accepted because the same id is titled «Матиас ХХL … '
           'филе-кусочки в масле» at Перекрёсток, and Пятёрочка Балтийский берег «по-царски, филе в масле» 400 g '
           'because Перекрёсток titles that product «филе-кусочки в масле» (outside knowledge); whole-fillet '
           'packs not said to be pieces (Матиас филе в масле 250/300 g, «Селёдочка к картошке», Меридиан 480 g, '
           'VICI «К картошке», Балтийский берег с укропом 250 g, Русское море 230 g, Тесей Царская), herring in '
           'wine or other заливка, рассол, whole salted herring, the «По-шведски» assortment and herring roe '
           'excluded'),
        ('картоха 2кг', {
            "pyaterochka": [],
            "magnit": ['199751', '168701', '168671', '109571', '107511'],
            "dixy": ['72aaa021b7'],
            "perekrestok": ['2099571', '3646068'],
        }, 'fresh potatoes of any kind and pack (мытый, красный, молодой, для жарки/варки; «2кг» is the quantity '
           'wanted for a weighed staple); potato starch, crisps, «картошка» marzipan sweets and herring «к '
           'картошке» excluded'),
        ('провансальчик', {
            "pyaterochka": ['3982578', '3355228', '3355242', '3193489'],
            "magnit": ['204681'],
            "dixy": [],
            "perekrestok": ['4297313', '4412152', '4105769', '2047206', '3674577', '3467275', '4233420', '3193489', '4199312',
                            '4112954'],
        }, 'Провансаль mayonnaise of any brand (Московский Провансаль, Слобода, Ряба, Скит, Махеевъ, incl. '
           '«провансаль оливковый»); Пятёрочка «Майонез Слобода, 67%, 800 мл» accepted because the same id is '
           '«Слобода Провансаль 67%, 800мл» at Перекрёсток; mayonnaises not called Провансаль (Heinz/Я люблю '
           'готовить классический, Слобода оливковый, Mr. Ricco, «домашний», «на перепелином яйце») excluded'),
        ('шпроты в масле банку', {
            "pyaterochka": ['3475329', '3609788', '3469704', '3648434', '3468684', '3504456'],
            "magnit": ['109251'],
            "dixy": [],
            "perekrestok": [],
        }, 'canned sprats in oil of any brand (incl. «из салаки», «из балтийской кильки в/м»; Вкусные консервы '
           '«Шпроты крупные» 240 g accepted — sprats are packed in oil, outside knowledge)'),
    ]),
    # fz23
    ('редбул, энергос подешевле, кофе в банке холодный, сэндвич куриный', [
        ('редбул', {
            "pyaterochka": ['3635572'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Red Bull: no title names Red Bull; Пятёрочка «Тропикал Эдишн Большая Банка … (энергетический) '
           "напиток 0,355 л» is accepted as Red Bull The Tropical Edition 355 ml (outside knowledge — Red Bull's "
           'edition name and can size; doubtful); other energy drinks excluded because the brand is written'),
        ('энергос подешевле', {
            "pyaterochka": ['3931670', '3931671', '3931669', '3635572', '3660134', '3680076', '3679486', '4056230', '4056232',
                            '3931836', '3931837', '3931838', '3931839', '4068487', '4026294',
                            '4026295', '4042795', '3439471', '4026289', '4026290', '4026292',
                            '3660119', '3660132'],
            "magnit": ['368001f272', 'f5881c5092', '160191', '111591', '205111'],
            "dixy": [],
            "perekrestok": [],
        }, 'any energy drink («тонизирующий (энергетический)» drinks: Adrenaline, Burn, Monster, Драйв Ми, '
           '100кВт, Торнадо «ТОРН.», Gorilla, E-ON, the Tropical Edition can); «подешевле» is a wish, not a '
           'filter; GreenMe «plus protect» tonic, iced teas and sodas excluded'),
        ('кофе в банке холодный', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'canned cold coffee: no store has it; Магнит 300 ml «Капучино/Латте зерновой» and «Кофе с молоком» '
           'are cups of freshly made coffee (not canned) Nescafe latte/cappuccino sachets are instant powders '
           'and Пятёрочка Parmalat «Кокт. КАПУЧЧИНО/ЧОКОЛАТТЕ 0.5л» are milk cocktails in bottles — excluded'),
        ('сэндвич куриный', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4403478'],
        }, 'a ready chicken sandwich: Перекрёсток Select «Клаб сэндвич двойной с курицей и беконом»; the Caesar '
           '«сэндвич-ролл» (filling not stated, a wrap), the salmon sandwich, mozzarella «для сэндвичей» and '
           'Барни «Фан Сэндвич» cake excluded'),
    ]),
    # fz24
    ('масло подсолн. рафинированное, уксус столовый 9, соль йодир.', [
        ('масло подсолн. рафинированное', {
            "pyaterochka": ['3454645'],
            "magnit": ['c52c41afd8', '0b2585a062', '77ec9da5de'],
            "dixy": [],
            "perekrestok": [],
        }, 'REPLACEMENT (blind text «масло подсолн. нерафинированное»: no store has unrefined sunflower oil, and '
           'the other two items of this list are absent everywhere too). Refined sunflower oil (Олейна, Mr. '
           'Ricco, Благо, Слобода «для жарки»); Mr. Ricco «с экстр. Прованские травы» and ALMADOR '
           'basil/garlic-flavoured sunflower oils, olive oils and Mr. Ricco blends «с доб. масла авокадо» / «с '
           'доб. олив.», corn oil excluded'),
        ('уксус столовый 9', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '9% table vinegar: no store has it; Магнит apple vinegar 6% is another product'),
        ('соль йодир.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'iodised salt: no store has it; Магнит MAREMAN sea salt (not iodised), seasoning «Чеснок-травы-соль» '
           'and Antisol cleaner excluded'),
    ]),
    # fz25
    ('сливочки 10% для кофе, круассаны 7 дней, джем клубника, кукурузные хлопья несквик', [
        ('сливочки 10% для кофе', {
            "pyaterochka": ['3634638'],
            "magnit": ['476dabe99f'],
            "dixy": [],
            "perekrestok": ['4178852'],
        }, "drinking cream of exactly 10% (Молочный знак, Домик в деревне 950 g, children's Сарафаново 10%); 11% "
           'Parmalat Comfort, 20/33% cream, non-dairy creamers (Mr. Сливкин, Сопьо Крима) excluded; «для кофе» '
           'is a purpose'),
        ('круассаны 7 дней', {
            "pyaterochka": ['3621621', '3621622', '3621623', '3621626', '3621627', '3626932', '3626933'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '7Days («7 дней») mini croissants of any filling (300 g and the 105 g «7DAYS Мини Круассаны с '
           'кремом»); 7 DAYS «Мини сух. B.ROL.» (bread rolls), Chipicao, Шарлиз and Яшкино croissants excluded'),
        ('джем клубника', {
            "pyaterochka": ['3369992', '3661658'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'strawberry jam (Махеевъ клубника 300 g, Махеевъ клубничный 400 g); other flavours of jam, '
           'Вологодское «Варенье клубничное» (варенье ≠ джем, as in fresh_basket_eval_d), Экопродукт «Десерт '
           'Премиум клубника», muffins/pastries «с клубничным джемом» excluded'),
        ('кукурузные хлопья несквик', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Nesquik corn flakes: no store has them; Nesquik «Завтрак ДУО» (balls), Nesquik cocoa and chocolate, '
           'and Nestle GOLD corn flakes (another brand line) excluded'),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fz"))
