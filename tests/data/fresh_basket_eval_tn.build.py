#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tn.jsonl -- 25 shopping lists of a household restocking household chemicals and
hygiene goods by brand (Fairy, Ariel, Domestos, Пемолюкс, Colgate, Head&Shoulders, Garnier, Zewa, Vanish, Lenor ...),
with a few food items, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tn.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tn.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftn01, ftn02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tn.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tn.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (7, "сиф крем лимон", "сиф крем"),
    (23, "джонсонс детский шампунь", "джонсонс детское масло"),
]

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(p=(), m=(), d=(), k=()):
    """{store: ids} in the store order labelled_lists expects."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(k)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 dishes, laundry, toilet, bread
    ("фейри лимон 2 бутылки, ariel капсулы колор, доместос подешевле, батон нарезной 2 шт к завтраку", [
        ("фейри лимон 2 бутылки", acc(p=["3501026", "3500750"]),
         "Fairy dish liquid, lemon variety («Сочный лимон» 900 ml and 450 ml); «2 бутылки» is a quantity; Fairy Нежные руки "
         "(ромашка, роза/жасмин), Fairy Platinum 430 ml (variety not in the title) and Magnit Fairy Platinum «Ледяная "
         "свежесть», AOS «Лимон» (other brand) and Finish lemon dishwasher tablets excluded"),
        ("ariel капсулы колор", acc(p=["3421898"], m=["198871"]),
         "Ariel laundry capsules for colour: Пятёрочка «ARIEL Гель COL&STYL.жид.авт.кап.15шт» (Color & Style liquid capsules), "
         "Магнит «Капсулы для стирки Ariel Color, 18 шт»; Ariel «Горный родник» capsules (not colour), Ariel Color gels and "
         "powders (not capsules) and Persil/Losk/Tide capsules excluded"),
        ("доместос подешевле", acc(p=["3956845", "3956844", "3956853", "3956850", "4068001", "4067999"],
                                   m=["160001", "205981"]),
         "brand only = the classic Domestos cleaning gel bottle, universal or toilet (all 750 ml Domestos «средство "
         "универсальное» / «чистящее для унитаза»); «подешевле» is a wish, not a filter; the Domestos Power 5 rim block "
         "(«Блок д/очищ.унитаза», a different product) excluded"),
        ("батон нарезной 2 шт к завтраку", acc(p=["3985404"], k=["3974714"]),
         "нарезной loaf: Пятёрочка «Батон \"Звездный\"нар, Хлебный Дом, 350г» («нар» = нарезной), Перекрёсток «Батон Нарезной "
         "нарезка Маркет» (sliced, still a нарезной loaf); «2 шт», «к завтраку» are quantity and purpose; chocolate and "
         "cereal «батончики», «Буханка марципановая» excluded (trap); Магнит has no loaf"),
    ]),
    # L02 kitchen cleaning
    ("пемолюкс лимон\nгубки для посуды пару пачек\nвениш розовый", [
        ("пемолюкс лимон", acc(p=["3463865"]),
         "Пемолюкс scouring powder, lemon variety (480 g); Пемолюкс «Морской бриз» (other variety), Comet powder (other "
         "brand) excluded"),
        ("губки для посуды пару пачек", NONE,
         "no sponges of any kind in any chain (grepped губк/губоч/скреб/мочал); «губ» only matches micellar water «для губ»"),
        ("вениш розовый", NONE,
         "«розовый» = the pink-pack Vanish stain remover for coloured fabrics (outside knowledge); Пятёрочка «VANISH Пятнов.OXI "
         "ACTION ... д/бел.ткан 1л» is the white-fabric version, Магнит «VANISH Oxi Advance Пятновыводит + отбеливатель 250г» "
         "is the white «пятновыводитель + отбеливатель» pack, Магнит «VANISH Gold ... для чистки ковров» is a carpet cleaner: "
         "all excluded, so missing everywhere"),
    ]),
    # L03 teeth
    ("колгейт тотал 2 тюбика, зубные щетки средней жесткости 2 шт, листерин", [
        ("колгейт тотал 2 тюбика", acc(p=["3605411", "3605412"]),
         "Colgate Total toothpaste (Пятёрочка «ЗП Colgate Total 12 Проф.Отбел.» and «... Проф.чистка гель», 75 ml); «2 тюбика» "
         "is a quantity; Sensodyne «SENS.Паста Total Care» (other brand, trap on «Total»), Colgate «Кальций-Ремин» (not Total), "
         "Colgate toothbrushes and Colgate Plax mouthwash excluded"),
        ("зубные щетки средней жесткости 2 шт", acc(p=["3379809"], m=["faf2b81393", "af8d07dd15"]),
         "toothbrushes stated medium: Пятёрочка «COLG.З/щетка 360 OPTICE WHITE ср/ж» (ср/ж = средней жёсткости), Магнит "
         "BIOMED Black and Silver «Medium»; brushes whose hardness the title does not give (Colgate «Шелковые нити с "
         "древесным углем», Magnit Colgate «Зиг Заг 2+1», «З/щ SPLAT Special BLACKWOOD») and SPLAT «hard» excluded; «2 шт» is "
         "a quantity"),
        ("листерин", acc(p=["3414661", "4095191"]),
         "brand only = Listerine mouthwash, any variety (Total Care 250 ml, «Имбирь-Лайм» 250 ml); Colgate Plax and CloseUp "
         "mouthwashes (other brands) excluded"),
    ]),
    # L04 shower and hair
    ("хэд энд шолдерс ментол, гарньер фруктис бальзам, палмолив гель для душа побольше, мыло дав", [
        ("хэд энд шолдерс ментол", acc(m=["acec144b5f"]),
         "Head & Shoulders shampoo, menthol variety: Магнит «HEAD&SHOULDERS Шам2в1 МентОсв/ЭнерОкеан Микс400мл» is one card "
         "for the «Ментол освежающий» and «Энергия океана» 2-in-1 shampoos (judgement: accepted because the card sells the "
         "menthol variety); H&S «Основной уход» (Пятёрочка, Магнит, Перекрёсток), «Supreme Укрепление» shampoo and balm "
         "excluded (not menthol)"),
        ("гарньер фруктис бальзам", acc(p=["3664945", "3662131"], m=["5bcf1f8b69", "19894afb37", "205951"]),
         "Garnier Fructis hair balm / бальзам-ополаскиватель, any variety (SOS Восстановление, Рост во всю силу, 387 ml); "
         "Fructis shampoos, the leave-in «FRUCTIS SOS Спасатель волос крем 10в1 несм» (a cream, not a balm), Garnier hair "
         "dye and micellar products excluded"),
        ("палмолив гель для душа побольше", acc(p=["3440044", "3664431", "3626165", "4024923"]),
         "Palmolive shower gels of any size and variety (Men Sport 750 ml, Роскошь масел 250 ml, Men 3в1 250 ml, гель-крем "
         "Натурэль 750 ml); «побольше» is a wish (bigger bottle), not a filter; the Магнит «Подарочный набор Palmolive, гель "
         "для душа 250 мл/ мыло 90 г» (a gift set) excluded"),
        ("мыло дав", acc(p=["3415591"]),
         "Dove bar soap: Пятёрочка «Крем-мыло Dove ... 135 г»; the Магнит «Подарочный набор Dove» (contents not given), Dove "
         "shampoos, Dove shower cream-gel and Dove chocolate (trap) excluded"),
    ]),
    # L05 paper goods and tea
    ("зева 8 рулонов, бумажные полотенца зева, чай липтон 100 пак", [
        ("зева 8 рулонов", acc(p=["4059050", "3900558"]),
         "Zewa toilet paper in packs of 8 rolls (Deluxe 3-ply 8 рул., Just 1 4-ply 8 рул.); the pack size is respected: Zewa "
         "Plus 12 rolls (Пятёрочка, Магнит), Zewa Just 1 4 rolls, Zewa moist toilet paper, Zewa paper towels excluded"),
        ("бумажные полотенца зева", acc(p=["3431062"]),
         "Пятёрочка «ZEWA Полотенца бумажные»; Papia and Familia paper towels (other brands) and Zewa toilet paper excluded"),
        ("чай липтон 100 пак", acc(p=["11200"]),
         "Lipton black tea in 100 bags: «Чай черный, Lipton Yellow label, 100х2г»; «100 пак» (100 bags) names the pack; Lipton "
         "Earl Grey 100 bags (Пятёрочка, Магнит) excluded as a flavoured (bergamot) tea the item does not name, Lipton «Баланс "
         "и спокойствие» 25 bags (flavoured, 25), Lipton Matcha 20 pyramids (green) and Lipton ice tea drinks excluded"),
    ]),
    # L06 laundry and coffee
    ("ленор концентрат побольше, тайд порошок 3 кг автомат, калгон для стиралки, nescafe gold растворимый", [
        ("ленор концентрат побольше", acc(p=["3465388", "3669625", "4025712"]),
         "Lenor fabric softener titled as concentrate (Пятёрочка «LENOR Кондиц.ЗОЛ.ОРХИД.д/бел.конц.930мл», «... МАСЛО ШИ "
         "конц.910мл», «Концентрированный кондиционер для белья Lenor Haute Couture» 910 ml); «побольше» is a wish; Магнит "
         "Lenor 1 l / 1.8 l / 2 l titles do not say concentrate and are left out (the form written is required and cannot be "
         "read from them); Vernel, Е and Tide «Lenor» powder excluded"),
        ("тайд порошок 3 кг автомат", NONE,
         "no 3 kg Tide powder: Магнит has Tide powder 4 kg, 2.5 kg, 2.4 kg and 400 g, Пятёрочка only Tide liquid and liquid "
         "capsules; the pack size «3 кг» is respected, so missing everywhere"),
        ("калгон для стиралки", acc(p=["3422140"], m=["80c0680318"]),
         "Calgon water softener for washing machines in any form: Магнит «CALGON Средство д/смягчения воды 400г», Пятёрочка "
         "«CAL.Ср.д/cм.в/пред.обр/нак.2в1 гель750мл» (judgement: «CAL.» read as Calgon 2-in-1 gel, the only brand with this "
         "abbreviation and product)"),
        ("nescafe gold растворимый", acc(p=["3928171", "3658915", "3659359", "3659496"], m=["109351", "199191", "198971"]),
         "the classic Nescafe Gold instant (сублимированный, с добавлением молотого) of any jar/pack size; the separate Gold "
         "sub-lines Gold Barista (2 cards), Gold Crema, Gold Espresso and Gold Origins Colombia excluded (brand with no "
         "qualifier = the classic product), Nescafe Classic/Crema/Latte, Черная Карта Gold, Jacobs Gold, Tchibo Gold Select "
         "excluded"),
    ]),
    # L07 bathroom cleaning (one item replaced: the blind list was empty in all four stores)
    ("сиф крем, мистер мускул для стекол и зеркал, комет гель для ванной комнаты, перчатки резиновые пару штук", [
        ("сиф крем", acc(p=["3436349"]),
         "REPLACED (blind item «сиф крем лимон», no lemon Cif cream anywhere): Cif cream cleanser, any variety — Пятёрочка «CIF "
         "Крем AROM.РОЗОВ.СВЕЖEСТЬ чист.500мл»; the Cif universal spray (not a cream) excluded"),
        ("мистер мускул для стекол и зеркал", NONE,
         "no Mister Muscle and no glass cleaner in any chain; water «в стекле» and «стеклянная» noodles only (traps)"),
        ("комет гель для ванной комнаты", NONE,
         "no Comet bathroom gel: Пятёрочка Comet «Океан» 700 ml is a toilet gel («д/чистки и мытья унитаза»), Comet 475 g "
         "(Пятёрочка, Магнит) is scouring powder; both excluded"),
        ("перчатки резиновые пару штук", NONE, "no household gloves in any chain (grepped перчат/перч)"),
    ]),
    # L08 dishwasher and milk
    ("таблетки для посудомоечной finish, финиш соль для посудомоечной машины, молоко 2.5 пару литров", [
        ("таблетки для посудомоечной finish", acc(p=["3948780", "3925971", "3955097"], m=["106111"]),
         "Finish dishwasher tablets of any count and variety (Powerball All in 1 Max 50 and 65, «Лимон» 65; Магнит All In 1 50 "
         "шт); Somat tablets (other brand) excluded"),
        ("финиш соль для посудомоечной машины", NONE,
         "no dishwasher salt in any chain; Магнит «Соль морская» (food), Kotanyi «Чеснок-травы-соль» and SALTON «АНТИСОЛЬ» "
         "(shoe care) excluded"),
        ("молоко 2.5 пару литров", acc(p=["3645808"], m=["a28bae784b"],
                                       k=["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                                          "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                                          "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"]),
         "drinking cow milk of exactly 2.5 % (pasteurised, UHT or sterilised, any pack 0.2-1 l; children's drinking milk "
         "Сарафаново 2.5 % included as in all sets); «пару литров» is a quantity; 1.5/3.2/3.5 % milks, ranges, kefir-like "
         "Actimel/«Просток.» 2.5 %, flavoured milks and milkshakes excluded; Дикси's two milks are 3.2 % / 3.2-6 %"),
    ]),
    # L09 feminine hygiene
    ("олвейс ультра нормал прокладки\nтампоны ob пару пачек\nватные диски 100 шт", [
        ("олвейс ультра нормал прокладки", NONE,
         "the only Always pads are Пятёрочка «ALW.Прокл.ULT.NIGH.ЭКС.ЗАЩ.» (Ultra Night, not Normal): excluded; Kotex «Ультра "
         "Драй нормал»/«ULTRA SOFT нормал» and Libresse (other brands) excluded"),
        ("тампоны ob пару пачек", acc(p=["3367588"]),
         "o.b. tampons of any absorbency (Пятёрочка «O.B.Тампоны Procomfort супер плюс 16шт»); «пару пачек» is a quantity"),
        ("ватные диски 100 шт", NONE, "no cotton pads in any chain (grepped ватн/ват./диск)"),
    ]),
    # L10 shaving and deodorant
    ("рексона женский, пена жилет для бритья, кассеты мак3, лосьон после бритья nivea", [
        ("рексона женский", acc(p=["3479534", "3479541", "3479535", "3955496", "3444774", "3928499"],
                               m=["b541fbdab4", "214561"]),
         "Rexona women's deodorants / antiperspirants in any form (aerosol, roll-on, stick): Магнит titles say «жен», the "
         "Пятёрочка titles (Прозрачный кристалл aerosol and roll-on, Яркий букет, Ярко и цветочно, Сухость пудры, Нежно и "
         "сочно) are Rexona's women's lines (judgement from outside knowledge: Rexona's men's products are titled «Men»); "
         "Nivea, Axe, Old Spice deodorants excluded"),
        ("пена жилет для бритья", NONE,
         "no Gillette shaving foam: Магнит «Гель для бритья Gillette Mach 3» is a gel (the form «пена» is required), Arko "
         "foams are another brand; missing everywhere"),
        ("кассеты мак3", NONE,
         "no Mach3 refill cartridges: Магнит «GILLETTE Mach3 станок с 1 кас.» is a razor with one cartridge, not a pack of "
         "cartridges; the Барьер cassette is a water-filter cartridge (trap)"),
        ("лосьон после бритья nivea", NONE,
         "no aftershave lotion in any chain; Nivea Men shaving gels, deodorants and shampoo excluded"),
    ]),
    # L11 bleach, toilet, air
    ("белизны бутылку 1 л, утенок туалетный для унитаза, глейд освежитель", [
        ("белизны бутылку 1 л", NONE, "no «Белизна» (or any chlorine bleach) in any chain"),
        ("утенок туалетный для унитаза", NONE,
         "no «Туалетный утёнок» (Toilet Duck) in any chain; other toilet cleaners (Domestos, Bref, Comet, Cillit) are other "
         "brands; «утёнок» matches only duck meat at Перекрёсток (trap)"),
        ("глейд освежитель", acc(p=["3654065", "3440052"]),
         "Glade air freshener aerosols (Пятёрочка «Освежитель воздуха Glade, пион-сочные ягоды / японский сад, 300 мл»); the "
         "Glade Automatic refill cans («см.бал.»/«см.б» 269 ml, three cards) excluded — a refill needs the dispenser and the "
         "item does not ask for it; «GLADE Осв.возд.СВЕЖ.УТРА аэроз.269мл» also excluded as a refill (judgement: 269 ml is "
         "the Automatic refill size, Glade's hand aerosols are 300 ml); Air Wick and Symphony excluded"),
    ]),
    # L12 baby
    ("памперсы 4 размер упаковку, влажные салфетки хагис, детского мыла 2 куска, пюре фрутоняня яблоко 2 баночки", [
        ("памперсы 4 размер упаковку", acc(p=["3680541", "3159433", "3447848"]),
         "Pampers diapers or pants of size 4 (Premium Care pants р4, Active Baby Dry р4, «Трусики-подгузники Pampers, Maxi, "
         "52 шт.» — Maxi is size 4, outside knowledge); in this brand-restocking list «памперсы» is read as the brand, so "
         "Huggies р4 (Пятёрочка, Магнит) and Kokoro Maxi р.4 (Перекрёсток) are excluded (judgement: the word is also used "
         "generically for any diapers); Pampers sizes 3, 5 (Junior), 6 (Extra Large) excluded"),
        ("влажные салфетки хагис", NONE,
         "no Huggies wet wipes; Tolli, SALFETI, Home Story, Пр!ст and Kokoro wipes are other brands"),
        ("детского мыла 2 куска", NONE, "no baby soap in any chain (only Safeguard, Camay, Fax, Dove adult soaps)"),
        ("пюре фрутоняня яблоко 2 баночки", NONE,
         "no single-apple ФрутоНяня puree: ФрутоНяня «из ябл/банан/груш с печ.» and «из яблок/малины со слив.» are mixed "
         "purees, the others are meat/vegetable purees; Агуша «Яблоко» puree is another brand; missing everywhere"),
    ]),
    # L13 floors and kitchen
    ("мистер пропер для пола подешевле, сиф антижир спрей для кухни, мешки для мусора 60л рулон", [
        ("мистер пропер для пола подешевле", NONE, "no Mr. Proper (or any floor cleaner) in any chain"),
        ("сиф антижир спрей для кухни", NONE,
         "no Cif anti-grease kitchen spray: Пятёрочка «Чистящий спрей Cif Универсальный» is the universal spray, not the "
         "kitchen anti-grease one; Unicum and Cillit Bang «АНТИЖИР» are other brands"),
        ("мешки для мусора 60л рулон", acc(m=["e9bebc57c0"]),
         "60 l bin bags: Магнит «BIG CITY LIFE Пакеты д/мусора 60л 20шт» (bin bags come on a roll; «рулон» read as the unit); "
         "Магнит 35 l bags (size written is respected) and food bags excluded"),
    ]),
    # L14 laundry and sugar
    ("персил капсулы, вернель 2л, ваниш кислородный порошок, сахар килограммовую пачку", [
        ("персил капсулы", acc(p=["4072309"], m=["168111", "205051", "1000287382"]),
         "Persil laundry capsules of any variety and count (Пятёрочка «Персил Капс Свежесть от Вернель» 14 шт; Магнит Persil "
         "Duo-caps color / свежесть от Vernel, «ПЕРСИЛ Капсулы д/стирки Колор 10 шт»); Пятёрочка «Средство для стирки "
         "концентрированное \"Капс Колор\" ... 14 шт» left out because its title names no brand; Persil gels and powders, "
         "Ariel/Losk/Tide capsules excluded"),
        ("вернель 2л", acc(p=["3627017", "3627015"], m=["204441"]),
         "Vernel fabric softener in the large bottle: the 1.82 l bottles (Пятёрочка «Вернель Ароматерапия ...» and «Вернель "
         "Свежий Бриз» 1820 ml, Магнит «Vernel, Свежий бриз, 1,82 л») are accepted as «2л» (judgement: Vernel's large bottle "
         "is 1.82 l, no 2 l Vernel is sold); 600 ml, 910 ml and Freshcontrol 1.2 l bottles excluded (size written is "
         "respected)"),
        ("ваниш кислородный порошок", acc(m=["bb3ee4398d"]),
         "Vanish oxygen stain-remover powder: Магнит «VANISH Oxi Advance Пятновыводит + отбеливатель микс 250г» (powder, "
         "oxygen-based); Пятёрочка «VANISH Пятнов.OXI ACTION ... 1л» is a liquid (form «порошок» required) and the Vanish "
         "Gold carpet cleaner is another product: excluded"),
        ("сахар килограммовую пачку", NONE,
         "«сахар» = granulated white sugar; none on sale: Магнит «РУССКИЙ Сахар белый прессованный 1кг» is lump sugar "
         "(рафинад, another product), Пятёрочка «Сахар тростниковый ... Демерара 500г» is cane sugar in 500 g; both excluded"),
    ]),
    # L15 hair and coffee
    ("пантин шампунь, бальзам пантин, шаума мужской, кофе зерновой подешевле", [
        ("пантин шампунь", acc(p=["3999803", "3658479"], m=["160241"], k=["2092382"]),
         "Pantene shampoo of any variety, 2/3-in-1 shampoos included (Пятёрочка Pro-V «Шампунь Minute Miracle» 270 ml and "
         "«Шамп/бал. PRO-V ДОП.ОБ.3в1» 360 ml, Магнит «Шампунь Pantene ... 3 в 1», Перекрёсток «Pantene Pro-V густые и "
         "крепкие» 400 ml); Pantene balms excluded"),
        ("бальзам пантин", acc(p=["3148662", "3640020"]),
         "Pantene balm / бальзам-ополаскиватель (Густые и крепкие 360 ml, 3 Minute Miracle 200 ml); the Pantene 3-in-1 "
         "shampoo (a shampoo) and other brands' balms excluded"),
        ("шаума мужской", NONE,
         "no Schauma for men: Пятёрочка Schauma «Крапива и Зеленое яблоко» / «Медовый Эликсир», Магнит «ШАУМА Интенсив "
         "Шампунь от перхоти» and Schauma «7 Трав» balm are not men's lines; excluded"),
        ("кофе зерновой подешевле", acc(
            p=["3689955", "3607729", "3608097", "3153783", "3086387", "3434095", "2100060", "3691657", "3649043", "3431276",
               "3472968", "75495", "45169", "2073687"],
            m=["ac8c4bac09", "042657fbf1", "275856ead6", "160171", "105001", "065ccd9ec9"]),
         "roasted coffee beans of any brand and pack (Egoiste Velvet, Jacobs Monarch 230/800 g, Jardin Dessert Cup, Lavazza "
         "1 kg and Qualita Oro, Paulig Arabica/Classic/Arabica 1 kg, Venetto, Черная Карта 800/250 g, Ambassador Nero, Julius "
         "Meinl Президент; Магнит Monarch, Piazza del Caffe, Ambassador Nero, Lavazza, Юлиус Майнл); «подешевле» is a wish; "
         "Магнит's ready coffee drinks «Кофе Американо/Латте/Капучино ... зерновой 100-320мл» (trap), ground and instant "
         "coffee excluded"),
    ]),
    # L16 teeth
    ("splat зубная паста, блендамед 3д вайт, щетка орал би средняя", [
        ("splat зубная паста", acc(p=["3230372", "3691935", "3480375"]),
         "Splat toothpaste, any adult variety (Special Blackwood, Special Черный лотос, Professional); Магнит «SPLAT JUNIOR "
         "З/п д/дет 6-11лет Бабл Гам» excluded as children's toothpaste (judgement: a different product for an adult "
         "restock), Splat toothbrushes excluded"),
        ("блендамед 3д вайт", acc(p=["4009101"]),
         "Blend-a-med 3D White toothpaste (Пятёрочка «BLEND-A-MED Зубная паста 3DW ... Древесным углем 100мл»); Blend-a-med "
         "«бережная мята» (not 3D White) excluded"),
        ("щетка орал би средняя", NONE, "no Oral-B toothbrushes in any chain; Colgate, Splat, Biomed brushes are other brands"),
    ]),
    # L17 body care
    ("жидкое мыло палмолив, крем нивея в синей банке, гигиеничку, акс дезик", [
        ("жидкое мыло палмолив", NONE,
         "no Palmolive liquid soap: Magnit AURA liquid soap is another brand, the Palmolive gift set holds bar soap; Palmolive "
         "shower gels are another product"),
        ("крем нивея в синей банке", NONE,
         "no Nivea Creme (the blue tin): Пятёрочка Nivea «Крем CARE увл.д/л 100мл» (Care face cream) and «Крем УВЛ/МЯГК.д/рук» "
         "(hand cream) excluded"),
        ("гигиеничку", NONE, "no lip balm in any chain («губ» matches only micellar waters)"),
        ("акс дезик", acc(p=["3959469"], m=["203001"]),
         "Axe deodorant of any form and scent (Пятёрочка «AXE Дезодорант-карандаш АНАРХИЯ» stick, Магнит «Дезодорант Axe "
         "Excite» 150 ml); other brands excluded"),
    ]),
    # L18 paper and foil
    ("туалетная бумага папия 3 слоя, бумажные салфетки на стол пачку, фольга для запекания рулончик", [
        ("туалетная бумага папия 3 слоя", acc(p=["3449118"]),
         "Papia 3-ply toilet paper («PAPIA Бумага туалетная белая 3сл.8рул»); «PAP.Бумага WHITE DE LUXE туалет.8рул» left out "
         "because its ply is not given (Papia De Luxe is sold as 4-ply, outside knowledge); Papia towels, Zewa/Familia excluded"),
        ("бумажные салфетки на стол пачку", acc(
            k=["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535", "4299678", "4397850"]),
         "paper table napkins of any size, ply and print (Gratias white and decorative, Пр!ст, Art Bouquet — the Gratias "
         "cards without «бумажные» are 3-ply 33x33 paper napkins in «Бумажная и ватная продукция»); «на стол», «пачку» are "
         "purpose and unit; wet wipes, paper handkerchiefs, Магнит «BIG CITY LIFE Салфетки в рулоне» (roll wipes) and "
         "panty liners «CAREFREE Салфетки» excluded"),
        ("фольга для запекания рулончик", acc(m=["f69098d85b"]),
         "aluminium food foil: Магнит «Фольга особопрочная 29смх7м 14мкм»; Перекрёсток «Рукав для запекания» (a roasting "
         "bag) excluded"),
    ]),
    # L19 laundry, dishes, groats
    ("порошок миф 4 кг, порошок ушастый нянь детский, fairy 900мл для посуды, гречки пару пачек", [
        ("порошок миф 4 кг", NONE, "no Миф (Myth) detergent in any chain"),
        ("порошок ушастый нянь детский", NONE,
         "no Ушастый нянь; Tide «Детский» powder and Vernel «детский» softener are other brands"),
        ("fairy 900мл для посуды", acc(p=["3501028", "3501026"]),
         "Fairy dish liquid in the 900 ml bottle, any variety (Нежные руки ромашка 900 ml, Сочный лимон 900 ml); the pack size "
         "is respected: 430/450 ml Fairy excluded; AOS/Sorti 900 g are other brands"),
        ("гречки пару пачек", acc(m=["203081"]),
         "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г»; «пару пачек» is a quantity; Prosto «Рис и греча» (a mix), "
         "buckwheat flakes, soba noodles, porridge, ready buckwheat dishes and «греческий» yoghurts (trap) excluded"),
    ]),
    # L20 laundry
    ("losk гель для стирки, средство для шерсти, мыло антипятин, самый дешевый кондиционер для белья", [
        ("losk гель для стирки", acc(m=["159861", "112351"]),
         "Losk laundry gel of any variety (Color, горное озеро, 20 стирок); Losk capsules and powder (other forms) and other "
         "brands' gels excluded"),
        ("средство для шерсти", acc(p=["3965695"]),
         "a detergent for wool: Пятёрочка «Средство для стирки жидкое ЛАСКА ШЕРСТЬ И ШЁЛК 1Л»; Ласка для тёмного / для "
         "цветного / «УХОД/ВОССТ.» / для белого, Woolite Premium Color/Dark (not stated for wool) excluded"),
        ("мыло антипятин", NONE, "no Антипятин soap (nor any laundry soap) in any chain"),
        ("самый дешевый кондиционер для белья", acc(
            p=["3465388", "3669625", "3660969", "3625268", "3625310", "3625267", "3627017", "3627015", "4025712"],
            m=["205131", "159881", "203041", "168241", "109371", "204441", "5f87c5ca15", "fe75ae637f", "e9a603915f",
               "6571916326"]),
         "any fabric softener (Lenor, Vernel incl. Vernel детский, Е Сенситив); «самый дешевый» is a wish, not a filter; "
         "hair conditioners (TRESemmé «Конд.», Gliss Kur), Calgon water softener and the Чистая линия 3-in-1 shampoo "
         "excluded"),
    ]),
    # L21 toilet and drains
    ("бреф для унитаза, крот для прочистки труб, доместос спрей, санокс бутылку", [
        ("бреф для унитаза", acc(p=["3927353", "3996095", "3674454", "3415703", "3938161"],
                                 m=["1df2e53a6a", "1000132695", "204471"]),
         "Bref toilet products: rim blocks of any count and scent (Колор Актив, DeLuxe, лимон 2х50 г; Магнит Сила Актив, Лимон "
         "3х50, 2х50 г) and Пятёрочка «Гель для чистки Bref, цветочная свежесть, 700 мл» (judgement, as in set d: Bref's "
         "cleaning gel is a toilet cleaner); other brands excluded"),
        ("крот для прочистки труб", NONE,
         "no «Крот» drain cleaner: Sanfor «5 МИНУТ д/засор.труб» and Магнит «ТИРЕТ ТУРБО» are other brands (a named absent "
         "brand is not replaced)"),
        ("доместос спрей", NONE, "no Domestos spray: all Domestos cards are 750 ml gels or a rim block; excluded"),
        ("санокс бутылку", NONE, "no Санокс in any chain"),
    ]),
    # L22 shower, hair, razor
    ("фа гель для душа, шампунь эльсев, маска для волос гарньер, бритва венус", [
        ("фа гель для душа", acc(p=["3655723", "3241074"], m=["112331"]),
         "Fa shower gels of any scent and size (FUN ананас 250 ml, «охлаждение экстрим» 250 ml, Магнит «Йогурт/ Алоэ Вера» "
         "750 ml); other brands excluded"),
        ("шампунь эльсев", acc(p=["3506089", "3950554", "3456559"]),
         "L'Oréal Elseve shampoo, any variety («LOR.PARIS Шамп-уход ЭКСП.ЦВЕТ.ELS.», «ELSEVE Длина Мечты Шампунь», «Elseve, "
         "Полное Восстановление 5; Роскошь 6 Масел»); Elseve balms excluded"),
        ("маска для волос гарньер", NONE,
         "no Garnier hair mask: the Fructis SOS «Спасатель волос крем 10в1 несм» is a leave-in cream, Garnier micellar "
         "products and Bodyart face sheet masks are other products; missing everywhere"),
        ("бритва венус", acc(m=["38ebc655bf", "ad06daa707"]),
         "Gillette Venus razors: «VENUS Станок д/жен+ 1 кассета» and «GILLETTE Simply VENUS Однор стан жен 4 штуки» "
         "(disposable Venus razors are razors too); Gillette Fusion, Mach3, Blue II (men's) excluded"),
    ]),
    # L23 baby (one item replaced: the blind list was empty in all four stores)
    ("джонсонс детское масло, крем под подгузник детский, агуша творожок детский 2 шт", [
        ("джонсонс детское масло", acc(p=["1933"]),
         "REPLACED (blind item «джонсонс детский шампунь», no Johnson's baby shampoo anywhere): Johnson's Baby oil — Пятёрочка "
         "«JOHNSONS BABY Масло детское 200мл»; Johnson's Baby cream (another product) excluded"),
        ("крем под подгузник детский", NONE,
         "no nappy cream: Johnson's Baby «Крем ... увлажнение», Аванта «Крем детский с витаминами и ромашкой» and EVO "
         "«ПАНТЕНОЛ» are general creams, not «под подгузник»; excluded"),
        ("агуша творожок детский 2 шт", NONE,
         "no Агуша curd: Агуша milk, juice, puree, ряженка are other products, the children's curds «Мама Лама», «nature» and "
         "Чудо «Творожок» dessert are other brands; missing everywhere"),
    ]),
    # L24 basics
    ("хозяйственное мыло 72 проц, порошок сарма, хлеб черный 1 буханку, пищевая сода пачку", [
        ("хозяйственное мыло 72 проц", NONE, "no laundry soap in any chain"),
        ("порошок сарма", NONE, "no Сарма detergent in any chain"),
        ("хлеб черный 1 буханку", acc(p=["3480920", "3500217"]),
         "black (rye or rye-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский, 300 г» and «Хлеб Даниловский, "
         "Коломенское, 275 г» (judgement: Даниловский is a dark rye-wheat bread); «1 буханку» is a unit; «Хлеб Марьин, "
         "заварной» (type not given), «Хреб Ржаной Край» (a brand name, not a stated rye bread), «Хлеб зерновой» and "
         "ржаная мука excluded"),
        ("пищевая сода пачку", NONE, "no baking soda in any chain"),
    ]),
    # L25 eco cleaning, kefir, air
    ("synergetic для посуды, frosch для ванной, кефир 1% пару пакетов, эйрвик", [
        ("synergetic для посуды", acc(p=["3682367", "3501662"]),
         "Synergetic dish liquid (Пятёрочка «SYNERGETIC Ср.д/мыт.пос/игр.ар.Алоэ 0,5л» — for dishes and toys — and «Сред.д/"
         "мыт.пос.биоразл.0,5л»); the Synergetic hair shampoo at Магнит excluded"),
        ("frosch для ванной", NONE, "no Frosch products in any chain"),
        ("кефир 1% пару пакетов", NONE, "no kefir at all in the recorded offers"),
        ("эйрвик", acc(p=["3502329", "3663481", "3974933", "3974927"]),
         "Air Wick air freshener aerosols (PURE Цветущая вишня / апельсин-грейпфрут 250 ml, Испанские каникулы, Мальдивские "
         "мечты 290 ml); the refill cans for the automatic dispenser («Балон ... см.к авт.», «см.аэр.», «Баллон ... сменн.», "
         "Магнит «Сменный баллон Airwick») excluded as in «глейд освежитель»; Glade and Symphony excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftnNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftn\d\d ===$", line):
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
                    errors.append("ftn%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftn%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftn"))
