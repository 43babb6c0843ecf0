#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zy.jsonl -- 25 holiday-table shopping lists (New Year, a birthday, guests on
Saturday) hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zy.build.py

LISTS below is literal data: 25 lists (3-4 items) as a household would type them to a Telegram bot, written
before any offer was read (byte-identical to fresh_basket_eval_zy.blind_lists.txt), and for every item the
product ids of every in-stock offer per store that a reasonable shopper would accept.  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё/е) and read one by one; the note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher or its
data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in
the format of real_basket_eval.jsonl.  List ids are fzy01, fzy02, ... in LISTS order; every list is in
split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zy.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 olivier salad
    ('майонезик провансаль 67% большой, горошек мираторг 2 банки, докторская грамм 500 на оливье, огурчики маринованые корнишоны', [
        ('майонезик провансаль 67% большой', {
            "pyaterochka": [],
            "magnit": ["1000169172", "1000348713", "1000422623", "1728400030", "f0f427f9d4"],
            "dixy": ["2000000160", "2000156539", "2000202369", "2000265607", "2000306265", "2000539317", "ЦТ0045065"],
            "perekrestok": ["3029014", "3193489", "3419671", "4199312", "4259097", "4331497"],
        }, 'mayonnaise whose title says «Провансаль» and 67 %, in a large pack (taken as >= 600 g/ml): incl. Московский Провансаль «Сливочный»/«на перепелиных яйцах» 67 % 600 ml (the title says провансаль); packs under 600 g/ml, 50.5/55 % (Махеевъ, Ряба 575 g), Я люблю готовить «Московский Провансаль классический, 700 г» (no fat stated), 67 % mayonnaises not called провансаль (Слобода «Московская»/«Оливковый», Mr. Ricco/Маркет «на перепелином яйце», Heinz «Классический») excluded; «большой» read as a size (judgement: >= 600 g/ml)'),
        ('горошек мираторг 2 банки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Мираторг green peas: no Мираторг peas in any store (Мираторг offers are meat, pelmeni, nuggets, sausages); green peas of other brands (Bonduelle, Globus, 6 соток, Heinz, ...) excluded because the brand was written; «2 банки» is a quantity'),
        ('докторская грамм 500 на оливье', {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, 'Докторская boiled sausage of any brand and pack (incl. Царицыно «Докторская Особая», sliced packs); «грамм 500» is the quantity wanted, not a pack size; Докторские сосиски (Рублёвский), Доктор Кёрнер crisps, Colgate «Доктор Заяц», beer drink «Доктор Дизель» excluded'),
        ('огурчики маринованые корнишоны', {
            "pyaterochka": ["3015661", "3231209"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811"],
            "dixy": ["2000180487"],
            "perekrestok": ["3180523", "3662073", "4061841", "4265436"],
        }, 'marinated cornichons (корнишоны): Дядя Ваня «По-французски», Скатерть-Самобранка, 6 соток, Global Village, Eko «Закарпатские» (title lacks «маринованные»; accepted on outside knowledge — a marinated cornichon jar), Маркет, KEN; plain marinated cucumbers not called корнишоны, cherry/cornichon assortment (6 соток), salted cornichons (Дикси 500 g, Маркет солёные), Дикси «Огурцы корнишоны, в упаковке, 300 г» (fresh) and cream cheese with pickles excluded'),
    ]),
    # L2 caviar sandwiches
    ('икорка красная 2 баночки, масло сливочное 82.5 две пачки, батон нарезной к икре', [
        ('икорка красная 2 баночки', {
            "pyaterochka": [],
            "magnit": ["2f54e426f0", "7338cc5f32"],
            "dixy": ["2000238171", "2000530894", "2000552331"],
            "perekrestok": [],
        }, 'salmon roe (red caviar): Магнит «ИКРА КРАСНАЯ, 95г», Камчатское море trout roe; Дикси лососевая зернистая, горбуша зернистая, «Икра красная Отборная/Русская» (no analog stated); «структурированная» red caviar (Магнит лососевая структурированная, Дикси Три кита) excluded as an imitation product (outside knowledge), pollock/cod/capelin roe, halibut «черная», vegetable «икра», croutons «со вкусом красной икры» excluded; «2 баночки» is a quantity'),
        ('масло сливочное 82.5 две пачки', {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749", "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149", "3699369", "4113532", "4175276"],
        }, 'butter (сливочное / сладкосливочное) labelled 82.5 %, any brand and pack, incl. lactose-free Тысяча Озёр 82.5 %; 82 % (JALO KERMA, Arla Natura, President, Киприно, Молочный знак), 72.5 %, chocolate butter 62 %, Волгодонское (no fat stated) and Мираторг cutlets «Сливочное масло» excluded; «две пачки» is a quantity'),
        ('батон нарезной к икре', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, 'loaves of the «Нарезной» variety (sliced or not): Коломенское, Пр!ст, Маркет «нарезанный», Маркет «улучшенный»; other batons (Утренний «нарезка», Отрубной, Новый, к завтраку, Молочный, Горчичный, Зерновой, plain «Батон, 300г»), «батончик» bars excluded; «к икре» is a purpose'),
    ]),
    # L3 herring under a fur coat
    ('селедочка филе в масле для шубы, свеколка кило, майонез ряба', [
        ('селедочка филе в масле для шубы', {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3622072", "3682728", "3683735", "3683742", "3993017", "4159336", "4275608", "4322376", "4323336", "4366965", "79543"],
        }, 'herring fillet / fillet pieces in oil (title says филе and масло/масляная заливка), any brand; whole or weighed salted herring, fillet in marinade/wine/mayonnaise/tomato, cold-smoked fillet, Викинг «По-польски в масле» (not said to be fillet), Santa Bremor «Популярное» and «Матиас свежая зелень» (oil not stated in the title), ready salad «Сельдь под шубой» excluded; «для шубы» is a purpose'),
        ('свеколка кило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4375880", "45532", "786", "92844", "4299508", "82265", "3444580"],
        }, 'fresh raw beetroot, whole (loose, bunched, washed, net/bag, 200 g Маркет Fresh pack, raw «очищенная»/«целая очищенная»); «кило» is the quantity; boiled beets (варёная/отварная), cut julienne/sliced packs, marinated, Korean-style, beet salads, chard, seeds, dried beet snacks excluded (Перекрёсток «Свёкла целая очищенная, 500г» and «Свекла очищенная» taken as raw peeled — no cooking stated)'),
        ('майонез ряба', {
            "pyaterochka": ["3277400"],
            "magnit": ["1000554514", "1000556519", "1000556520", "1000556521", "56ff8ec751", "7d31b46ae3"],
            "dixy": ["1100075125", "2000000160", "2000172969", "2000202332", "2000265115"],
            "perekrestok": ["4331515", "4331518", "4331533"],
        }, 'every Ряба mayonnaise (Провансаль, оливковый, сметанный, any fat and size; Магнит «РЯБА Провансаль сметанный» has no word «майонез» but is the same mayonnaise as Дикси «Майонез Ряба Сметанный»); Ряба «Майонезный соус Постный» and other brands excluded'),
    ]),
    # L4 crab salad
    ('крабовые палки 2 упаковки, кукурузка консервированная, яички с1 десяточек', [
        ('крабовые палки 2 упаковки', {
            "pyaterochka": [],
            "magnit": ["4f11f65802", "8a27ccab55"],
            "dixy": ["2000179155", "2000224260", "2000300878", "2000307177", "2000521851", "2000546772", "ЦТ0035069"],
            "perekrestok": ["2043673", "2154175", "2154177", "2162050", "24998", "26084", "3169222", "3199420", "3204340", "3210145", "3408151", "3458", "3500653", "3659730", "4096079", "4112613", "4124683", "4157138", "4291954", "4291955", "45926"],
        }, "plain crab sticks (surimi), chilled or frozen, any brand, incl. «с мясом краба» and Vici «для рулетиков»; крабовое мясо (block form), stuffed rolls (Краб-ролл / Лосось-ролл с сыром, Vici Crabe De L'amour with sauce filling), crab salads, crab-flavoured chips/croutons/squid excluded; «2 упаковки» is a quantity"),
        ('кукурузка консервированная', {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963", "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, 'canned sweet corn kernels, any brand and size; corn flakes, corn sticks/snacks/chips, flour, oil, baby puree, salads with corn excluded'),
        ('яички с1 десяточек', {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, 'chicken eggs of class С1 («1 категории») in packs of 10, white or brown, деревенские incl.; С0/СО/отборные, С2, СВ/«высшей категории», packs of 6/15/20/30, quail eggs and chocolate eggs excluded'),
    ]),
    # L5 cheese and sausage plate + grapes
    ('сыр российский кусок, дорблю кусочек, сырокопченая нарезка, виноград кишмиш белый', [
        ('сыр российский кусок', {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, 'Российский cheese in a piece or weighed (any brand, 45/50 %); Брест-Литовск «Российский слайсами» excluded because «кусок» was written; «Продукт По-Российски … на основе растительного жира» (cheese product with vegetable fat), Российский коньяк/какао/карбонад excluded'),
        ('дорблю кусочек', {
            "pyaterochka": [],
            "magnit": ["1000417247", "1a90d33db1", "4cef7f7bed", "9b0afa1bae"],
            "dixy": ["2000317363"],
            "perekrestok": [],
        }, 'no Dor Blue / Дорблю cheese proper is on sale, so «дорблю» is read as the generic Russian name for blue-mould cheese (outside knowledge: the word is widely used for any blue cheese): accepted Premiere of Taste «с голубой плесенью», Молодея «Рокфорти», Блфорт Чиз Галлери, Гальбани «Пиканте» (blue), Дикси Grand Blu; Магнит «Крем-сыр ДОРБЛЮ А-ля крем» (a cream-cheese spread, not a piece), white-mould cheeses (камамбер, бри), gorgonzola pizzas and sweets, olives «с ароматом голубого сыра» excluded'),
        ('сырокопченая нарезка', {
            "pyaterochka": [],
            "magnit": ["06d16516c6", "21cb360c4b", "2dbd01217d", "403c330318", "4a8c9560a0", "985a580a4d", "e1bb99c49a"],
            "dixy": ["2000402841", "2000558771", "2000603172"],
            "perekrestok": [],
        }, 'raw-smoked (сырокопчёная) sausage / salami in sliced packs (title says нарезка), incl. sliced sausage assortments (Велком, Черкизово Сальчичон/Прошутто, Ремит Trio Mio); unsliced sticks and «мини» sausages (incl. Перекрёсток Маркет «Салями Пражская 100г», slicing not stated), сыровяленая sliced sausage (Мясницкий ряд Верона, ЕКГФ), sliced boiled sausage, Иней «шейка/балык» meat slices, хамон, bacon excluded'),
        ('виноград кишмиш белый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, 'fresh seedless white grapes: Дикси «Виноград Мускат, без косточки» accepted (кишмиш = seedless table grapes; a seedless muscat taken as white/green — outside knowledge, the colour is not in the title); Перекрёсток Artfrut «белый» (seedless not stated), Тайфи розовый, Red Globe, black grapes, raisins (Виноград сушёный), juices, nectars and grape-flavoured goods excluded'),
    ]),
    # L6 New Year fruit
    ('мандаринки абхазские 2 кило, ананасик целый, киви штук 5', [
        ('мандаринки абхазские 2 кило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Abkhazian mandarins: the only fresh mandarins on sale (Дикси «Мандарины сладкие») do not state the origin, so they are excluded because «абхазские» was written (origin treated like a variety); mandarin-flavoured drinks, yoghurts, olives and Skittles excluded; «2 кило» is the quantity'),
        ('ананасик целый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4099977", "4302400"],
        }, 'a whole fresh pineapple: Перекрёсток «Ананас медовый» and «Ананас D12» (D12 = a size grade of whole pineapples, outside knowledge); fresh-cut pineapple cubes (excluded because «целый» was written), canned/dried/frozen pineapple, «Дыня Ананасная», juices, yoghurts and sweets excluded'),
        ('киви штук 5', {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["14017", "1532", "2094491", "3638652", "4104587", "4156364", "4175544", "4177001", "4322057"],
        }, 'fresh kiwifruit, loose or packed, green, Gold or red; «штук 5» is the quantity; Перекрёсток «Киви мини, 125г» (kiwiberry, a different fruit — outside knowledge), cut kiwi pieces, fruit mixes, kiwi-flavoured yoghurts/drinks/cosmetics, the «Киви-киви» notebooks excluded'),
    ]),
    # L7 cake and sweets
    ('торт медовик подешевле, рафаэлло большую коробку, конфеты мерси', [
        ('торт медовик подешевле', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'a whole honey cake (торт медовик): none on sale; Перекрёсток «Пирожное Топ Шеф Медовик, 90г» and «Пирожное Медовик домашний, 110г» are single pastries, not a cake, and are excluded, as are all other cakes; «подешевле» is a wish'),
        ('рафаэлло большую коробку', {
            "pyaterochka": [],
            "magnit": ["3f687c59d0"],
            "dixy": [],
            "perekrestok": ["3163976", "40690"],
        }, 'Raffaello sweets in a large box, taken as >= 200 g (the usual box is 150 g — judgement): Магнит «РАФФАЭЛЛО, Тортик, 200г» (cake-shaped gift box), Перекрёсток 200 g and 240 g; boxes of 40-150 g (incl. Дикси «Raffaello Торт, 100 г») excluded because a large box was asked for'),
        ('конфеты мерси', {
            "pyaterochka": [],
            "magnit": ["0b5eeb1964", "675d31a401", "693157c4ab"],
            "dixy": ["2000268721", "2000345233", "2000522181", "2000598032"],
            "perekrestok": [],
        }, 'every Merci/МЕРСИ chocolate box (any assortment and size, incl. the seasonal «Осень» set); other boxed chocolates excluded'),
    ]),
    # L8 champagne and drinks
    ('шампусик полусладкий российское, сок апельсиновый 2л, кока кола 2л 2 шт, минералка газированная', [
        ('шампусик полусладкий российское', {
            "pyaterochka": [],
            "magnit": ["c808d17741", "8fffc021cf"],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, 'Russian semi-sweet sparkling wine («шампусик» = шампанское / игристое): Абрау-Дюрсо белое полусладкое, Шато Тамань белое полусладкое, Советское Шампанское белое полусладкое; brut/extra-brut/semi-dry/sweet sparkling wines, Абхазские Лыхны (not Russian — outside knowledge: Абхазия is not Russia), Italian Lambrusco/Asti/Moscato, Spanish and French sparkling, Martini Rose, sweets and marshmallow «со вкусом шампанского» excluded'),
        ('сок апельсиновый 2л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'orange juice in a 2 l pack: none on sale — the orange juices (Дикси «Я» and J7 0.97 l, Rich 1 l, J7 0.3 l) are excluded because the 2 l size was written; orange nectars (Добрый, Любимый «100% апельсин» нектар), Pulpy/«Вкусно Сок» juice drinks, Любимый Апельсин-Манго-Мандарин 1.93 l (a сокосодержащий drink) and mixed juices (Ideas) excluded'),
        ('кока кола 2л 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Coca-Cola in 2 l bottles: only 0.33 l Coca-Cola cans are on sale (Пятёрочка), excluded by the written size; other colas (Добрый Кола incl. без сахара, Черноголовка Кола, Funky Monkey Cola) excluded because the brand was written; «2 шт» is a quantity'),
        ('минералка газированная', {
            "pyaterochka": ["3193325", "6993"],
            "magnit": ["1c2ad4b953", "2132714cae", "67c2003564", "9d46fc2eab", "f701a87ff6"],
            "dixy": ["10E0072597", "2000000143", "2000000144", "2000015389", "2000188861", "2000211073", "2000315091", "ЦТ0020861", "2000283682", "2000294825", "2000323928", "2000346018", "2000572194", "ЦТ0043947", "2000599872"],
            "perekrestok": ["2029732", "20389", "20676", "2075986", "2083111", "2105574", "3393237", "3485716", "3655711", "3977407", "4138195", "4201131", "4274135", "4274156", "4358151", "51503", "54819", "56196", "74767", "81004", "88995", "4250375"],
        }, 'sparkling mineral water (title says минеральная / лечебно-столовая and газированная, any size); naturally sparkling mineral waters accepted without «газированная» in the title on outside knowledge: Боржоми/Borjomi, Ессентуки №4, Набеглави, Рычал-Су; purified or artesian drinking waters (Aqua Minerale — a trap, it is питьевая, Bona Aqua, Святой источник питьевая, Шишкин лес, Магнит, Маркет/Пр!ст питьевая, Сенежская and Архыз titled «питьевая»), still waters, mineral waters whose carbonation is not stated (Славяновская, Кувака, Обуховская 13, Аш-Тау 1.5 l Дикси, Rokada, Стэлмас Дикси, Галерея источников, «Ессентуки целебная»), medicinal Ессентуки №17, flavoured Боржоми drinks excluded'),
    ]),
    # L9 table setting
    ('салфетки бумажные праздничные, свечи для торта цифры, одноразовые тарелочки', [
        ('салфетки бумажные праздничные', {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, 'paper table napkins with a print, read as festive (judgement: «праздничные» taken as decorated table napkins, not a strict theme): Магнит Wellfort «Бум салфетки 3 слоя Барокко» (Wellfort/Бум are paper napkins — outside knowledge), Перекрёсток Home Story «Салфетки бумажные киви» 33x33; wet wipes, facial tissues (Зева «для лица»), laundry colour-catcher sheets excluded'),
        ('свечи для торта цифры', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'number-shaped cake candles: no candles of any kind are on sale in the recorded offers'),
        ('одноразовые тарелочки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'disposable plates: none on sale (the only «тарел…» hit is the biscuit brand «Пастарель»)'),
    ]),
    # L10 fish plate
    ('икра мойвы в банке, семга слабосоленая кусочком, лимон 2 штучки', [
        ('икра мойвы в банке', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000165824"],
            "perekrestok": [],
        }, 'capelin-roe spread in a jar: Дикси Санта Бремор «Икра мойвы … в соусе с креветкой» (no flavour was written, so the shrimp variant is accepted); whole frozen capelin, Мореслав «Икра деликатесная с креветкой» (the fish is not named), salmon/pollock/cod roe and vegetable «икра» excluded'),
        ('семга слабосоленая кусочком', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'lightly salted сёмга (Atlantic salmon) in a piece: none on sale — the salmon offers are frozen raw (Магнит ЛОСОСЬ кусок/стейк/филе/тушка «полуфабрикат», Перекрёсток Люди любят стейк, Лосось Чили стейк) or minced smoked (Mare); lightly salted trout (Пятёрочка/Магнит/Перекрёсток форель слабосолёная) excluded as a different fish, salmon pet food, olives with salmon, pate excluded'),
        ('лимон 2 штучки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, 'fresh lemons, loose or in packs of 2; «2 штучки» is the quantity; lemon-flavoured drinks, tea, cleaners, chocolate, olives with lemon, tonic excluded'),
    ]),
    # L11 cold cuts and olives
    ('финский сервелатик, буженинка, оливки без косточки 2 банки', [
        ('финский сервелатик', {
            "pyaterochka": ["0da064a041"],
            "magnit": ["8ee202a921"],
            "dixy": ["2000422431"],
            "perekrestok": ["4323441"],
        }, 'Сервелат Финский (boiled-smoked), any brand and size (Папа может, Великолукский, Останкино, Маркет); other servelats (Зернистый, Кремлёвский, Московский, Мускатный, Пражский, Карельский, Мраморный, Иней, Мираторг) excluded'),
        ('буженинка', {
            "pyaterochka": ["78001511"],
            "magnit": ["265a654f0b"],
            "dixy": [],
            "perekrestok": ["4326209"],
        }, 'буженина (baked pork), any brand and size; seasoning «Для буженины» and croutons with buzhenina flavour excluded'),
        ('оливки без косточки 2 банки', {
            "pyaterochka": ["3008503"],
            "magnit": ["3d09e4fe73", "94f4173a31"],
            "dixy": ["2000180495", "2000240819", "2000280421", "2000300244", "2000535133", "2000573832"],
            "perekrestok": ["3008503", "3468534", "3651521", "4054380", "4054381", "4077569", "4077572", "4077573", "4334902"],
        }, 'pitted olives titled «оливки» (green, Kalamata), plain or marinated/flavoured but not stuffed, any brand; маслины (black olives — the user wrote оливки), olives with stone, stuffed olives (с лимоном, анчоусом, лососем, креветками, хамоном, сыром, перцем, халапеньо, вялеными томатами, голубым сыром — Bonduelle Мансанилья, Excelencia, Fragata, Маркет), olive oil and olive mayonnaise excluded; «2 банки» is a quantity'),
    ]),
    # L12 sweets for tea
    ('пирожные картошка, зефир в шоколаде бело-розовый, мармелад жевательный мишки', [
        ('пирожные картошка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000574151"],
            "perekrestok": [],
        }, '«Картошка» cakes (пирожное): Дикси «Пирожное Клер Дэлис Картошка, 70 г»; glazed curd bars «Сырок … Картошка», Невский Кондитер «Конфеты Картошка» (sweets, not пирожное), other пирожные (Барни, Kinder, эклер, макарон, медовик) excluded'),
        ('зефир в шоколаде бело-розовый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'chocolate-covered white-and-pink zefir: no offer is both — Пятёрочка Шарлиз «Зефир Бело-розовый» is not in chocolate, Магнит Шармэль «классический, в шоколаде» and Старые традиции «Клюква в шоколадной глазури» are not бело-розовый, Пастухов «Зефир молочный в бельгийском шоколаде» is a 60 g dessert and not бело-розовый; both written qualifiers are required, so all zefir (fruit flavours, Коломенский, Doni) is excluded'),
        ('мармелад жевательный мишки', {
            "pyaterochka": [],
            "magnit": ["78cd5088f9"],
            "dixy": [],
            "perekrestok": [],
        }, 'gummy bears: Магнит Бон Пари «Мармелад жевательный … Медведи»; other chewing marmalade shapes (машины, червячки, кошмарики, бутылочки, бананы, Fruittella, Fruit-tel mix), jelly marmalade and fruit slices excluded'),
    ]),
    # L13 sparkling and soda
    ('мартини асти, сок добрый вишня, спрайт 1.5 л', [
        ('мартини асти', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Martini Asti sparkling wine: not on sale; other Martini products (Магнит MARTINI Fiero, Перекрёсток Martini Rose полусухое, vermouth Martini Rosso) and Asti of other brands (Cinzano/Чинзано, Mondoro, Иль Моссиере) excluded because brand and kind were both written'),
        ('сок добрый вишня', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Добрый cherry juice/nectar: none on sale — only Добрый mixed products with cherry (Магнит nectar «Яблоко/черноплодная рябина/вишня», Перекрёсток nectar «яблоко-рябина-вишня» 1.47 l, «Active kid яблоко-вишня» juice) which are excluded as blends; cherry nectars of other brands (Rich, Бариновв) and apple-cherry juices of other brands excluded'),
        ('спрайт 1.5 л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Sprite: no Sprite (or Спрайт) at all in the recorded offers; other lemon-lime sodas not accepted for a written brand'),
    ]),
    # L14 Caesar salad
    ('филе куриное для цезаря, айсберг салат, соус для цезаря', [
        ('филе куриное для цезаря', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832", "3609675", "3649232", "3653837", "3669585", "3678985", "3689116", "3694848", "3940063", "3946764", "4116904", "4208844", "4242120", "4306879", "4312563", "4323072", "4329298", "4347498", "52888", "78003876"],
        }, 'raw chicken breast fillet, chilled, any brand, incl. «филе цыплёнка(-бройлера)» (taken as breast fillet), малое филе, медальоны from the fillet and Перекрёсток «Филе курицы в маринаде» (raw); thigh fillet (филе бедра), «Филе грудки … на кости» (bone-in), «Грудка Псковская» (bone not stated), cooked/fried/sous-vide fillet, ready meals, sausages, cutlets excluded; «для цезаря» is a purpose'),
        ('айсберг салат', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'iceberg lettuce: none on sale (no «айсберг»/Iceberg in any title); other salad leaves (romaine, rucola mixes) excluded because the variety was written'),
        ('соус для цезаря', {
            "pyaterochka": [],
            "magnit": ["2766a93ca7"],
            "dixy": [],
            "perekrestok": [],
        }, 'Caesar dressing: Магнит «Соус HEINZ, Цезарь»; the brand Цезарь (pelmeni, vareniki, pizza, blini) and Перекрёсток «Сэндвич-ролл цезарь» excluded'),
    ]),
    # L15 shrimp and avocado starter
    ('креветки королевские замороженые, авокадо пару штук спелых, помидорчики черри красные', [
        ('креветки королевские замороженые', {
            "pyaterochka": [],
            "magnit": ["d757ba985f", "daa53ea23d"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["3331822", "3420956", "3464112", "4269762", "4360313", "4364088", "69215"],
        }, 'frozen shrimp sold as «королевские» (cooked-frozen, raw-frozen, peeled or in shell, white-leg «Королевские белоногие»); Дикси «Нортон Королевские 50/70» taken as frozen (a sized frozen pack — outside knowledge); shrimp not called королевские (Argentine red, northern, vannamei, tiger, Aurora северная), shrimp in brine/заливка, marinated skewers, dumplings «с креветками», ready meals, cat food excluded'),
        ('авокадо пару штук спелых', {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["2131945", "3216120", "3445047", "3948371", "3954359", "3954360", "4065597", "4068450", "4090374", "4127617", "4254512", "4266346", "4266407", "4272853", "4379376", "49622"],
        }, 'whole fresh avocados (Hass or unspecified, loose, by piece or pack, incl. Ready-to-eat); «спелых» is a wish and «пару штук» the quantity; Перекрёсток «Авокадо свежий без косточки, 300г» (cut halves), avocado cream cheese, yoghurt, oils, cosmetics, toys excluded'),
        ('помидорчики черри красные', {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000186544", "2000580827", "2000601471", "2000601472"],
            "perekrestok": ["11971", "3634714", "4217379", "4371254", "4381951", "4381952"],
        }, 'fresh red cherry tomatoes, loose, packed or on the vine; cherry tomatoes without a colour in the title (Дикси «в упаковке», «сливовидные», «Вау», Магнит Premiere of Taste «Горячее сердце») taken as red (the default colour — judgement); Кумато (brown), «Микс шейкер» (mixed colours), marinated/salted cherry tomatoes, vegetable assortments, Теличерри pepper and Mr.Ricco ketchup excluded'),
    ]),
    # L16 cheese board
    ('сыр пармезан, камамбер президент, грецкий орех чищеный', [
        ('сыр пармезан', {
            "pyaterochka": [],
            "magnit": ["1000371470", "1000384143", "1000526832", "1000578272", "0dc02300a0", "632a4664e6", "b10071458c", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416", "4300784", "4345021", "3496419"],
        }, 'cheese sold as пармезан/Parmesan, any brand, fat, piece, weighed or grated (no form was written); Магнит ITALIAN SNACK «Крем-сыр из пармезана с гриссини», ravioli with parmesan and every «гранат…» hit excluded'),
        ('камамбер президент', {
            "pyaterochka": [],
            "magnit": ["1000280920", "6fea2c6791"],
            "dixy": [],
            "perekrestok": [],
        }, 'President Camembert (Магнит, two listings of the 125 g 45 % cheese); President Petit Brie and «Снэк а ля Франсэ», camemberts of other brands (Premiere of Taste, Виталат, Зелёная Линия) excluded because the brand was written'),
        ('грецкий орех чищеный', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, 'shelled walnuts: Перекрёсток «Грецкий орех Пр!ст, 100г» (taken as shelled kernels — a 100 g pack; outside knowledge); «Орехи грецкие в скорлупе», cheeses, yoghurts, dates, varenye and sweets with walnuts excluded'),
    ]),
    # L17 sprats canapés
    ('шпроты в масле 2 банки, бородинский хлебушек, огурец свежий длинный', [
        ('шпроты в масле 2 банки', {
            "pyaterochka": [],
            "magnit": ["1bdba960f3", "3382c3c046", "861990d37c", "b98acadada", "cb3b169ef1"],
            "dixy": [],
            "perekrestok": [],
        }, 'sprats in oil, any brand and size, incl. Вкусные консервы «в масле с халапеньо» (no flavour was written); «2 банки» is a quantity'),
        ('бородинский хлебушек', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, 'Borodinsky rye bread loaves (sliced or not): Аютинский, Самарский БКК «особый», Маркет, Пр!ст «новый заварной»; BEERKA «Бородинские» croutons and the sausage brand «МД Бородина» excluded'),
        ('огурец свежий длинный', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000205870"],
            "perekrestok": ["3301324"],
        }, 'fresh long (длинноплодный) cucumbers: Дикси «Огурец длинноплодный, 1 шт», Перекрёсток «Огурцы длинные, 1шт»; medium/short-fruited, spiny, Бакинские, «гладкие» and unspecified fresh cucumbers excluded because «длинный» was written, pickled/marinated cucumbers, assortments, cosmetics and sweets excluded'),
    ]),
    # L18 birthday cake and fireworks
    ('торт птичье молоко, бенгальские огни, хлопушки', [
        ('торт птичье молоко', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«Птичье молоко» cake: none on sale; Дикси «Конфеты РотФронт Птичье Молоко» (sweets, not a cake) and all other cakes excluded'),
        ('бенгальские огни', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'sparklers: none in the recorded offers'),
        ('хлопушки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'party poppers: none in the recorded offers (the only near hit is the pasta shape «Серпантин»)'),
    ]),
    # L19 kids at the party
    ('киндер сюрприз 3 шт для детей, сок добрый мультифрукт 2л, чупа чупс пару штук, пепси', [
        ('киндер сюрприз 3 шт для детей', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001672", "2000210834", "2000253005"],
            "perekrestok": [],
        }, 'Kinder Surprise eggs, any series (incl. «для девочек»); Kinder Joy (a different product), Kinder chocolate bars, Молочный ломтик, Pingui, Maxi King excluded; «3 шт» is a quantity and «для детей» a purpose'),
        ('сок добрый мультифрукт 2л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Добрый multifruit in 2 l: the only Добрый multifruit is Магнит «Нектар ДОБРЫЙ, мультифруктовый, 1л», excluded by the written 2 l size (Добрый «Мультиовощной» is vegetable); no other 2 l multifruit juice of Добрый'),
        ('чупа чупс пару штук', {
            "pyaterochka": ["33015"],
            "magnit": ["495f199a6d"],
            "dixy": [],
            "perekrestok": ["4291408"],
        }, 'Chupa Chups lollipops: Магнит «Леденец ЧУПА-ЧУПС, с шипучкой», Пятёрочка «ЧУПА ЧУПС Карамель ФРУТ-ТЕЛЛА 17г» and Перекрёсток «Карамель Chupa Chups Авокадо микс» (Chupa Chups «карамель» taken as the lollipop — outside knowledge); Chupa Chups marmalade «Страйпсы» and the Chupa Chups soda excluded (other products of the brand); «пару штук» is a quantity'),
        ('пепси', {
            "pyaterochka": ["3922282"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Pepsi cola of any flavour and size: Пятёрочка «PEPSI DARK VANILLA» 0.5 l; Evervess (a PepsiCo brand, not Pepsi) and other colas excluded'),
    ]),
    # L20 wine and cheese evening
    ('вино красное полусладкое грузинское, сыр маасдам 45%, хамон нарезочка', [
        ('вино красное полусладкое грузинское', {
            "pyaterochka": [],
            "magnit": ["089de7865d", "422ca8240c", "5d359998e9", "72783f8fe2", "e1cde288c4"],
            "dixy": [],
            "perekrestok": [],
        }, "still red semi-sweet wine from Georgia (title says Грузия): Хареба Алазанская долина, Арагвели and Кахури Киндзмараули, Кахури Хванчкара, Алазанская долина Болеро; Georgian dry/semi-dry/white wines, red semi-sweet wines of other origins (Абхазия Лыхны — not Georgia in the titles' sense, Spain, Germany, Serbia, Chile, Russia, France), LUISA CIAO «Саперави» 3 l (origin not stated) and sparkling wines excluded"),
        ('сыр маасдам 45%', {
            "pyaterochka": [],
            "magnit": ["1000316960", "1000500635", "1000500639", "f524067ea6"],
            "dixy": [],
            "perekrestok": ["3500347", "3500346"],
        }, 'Maasdam cheese labelled 45 %, piece, weighed or sliced (no form was written); Магнит «Сыр МААСДАМ, 100г» (no fat stated) excluded'),
        ('хамон нарезочка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278914"],
            "perekrestok": [],
        }, 'sliced jamón: Дикси «Окорок свиной Егорьевская Хамон сырокопченый в нарезке, 55г» (a Russian jamón-style dry-cured ham); Черкизово «Сальчичон/Прошутто» sausage assortment and olives «с хамоном» excluded'),
    ]),
    # L21 hot dish
    ('картошка для пюре 3 кг мытая, курица целиком тушка, чесночку пару головок', [
        ('картошка для пюре 3 кг мытая', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, 'fresh washed potatoes (title says мытый): Дикси «Картофель белый мытый в упаковке», «Картофель красный мытый в упаковке»; potatoes not said to be washed (loose, in a net, «для варки»/«для жарки», Бэби, отборный, Белорусский), boiled/fried/frozen potatoes, sweet potato (батат), the «Картошка» curd bars/cakes/sweets excluded; «для пюре» is a purpose and «3 кг» the quantity'),
        ('курица целиком тушка', {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, 'a whole raw chicken carcass: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная»; Цыплёнок табака (butterflied, Петруха in marinade and СВОЯ), duckling carcass, chicken parts, ready meals, fish/squid «тушка» excluded'),
        ('чесночку пару головок', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, 'fresh garlic bulbs (loose, by piece, Фермерский 150 g pack, ранний); peeled cloves (Фермерский «зубчиками»), grated/chopped/dried/smoked/salted garlic, garlic oil and products «с чесноком», the garlic press excluded; «пару головок» is the quantity'),
    ]),
    # L22 pineapple-chicken salad
    ('ананасы консервированные кольцами, курица копченая, гауда, кукурузу бондюэль 2 банки', [
        ('ананасы консервированные кольцами', {
            "pyaterochka": [],
            "magnit": ["8bd2917b33"],
            "dixy": [],
            "perekrestok": ["3412364", "3642259", "3904924", "4006526", "4089136"],
        }, 'canned pineapple rings in juice or syrup (Магнит Лорадо «шайбы» = rings, Del Monte, Маркет «Королевские кольца», Пр!ст); canned pieces (кусочки), fresh, dried, frozen pineapple, pineapple drinks and salads excluded'),
        ('курица копченая', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'smoked chicken (whole or parts): none on sale; Перекрёсток «Салат из копченой курицы с ананасом» (a ready salad), chicken sausages (варёно-копчёная/полукопчёная колбаса из курицы) and raw chicken excluded'),
        ('гауда', {
            "pyaterochka": [],
            "magnit": ["1000387429", "1000452314", "1000500641", "8000032665", "07ea28435e"],
            "dixy": [],
            "perekrestok": ["4353316", "4353317", "4003953", "4003954"],
        }, 'Gouda cheese of any brand, fat, piece, weighed or sliced (Брест-Литовск, Село Зелёное «Гауда Премиум», Landkaas, Молокавоз «Гауда Голд», Маркет); other cheeses excluded'),
        ('кукурузу бондюэль 2 банки', {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["10E0064890", "2000279948", "DI00079261"],
            "perekrestok": [],
        }, 'Bonduelle/Бондюэль canned corn, any size and line (incl. «Молодая»); other Bonduelle products (peas, olives) and canned corn of other brands excluded; «2 банки» is a quantity'),
    ]),
    # L23 lemonades and water
    ('буратино лимонад, тархун черноголовка, вода без газа 5л бутыль', [
        ('буратино лимонад', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3359208", "3374813"],
        }, 'Буратино lemonade, any size (Черноголовка 1 l and 2 l); other lemonades (Тархун, Байкал, Дюшес, лимон) excluded'),
        ('тархун черноголовка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["20843"],
        }, 'Черноголовка Тархун (Перекрёсток 1 l); Тархун of other brands (Старые добрые традиции, Пр!ст, Маркет, Чудесное далеко) and other Черноголовка flavours (Кола, мандарин, Байкал, Буратино, Дюшес, лимон) and Черноголовка Бэйби water excluded'),
        ('вода без газа 5л бутыль', {
            "pyaterochka": ["3635131"],
            "magnit": ["c0d204fa30", "7f00277465", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000337258", "2000311289", "2000601611"],
            "perekrestok": ["2504", "3373718", "3674373", "4231308", "4263871", "4264399", "43693", "3217460", "3462773"],
        }, "still drinking water in 5 l bottles (incl. Пятёрочка Легенда Гор «негаз» 5.0, children's still water 5 l — Фрутоняня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси — and 5 l waters whose gas is not stated, taken as still: Источник здоровой жизни, Вода Люкс «с тарой», Виста — 5 l bottles are still water, outside knowledge); other sizes (0.33-2.5 l, Зелёная Линия 6 l), sparkling and flavoured water excluded"),
    ]),
    # L24 cognac and dessert
    ('коньяк армянский 5 лет, шоколад горький 70% пару плиток, кофе зерновой к торту', [
        ('коньяк армянский 5 лет', {
            "pyaterochka": [],
            "magnit": ["0aa1d8edbb", "1baca4b629", "791193d2ba"],
            "dixy": [],
            "perekrestok": [],
        }, 'Armenian brandy aged 5 years: Ной «армянский Подарочный 5-летний» 0.25 l and 0.5 l, Жемчужина Армении 5-летний (Armenian by name — outside knowledge, the 7-year of the brand says «(Армения)»); Armenian brandies of 3/7/8 years, XO and ВСОП (no age in years stated), Russian/French/Spanish 5-year brandies (Старейшина, Киновский, Коктебель, Fathers Old Barrel, Монте Шоко, Старый Кенигсберг) and cognac cocktails excluded'),
        ('шоколад горький 70% пару плиток', {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, 'bitter chocolate labelled 70 % cocoa: Lindt «горький какао 70%», Alpen Gold «Горький, 70%», Россия «Российский горький 70%», Зелёная Линия «на меду классический 70%»; 65 % and 75 % bitter chocolate, Зелёная Линия «Классический горький на меду, 70г» (70 g is the weight, no % stated), milk/white chocolate excluded; «пару плиток» is a quantity'),
        ('кофе зерновой к торту', {
            "pyaterochka": ["3649043", "3396617"],
            "magnit": ["010c4606ec", "1c2a14cd16", "285b220deb", "29d0446442", "30cb0411c1", "3537ad66c3", "3b6ffcb8f3", "46e47f37c9", "476327c381", "48fb31aaa1", "4e13c893b9", "91017de33b", "aa4dd46995", "b0961842e9", "df383edea4", "e74483f8e8", "ef7ceaf5e3", "f51c4712f0"],
            "dixy": [],
            "perekrestok": [],
        }, 'roasted coffee beans (в зернах / зерновой / Пятёрочка «зер.»), any brand and size, incl. JARDIN «Американо Крема зерновой, 1кг» (a 1 kg bag of beans); ground and instant coffee, «зерновой» bread, corn «в зернах» excluded; «к торту» is a purpose'),
    ]),
    # L25 tiramisu and strawberries
    ('торт тирамису, сливки 33% для взбивания 2 шт, клубничка свежая', [
        ('торт тирамису', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["23689"],
        }, 'a tiramisu cake: Перекрёсток «Торт Шоколадный тирамизу, 1кг» (spelled тирамизу); other cakes excluded'),
        ('сливки 33% для взбивания 2 шт', {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, 'cream of exactly 33 %: Вкуснотеево «для взбивания», Молочный мир стерилизованные 33 % (33 % cream whips — «для взбивания» is a purpose), Петмол 33 % (Пятёрочка titles it «Крем сливочный ул/паст.33%», the same product id as Перекрёсток «Сливки Петмол для взбивания»); 10/11/20 % cream, ice cream, curd «+ сливки» excluded; «2 шт» is a quantity'),
        ('клубничка свежая', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697994", "4097821", "4183392"],
        }, 'fresh strawberries (Перекрёсток «Клубника, 200г», Market Collection 200 g, «Крым» 450 g); frozen, dried, in syrup, fruit mixes and every strawberry-flavoured product excluded'),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzy"))
