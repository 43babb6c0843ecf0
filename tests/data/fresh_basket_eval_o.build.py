#!/usr/bin/env python3
"""Re-create fresh_basket_eval_o.jsonl -- 25 everyday shopping lists (food and non-food mixed) hand-labelled
against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_o.build.py

LISTS below is literal data: the lists exactly as written blind (fresh_basket_eval_o.blind_lists.txt, before
any offer was read) and, for every item and store, the product ids a reasonable shopper who typed exactly that
item would accept (in-stock offers only).  Candidate titles were grepped broadly in real_offers.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each
item records what was deliberately left out and any judgement that rests on outside knowledge.  An empty list
means the store has nothing acceptable (the item is "missing" there).  The labels were made without reading
korzina's matcher, its data files or the labels of any other set.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the list's
items in order) and writes the JSONL.  List ids are fo01, fo02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_o.jsonl")


def A(p=(), m=(), d=(), k=()):
    """Accepted ids per store, in the store order labelled_lists expects."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(k)}


NONE = "nothing acceptable in any of the four chains"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fo01 after work
    ("пельмени домашние заморож., сметанки 15 процентов банку, батончик нарезной, пивко светлое разливное", [
        ("пельмени домашние заморож.", A(p=["3672557", "3613537"], m=["167901"]),
         "«домашние» taken as the written variety: pelmeni titled Домашние (Цезарь ДОМАШНИЕ, Мираторг ДОМАШ./Домашние); "
         "other pelmeni (Сибирская коллекция, Бульмени, Ложкаревъ, Цезарь Классика, Мираторг Сливочные/мраморная "
         "говядина, Стародворье, Eat Meat) left out because the variety differs"),
        ("сметанки 15 процентов банку", A(p=["3665624"], m=["de14617e33", "199001"],
                                          k=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124",
                                             "4217907", "4335470", "4314536"]),
         "sour cream labelled exactly 15% (lactose-free 15% incl.); 10/20/25/30% sour cream, Махеевъ «Соус Сметанный», "
         "chips/croutons/cakes «со вкусом сметаны» excluded; «банку» (a tub) is the usual pack, not a filter"),
        ("батончик нарезной", A(p=["3985404"], k=["3974714"]),
         "diminutive of «батон нарезной»: Перекрёсток «Батон Нарезной», Пятёрочка «Батон \"Звездный\" нар» (нар. = "
         "нарезной); every chocolate/cereal/protein «батончик» (Snickers, Picnic, Fitofruit, Bombbar…) is a trap"),
        ("пивко светлое разливное", A(),
         NONE + ": no draft («разливное») beer is sold; bottled/canned light beer left out because the written form "
         "differs; Magnit «Miller Genuine Draft» is a bottled beer whose name only means «draft» (trap)"),
    ]),
    # fo02 barbecue before the weekend
    ("шашлычок свиной 1.5 кг, кетчуп хайнц к шашлыку, лавашик тонкий, уголек для мангала 3 кг", [
        ("шашлычок свиной 1.5 кг", A(),
         NONE + ": no ready (marinated) pork shashlik; raw pork neck/shoulder (шейка, лопатка) and Магнит «Стейк из "
         "свинины в маринаде» are not shashlik; Перекрёсток croutons «с шашлыком» a trap"),
        ("кетчуп хайнц к шашлыку", A(p=["4086400", "3631091"]),
         "Heinz ketchups (томатный, томат. с горчицей); «к шашлыку» read as the purpose, not the variety (no Heinz "
         "«Шашлычный» is offered); Heinz sauces (кисло-сладкий, Cherry, Salsa, сырный, терияки…), Heinz mayonnaise, "
         "tomato paste and other brands' «шашлычный» ketchups (Слобода, Махеевъ) excluded"),
        ("лавашик тонкий", A(),
         NONE + ": no лаваш; Mission wheat tortillas (Пятёрочка) are a different flatbread"),
        ("уголек для мангала 3 кг", A(k=["4318495"]),
         "Перекрёсток «Уголь древесный Пр!ст, 2.5кг»: charcoal is sold in bags of varying weight and «3 кг» reads as "
         "the quantity wanted, so the 2.5 kg bag is accepted; ice-cream «брикет» and «на мангале» vegetables are traps"),
    ]),
    # fo03 school lunches
    ("сок детский в маленьких коробочках, печеньки юбилейные, йогурт питьевой клубничный, бананчики 1 кг", [
        ("сок детский в маленьких коробочках", A(p=["3684252", "3684253", "3684254", "3637415"],
                                                 m=["8527bad76f", "bc852256db", "ca4384782b", "666fe2f86c",
                                                    "eef4bdbf61", "159931"]),
         "children's juice in small cartons (125-200 ml): Honey Kid 200 ml, Добрый «с 6 мес.» 0.2 л, Агуша 200 мл "
         "т/пак, Фрутоняня 0,2 л, Сады Придонья 125 мл ТБА (outside knowledge: Сады Придонья's 125 ml cartons are its "
         "children's line); any flavour. J7 «для детского питания» 0.3 л (a PET bottle), glass-bottle juices/nectars "
         "(Barinoff, Il Primo), 0.5-1.93 l packs, Агуша «вода+сок» and Perrier «с соком» excluded"),
        ("печеньки юбилейные", A(p=["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703",
                                    "3471173", "3655049"], m=["723991a07f", "199331"],
                                 k=["4352220", "4425157", "4371424"]),
         "every Юбилейное biscuit (no flavour written): traditional, molochnoe, glazed, oat, berry, whole-grain, "
         "nut, lenten; Юбилейное mini cakes (Магнит «Мини-кексы»), J.Meinl coffee «ЮБИЛЕЙНЫЙ», колбаса/карбонад "
         "«Юбилейная» excluded"),
        ("йогурт питьевой клубничный", A(p=["3628399", "4066181", "4035473"], m=["205071"]),
         "drinking yoghurt with strawberry: Чудо клубника-земляника 270 г (Пятёрочка's title lacks «питьевой»; "
         "Магнит titles the same product «питьевой»), Пятёрочка children's «Йогурт питьевой … со вкусом клубничного "
         "пломбира», Активиа клубника-земляника 260 г (outside knowledge: the 260 g Activia is the drinkable bottle). "
         "Left out: spoonable yoghurts (Чудо детки 85 г, Nature 70 г, 150 г cups), mixes where strawberry is one of "
         "three fruits (Активиа дыня/яблоко/черника), 270 г «Биойогурт с клубникой 1%» (form not stated), milkshakes "
         "and «коктейль йогуртный», strawberry-yoghurt candies/chocolate"),
        ("бананчики 1 кг", A(k=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas incl. mini bananas and organic; «1 кг» is the quantity wanted. Dried bananas, banana "
         "smoothies/juices/purees and banana-flavoured products excluded"),
    ]),
    # fo04 for an elderly parent
    ("творог 5 процентов 2 пачки, кефирчик 1% бутылку, овсяные хлопья геркулес долгой варки, хлеб ржаной нарезку", [
        ("творог 5 процентов 2 пачки", A(p=["3617778"], k=["4216657"]),
         "plain cottage cheese of exactly 5%; «Творог мягкий» 5.5%, Данон «Творог зерненый в йогурте» and Савушкин "
         "«101 зерно+сливки» with fruit (flavoured), children's творог 3.5%, сырники excluded"),
        ("кефирчик 1% бутылку", A(), NONE + ": the offers hold no kefir at all"),
        ("овсяные хлопья геркулес долгой варки", A(p=["4027131", "3472901"]),
         "traditional rolled oats: Клинские «Геркулес» and Увелка «Хлопья зерн. овсян. трад.» (outside knowledge: "
         "«традиционные» oat flakes are the long-cooking Hercules type); «Быстров без варки», buckwheat/rice/"
         "multigrain flakes, oat biscuits and Велле oat products excluded"),
        ("хлеб ржаной нарезку", A(),
         NONE + ": no rye bread; Пятёрочка «Хлеб Ржано-пшеничный» (rye-wheat), «Хреб Ржаной Край» and «Хлеб "
         "зерновой, Ржаной Край» (a brand, not rye bread) and rye flour excluded"),
    ]),
    # fo05 a bachelor's evening
    ("доширачки 3 шт, сасиски к ужину, пиво балтика семерка, чипсы с беконом побольше", [
        ("доширачки 3 шт", A(p=["4009567", "4009568"], m=["1000134679"]),
         "«доширак» used as the generic word for instant noodles (judgement): Роллтон and Пятёрочка «Изделия "
         "макаронные быстрого приготовления. Лапша» 90 г; no Доширак brand offer exists. Роллтон bouillon, lagman, "
         "funchoza, soba/udon and ready noodle dishes excluded"),
        ("сасиски к ужину", A(p=["3370433", "3607043", "3663361", "4045572", "26457", "3311600", "4025037",
                                 "3486631", "3359555", "3018288", "3018289", "3642007", "3948226", "3385843"],
                              m=["159871", "112421", "206081", "213611"], k=["4056912"]),
         "typo for «сосиски»: every сосиски offer (any kind, incl. with cheese and poultry); сардельки, «Хотстеры, "
         "сосиски в тесте» and sandwiches excluded"),
        ("пиво балтика семерка", A(m=["104801"]),
         "Балтика № 7 only (Магнит 1,35 л); Балтика №0 alcohol-free beers and beer drinks excluded"),
        ("чипсы с беконом побольше", A(),
         NONE + ": no bacon-flavoured chips; Кириешки «холодец/бекон/ветчина» are croutons, bacon itself is meat"),
    ]),
    # fo06 a big family
    ("макарошки 5 пачек, курочку целую тушку, картохи 3 кг, масло подсолнечное 1л нерафинированное, яйца два десятка", [
        ("макарошки 5 пачек", A(p=["4075782", "4037645", "4037652", "4037654", "94424", "4008044", "4008045",
                                   "4008046", "4008047", "3687625", "4072891", "4072894", "4077766", "4077767",
                                   "4077771", "4037666", "4037644", "18453", "18460", "18463", "18497", "4075778"],
                                m=["199251", "167851", "214631"]),
         "any dry pasta (spaghetti, penne, shells, vermicelli, soup stars, farfalle…); instant noodles, lagman/soba/"
         "udon/funchoza, ready pasta dishes and kits (Карбонара, Портобелло), Macaronika cakes excluded"),
        ("курочку целую тушку", A(d=["4cc1fb4741"], k=["3153446", "4312266", "4068157", "4252168"]),
         "a whole raw chicken: Дикси «Цыпленок-бройлер охлажденный» (whole bird), Перекрёсток «Тушка цыплёнка» "
         "(incl. halal) and «Цыплёнок корнишон»; chicken parts, duck «тушка утёнка», squid/fish «тушка», купаты and "
         "canned chicken excluded"),
        ("картохи 3 кг", A(m=["199751", "168701", "168671", "109571", "107511"], d=["72aaa021b7"],
                           k=["2099571", "3646068"]),
         "fresh potatoes of any kind/pack (3 кг is the quantity wanted); starch, chips, «Картошка марципановая», "
         "vareniki, Knorr «Картошка по-деревенски», salads and herring «к картошке» excluded"),
        ("масло подсолнечное 1л нерафинированное", A(),
         NONE + ": only refined sunflower oil (Mr.Ricco, Благо, Слобода, Олейна) and Almador flavoured oil are "
         "offered; unrefined is written, so they are left out; unrefined olive oil is another oil"),
        ("яйца два десятка", A(p=["3341462", "3620510", "3446505"],
                               k=["3634491", "3662512", "3062836", "3446505", "4068694", "44323", "3062835",
                                  "3341462"]),
         "chicken eggs in packs of 10 (bought twice) or 20; 6-egg packs and quail eggs excluded, mayonnaise «на "
         "перепелином яйце» a trap"),
    ]),
    # fo07 holiday table
    ("шампанское полусладкое российское, икорку красную баночку, майонез провансаль махеев, горошек зеленый 2 банки, шпроты в масле", [
        ("шампанское полусладкое российское", A(m=["213561", "1a44269ee1", "159461"]),
         "semi-sweet white sparkling wine made in Russia: «Шампанское Российское, Классическое, полусладкое», Абрау-"
         "Дюрсо «Императорское» п/сл, «Шато Тамань» п/сл (outside knowledge: both Russian). Лыхны (Abkhazia), "
         "Lambrusco (Italian rosé), Asti (sweet), brut/dry proseccos, alcohol-free «игристое» excluded"),
        ("икорку красную баночку", A(p=["2046731"], m=["105041"],
                                     k=["3465904", "4437727", "4432583", "4411674", "4433327", "4320227", "4323783",
                                        "4428864", "4386122", "4383708", "4411673"]),
         "real salmon/trout roe (горбуша, кета, кижуч, нерка, форель); Пятёрочка «СВК Икра ТУНГУТУН лос.» taken as "
         "salmon roe from «лос.» (= лососевая). Sturgeon (black) roe, «икорное рыбное изделие»/«икра деликатесная» "
         "imitations, grib/ovoshchi «икра», salads and chips/croutons «со вкусом красной икры» excluded"),
        ("майонез провансаль махеев", A(k=["2047206"]),
         "Махеевъ Провансаль only (Перекрёсток, with lemon juice); Махеевъ «С перепелиным яйцом» is not titled "
         "Провансаль; other brands' Провансаль and Махеевъ ketchup/jam/sauces excluded"),
        ("горошек зеленый 2 банки", A(p=["4043589"], m=["203021", "111581", "213651"],
                                      k=["27460", "41891", "82254", "4273266", "4345766"]),
         "canned green peas of any brand/size; «2 банки» is the quantity"),
        ("шпроты в масле", A(p=["3475329", "3609788", "3469704", "3648434", "3468684", "3504456"], m=["109251"]),
         "шпроты (all of them in oil; «Шпроты крупные» accepted as шпроты are by definition in oil, «шпроты из "
         "салаки» included); Перекрёсток «Килька … пряного посола в масле» (not smoked sprats), kilka in tomato "
         "excluded"),
    ]),
    # fo08 cleaning the bathroom
    ("доместос для туалета, средство от плесени в ванной, губки для ванны жесткие, перчатки резиновые размер м", [
        ("доместос для туалета", A(p=["3956850", "3956853", "3607497"]),
         "Domestos products for the toilet: «ДЛЯ УНИТАЗА» gels and the «Блок д/очищ.унитаза Domestos Power 5»; "
         "Domestos «универсальное» (Пятёрочка, Магнит) and other brands' toilet cleaners (Bref, Comet) excluded"),
        ("средство от плесени в ванной", A(), NONE + ": no mould remover; «плесень» occurs only in cheese titles"),
        ("губки для ванны жесткие", A(), NONE + ": no sponges"),
        ("перчатки резиновые размер м", A(), NONE + ": no gloves"),
    ]),
    # fo09 cleaning the kitchen
    ("фейри лимонный, пемолюкс порошок, средство для духовки и плиты, тряпки из микрофибры", [
        ("фейри лимонный", A(p=["3501026", "3500750"]),
         "Fairy «Сочный лимон» 450/900 ml; Fairy Нежные руки/Platinum and AOS «Лимон» (another brand) excluded"),
        ("пемолюкс порошок", A(p=["3463865", "3463866"]),
         "Пемолюкс cleaning powder, any scent; Comet powder (another brand) excluded"),
        ("средство для духовки и плиты", A(p=["3362360", "3362660", "2089767"], m=["7f51925bae"]),
         "kitchen grease removers (Unicum «Жироудалитель», Cillit Bang «АНТИЖИР»), accepted on outside knowledge "
         "(they are sold for hobs and ovens); Cillit Bang «антиналет» (limescale), universal cleaners and dish soap "
         "excluded"),
        ("тряпки из микрофибры", A(), NONE + ": no cloths"),
    ]),
    # fo10 for the car
    ("омывайка зимняя -20, влажные салфетки для рук, освежитель в машину елочка", [
        ("омывайка зимняя -20", A(), NONE + ": no screen wash"),
        ("влажные салфетки для рук", A(p=["3664696", "3632651"], m=["1000196357"],
                                       k=["3976937", "3917869", "4166484", "4174787"]),
         "general/antibacterial wet wipes; newborn wipes (Kokoro), dry paper napkins, «салфетки в рулоне» and "
         "Carefree panty liners «Салфетки» (trap) excluded"),
        ("освежитель в машину елочка", A(),
         NONE + ": only room air fresheners (Glade, Air Wick, Symphony, Магнит) are sold; «Ёлочка» lollipops a trap"),
    ]),
    # fo11 at the dacha
    ("уголь березовый 5 кг, жидкость для розжига 1л, средство от комаров на дачу, пакеты для мусора 120л прочные", [
        ("уголь березовый 5 кг", A(),
         NONE + ": the only charcoal (Перекрёсток Пр!ст 2.5 кг) does not say birch and is half the weight"),
        ("жидкость для розжига 1л", A(), NONE),
        ("средство от комаров на дачу", A(m=["f932693dd1"]),
         "Магнит aerosol ГАРДЭКС ЭКСТРИМ «от всех летающих насекомых и клещей» accepted as a mosquito repellent "
         "(outside knowledge); nothing else against mosquitoes is offered"),
        ("пакеты для мусора 120л прочные", A(),
         NONE + ": only 35 l and 60 l bin bags (Магнит); the written 120 l is a size"),
    ]),
    # fo12 breakfast
    ("кофе нескафе голд банку 190г, сахар рафинад 1 кг, сливки 10% маленькие, сыр плавленый в треугольниках", [
        ("кофе нескафе голд банку 190г", A(p=["3658915"], m=["199191", "109351"]),
         "Nescafe Gold 190 g (size written); Gold 75/85/95/130 g, Gold Crema/Espresso/Barista/Origins, Classic and "
         "Latte sachets excluded; Магнит does not say whether its 190 g is a jar or a refill pack (accepted)"),
        ("сахар рафинад 1 кг", A(m=["07d5c3205d"]),
         "Магнит «Сахар белый прессованный 1кг» (pressed cubes = рафинад); cane «нерафинированный» sugar excluded"),
        ("сливки 10% маленькие", A(p=["3634638"], k=["4178852"]),
         "10% cream in the small packs offered (480-500 ml, children's Сарафаново incl.); Магнит Домик в деревне "
         "950 г is not small; 20% cream and «Заменитель сухих сливок» excluded"),
        ("сыр плавленый в треугольниках", A(p=["3908610", "3908611"]),
         "Viola 130 г boxes (outside knowledge: Viola's 130 g round box holds triangle portions); processed cheese "
         "in tubs/blocks (Viola 200/400 г, Карат, President, Hochland 400 г, Экомилк, Дружба), sliced processed "
         "cheese and Фетакса excluded"),
    ]),
    # fo13 a baby at home
    ("пюре фрутоняня из яблок, подгузники памперс 4 размер, детские влажные салфетки без запаха", [
        ("пюре фрутоняня из яблок", A(),
         NONE + ": Фрутоняня offers only mixed or non-apple purees (яблоко/малина со сливками, яблоко/банан/груша с "
         "печеньем, meat, fish, vegetables) and «Кусочки фр. из ябл.» (a fruit snack)"),
        ("подгузники памперс 4 размер", A(p=["3680541", "3447848"]),
         "Pampers size 4: «Подг-тр. PREM.CARE 9-15 р4» and «Трусики-подгузники Pampers, Maxi» (outside knowledge: "
         "Maxi = size 4); pant-style diapers accepted as «подгузники». Pampers 3/5/6, Huggies and Kokoro size 4 "
         "(other brands) excluded"),
        ("детские влажные салфетки без запаха", A(),
         NONE + ": the only baby wipes (Kokoro «для новорожденных») do not say unscented; general wipes excluded"),
    ]),
    # fo14 the cat
    ("корм для кошек felix пакетики, наполнитель древесный для кота", [
        ("корм для кошек felix пакетики", A(p=["3413294", "3603050", "3603051", "3603052", "3603053"]),
         "Felix wet food for adult cats in 85 g pouches (outside knowledge: Felix 85 g is sold in pouches); Felix "
         "«для котят» excluded, Sheba/Whiskas/Purina One are other brands"),
        ("наполнитель древесный для кота", A(), NONE + ": no cat litter"),
    ]),
    # fo15 tea time
    ("чай гринфилд зеленый в пакетиках, вафли артек, мед цветочный", [
        ("чай гринфилд зеленый в пакетиках", A(),
         NONE + ": Greenfield offers are black (Spring Melody, Golden Ceylon, Kenyan Sunrise)"),
        ("вафли артек", A(), NONE + ": no Артек wafers; Яшкино, Коломенское, Коровка etc. are other brands"),
        ("мед цветочный", A(p=["3645764", "3645749"], m=["d32ff23653"]),
         "natural flower honey (incl. «цветочный монофлорный Восточная липа», «цветочный разнотравье»); «Крем-мёд» "
         "with raspberry / lemon-ginger (flavoured) and honey-flavoured sweets excluded"),
    ]),
    # fo16 laundry
    ("стиральный порошок тайд, ленор кондиционер для белья, пятновыводитель ваниш розовый", [
        ("стиральный порошок тайд", A(m=["262159b924", "198901", "167921", "105941", "106541"]),
         "Tide washing powder of any variant (Color, Детский, для чувствительной кожи, Tide Lenor Color); Tide liquid "
         "and capsules (not powder), Ariel/Persil/Bimax/Лоск/Биолан powders excluded"),
        ("ленор кондиционер для белья", A(p=["3465388", "3669625", "4025712"], m=["203041", "159881", "205131"]),
         "Lenor fabric conditioners, any scent; Tide Lenor and Ariel «Touch of Lenor» powders, Vernel excluded"),
        ("пятновыводитель ваниш розовый", A(),
         NONE + ": outside knowledge: pink Vanish is the colour-safe Oxi Action; Пятёрочка «VANISH OXI ACTION "
         "д/бел.ткан» is the white-fabric one and Магнит «Oxi Advance пятновыводитель + отбеливатель» the bleaching "
         "one; Vanish Gold carpet cleaner excluded"),
    ]),
    # fo17 soup vegetables
    ("свекла пару штук, капуста белокачанная кочан, морковь 1 кг, лук репчатый сетку", [
        ("свекла пару штук", A(m=["168801"], k=["19768"]),
         "fresh beetroot; beet salads and vegetable juices with beet excluded"),
        ("капуста белокачанная кочан", A(d=["4738b3129c"]),
         "fresh white cabbage (Дикси «белокочанная ранняя»); sauerkraut, Chinese cabbage, broccoli, cauliflower, "
         "sea-kale salads excluded"),
        ("морковь 1 кг", A(m=["199761"], k=["52112"]),
         "fresh carrots; Korean carrot salads, carrot juice/nectar, sauerkraut with carrot excluded"),
        ("лук репчатый сетку", A(m=["168721"], k=["79012", "79135"]),
         "onions titled «репчатый» (red and white); «сетку» (a net bag) read as the usual pack, not a filter. "
         "Ялтинский, шалот, салатный, «Светофор» mix, green onion and «луковки» excluded"),
    ]),
    # fo18 fish day
    ("селедочка слабосоленая, минтай замороженный тушка, рис для плова длиннозерный", [
        ("селедочка слабосоленая", A(p=["4043492", "3497722", "3637884"],
                                     k=["4402737", "4402738", "4056953", "4034451", "4364450", "4147685", "3497722",
                                        "4364448", "4367699", "4367712", "4360965", "4225103", "79542", "79544",
                                        "3637884"]),
         "herring titled слабосолёная/малосольная, plus Матиас (outside knowledge: matjes is lightly salted) incl. "
         "flavoured (с укропом, ароматом дыма, в вине); herring not said to be lightly salted (Vici «в рассоле с "
         "пряностями», «специального посола», Тесей/Балтийский берег «Царская», Раптика, Магнит fillets in oil, "
         "Меридиан), «Сельдь под шубой» salads, herring roe and сельдерей excluded"),
        ("минтай замороженный тушка", A(),
         NONE + ": only «Минтай филе без кожи» (a fillet, not the whole fish) is offered"),
        ("рис для плова длиннозерный", A(p=["3413111", "3992161"], m=["448fba0b94"]),
         "rice sold for plov that is not round-grain (Националь «для плова», Global Village «Рис для плова») and "
         "plain long-grain rice (Националь «Лазер длиннозерный»); Мистраль «для плова традиционный» (Магнит's "
         "title says круглый), round Краснодарский/Кубань, aromatic basmati/jasmine, «Девзира с зирой» (spiced), "
         "brown and mixed rice excluded"),
    ]),
    # fo19 a diet
    ("яблоки зеленые кислые, кефирчик 2.5 %, хлебцы ржаные", [
        ("яблоки зеленые кислые", A(m=["200671"]),
         "Магнит «Яблоки Гренни Смит» (outside knowledge: the green sour variety); red, Гала, Медовый хруст, "
         "«сезонные» apples and apple products excluded"),
        ("кефирчик 2.5 %", A(), NONE + ": the offers hold no kefir"),
        ("хлебцы ржаные", A(p=["3692903"]),
         "rye crispbread: Щедрые «Хлебцы тонкие бородинские» (Borodinsky = rye); ржано-пшеничные, wheat, "
         "corn-rice, 5-grain and cereal crispbread excluded"),
    ]),
    # fo20 football with friends
    ("кола 2л пару бутылок, чипсы принглс оригинал, водка хорошая 0.5, сок томатный с солью", [
        ("кола 2л пару бутылок", A(p=["4316013", "4213891", "3684656"], k=["4213891", "1860"]),
         "cola drinks in 2 l bottles (Coca-Cola, Pepsi, Черноголовка Кола, Любимая Кола); other sizes, Fanta/7Up 2 л "
         "and lemonades excluded"),
        ("чипсы принглс оригинал", A(),
         NONE + ": Pringles offers are паприка, краб, сыр and rice chips; no Original"),
        ("водка хорошая 0.5", A(m=["2fc1277b9b", "1ea5fbb268", "199131", "202321", "202051", "199141", "202041",
                                   "167671", "167591", "159761", "160071", "108971", "111501", "204991", "213221"]),
         "unflavoured vodka in 0.5 l bottles («хорошая» is a wish, not a filter); other sizes (0.25-1 l, Хлебная "
         "половинка 0.45 л) and «особая» flavoured vodkas (Зелёная Марка кедровая, Талка Сибирский Кедр, Зимняя "
         "деревенька можжевеловая, Хортиця особая, Перепелка) excluded"),
        ("сок томатный с солью", A(m=["73e225090c"], k=["3498246"]),
         "tomato juice titled «с солью»; tomato juice without salt stated, Добрый tomato nectar «с сахаром и солью», "
         "!DEAS tomato-cucumber juice and tomatoes in juice excluded"),
    ]),
    # fo21 bathroom shelf
    ("зубная паста колгейт отбеливающая, шампунь клир от перхоти, гель для душа для мужа, туалетная бумага 3 слоя 12 рулонов", [
        ("зубная паста колгейт отбеливающая", A(p=["3605411"]),
         "Colgate Total 12 «Проф. Отбел.»; Colgate «Проф. чистка», Кальций-Ремин, brushes and Plax, and other "
         "brands' whitening pastes excluded"),
        ("шампунь клир от перхоти", A(p=["3958227"]),
         "Clear shampoo titled «против перхоти»; Clear «Vita abe вып.вол.» (hair loss) and Clear 2в1 мужской "
         "(not said to be anti-dandruff), Head&Shoulders/Schauma anti-dandruff (other brands) excluded"),
        ("гель для душа для мужа", A(p=["3440044", "3626165"], m=["1d4676bb70"]),
         "men's shower gels: Palmolive MEN Sport, Palmolive Men 3в1, Чистая Линия 3в1 «д/мужч» (shampoo-conditioner-"
         "gel); unisex/women's gels, Old Spice gift set (gel + deodorant), shaving gels excluded"),
        ("туалетная бумага 3 слоя 12 рулонов", A(),
         NONE + ": 3-ply paper comes in 8 rolls only (Papia, Zewa Deluxe) and 12-roll packs are 2-ply; both written "
         "values are taken as the pack wanted"),
    ]),
    # fo22 baking
    ("мука высший сорт 2 кг макфа, дрожжи сухие саф-момент, разрыхлитель для теста пакетик, ванильный сахар пакетики", [
        ("мука высший сорт 2 кг макфа", A(k=["91304"]),
         "Makfa top-grade flour 2 kg; Makfa 1 kg (size written), other brands' flour (Пышечка, Рязаночка, Сто "
         "пудовъ) excluded"),
        ("дрожжи сухие саф-момент", A(k=["17366"]), "Саф-Момент dry yeast; frozen yeast dough excluded"),
        ("разрыхлитель для теста пакетик", A(k=["4236368"]), "Пр!ст baking powder 10 г"),
        ("ванильный сахар пакетики", A(), NONE + ": no vanilla sugar or vanillin"),
    ]),
    # fo23 Sunday pasta dinner
    ("фарш говяжий 500 гр, макароны перья барилла, сыр пармезан тертый, помидорки розовые", [
        ("фарш говяжий 500 гр", A(p=["3447375", "3398465", "4065830"]),
         "beef mince (400 g packs; «500 гр» read as the quantity wanted); pork-beef «домашний» mince, pork, chicken "
         "and turkey mince and stuffed olives excluded"),
        ("макароны перья барилла", A(p=["4037652"]),
         "Barilla Penne Rigate (= перья); other Barilla shapes (Капеллини, Пипе, Джирандоле, Спагетти) and other "
         "brands' перья excluded"),
        ("сыр пармезан тертый", A(p=["3433812"], k=["3963977", "3433812"]),
         "grated parmesan: Cheese Gallery «тёртый хлопья», Dolce Granto «тёртый»; Пятёрочка «Сыр Пармезан, Dolche, "
         "150 г» has the same id and weight as Перекрёсток's «Dolce Granto Пармезан тёртый 40%, 150г» and is "
         "accepted as that product (judgement); parmesan in pieces, grated Голландский/Моцарелла, chips and fuet "
         "with parmesan excluded"),
        ("помидорки розовые", A(m=["107631"], k=["4355823"]),
         "tomatoes titled розовые (Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый»); red, cherry, "
         "plum, Бакинские (colour not stated) and salted tomatoes excluded"),
    ]),
    # fo24 healthy eating
    ("грудку куриную, брокколи замороженая, йогурт греческий натуральный", [
        ("грудку куриную", A(p=["2160026", "3963723"],
                             k=["2160026", "3068079", "4328961", "2160069", "2173555", "3658841", "4306577"]),
         "raw chicken breast / breast fillet (Петелинка «Филе цыплёнка малое» taken as breast fillet); cooked "
         "(запеченное, гриль) fillet, duck breast, pork «Грудка по-черкизовски» and sandwiches excluded"),
        ("брокколи замороженая", A(m=["23e8f39e40"]),
         "Морозко frozen broccoli (typo «замороженая»); baby purees with broccoli excluded"),
        ("йогурт греческий натуральный", A(k=["3601417", "4326197", "3697856", "4326198", "4324114", "4068957"]),
         "plain Greek yoghurt (Teos, Простоквашино, Neo «классический без сахара», Зелёная Линия «натуральный»); "
         "Greek yoghurts with черника/вишня/малина-мята, Сиртаки and Фетика cheese excluded"),
    ]),
    # fo25 in front of the TV
    ("семечки от мартина, сухарики кириешки холодец с хреном, пиво жигулевское в банках", [
        ("семечки от мартина", A(p=["3403508", "3630849", "3669122"], m=["1000229533"]),
         "От Мартина sunflower seeds (отборные, особые, с солью); От Мартина pumpkin seeds and peanuts, other "
         "brands' seeds (Бабкины, От Атамана, Богучарские) excluded"),
        ("сухарики кириешки холодец с хреном", A(m=["e26d76ca46", "4fb9148fb2"]),
         "Магнит's Кириешки cards «холодец/бекон/ветчина» 40 г and 100 г list the flavours sold under one card, "
         "холодец (с хреном) among them (judgement); other croutons (Хрусteam, Три семёрки…) excluded"),
        ("пиво жигулевское в банках", A(), NONE + ": no Жигулёвское beer"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fo"))
