#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xh.jsonl -- a father's hasty weekly family lists (personal care, laundry and
household chemicals, nappies and wipes, some everyday food) hand-labelled against the real offers in
real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xh.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, copied byte for byte from
fresh_basket_eval_xh.blind_lists.txt (written before any offer was read) -- except the one documented
replacement in fxh16 («антижир cif» -> «антижир юникум», see REPLACED and the README) -- and for every
item the product ids of every in-stock offer of each store that a reasonable shopper would accept.
Candidates were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin
and Cyrillic brand spellings, mixed-script titles, ё/е) and read one by one; every title matching an
item's stem that was not accepted was listed and re-read.  The note of each item says what was accepted,
what was deliberately left out and which judgements rest on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in
order -- and writes the JSONL; labelled_lists.stats prints the counts.  Ids fxh01 ... fxh25, split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xh.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xh.blind_lists.txt")

# list index (1-based) -> (blind text, text used) for the only replacement made after labelling
REPLACED = {
    16: ("средство для полов ламинат, антижир cif, мистер мускул для окон и стекол",
         "средство для полов ламинат, антижир юникум, мистер мускул для окон и стекол"),
}


def E(label, p, m, d, x, note):
    """One item: accepted ids for pyaterochka, magnit, dixy, perekrestok (in that order)."""
    return (label, {"pyaterochka": p, "magnit": m, "dixy": d, "perekrestok": x}, note)


CHEESE_P = ["4045672", "3976999", "3619760", "4011107", "3605249", "3669895", "3448799", "3658573", "3914313",
            "4062968", "3672506", "4070003", "3631154", "3918445", "4047497", "3695000", "24647", "3462825",
            "4055754", "3919797", "4046889", "3436718", "3670271", "3926818", "3435839", "3670270", "3926819",
            "4062961", "3452403", "4087692", "3433812", "3433594", "3504112", "3953338", "4078315", "3932860",
            "3650219", "3693219", "3665147"]
CHEESE_M = ["fb96cc90aa", "a75e794e26", "199231", "160261", "111651"]
CHEESE_X = ["3912980", "3498368", "3453245", "4418717", "4111694", "4263132", "4377387", "4078445", "3452403",
            "4050804", "3480834", "4263131", "3433594", "4377381", "15105", "4260755", "3920347", "4108547",
            "4108549", "4392389", "3640879", "4325430", "4325429", "3654470", "4029240", "3025963", "3466978",
            "3640880", "4108551", "4121963", "4089117", "3621896", "3206443", "4011107", "3432217", "3505827",
            "4366826", "3432218", "4121964", "4050805", "4227953", "3165362", "4384302", "4236799", "3436716",
            "3668842", "3963977", "4394485", "3446529", "4236800", "4302547", "3626124", "4074230", "24160",
            "3668519", "4280100", "4349449", "4352845", "4050535", "3446834", "4349451", "3433812", "3958444",
            "4050536", "3203422", "3620040", "4108550", "3614011", "3693219", "3918445", "4280098", "3484610",
            "4373714", "3228233", "4289052", "4378185", "4297132", "3421874"]

PELMENI_P = ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703",
             "3613651", "4000407", "3693405", "3671957", "3672557"]
PELMENI_M = ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"]

TEA100_P = ["4002510", "3998702", "3378327", "3662837", "3450276", "3950803", "3620106", "3635756", "3378336",
            "3424384", "3499718", "3446638", "3472459", "2070472", "3948128", "11200", "3689577", "3628990"]
TEA100_M = ["159991", "206041", "109361", "199261", "199201", "213601"]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxh01 nappies and breakfast
    ("памперсы размер 4 на неделю, влажные салфетки детские 2 уп, молоко 3.2 литровое, хлебушка белого", [
        E("памперсы размер 4 на неделю", ["3159433"], ["160221"], [], ["4295222"],
          "size-4 taped nappies of any brand («памперсы» is used generically): Пятёрочка Pampers Active Baby-Dry р4 "
          "(title in mixed script «РAM.Подг.»), Магнит Huggies Ultra Comfort для девочек 4, Перекрёсток Kokoro Maxi р.4; "
          "pants (трусики-подгузники р4/Maxi, Pampers Pants, Huggies, Kokoro) excluded because the same writer asks "
          "for «трусики» by name elsewhere (fxh08); sizes 2/3/5/6 excluded; «на неделю» is a quantity"),
        E("влажные салфетки детские 2 уп", [], [], [], ["3697052"],
          "baby wet wipes: Перекрёсток Kokoro «для новорожденных»; antibacterial/antiseptic/cosmetic wipes and "
          "Tolli Plus (not labelled for children), paper napkins and Carefree panty-liner «салфетки» excluded; "
          "«2 уп» is a quantity"),
        E("молоко 3.2 литровое", [], [], [], ["2f04f03749", "b4411ba8d4", "488d323508", "01f728b210", "f50aeac1bb"],
          "cow milk 3.2 % in a 1 l pack (Белый Город, Рогачевъ, Славянские Кружева, Эконива x2); «литровое» names "
          "the pack, so 900-975 ml, 1 kg, 1.4 l, 1.947 l and 2 l packs (Дикси Веселая коровка 970 мл, Пятёрочка "
          "Сарафаново/Маша и Медведь 970 мл, Агуша 925 мл, Село Зеленое 2 л) are excluded, as are топлёное, ranges "
          "3.2-4 % / 3.2-6 % and other fats"),
        E("хлебушка белого", ["3985404"], [], [], ["3974714"],
          "white wheat bread: Пятёрочка Батон «Звездный» нарезной, Перекрёсток Батон Нарезной; rye and rye-wheat "
          "loaves (Даниловский, Марьин заварной, Ржаной Край), сдоба (Чиполлино, плюшка), хлебцы, гренки excluded"),
    ]),
    # fxh02 laundry
    ("порошек tide автомат 3кг, кондер для белья ленор, ваниш розовый жидкий", [
        E("порошек tide автомат 3кг", [], [], [], [],
          "Tide powder automat in a 3 kg pack: none; Магнит Tide powders are 400 г, 2.4 кг (Детский), 2.5 кг "
          "(Колор, Lenor Color) and 4 кг (Color) -- the written pack size excludes them; Tide liquids and "
          "capsules are not powder"),
        E("кондер для белья ленор", ["3465388", "3669625", "4025712"], ["205131", "159881", "203041"], [], [],
          "every Lenor fabric conditioner (Золотая орхидея, Масло ши, Haute Couture, Альпийские луга, миндальное "
          "масло); powder «Tide Lenor Color» and «ARIEL Touch of Lenor» are detergents, excluded"),
        E("ваниш розовый жидкий", [], [], [], [],
          "pink (colour-safe) liquid Vanish Oxi Action: none; Пятёрочка «VANISH Пятнов. OXI ACTION сп.д/бел.ткан 1л» "
          "is the white-fabric version (not pink), Магнит Vanish Oxi Advance is a powder, Vanish Gold is a carpet "
          "cleaner"),
    ]),
    # fxh03 bathroom
    ("шампунька детская без слезок, гель д/душа мужской, зуб. паста сплат, щетка зубная детская мягкая", [
        E("шампунька детская без слезок", [], [], [], [],
          "children's «no tears» shampoo: none (Johnson's Baby is present only as oil and cream; adult "
          "shampoos excluded)"),
        E("гель д/душа мужской", ["3440044", "3626165", "3241074", "3380358"], ["1d4676bb70"], [], [],
          "men's shower gels: Palmolive Men Спорт, Palmolive Men 3 в 1, Чистая Линия 3в1 «д/мужч» (shampoo+"
          "conditioner+shower gel); outside knowledge: Fa «охлаждение экстрим» taken as Fa Men Xtreme Cool and "
          "NIVEA «Заряд чистоты» as the NIVEA MEN gel; gift sets (Old Spice, Palmolive), unisex/women's gels (Fa "
          "Йогурт, Le Petit Marseillais, Dove, «Ветивер», Nivea «увлажнение»), shaving gels excluded"),
        E("зуб. паста сплат", ["3230372", "3691935", "3480375"], ["32cc6f1bd5"], [], [],
          "every Splat toothpaste (Blackwood, Черный лотос, Professional, Junior for children); Splat toothbrushes "
          "excluded"),
        E("щетка зубная детская мягкая", [], [], [], [],
          "children's soft toothbrush: none; Colgate, Biomed and Splat brushes are adult (Splat «hard»)"),
    ]),
    # fxh04 baby and kefir
    ("подгузники huggies 5, салфетки влажные без отдушки, крем под подгузник бюбхен, кефирчик 1% пару пакетов", [
        E("подгузники huggies 5", [], ["111671"], [], [],
          "Huggies taped nappies size 5: Магнит Ultra Comfort для девочек 5 (girls' version accepted); Пятёрочка "
          "HUGGIES трусики-подгузники р5 are pants, excluded; size 4 excluded"),
        E("салфетки влажные без отдушки", ["3664696", "3632651"], ["1000196357"], [],
          ["3976937", "4174787", "3917869", "3697052", "4166484"],
          "any wet wipes whose title names no fragrance (the negative wish excludes only what it names): Tolli Plus "
          "x2, SALFETI антибак, Home Story антибактериальные/антисептические/«с экстрактом чайного дерева» (an "
          "extract, not a named perfume), Пр!ст косметические, Kokoro для новорожденных; dry paper napkins, "
          "Carefree liners, BIG CITY LIFE roll wipes (dry) and moist toilet paper excluded"),
        E("крем под подгузник бюбхен", [], [], [], [],
          "Bübchen nappy cream: none (no Bübchen at all; Johnson's/Аванта creams are other brands)"),
        E("кефирчик 1% пару пакетов", [], [], [], [],
          "kefir 1 %: no kefir at all in the offers; Актимель/Имунеле «кисломолочный продукт», Даниссимо "
          "«коктейль кисломолочный» and yoghurts are not kefir"),
    ]),
    # fxh05 paper and dishes
    ("туалетка зева 8 рул, полотенчики бумажные, губки д/посуды 5шт, фейри лимон 900 мл большой", [
        E("туалетка зева 8 рул", ["4059050", "3900558"], [], [], [],
          "Zewa toilet paper in 8-roll packs (Deluxe 3-ply, Just 1 4-ply); Zewa Plus 12 rolls (Пятёрочка, Магнит) "
          "and Just 1 4 rolls excluded by the pack size; Zewa moist toilet paper (влаж.) and Zewa paper towels "
          "are other products"),
        E("полотенчики бумажные", ["3449212", "3431062", "3601010"], [], [], [],
          "paper kitchen towels: PAPIA 3сл 2 рул, ZEWA Полотенца бумажные, Familia 2 рулона; napkins, handkerchiefs "
          "and BIG CITY LIFE «Салфетки в рулоне» excluded"),
        E("губки д/посуды 5шт", [], [], [], [], "dish sponges: none in any store"),
        E("фейри лимон 900 мл большой", ["3501026"], [], [], [],
          "Fairy lemon dish liquid 900 ml: Пятёрочка FAIRY «СОЧНЫЙ ЛИМОН» 900мл; the 450 ml lemon Fairy is "
          "excluded by the size, other Fairy scents (Нежные руки, Platinum) and AOS lemon excluded"),
    ]),
    # fxh06 cleaning
    ("доместос в унитаз, белизна литр, перчатки хоз резиновые размер m, мешки мусорные 120л крепкие", [
        E("доместос в унитаз", ["3956853", "3956850", "3607497"], [], [], [],
          "Domestos for the toilet: «чистящее для унитаза» Ультра белый / Ультра блеск and the rim block Domestos "
          "Power 5; Domestos «универсальное» (Пятёрочка x4, Магнит x2) excluded (universal, as in set d); Bref, "
          "Comet toilet products are other brands"),
        E("белизна литр", [], [], [], [],
          "«Белизна» chlorine bleach: none («сияющая белизна» is a toothpaste claim)"),
        E("перчатки хоз резиновые размер m", [], [], [], [], "household rubber gloves: none in any store"),
        E("мешки мусорные 120л крепкие", [], [], [], [],
          "120 l bin bags: none; Магнит has 35 l and 60 l bags only (size excluded)"),
    ]),
    # fxh07 fridge basics
    ("яички с0 10шт, масло сливочное 82.5 пачки 2, сыр какой-нибудь, сасиськи молочные", [
        E("яички с0 10шт", ["3620510"], [], [], ["3062835", "44323", "3634491"],
          "hen eggs С0 / СО / отборные in packs of 10: Пятёрочка Волжское Утро отборные, Перекрёсток Окское СО, "
          "Роскар Экстра СО, Маркет СО; С1 eggs, the 6-egg «отборной категории» pack, 20-egg packs and quail eggs "
          "excluded"),
        E("масло сливочное 82.5 пачки 2", ["4063188", "3612680", "3948153", "3953367"], [], [], [],
          "butter labelled 82.5 %; 82 % (Президент, Простоквашино in Дикси and Магнит), 72.5 % and chocolate "
          "butter 62 % excluded (a written fat % must match exactly); «пачки 2» is a quantity"),
        E("сыр какой-нибудь", CHEESE_P, CHEESE_M, ["05060beac0"], CHEESE_X,
          "any real cheese -- hard, semi-hard, soft, white/blue mould, brine (сулугуни, чечил, брынза, сиртаки, "
          "feta Sveza), mozzarella, burrata, grated, sliced, the Laime Гауда+Тильзитер assortment; processed "
          "(плавленый, Viola, Карат, Crème de Brie, Hochland плавленый), творожный/крем-сыр (Almette, Hochland, "
          "Violette, Valio, Савушкин, Dorblu A La Creme), Фетакса, Экомилк «Фетика» (a Фетакса-type product), "
          "Mlekara «А ла Каймак» (a cream spread), сырки, cheese sauces/snacks excluded; outside knowledge: "
          "Пятёрочка «Сыр Hochland. Сливочный, 220 г» taken as Hochland cream cheese (Перекрёсток sells the 220 г "
          "Hochland as «творожный») and excluded; «какой-нибудь» is a wish"),
        E("сасиськи молочные", ["3642007"], ["112421", "213611"], [], [],
          "«Молочные» sausages: Пятёрочка Велком, Магнит 0,33 and 0,65 кг; «Сосиски Детям», Сливочные, "
          "Молочная колбаса (варёная колбаса, not sausages) excluded"),
    ]),
    # fxh08 toddler
    ("трусики pampers 5, присыпка детская, пюрешки фрутоняня яблочко, мыло детское кусок", [
        E("трусики pampers 5", ["4061716", "3680543", "3447849"], [], [], [],
          "Pampers pants size 5: Pants 5 (12-17 кг) Джамбо Плюс, Premium Care Pants р5; outside knowledge: "
          "Pampers Pants «Junior» 48 шт taken as size 5; Extra Large (6), Магнит Pants 6, taped Active Baby-Dry 5 "
          "and Kokoro/Huggies pants excluded"),
        E("присыпка детская", [], [], [], [], "baby powder: none in any store"),
        E("пюрешки фрутоняня яблочко", [], [], [], [],
          "ФрутоНяня single-apple puree: none; ФрутоНяня purees here are meat, fish, vegetable, apple-banana-pear "
          "with biscuit and apple-raspberry with cream (mixes excluded), «кусочки фр. из ябл.» are dried pieces; "
          "apple purees of Агуша, Gerber, Heinz, Сады Придонья are other brands"),
        E("мыло детское кусок", [], [], [], [],
          "children's bar soap: none (Camay, Fax, Safeguard, Dove crème bar are not children's soap)"),
    ]),
    # fxh09 laundry 2
    ("капсулы для стирки персил, гель для стирки детского белья, кондиционер для белья только не лаванда", [
        E("капсулы для стирки персил", ["4072309", "4072303"], ["168111", "205051", "1000287382"], [], [],
          "every Persil laundry capsule: Duo-caps color / свежесть от Vernel, ПЕРСИЛ Капсулы Колор, «Персил Капс "
          "Свежесть от Вернель»; outside knowledge: Пятёрочка «Средство для стирки концентрированное "
          "«Капс Колор» ... 14 шт» (no brand in the title, next id to the Persil caps, same wording) taken as "
          "Persil Power Caps Color; Persil gels/powders, Ariel/Tide/Лоск capsules excluded"),
        E("гель для стирки детского белья", [], [], [], [],
          "liquid detergent for children's clothes: none; Tide «Детский» is a powder and Vernel «детский» a "
          "fabric conditioner; Persil Сенситив is not labelled for children"),
        E("кондиционер для белья только не лаванда",
          ["3465388", "3669625", "3660969", "3625268", "3625310", "3625267", "3627017", "3627015", "4025712"],
          ["205131", "159881", "203041", "168241", "109371", "204441", "5f87c5ca15", "fe75ae637f", "e9a603915f",
           "6571916326"], [], [],
          "every fabric conditioner (Lenor, Vernel, «Е» Сенситив) -- none is lavender-scented, so the negative wish "
          "removes nothing; «PERSIL ЛАВАНДА» is a powder; hair conditioners (Tresemmé, Gliss Kur) excluded"),
    ]),
    # fxh10 shaving
    ("дезик олдспайс, пенка для бритья gillette, шампунь хэд н шолдерс ментоловый", [
        E("дезик олдспайс", ["3909980"], [], [], [],
          "Old Spice deodorant: Пятёрочка solid Captain 50 мл; Магнит Old Spice gift set (gel + deodorant) excluded "
          "as a set"),
        E("пенка для бритья gillette", [], [], [], [],
          "Gillette shaving foam: none; Магнит Gillette Mach3 is a shaving gel (other form), Arko foams are another "
          "brand"),
        E("шампунь хэд н шолдерс ментоловый", [], ["acec144b5f"], [], [],
          "Head & Shoulders menthol shampoo: Магнит «Шам2в1 МентОсв/ЭнерОкеан Микс» (an assortment of Ментол "
          "освежающий and Энергия океана) accepted; H&S «Основной уход», Supreme Укрепление, the 2в1 900 мл "
          "«основной уход» and the H&S conditioner excluded"),
    ]),
    # fxh11 dishwasher
    ("финиш таблетки для посудомоечной, соль для посудомойки финиш, ополаскиватель пмм", [
        E("финиш таблетки для посудомоечной", ["3948780", "3925971", "3955097"], ["106111"], [], [],
          "every Finish dishwasher tablet (Powerball All in 1 Max 50/65, Лимон 65, All In 1 50); Somat tablets "
          "excluded (brand)"),
        E("соль для посудомойки финиш", [], [], [], [], "Finish dishwasher salt: none (no dishwasher salt at all)"),
        E("ополаскиватель пмм", [], [], [], [],
          "dishwasher rinse aid: none; «ополаскиватель» titles are mouthwashes and hair conditioners"),
    ]),
    # fxh12 tea time
    ("кофе якобс растворимый мягкая упаковка, чай черн. в пакетиках 100шт, сахар песок 1кг пачка, печенье юбилейное 2 пачки к чаю", [
        E("кофе якобс растворимый мягкая упаковка", ["3488345", "3626060", "3636926", "3372172", "3444962"],
          ["205121"], [], [],
          "Jacobs instant coffee in a soft pack; no title states the pack, so outside knowledge of Jacobs pack "
          "sizes is used: Monarch 240 г, Gold 140 г, Millicano 75 г, Monarch Intense 150 г, Velour 70 г are soft "
          "packs and accepted; 95 г Monarch/Gold/Millicano and «CREMA ... ст/б 95г» are jars and excluded; "
          "ground, bean and capsule Jacobs/Monarch excluded"),
        E("чай черн. в пакетиках 100шт", TEA100_P, TEA100_M, [], [],
          "black tea in packs of 100 bags, flavoured black teas included (Earl Grey, Tess Pleasure фруктовый, "
          "Richard чабрец/розмарин, Greenfield Spring Melody, Tess шиповник-яблоко, Imperial «фруктовый»); "
          "outside knowledge: Принцесса Канди «цейлонский 100х2» taken as black, Richard «Royal English "
          "Breakfast ... в пак 200гр» taken as 100 bags x 2 г; 20/25-bag packs, loose tea, green/herbal tea "
          "excluded"),
        E("сахар песок 1кг пачка", [], [], [], [],
          "granulated sugar 1 kg: none; Магнит «Сахар белый прессованный 1кг» is lump sugar and Пятёрочка "
          "«Демерара» 500 г cane sugar, both excluded"),
        E("печенье юбилейное 2 пачки к чаю",
          ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
          ["723991a07f", "199331"], [], ["4352220", "4371424", "4425157"],
          "every Юбилейное biscuit (традиционное, молочное/витаминизированное с глазурью, ореховое, овсяное, "
          "постное, клюква, черника, земляничное, со вкусом шоколада, цельнозерновое); Юбилейное mini-cakes, "
          "Meinl «ЮБИЛЕЙНЫЙ» coffee and «Колбаса Юбилейная» excluded; «2 пачки» is a quantity"),
    ]),
    # fxh13 bathroom 2
    ("жидкое мыло для рук запасной блок, туалетная бумага 3х слойная, ватные диски 120шт, ватные палочки детские с ограничителем", [
        E("жидкое мыло для рук запасной блок", [], [], [], [],
          "liquid hand soap refill: none stated; Магнит AURA «Мыло жидкое ... 500мл» does not say it is a refill "
          "(dispenser bottle or doy-pack unknown) and is excluded"),
        E("туалетная бумага 3х слойная", ["3449118", "4059050"], [], [], [],
          "3-ply toilet paper: PAPIA белая 3сл 8 рул, Zewa Deluxe 3 сл; 2-ply (Familia Plus, Zewa Plus), 4-ply "
          "(Zewa Just 1) and «PAPIA WHITE DE LUXE» (ply not stated) excluded"),
        E("ватные диски 120шт", [], [], [], [], "cotton pads: none in any store"),
        E("ватные палочки детские с ограничителем", [], [], [], [], "cotton buds: none in any store"),
    ]),
    # fxh14 kids' snacks
    ("бананчиков штук 5, яблочки зелененькие, творожки агуша малой, ряженка или кефир", [
        E("бананчиков штук 5", [], [], [], ["4208494", "3757", "4112219", "3639749"],
          "fresh bananas (loose, packed, mini, organic); dried bananas and banana-flavoured goods excluded; "
          "«штук 5» is a quantity"),
        E("яблочки зелененькие", [], ["200671"], [], [],
          "green apples: Магнит «Яблоки Гренни Смит» (a green variety -- outside knowledge); red apples (Магнит "
          "«красные», Ред Делишес, Гала, Медовый хруст) and Перекрёсток «Яблоки сезонные» (colour not stated) "
          "excluded"),
        E("творожки агуша малой", [], [], [], [],
          "Агуша curd (творожок): none; Агуша here is milk, ryazhenka, purees and juices; Тема/Мама Лама curds "
          "and Чудо «Творожок» dessert are other brands"),
        E("ряженка или кефир", [], [], [], [],
          "plain ryazhenka or kefir: none; the only ryazhenka is Пятёрочка «Ряженка Агуша, клубника, 2,9%» -- a "
          "strawberry-flavoured children's product, excluded like flavoured milk; no kefir at all"),
    ]),
    # fxh15 for mum
    ("прокладки олвейз ночные, тампоны о.б нормал, бальзам-ополаскиватель для волос, палмолив гель душевой", [
        E("прокладки олвейз ночные", ["3424970"], [], [], [],
          "Always night pads: Пятёрочка «ALW.Прокл.ULT.NIGH.ЭКС.ЗАЩ.» (Always Ultra Night, abbreviated title); "
          "Kotex «УЛЬТРА НАЙТ», Kotex/Libresse day pads and Discreet liners are other brands"),
        E("тампоны о.б нормал", [], [], [], [],
          "o.b. Normal tampons: none; Пятёрочка O.B. Procomfort «супер плюс» is another absorbency"),
        E("бальзам-ополаскиватель для волос",
          ["3662131", "3489195", "3950553", "4089147", "4090529", "3682463", "3386406", "4090528", "3640020",
           "3653507", "3148662", "3679357"],
          ["5bcf1f8b69", "19894afb37", "168261", "205951", "204521", "107b59aaee"], [], [],
          "any rinse-off hair conditioner/balm (Fructis, Gliss Kur, Elseve, Syoss, Pantene, Head & Shoulders, "
          "Pro Series, Timotei, Schauma, Чистая линия, TRESemmé «Конд.» = hair conditioner); leave-in products "
          "(Gliss Kur express-conditioner spray, Fructis «крем 10в1 несмываемый»), 2в1/3в1 shampoos, fabric "
          "conditioners and the liquor «Бальзам Бугульма» excluded"),
        E("палмолив гель душевой", ["3664431", "3440044", "3626165", "4024923"], [], [], [],
          "every Palmolive shower gel (Роскошь масел, Men Спорт, Men 3в1, Натурэль гель-крем); Магнит Palmolive "
          "gift set (gel + soap) excluded as a set"),
    ]),
    # fxh16 cleaning 2 (one item replaced, see REPLACED)
    ("средство для полов ламинат, антижир юникум, мистер мускул для окон и стекол", [
        E("средство для полов ламинат", [], [], [], [], "floor/laminate cleaner: none in any store"),
        E("антижир юникум", ["3362660", "3362360"], ["7f51925bae"], [], [],
          "REPLACEMENT for the blind item «антижир cif» (Cif has only a cream cleaner and a universal spray, no "
          "anti-grease; the whole list was empty). Every Unicum grease remover: «Жироудалитель Unicum» (Gold and "
          "plain, Пятёрочка), «UNICUM Жироудалитель для кухни спрей» (Магнит); Cillit Bang «АНТИЖИР+СИЯН.» is "
          "another brand, Unicum dish liquids are other products"),
        E("мистер мускул для окон и стекол", [], [], [], [],
          "Mr Muscle glass cleaner: none (no glass cleaner at all)"),
    ]),
    # fxh17 dinner
    ("макарошки рожки какие-нибудь, гречка ядрица 900, филе куриное 1кг, огурцы свежие короткие", [
        E("макарошки рожки какие-нибудь", ["4008046"], [], [], [],
          "horn-shaped pasta: Пятёрочка «Витой рожок» 450 г; other shapes (перья, спирали, спагетти, ракушки, "
          "улитки, пружинка, вермишель) and ice-cream «рожок» excluded; «какие-нибудь» is a wish"),
        E("гречка ядрица 900", [], [], [], [],
          "buckwheat ядрица 900 г: none; Магнит Prosto 500 г excluded by the pack size; buckwheat flakes, Nestlé "
          "buckwheat porridge, ready meals and соба excluded"),
        E("филе куриное 1кг", ["3963723"], [], [], ["2160069", "3658841", "2173555", "4328961", "4306577"],
          "raw chicken breast fillet (incl. Петелинка «Филе цыплёнка малое» = inner fillet); «1кг» is the amount "
          "of a weighed good, not a filter; thigh fillets, «грудка без кожи» (on the bone), whole birds, cooked "
          "grill/baked fillets, turkey and duck excluded"),
        E("огурцы свежие короткие", [], ["200221"], [], ["3368258"],
          "fresh short cucumbers: Магнит «короткоплодные»; Перекрёсток fresh «Огурцы корнишоны» 300 г (gherkins "
          "are short-fruited -- outside knowledge); Магнит «среднеплодные», Перекрёсток Ботаника/Хрустящие "
          "(length not stated) and salted/pickled cucumbers excluded"),
    ]),
    # fxh18 baby food
    ("кашка нестле безмолочная, смесь нутрилон 2, водичка детская 5л", [
        E("кашка нестле безмолочная", ["3415416"], [], [], [],
          "Nestlé dairy-free baby porridge: «NESTLE Каша ГРЕЧНЕВАЯ сухая безмол.»; Nestlé milk porridges "
          "(«сух.мол.»), ФрутоНяня/Heinz/Тема porridges excluded"),
        E("смесь нутрилон 2", [], [], [], [],
          "Nutrilon 2 formula: none; Nestogen 3/4 «детское молочко» is another brand and stage"),
        E("водичка детская 5л", ["3608729"], ["e8574e2cda"], [], [],
          "children's drinking water 5 l: Магнит АКВАЛАЙН «Для ляль ... д/детского питания 5л»; outside "
          "knowledge: Пятёрочка «Вода Honey kid, Черноголовская, питьевая, 5 л» is the children's water line; "
          "Светлячок 0,33 л excluded by the size"),
    ]),
    # fxh19 laundry 3
    ("порошок для цветного подешевле, кислородный отбеливатель, ариэль гель, пятновыводитель для белых вещей", [
        E("порошок для цветного подешевле", ["2087255", "3418106", "2161528", "3023899", "2155021"],
          ["168231", "111621", "105881", "198901", "106541", "105941", "1000286457", "50ee5ea8b5"], [], [],
          "washing powder for coloured laundry (Color/Колор/«д/цвет.бел.»): Ariel, BioMio, Bimax, Persil, Биолан, "
          "Tide, Лоск; universal or white powders (Bimax 1000 пятен, Persil свежесть Вернель, Persil Лаванда, "
          "Ariel Touch of Lenor/масло ши, Tide Детский) and liquids/capsules excluded; «подешевле» is a wish"),
        E("кислородный отбеливатель", [], ["bb3ee4398d"], [], [],
          "oxygen bleach: Магнит «VANISH Oxi Advance Пятновыводит + отбеливатель» (Oxi = active oxygen, outside "
          "knowledge); Пятёрочка VANISH OXI ACTION for whites is titled only as a stain remover (the writer lists "
          "a stain remover separately) and is excluded here"),
        E("ариэль гель", ["3485974", "3629982"], ["204461", "205941"], [], [],
          "Ariel liquid detergent in bottles (Горный родник, Color, «для цветных тканей»); Ariel liquid capsules "
          "(«ARIEL Гель ... кап.», Магнит capsules) and powders excluded"),
        E("пятновыводитель для белых вещей", ["2080266"], [], [], [],
          "stain remover for whites: «VANISH Пятнов. OXI ACTION сп.д/бел.ткан 1л»; Магнит Vanish Oxi Advance "
          "«микс» (not for whites specifically) and Vanish Gold carpet cleaner excluded"),
    ]),
    # fxh20 dinner 2
    ("пельмени пачку подешевле, майонез провансаль 67% 800г, кетчуп хайнц любой, сметанку 15%", [
        E("пельмени пачку подешевле", PELMENI_P, PELMENI_M, ["862d82ab40"], [],
          "every pack of pelmeni (any brand and filling, incl. Бульмени); вареники, хинкали-free, чебупели and "
          "ready meals excluded; «подешевле» is a wish"),
        E("майонез провансаль 67% 800г", ["3193489"], [], [], ["3193489"],
          "Provençal mayonnaise 67 % in the 800 pack: Слобода Провансаль 67 % 800 мл (Пятёрочка titles the same id "
          "«Майонез Слобода, 67%, 800 мл»); the writer's «800г» is taken as this 800 pack (mayonnaise is sold in "
          "ml, no 800 g pack exists); Ряба Провансаль 744 г and other sizes, «оливковый», «на перепелином яйце» "
          "excluded"),
        E("кетчуп хайнц любой", ["3631091", "4086400"], [], [], [],
          "every Heinz ketchup (томатный с горчицей, Томатный 342 г); Heinz sauces (кисло-сладкий, сырный, "
          "Цезарь, чили, салса, терияки), tomato paste and mayonnaise excluded"),
        E("сметанку 15%", ["3665624"], ["de14617e33", "199001"], [],
          ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
          "sour cream 15 % (lactose-free included); 10/20/25/30 % and sour-cream sauces excluded"),
    ]),
    # fxh21 dentist
    ("пасту колгейт, ополаскиватель для рта лесной бальзам, нить зубная, крем для рук жене", [
        E("пасту колгейт", ["3605411", "3605412"], ["0b75d29d19"], [], [],
          "every Colgate toothpaste (Total 12 Проф.отбеливание / Проф.чистка гель, Кальций-Ремин); Colgate "
          "toothbrushes and Colgate Plax mouthwash excluded"),
        E("ополаскиватель для рта лесной бальзам", [], [], [], [],
          "Лесной бальзам mouthwash: none; Listerine, Colgate Plax and Close Up mouthwashes are other brands"),
        E("нить зубная", [], [], [], [],
          "dental floss: none; «COLGATE З/щетка ШЕЛК.НИТИ» is a toothbrush"),
        E("крем для рук жене", ["3657595"], [], [], [],
          "hand cream: NIVEA «Крем УВЛ/МЯГК. д/рук»; face/foot creams and Fairy «нежные руки» excluded; «жене» is "
          "a purpose"),
    ]),
    # fxh22 night
    ("подгузники ночные, детский крем тюбик, шампунь для малышей джонсонс", [
        E("подгузники ночные", [], [], [], [],
          "night nappies: none labelled for the night (Pampers Active Baby-Dry is not sold as a night nappy)"),
        E("детский крем тюбик", ["2159633"], [], [], ["3138354"],
          "children's cream in a tube: Перекрёсток «Крем детский Аванта ... в футляре, 46мл» and Пятёрочка «Крем "
          "Johnsons Baby, увлажнение, 100 мл» -- neither title says «тюбик», both are sold in tubes (outside "
          "knowledge); Пантенол EVO, NIVEA face cream excluded"),
        E("шампунь для малышей джонсонс", [], [], [], [],
          "Johnson's baby shampoo: none (only Johnson's baby oil and cream)"),
    ]),
    # fxh23 kitchen cleaning
    ("комет гель, антинакипь для чайника, пемолюкс порошочек, крот от засоров", [
        E("комет гель", ["4000274"], [], [], [],
          "Comet gel: Пятёрочка «Средство чист. ... д/чистки и мытья унитаза Comet «Океан», 700мл» (a liquid "
          "gel -- outside knowledge); Comet powders (Пятёрочка «COMET Порошок», Магнит «Чистящее средство Comet, "
          "475 г» -- 475 g is the powder can) excluded"),
        E("антинакипь для чайника", [], [], [], [],
          "kettle descaler: none; Calgon products are for washing machines, SALTON «АНТИСОЛЬ» is for shoes"),
        E("пемолюкс порошочек", ["3463865", "3463866"], [], [], [],
          "every Пемолюкс scouring powder (Лимон, Морской бриз)"),
        E("крот от засоров", ["3197972"], ["d5bb96aab0"], [], [],
          "drain cleaner; «крот» is taken as the generic word for a drain unblocker (as «памперсы» for nappies): "
          "Sanfor «5 минут» д/засор. труб, Tiret Turbo gel; no product of the brand Крот exists in the offers"),
    ]),
    # fxh24 weekend soup
    ("фарш домашний 1кг, картошки 3кг, морковка 1 кило, хлеб черный нарезка", [
        E("фарш домашний 1кг", ["3205754", "3673806"], [], [], [],
          "minced meat of the «Домашний» kind: САМСОН Фарш ДОМАШНИЙ, Мираторг свино-говяжий домашний; говяжий, "
          "свиной, Деревенский, Премиум, turkey mince excluded; «1кг» is the amount of a weighed good"),
        E("картошки 3кг", [], ["168701", "107511", "168671", "109571", "199751"], ["72aaa021b7"],
          ["3646068", "2099571"],
          "fresh potatoes of any pack (1 кг, 2.5 кг, 3 кг, loose, red, young); «3кг» is the amount of a weighed "
          "good; crisps, potato starch, ready potato dishes excluded"),
        E("морковка 1 кило", [], ["199761"], [], ["52112"],
          "fresh carrots; Korean-style carrot salads and carrot juice excluded; «1 кило» is an amount"),
        E("хлеб черный нарезка", [], [], [], [],
          "sliced dark (rye / rye-wheat) bread: none states it is sliced; Пятёрочка Даниловский, Марьин заварной, "
          "Ржаной Край loaves would be «черный» but the written form «нарезка» cannot be confirmed, so they are "
          "excluded; «Хлеб зерновой, Ржаной Край» is not rye bread; Перекрёсток «Батон Нарезной нарезка» is white"),
    ]),
    # fxh25 kindergarten
    ("сок детский яблоко 200 мл, сырки глазированые, молочко детское 2.5%", [
        E("сок детский яблоко 200 мл", ["3684252"], ["eef4bdbf61"], [], [],
          "children's single-apple juice in 200 ml: Пятёрочка Honey Kid яблоко 200 мл, Магнит АГУША Сок яблоко "
          "осв. 200мл; apple-cherry/apple-rosehip/multifruit children's juices, Агуша «вода+сок», 0,95 л and 1 л "
          "children's juices and 0,125/0,3 л adult juices excluded"),
        E("сырки глазированые", ["3378597", "4015226", "3472523", "3601367", "3410456"], [], [], [],
          "glazed curd snacks (in milk or white chocolate): Б.Ю.Александров x5; Свитлогорье «творожный» 120 г "
          "(not glazed), РАЭ «Десерт твор. гл. ... в/рож» (a curd dessert in a wafer cone), cheese, "
          "«сырокопчёные» meats excluded"),
        E("молочко детское 2.5%", ["3645808"], [], [], [],
          "children's drinking milk 2.5 %: Пятёрочка Сарафаново «дет.» 2,5 %; children's milk 3.2 % and 3.4-4 %, "
          "Nestogen dry «детское молочко» (no fat value) and adult 2.5 % milks excluded"),
    ]),
]


def check_blind():
    """The texts must be the blind draft's lines byte for byte (apart from REPLACED)."""
    with open(BLIND, encoding="utf-8") as fh:
        blind = [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]
    assert len(blind) == len(LISTS), (len(blind), len(LISTS))
    for n, ((text, _), draft) in enumerate(zip(LISTS, blind), 1):
        if n in REPLACED:
            assert (draft, text) == REPLACED[n], n
        else:
            assert text == draft, (n, text, draft)


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxh"))
