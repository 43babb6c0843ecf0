#!/usr/bin/env python3
"""Re-create tests/data/real_basket_eval.jsonl — hand-labelled shopping lists over real offers.

Stdlib only, deterministic.  Run from anywhere:

    python3 tests/data/real_basket_eval.build.py

LISTS below is literal data: each shopping list as a household would type it in a chat,
and for every item of the list the product ids of every store that a reasonable shopper
would accept for that item.  The id sets were chosen by reading the titles in
real_offers.jsonl one by one (candidate titles were grepped for reading, the decision is
the literal list here); the per-item note records what was deliberately excluded.
An empty list means the store has nothing acceptable (the item is "missing" there).

The script only checks the data (every id exists in real_offers.jsonl *for that store*,
no duplicates, labels appear in the text in order) and writes the JSONL.  List ids are
r01, r02, ... in LISTS order; odd lists are "dev", even lists are "test".
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "real_basket_eval.jsonl")
STORES = ("pyaterochka", "magnit", "dixy", "perekrestok")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    ("молоко 3.2%, хлеб, яйца", [
        ("молоко 3.2%", {
            "pyaterochka": ["3425329", "3507208", "3645807", "3694630"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["01f728b210", "14753f9f39", "2f04f03749", "3431579", "35ac60eec2", "3645807", "4244242", "4259100",
                         "47a9cd6be2", "488d323508", "52d96fd806", "87b2dc7b1d", "885d917850", "89a1c1419e", "949b3dd46f", "9dbc98f064",
                         "a24f88bea8", "b4411ba8d4", "b508e73840", "e2d5d93f2a", "e458dc5e25", "eaf7de5f17", "ecc07a0e68", "f3d85bb393",
                         "f50aeac1bb"],
        }, "fat must be exactly 3.2 %: ranges like 3.2-4 % / 3.4-6 % and Романов луг «от 3,2% до 6%» excluded; топлёное, козье, flavoured excluded; children's drinking milk (Агуша от 3 лет, Сарафаново детское) accepted"),
        ("хлеб", {
            "pyaterochka": ["3372334", "3455614", "3455615", "3480920", "3500217", "3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "loaves incl. батон нарезной; not хлебцы, сухарики, сдоба, тортилья"),
        ("яйца", {
            "pyaterochka": ["3341462", "3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3062836", "3341462", "3446505", "3634491", "3662512", "4068694", "4202935",
                         "44323"],
        }, "chicken eggs of any category/pack; quail eggs and Kinder eggs excluded"),
    ]),
    ("сыр гауда, колбаса докторская, помидоры", [
        ("сыр гауда", {
            "pyaterochka": ["3926818"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "only a pure Gouda; the Laime Гауда+Тильзитер assortment excluded"),
        ("колбаса докторская", {
            "pyaterochka": ["2120885", "3016790", "3347584", "3385812", "3620675", "4019606", "78001451"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3033317", "3347584", "3639615", "4221913", "4255289", "4264678", "4296145", "4301347",
                         "4352000", "4380012", "4410079", "4432115", "78001451"],
        }, "сосиски/сардельки «Докторские» excluded; «Докторская особая» халяль accepted"),
        ("помидоры", {
            "pyaterochka": [],
            "magnit": ["107611", "107621", "107631", "107681", "168841", "168851", "169381", "199891"],
            "dixy": [],
            "perekrestok": ["3017019", "3673307", "3676649", "4188460", "4217380", "4327843", "4355823"],
        }, "fresh tomatoes of any kind incl. cherry; canned «Томаты в томатном соке», salted/marinated excluded"),
    ]),
    ("кофе в зёрнах, сахар, сливки 10%", [
        ("кофе в зёрнах", {
            "pyaterochka": ["2073687", "2100060", "3086387", "3153783", "3431276", "3434095", "3472968", "3607729",
                         "3608097", "3649043", "3689955", "3691657", "45169", "75495"],
            "magnit": ["042657fbf1", "065ccd9ec9", "105001", "160171", "275856ead6", "ac8c4bac09"],
            "dixy": [],
            "perekrestok": [],
        }, "whole-bean coffee only; Магнит ready-to-drink «Кофе Американо/Латте зерновой 300мл» excluded (trap), ground/instant excluded"),
        ("сахар", {
            "pyaterochka": ["3973713"],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white or cane sugar incl. cubes; сахарная пудра, sweeteners, «без сахара»/«с сахаром» products excluded"),
        ("сливки 10%", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream exactly 10 %; Parmalat 11 % excluded"),
    ]),
    ("чипсы лейс краб", [
        ("чипсы лейс краб", {
            "pyaterochka": ["3931228", "4035369"],
            "magnit": ["106331"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's crab flavour only; Pringles/Lava Lava/Русская картошка crab and «Джин Вайт Лейс» excluded"),
    ]),
    ("курица\nгречка ядрица\nмакароны", [
        ("курица", {
            "pyaterochka": ["2160026", "2160069", "3364509", "3963723", "4007208"],
            "magnit": ["168301"],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["2073281", "2160026", "2160041", "2160069", "2173555", "3068079", "3153446", "3658841",
                         "3692842", "4007208", "4068157", "4250498", "4252168", "4306577", "4312266", "4318771",
                         "4328959", "4328961", "4328962"],
        }, "raw chicken: whole bird or parts (incl. raw marinated голень); smoked/cooked parts, купаты, котлеты, наггетсы, canned, pet food excluded"),
        ("гречка ядрица", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "Prosto «Крупа гречневая» accepted (ядрица not stated but it is the default groat); хлопья, каши, «Рис и греча», лапша соба excluded"),
        ("макароны", {
            "pyaterochka": ["18453", "18460", "18463", "18497", "3438663", "3438666", "3438670", "3687625",
                         "4008044", "4008045", "4008046", "4008047", "4037644", "4037645", "4037652", "4037654",
                         "4037666", "4072891", "4072894", "4075778", "4075782", "4077766", "4077767", "4077771",
                         "94424"],
            "magnit": ["167851", "199251", "214631"],
            "dixy": [],
            "perekrestok": [],
        }, "any dry pasta shape; instant noodles, удон/соба/фунчоза/лагман-лапша, ready pasta dishes and «Macaronika Макарон» cakes excluded"),
    ]),
    ("пиво, чипсы, сухарики", [
        ("пиво", {
            "pyaterochka": ["3630690"],
            "magnit": ["104791", "104801", "108671", "108721", "111441", "111751", "159311", "160011",
                    "160021", "167991", "168001", "168011", "199071", "199081", "1f2ea4eaba", "201971",
                    "202121", "204931", "205571", "213061", "213471", "22307d326d", "307d22d94c", "30dda00a31",
                    "7a049f38a7", "7d9ffc1dd9", "7f9482ca4a", "956d7ab45e", "a982a99aeb"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic beer incl. beer drinks of beer style (Жатецкий гусь, ABBE); alcohol-free and flavoured beer drinks, cider excluded"),
        ("чипсы", {
            "pyaterochka": ["2153831", "3231225", "3435061", "3453318", "3463551", "3463552", "3485986", "3611009",
                         "3624025", "3624026", "3671742", "3671743", "3688435", "3931228", "3941439", "3943579",
                         "3956451", "3956452", "3986506", "3986507", "3994439", "3994660", "3994662", "4035369",
                         "4035371", "4035377", "4035779", "4035782", "4061907", "4062940", "4069903", "4069908",
                         "4086621", "4086622", "4086623", "4086624", "4343840", "4343841"],
            "magnit": ["1000487857", "106331", "106341", "162f632716", "198921", "202981", "204411", "213571",
                    "b3b39073da"],
            "dixy": [],
            "perekrestok": [],
        }, "savoury chips (potato, nachos, Pringles incl. rice); apple chips and corn sticks excluded"),
        ("сухарики", {
            "pyaterochka": ["17792", "3360552", "3611032", "3687988", "3919826", "3919827"],
            "magnit": ["38f3e441a4", "4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["2063961", "2063964", "3014253", "3070382", "3360550", "3360552", "3385063", "3427611",
                         "3492417", "3492421", "3611032", "3611033", "3687989", "3688000", "3688002", "3688061",
                         "3689060", "3911761", "3916635", "3916637", "3919827", "4192519", "4199888", "4221847",
                         "4243985", "4300171", "4300172", "4300950", "4301063", "4327050", "4336877", "4336878",
                         "4336879", "4349523", "4351645", "4351646", "4383071", "63021"],
        }, "snack croutons: сухарики and гренки; instant soups «с сухариками» excluded"),
    ]),
    ("корм для кошек, наполнитель для кошачьего туалета", [
        ("корм для кошек", {
            "pyaterochka": ["2092231", "2154055", "3282824", "3282830", "3282834", "3413294", "3445962", "3445965",
                         "3455947", "3603050", "3603051", "3603052", "3603053", "3641052", "3663442", "3663913",
                         "3691531", "3931375", "3931376", "3970260", "3970296", "3970315", "3983129", "3983130",
                         "3983131", "3983132", "4002291", "4002292", "4002293", "4087104", "4089560"],
            "magnit": ["109231", "109291", "203071", "205061", "205991", "2871c38926", "352ede07f1", "58257706ac",
                    "854cad46ea", "9ae06fbef3", "baa5749d3a", "c42755d5d4"],
            "dixy": [],
            "perekrestok": [],
        }, "wet or dry cat/kitten food; treats (Dreamies, even when titled «Корм для кошек Dreamies») and dog food excluded; PUR.ONE 750г курица/злаки taken as the cat line"),
        ("наполнитель для кошачьего туалета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent in all four stores"),
    ]),
    ("средство для мытья посуды, туалетная бумага, губки для посуды", [
        ("средство для мытья посуды", {
            "pyaterochka": ["3500057", "3500058", "3500750", "3501026", "3501028", "3501031", "3501662", "3503216",
                         "3669210", "3669211", "3669212", "3678617", "3679975", "3682367", "3691740", "4057348",
                         "4057350"],
            "magnit": ["159851", "168221"],
            "dixy": [],
            "perekrestok": [],
        }, "hand dish-washing liquid/gel; dishwasher tablets (Finish, Somat) and жироудалитель excluded"),
        ("туалетная бумага", {
            "pyaterochka": ["3326206", "3449118", "3450513", "3493108", "3679801", "3900558", "4059050"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "rolls of dry toilet paper; moist toilet paper (Zewa влажная) and paper towels excluded"),
        ("губки для посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent in all four stores"),
    ]),
    ("шампунь, зубная паста, гель для душа", [
        ("шампунь", {
            "pyaterochka": ["2071819", "2102735", "3013914", "3262020", "3307154", "3352707", "3386405", "3406278",
                         "3456559", "3472122", "3506089", "3624617", "3624618", "3632672", "3632673", "3653506",
                         "3658479", "3659304", "3679350", "3682464", "3688572", "3689257", "3950554", "3958227",
                         "3999803", "4004174", "4004176", "4092264"],
            "magnit": ["084b343248", "160241", "167951", "168271", "198881", "1d4676bb70", "204511", "23eca9864a",
                    "28ba0518bf", "5b1250b807", "7bc067da91", "8442fcc99f", "f68f4f964f"],
            "dixy": [],
            "perekrestok": ["2092382", "3065062", "4045740", "4406843"],
        }, "any hair shampoo incl. 2-in-1/3-in-1; dry shampoo (SHAMTU) and conditioners/balms excluded"),
        ("зубная паста", {
            "pyaterochka": ["2153182", "3152415", "3230372", "3359945", "3366711", "3368036", "3429353", "3480375",
                         "3482562", "3605411", "3605412", "3642796", "3691935", "3967359", "3967361", "4009101"],
            "magnit": ["0b75d29d19", "32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste incl. kids' Splat Junior; toothbrushes and mouthwash excluded"),
        ("гель для душа", {
            "pyaterochka": ["3241074", "3380358", "3440044", "3454322", "3626165", "3642074", "3655723", "3664431",
                         "4024923", "4054536", "4092136", "4092188", "4092217"],
            "magnit": ["112331"],
            "dixy": [],
            "perekrestok": ["4256375"],
        }, "shower gel incl. крем-гель; gift sets, 3-in-1 men's shampoo-gel and soap excluded"),
    ]),
    ("сок апельсиновый, вода 5л", [
        ("сок апельсиновый", {
            "pyaterochka": ["3965623", "84794"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3190682", "3965623"],
        }, "orange juice only; orange nectars, multi-fruit juices and juice drinks excluded"),
        ("вода 5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "5-litre bottles of drinking or mineral water (baby water included)"),
    ]),
    ("2 пачки масла, творог 5%, сметана 20%", [
        ("2 пачки масла", {
            "pyaterochka": ["3612680", "3658095", "3948153", "3953367", "3963777", "4063188"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "«масло» sold in packs = butter (сливочное, any fat); vegetable oil, шоколадное масло, margarine excluded; quantity 2 is not a product constraint"),
        ("творог 5%", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese exactly 5 %; творог with fruit/cream fillers, творожный продукт and 5.5 % excluded"),
        ("сметана 20%", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3293409", "3444929", "3634033", "3651188", "3664287", "4121609", "4217906", "4262694",
                         "4314537", "4349770", "58101"],
        }, "exactly 20 %; lactose-free accepted"),
    ]),
    ("десяток яиц, молоко", [
        ("десяток яиц", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3062836", "3446505", "3634491", "3662512", "4068694", "44323"],
        }, "chicken eggs in packs of 10; 20- and 6-packs and quail eggs excluded"),
        ("молоко", {
            "pyaterochka": ["3425329", "3467788", "3507208", "3613025", "3645807", "3645808", "3694630", "3985712"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["00af023fd1", "013e119412", "01f728b210", "05c941826b", "1076c09948", "135852823b", "14753f9f39", "14cf035691",
                         "163f87bedd", "2093081", "2d526e7a96", "2f04f03749", "2f7ebb9ea8", "3198f1a94c", "31aa236aad", "3431579",
                         "3474103", "359aa76fc0", "35ac60eec2", "3613024", "3645807", "4137917", "4244242", "4259100",
                         "4260593", "4308790", "4310700", "45d6dee261", "47a9cd6be2", "47b26adef2", "488d323508", "50cb0959f8",
                         "50f156cde3", "52240eee71", "52d96fd806", "587286c051", "62485733e9", "65f939ac7e", "66ec0f255d", "6986e66cd9",
                         "69f396f368", "6b36a62006", "76055bf243", "79cefff589", "7b5909b56f", "7c1d7afff6", "7f46c8a5c5", "814b6ca461",
                         "85dd44d923", "870b27e2f9", "87b2dc7b1d", "87bf941f11", "885d917850", "89a1c1419e", "949b3dd46f", "94dd27dff1",
                         "9512a8a8b9", "9dbc98f064", "9dfc83490b", "a24f88bea8", "a253bf9611", "a548f45b17", "aa8a2f9d5e", "af8570f806",
                         "b151abcd68", "b267022f66", "b38f3e60d2", "b4411ba8d4", "b48241efed", "b508e73840", "c57983498c", "cb2f1055d7",
                         "ccdc291604", "cd63b1cf67", "ce8eda981f", "d4843ab680", "d59f8e3403", "d846def77b", "e1c2a97dcd", "e221fd3ddd",
                         "e2d5d93f2a", "e458dc5e25", "e9b2520f64", "eaf7de5f17", "ecc07a0e68", "edf2484f0e", "eefe3d951f", "f18e9a3c14",
                         "f3d85bb393", "f50aeac1bb", "f5ff9c84a1", "faf2171541", "fed089a68a"],
        }, "drinking cow milk of any fat, pasteurised/UHT/sterilised, incl. lactose-free and children's drinking milk; топлёное, козье, flavoured (Чудо клубника, Barista), condensed, coconut/oat and milkshakes excluded"),
    ]),
    ("пельмени, майонез махеев, сметана", [
        ("пельмени", {
            "pyaterochka": ["2024541", "3613537", "3613651", "3622053", "3666703", "3671957", "3672557", "3675532",
                         "3683249", "3693405", "3693417", "3693418", "3985043", "4000407"],
            "magnit": ["0f6321338f", "109411", "111711", "160301", "167901", "198951", "213711", "4907605c6d"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "any frozen pelmeni; вареники, хинкали, sauce «для пельменей» excluded"),
        ("майонез махеев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206", "4312243"],
        }, "Махеевъ mayonnaise only; other Махеевъ products (кетчуп, соус Цезарь майонезный, джем) excluded"),
        ("сметана", {
            "pyaterochka": ["3664287", "3665624"],
            "magnit": ["199001", "de14617e33"],
            "dixy": [],
            "perekrestok": ["3293409", "3444929", "3478958", "3634033", "3651188", "3664287", "3665624", "3665625",
                         "4095525", "4121592", "4121609", "4217906", "4217907", "4262694", "4262697", "4272205",
                         "4287503", "4314536", "4314537", "4335470", "4349770", "4431124", "58101"],
        }, "sour cream of any fat incl. lactose-free; sour-cream-flavoured snacks/sauces excluded"),
    ]),
    ("йогурт клубничный, кефир 1%", [
        ("йогурт клубничный", {
            "pyaterochka": ["3628399", "3665121", "4035473", "4045339"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry (or strawberry–wild-strawberry) yogurt, spoonable or drinkable; mixes led by other fruit (клубника/маракуйя, дыня-клубника, клубника/малина, клубничный пломбир), кисломолочный коктейль, candies/chocolate with yogurt filling excluded"),
        ("кефир 1%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all in the data"),
    ]),
    ("креветки, лимон, рис", [
        ("креветки", {
            "pyaterochka": ["3420429", "3605498", "3635799", "3636987", "3663836"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3432111", "3495300", "3641931", "3642960", "3970776", "4012971", "4078304", "4277440",
                         "4289266", "4292180", "4323674", "4343270", "4344842", "4353635", "4359390", "4367793",
                         "4371402", "4379876", "4379877", "4379878", "4385594"],
        }, "shrimp themselves (frozen, cooked-frozen, in brine); seafood cocktails, shrimp-flavoured chips, икра/оливки «с креветкой» excluded"),
        ("лимон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in the data; лимонная кислота, lemon-scented cleaners, lime excluded"),
        ("рис", {
            "pyaterochka": ["2167599", "2903", "3413111", "3483037", "39747", "3992161", "4046686", "5722"],
            "magnit": ["106021", "106641", "106651", "199371", "448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "rice of any variety; «Рис и греча» mix, rice flakes, rice flour, rice chips excluded"),
    ]),
    ("яблоки, бананы, апельсины", [
        ("яблоки", {
            "pyaterochka": ["4271772"],
            "magnit": ["168861", "200671"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples; juice, apple chips, puree excluded"),
        ("бананы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3639749", "3757", "4112219", "4208494"],
        }, "fresh bananas incl. mini; dried bananas excluded"),
        ("апельсины", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges"),
    ]),
    ("картошка\nлук\nморковь", [
        ("картошка", {
            "pyaterochka": [],
            "magnit": ["107511", "109571", "168671", "168701", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "raw potatoes; «картофель хрустящий»/chips, «Картошка марципановая», starch excluded"),
        ("лук", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["3368252", "3369261", "3623836", "4272905", "79012", "79135"],
        }, "bulb onions of any colour incl. шалот; green onion excluded"),
        ("морковь", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; корейская морковь and carrot nectar excluded"),
    ]),
    ("огурцы, помидоры черри, зелень", [
        ("огурцы", {
            "pyaterochka": [],
            "magnit": ["169161", "200221"],
            "dixy": [],
            "perekrestok": ["3368258", "3682401", "4391463"],
        }, "fresh cucumbers; salted/pickled excluded"),
        ("помидоры черри", {
            "pyaterochka": [],
            "magnit": ["107681", "168841", "169381"],
            "dixy": [],
            "perekrestok": ["3673307", "3676649", "4188460"],
        }, "fresh cherry tomatoes only"),
        ("зелень", {
            "pyaterochka": [],
            "magnit": ["109841", "200411"],
            "dixy": [],
            "perekrestok": ["3364060", "4295465", "4295468", "4297656"],
        }, "fresh herbs (укроп, петрушка, зелёный лук, assortments); rosemary, lettuce, dried dill excluded"),
    ]),
    ("фарш, макароны перья", [
        ("фарш", {
            "pyaterochka": ["3205754", "3398465", "3447375", "3629402", "3652704", "3673806", "3681614", "4065830"],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced meat of any kind (beef, pork-beef, poultry); котлеты, тефтели excluded"),
        ("макароны перья", {
            "pyaterochka": ["18460", "4037652"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "penne/перья only (пенне ригате accepted, пипе ригате not)"),
    ]),
    ("кофе якобс, печенье юбилейное", [
        ("кофе якобс", {
            "pyaterochka": ["3372172", "3444962", "3488345", "3607723", "3607729", "3607740", "3608097", "3626048",
                         "3626060", "3636923", "3636926", "3684932", "4034432"],
            "magnit": ["042657fbf1", "106161", "106231", "205121", "ac8c4bac09"],
            "dixy": [],
            "perekrestok": [],
        }, "any Jacobs/Jacobs Monarch coffee (instant, ground, beans); Monarch Lungo capsules excluded"),
        ("печенье юбилейное", {
            "pyaterochka": ["3471173", "3603068", "3618783", "3655049", "3662392", "3958570", "3958571", "4027701",
                         "4027703"],
            "magnit": ["199331", "723991a07f"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное biscuits of any flavour; «Мини-кексы Юбилейное» and «Колбаса Юбилейная» excluded"),
    ]),
    ("чай черный в пакетиках, мёд, сушки", [
        ("чай черный в пакетиках", {
            "pyaterochka": ["11200", "15492", "15545", "2070472", "3378327", "3378336", "3418513", "3424384",
                         "3446638", "3450276", "3469500", "3470341", "3472459", "3489539", "3489553", "3499718",
                         "3600100", "3620106", "3628990", "3634052", "3635756", "3649730", "3650482", "3662837",
                         "3682587", "3689577", "3948128", "3948818", "3948819", "3950803", "3971162", "3971163",
                         "3981152", "3998702", "4002510", "4022854", "4042419"],
            "magnit": ["109361", "111701", "112311", "159991", "168251", "199201", "199261", "204561",
                    "206041", "213601", "217b3d7466", "a37d9d8522"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea (flavoured black tea incl. bergamot/fruit/herbs accepted) in bags, sachets or pyramids; loose-leaf, green, herbal/fruit infusions, mixed assortments and iced-tea drinks excluded"),
        ("мёд", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey; крем-мёд with fruit fillers, чак-чак, honey-flavoured sweets excluded"),
        ("сушки", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сушки (incl. flavoured mini-сушки); баранки excluded"),
    ]),
    ("шоколадка милка, конфеты коркунов", [
        ("шоколадка милка", {
            "pyaterochka": ["3468707", "3468708", "3468709", "3468710", "3468711", "3483271", "3606533", "3643945",
                         "3680750", "3681277", "3683712", "3689776", "3900599", "3907200", "3981472", "4024593",
                         "4055040"],
            "magnit": ["1000149245", "111691", "112361", "8f909bd3bf", "c91d6a24a7"],
            "dixy": [],
            "perekrestok": ["4353876", "4353891", "4371496"],
        }, "Milka chocolate bars of any flavour; Milka candies, cookies, cakes, wafers, ice cream, gift sets and the egg-shaped figure excluded"),
        ("конфеты коркунов", {
            "pyaterochka": ["3639113", "3639115", "3911678", "4069805", "4069811", "4297371"],
            "magnit": ["111571", "111721", "160141", "199221"],
            "dixy": [],
            "perekrestok": [],
        }, "А. Коркунов boxed chocolates; Коркунов bitter chocolate bar excluded"),
    ]),
    ("вино красное сухое, сыр с плесенью, виноград", [
        ("вино красное сухое", {
            "pyaterochka": [],
            "magnit": ["104811", "111851", "167471", "168041", "199091", "202001", "202011", "202281",
                    "205611", "213381", "213501", "229b7b954e", "5d8a8a24cf", "7ad3172a4a", "82c49b7fbf", "bade36759d",
                    "c2612cf80f", "ce196366c4", "e70e8ddb93", "e8053f6404"],
            "dixy": [],
            "perekrestok": [],
        }, "red + dry (сухое) still wine; полусухое/полусладкое, sparkling, port and alcohol-free wine excluded"),
        ("сыр с плесенью", {
            "pyaterochka": ["3693219", "3918445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3466978", "3614011", "3621896", "3626124", "3640879", "3640880", "3654470", "3693219",
                         "3918445", "3920347", "4108547", "4108549", "4108550", "4108551", "4325429", "4325430",
                         "4392389"],
        }, "white- or blue-mould cheese (brie, camembert, dorblu…); processed «Crème de Brie» and Dorblu cream-cheese spread excluded"),
        ("виноград", {
            "pyaterochka": ["4327381"],
            "magnit": ["199691"],
            "dixy": [],
            "perekrestok": ["3224973", "4327381", "48657", "48660", "57580"],
        }, "fresh grapes; juices/nectars excluded"),
    ]),
    ("водка, селёдка, хлеб бородинский", [
        ("водка", {
            "pyaterochka": [],
            "magnit": ["0186ea2f0c", "08d0c3ece1", "0eb9645e38", "104851", "108971", "111501", "112211", "159561",
                    "159761", "160071", "160081", "167591", "167631", "167671", "199131", "199141",
                    "1ea5fbb268", "202041", "202051", "202321", "202361", "204991", "205771", "213221",
                    "2390182f91", "2e5457171a", "2fc1277b9b", "4d87a1d2d7", "6947733dde", "bddc13f20f", "c2be88d2c4", "e1592f3647",
                    "e2bdccf03a", "fba5be4983"],
            "dixy": [],
            "perekrestok": [],
        }, "vodka of any brand/size; настойки, бальзам excluded"),
        ("селёдка", {
            "pyaterochka": ["3401016", "3401018", "3497722", "3603143", "3603144", "3626055", "3637884", "3638123",
                         "3682728", "3693862", "3697250", "4043492"],
            "magnit": ["112371", "29793287b9", "3068665d37", "44f4c820e1", "8f5e5b9485", "ee295ae8a7"],
            "dixy": [],
            "perekrestok": ["3497722", "3504605", "3621742", "3637884", "4034451", "4056953", "4147685", "4225103",
                         "4255361", "4360965", "4364448", "4364450", "4367699", "4367712", "4402737", "4402738",
                         "79542", "79544"],
        }, "salted/marinated herring whole or fillet; canned «Сельдь тихоокеанская 245 г», икра сельди, сельдь под шубой excluded"),
        ("хлеб бородинский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread in the data; «Хлебцы бородинские», «Колбаса Бородинская», «Мясной дом Бородина» are traps"),
    ]),
    ("стиральный порошок, кондиционер для белья", [
        ("стиральный порошок", {
            "pyaterochka": ["2070686", "2087255", "2155021", "2161508", "2161528", "3023899", "3142962", "3149485",
                         "3418106", "3688912", "3951189"],
            "magnit": ["1000286457", "105881", "105891", "105941", "106541", "111621", "167921", "168231",
                    "198901", "262159b924", "50ee5ea8b5"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder only; liquid gels and capsules excluded (form written), scouring powders Comet/Пемолюкс excluded"),
        ("кондиционер для белья", {
            "pyaterochka": ["3465388", "3625267", "3625268", "3625310", "3627015", "3627017", "3660969", "3669625",
                         "4025712"],
            "magnit": ["109371", "159881", "168241", "203041", "204441", "205131", "5f87c5ca15", "6571916326",
                    "e9a603915f", "fe75ae637f"],
            "dixy": [],
            "perekrestok": [],
        }, "fabric softener; hair conditioners excluded"),
    ]),
    ("подгузники 4, влажные салфетки", [
        ("подгузники 4", {
            "pyaterochka": ["3159433", "3447848", "3680541", "3983632"],
            "magnit": ["160221"],
            "dixy": [],
            "perekrestok": ["4295219", "4295222"],
        }, "size 4 (Maxi, ~9-14 kg) diapers incl. pants-type; other sizes excluded"),
        ("влажные салфетки", {
            "pyaterochka": ["3632651", "3664696"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3697052", "3917869", "3976937", "4166484", "4174787"],
        }, "wet wipes; dry paper napkins, panty liners «Carefree салфетки» and moist toilet paper excluded"),
    ]),
    ("куриное филе, брокколи, рис басмати", [
        ("куриное филе", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "2173555", "3658841", "4306577", "4328961"],
        }, "raw chicken breast fillet (incl. малое филе); thigh fillet, bone-in/skinless грудка, cooked fillet excluded"),
        ("брокколи", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "broccoli (frozen accepted); baby purees with broccoli excluded"),
        ("рис басмати", {
            "pyaterochka": ["5722"],
            "magnit": ["7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "basmati rice only"),
    ]),
    ("сосиски, кетчуп, горошек зелёный", [
        ("сосиски", {
            "pyaterochka": ["26457", "3018288", "3018289", "3311600", "3359555", "3370433", "3385843", "3486631",
                         "3607043", "3642007", "3663361", "4025037", "4045572"],
            "magnit": ["112421", "159871", "206081", "213611"],
            "dixy": [],
            "perekrestok": ["4056912"],
        }, "сосиски of any kind; сардельки, шпикачки, сосиски в тесте excluded"),
        ("кетчуп", {
            "pyaterochka": ["3383950", "3610602", "3625404", "3631091", "3673189", "3673190", "3941585", "4044938",
                         "4066624", "4066625", "4086400"],
            "magnit": ["203141", "213621", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "any ketchup; other tomato sauces, tomato paste excluded"),
        ("горошек зелёный", {
            "pyaterochka": ["4043589"],
            "magnit": ["111581", "203021", "213651"],
            "dixy": [],
            "perekrestok": ["27460", "41891", "4273266", "4345766", "82254"],
        }, "canned green peas; «Горох Bizim Tarla зелёный 660 г» (unclear if dry) excluded"),
    ]),
    ("мука, сахар, разрыхлитель, ванилин", [
        ("мука", {
            "pyaterochka": ["3296712", "3605057"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2003107", "3231328", "8065", "91304"],
        }, "wheat flour for baking (incl. whole-grain); rye, rice flour, durum «крупка», pancake mixes excluded"),
        ("сахар", {
            "pyaterochka": ["3973713"],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white or cane sugar; сахарная пудра and sweeteners excluded"),
        ("разрыхлитель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder"),
        ("ванилин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent in all stores; vanilla-flavoured products are not ванилин"),
    ]),
    ("сливки 33%, маскарпоне, печенье савоярди", [
        ("сливки 33%", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": [],
            "perekrestok": [],
        }, "cream exactly 33 %"),
        ("маскарпоне", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent in all stores"),
        ("печенье савоярди", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent in all stores"),
    ]),
    ("масло подсолнечное, соль, уксус", [
        ("масло подсолнечное", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "77ec9da5de", "c52c41afd8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain sunflower oil; flavoured (basil, garlic, herbs) and blends with olive/avocado oil excluded"),
        ("соль", {
            "pyaterochka": [],
            "magnit": ["a48e91c3fa"],
            "dixy": [],
            "perekrestok": [],
        }, "table or sea salt; seasoning mixes with salt excluded"),
        ("уксус", {
            "pyaterochka": [],
            "magnit": ["53141da599"],
            "dixy": [],
            "perekrestok": [],
        }, "any vinegar"),
    ]),
    ("кукуруза консервированная, крабовые палочки, майонез, яйца", [
        ("кукуруза консервированная", {
            "pyaterochka": ["3479213", "3645520", "4043590"],
            "magnit": ["111551", "203031", "213661"],
            "dixy": [],
            "perekrestok": ["16793", "2050066", "3645521", "4273333", "4372036", "82253"],
        }, "canned sweet-corn kernels; baby corn cobs, popcorn, corn sticks excluded"),
        ("крабовые палочки", {
            "pyaterochka": ["3131715", "3445265", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3131715", "3337825", "3406474", "3406480", "3445265", "3447878", "3447879", "3931923",
                         "3993014", "3993018", "4074412", "4166323", "4311581", "4354523", "4354524", "4417821",
                         "4425909", "86385"],
        }, "surimi sticks, incl. «крабовое мясо» (same surimi, other shape); real crab meat, crab salad, crab-flavoured snacks excluded"),
        ("майонез", {
            "pyaterochka": ["3163111", "3193489", "3355228", "3355242", "3425670", "3640161", "3695167", "3982578",
                         "4002440"],
            "magnit": ["104941", "204681"],
            "dixy": [],
            "perekrestok": ["2047206", "2108609", "3163111", "3193489", "3425669", "3467275", "3495835", "3674577",
                         "3695167", "4105769", "4112954", "4199312", "4233420", "4284062", "4297313", "4312243",
                         "4352557", "4412152"],
        }, "any mayonnaise; mayonnaise-based sauces (Цезарь) excluded"),
        ("яйца", {
            "pyaterochka": ["3341462", "3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3062836", "3341462", "3446505", "3634491", "3662512", "4068694", "4202935",
                         "44323"],
        }, "chicken eggs; quail eggs excluded"),
    ]),
    ("тушёнка говяжья, гречка", [
        ("тушёнка говяжья", {
            "pyaterochka": ["2143227", "2160460", "3480976", "3483539", "3488763", "3902643"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef; pork/chicken/venison тушёнка and ready meals with beef excluded"),
        ("гречка", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats; flakes, porridges, noodles, mixes excluded"),
    ]),
    ("кола 2л, мандарины, шампанское", [
        ("кола 2л", {
            "pyaterochka": ["3684656", "4213891", "4316013"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860", "4213891"],
        }, "classic cola in 2-litre bottles; other volumes and flavoured colas excluded"),
        ("мандарины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins"),
        ("шампанское", {
            "pyaterochka": [],
            "magnit": ["111471", "111801", "159411", "159461", "168031", "1a44269ee1", "213481", "213561",
                    "51cda6b802", "5f8686d589", "86db6b4c48", "be5c393f9e", "c44a8ef112"],
            "dixy": [],
            "perekrestok": [],
        }, "any alcoholic sparkling wine (шампанское/игристое, prosecco, asti, sparkling lambrusco); still Lambrusco, wine drinks (Lavetti, Santo Stefano), alcohol-free sparkling excluded"),
    ]),
    ("семечки, пиво светлое", [
        ("семечки", {
            "pyaterochka": ["3135484", "3403508", "3453003", "3613320", "3630849", "3695680"],
            "magnit": ["1000229533", "104971", "2cc5876614"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower seeds; pumpkin seeds, nuts excluded"),
        ("пиво светлое", {
            "pyaterochka": [],
            "magnit": ["104791", "104801", "108671", "108721", "111441", "111751", "159311", "160011",
                    "160021", "167991", "168001", "168011", "199071", "199081", "1f2ea4eaba", "201971",
                    "202121", "204931", "205571", "22307d326d", "307d22d94c", "30dda00a31", "7a049f38a7", "7f9482ca4a",
                    "a982a99aeb"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light/pale beer incl. wheat/white beers; dark beer and alcohol-free beer excluded"),
    ]),
    ("минералка, ессентуки 17", [
        ("минералка", {
            "pyaterochka": ["2139858", "3024", "3369800", "3621697", "3626092", "3630602", "3630603", "3634921",
                         "3635119", "3635130", "3635131", "3656206", "3656207", "3688643", "3688644", "3939624",
                         "3943982", "3977405", "3977406", "3977407", "3977408", "4048555"],
            "magnit": ["13256eedcb", "972a7fe2ec", "a5f6c8ecb8", "edf1174b69"],
            "dixy": [],
            "perekrestok": ["2105576", "3020", "3197823", "3629622", "3943982", "3977405", "3977406", "4391568",
                         "81003", "81514"],
        }, "natural mineral water (table or medicinal, still or sparkling); plain drinking water, flavoured waters excluded"),
        ("ессентуки 17", {
            "pyaterochka": ["3688644", "3977406", "3977408"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977406"],
        }, "Ессентуки №17 only (ЗАПОВ.ЗДОР «Вода №17» accepted); №4 excluded"),
    ]),
    ("форель слабосолёная, икра красная", [
        ("форель слабосолёная", {
            "pyaterochka": ["3387455", "3923407", "4006166"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11778", "3387455", "3387456", "3923407", "4019282", "4132667", "4217902", "4285178",
                         "4349602", "4372070", "4385583", "4408134", "4408804", "4412698", "4426783", "4428364",
                         "6204"],
        }, "lightly salted trout fillet/slices; smoked (incl. «сырокопченая слабосоленая»), frozen steaks, trout roe excluded"),
        ("икра красная", {
            "pyaterochka": [],
            "magnit": ["105041"],
            "dixy": [],
            "perekrestok": ["3465904", "4320227", "4323783", "4383708", "4386122", "4411673", "4411674", "4428864",
                         "4432583", "4433327", "4437727"],
        }, "salmonid roe (горбуша, кета, кижуч, нерка, форель); sturgeon/cod/capelin/herring roe, «икорные изделия» and «Икра ТУНГУТУН» of unclear kind excluded"),
    ]),
    ("свиная шейка, лук, кетчуп шашлычный, уголь", [
        ("свиная шейка", {
            "pyaterochka": ["3619731", "3666472", "3957120"],
            "magnit": ["107331", "199511", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck, on or off the bone, incl. marinated neck steaks; smoked «шейка к/в» excluded"),
        ("лук", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["3368252", "3369261", "3623836", "4272905", "79012", "79135"],
        }, "bulb onions; green onion excluded"),
        ("кетчуп шашлычный", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "shashlik ketchup only; plain tomato ketchup and «Соус шашлычный» excluded"),
        ("уголь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "charcoal"),
    ]),
    ("мороженое пломбир, фанта", [
        ("мороженое пломбир", {
            "pyaterochka": ["3693306", "3955155", "3955964", "4009747", "4048085", "4048582", "4051902", "61150"],
            "magnit": ["26315e53ae", "454d2f4e9d", "5e86759538", "bac7d8405e", "ce5f334607"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "plombir ice cream in any format; milk/cream ice cream, sorbet, «со вкусом пломбира» yogurts and milkshakes excluded"),
        ("фанта", {
            "pyaterochka": ["3652273", "3661227", "3661229", "4038629"],
            "magnit": ["105011", "198961", "199271"],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta of any flavour; «Фантола» (other brand) excluded"),
    ]),
    ("корм для собак, лакомство для кошек", [
        ("корм для собак", {
            "pyaterochka": ["3445958", "3692140", "3692244", "3692245", "4025787", "4025791", "4060059", "4061858",
                         "4066605", "4066607", "4066615", "4066619"],
            "magnit": ["0b24b2c505", "2463492a14", "4a580c8871", "83007d8abc", "a70a7277fa", "b273add5f4", "fb2346e18a"],
            "dixy": [],
            "perekrestok": [],
        }, "dog/puppy food, wet or dry"),
        ("лакомство для кошек", {
            "pyaterochka": ["3652326"],
            "magnit": ["12f0b7d3ff", "3416a5a157", "3b3e1365d7", "57039e0213", "f4b55c10c2", "f67ff9c365"],
            "dixy": [],
            "perekrestok": [],
        }, "cat treats (Dreamies, even when titled «корм»); complete cat food excluded"),
    ]),
    ("авокадо, моцарелла, помидоры", [
        ("авокадо", {
            "pyaterochka": ["2131933", "3148279"],
            "magnit": ["109421", "168561"],
            "dixy": ["2000329470"],
            "perekrestok": ["3356275", "3948371"],
        }, "fresh avocado; avocado oil / mayonnaise with avocado excluded"),
        ("моцарелла", {
            "pyaterochka": ["3433594", "3669895", "3976999"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["15105", "3025963", "3432217", "3432218", "3433594", "3453245", "3480834", "3958444",
                         "4050804", "4078445", "4111694", "4121963", "4121964", "4263131", "4263132", "4377381",
                         "4377387", "4418717"],
        }, "mozzarella cheese in any form (balls, grated, pizza block, lactose-free); processed «плавленый ломтевой Моцарелла» excluded"),
        ("помидоры", {
            "pyaterochka": [],
            "magnit": ["107611", "107621", "107631", "107681", "168841", "168851", "169381", "199891"],
            "dixy": [],
            "perekrestok": ["3017019", "3673307", "3676649", "4188460", "4217380", "4327843", "4355823"],
        }, "fresh tomatoes incl. cherry; canned/salted/marinated excluded"),
    ]),
    ("овсянка, молоко 2.5%, бананы", [
        ("овсянка", {
            "pyaterochka": ["3472901", "4027131"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain rolled oats (геркулес/хлопья овсяные); flavoured instant porridges, oat drinks, oat cookies, «Велле» oat yogurt excluded"),
        ("молоко 2.5%", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["013e119412", "2093081", "359aa76fc0", "3613024", "4310700", "50cb0959f8", "587286c051", "62485733e9",
                         "66ec0f255d", "6986e66cd9", "69f396f368", "76055bf243", "7f46c8a5c5", "a548f45b17", "af8570f806", "cb2f1055d7",
                         "edf2484f0e", "faf2171541"],
        }, "drinking milk exactly 2.5 %"),
        ("бананы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3639749", "3757", "4112219", "4208494"],
        }, "fresh bananas"),
    ]),
    ("тунец консервированный, оливки", [
        ("тунец консервированный", {
            "pyaterochka": ["3373006", "3610561"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tuna; frozen tuna, tuna pâté/paste, dried tuna snack, tuna salads, cat food excluded"),
        ("оливки", {
            "pyaterochka": ["3071839", "3436775", "3436776", "3692540", "4005882"],
            "magnit": ["45eabd20a3", "bb0ce08052"],
            "dixy": [],
            "perekrestok": ["4249103", "4249104", "4249686", "4290605"],
        }, "olives incl. stuffed; маслины (black olives) and olive oil excluded"),
    ]),
    ("колбаса сырокопчёная, сыр российский, батон", [
        ("колбаса сырокопчёная", {
            "pyaterochka": ["3036120", "3345854", "3379266", "3380221", "3380222", "3413609", "3440967", "3460891",
                         "3469277", "3604156", "3620876", "3622973", "3640669", "3653063", "3920463", "3930255",
                         "4026961", "4064534", "4064536", "4068713", "4069196"],
            "magnit": ["105061", "199021"],
            "dixy": [],
            "perekrestok": ["3140747", "3332887", "3345854", "3380221", "3380222", "3469277", "3648372", "4068713",
                         "4069198", "4214000", "4214450", "4236323", "4268939", "4273259", "4385507", "4395547",
                         "4397813", "4403606", "4425557"],
        }, "raw-smoked (с/к) sausage incl. полусухая and с/к salami; сыровяленая (fuet, Casademont), варёно-копчёная, snack sticks excluded; Магнит «Колбаса Сальчичон» taken as с/к"),
        ("сыр российский", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese only"),
        ("батон", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон»; шоколадные батончики excluded"),
    ]),
    ("груши, сливы, киви", [
        ("груши", {
            "pyaterochka": [],
            "magnit": ["168631", "200051"],
            "dixy": [],
            "perekrestok": ["48674", "6223"],
        }, "fresh pears; pear nectars, Fanta груша, chocolate with pear excluded"),
        ("сливы", {
            "pyaterochka": ["12398"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4184919"],
        }, "fresh plums; сливки/сливочное are not plums"),
        ("киви", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4045962"],
        }, "fresh kiwi"),
    ]),
    ("зубная щётка, дезодорант, бритвенные станки", [
        ("зубная щётка", {
            "pyaterochka": ["3329901", "3379809", "3411391", "3900522"],
            "magnit": ["7f932ca0ba", "af8d07dd15", "faf2b81393"],
            "dixy": [],
            "perekrestok": [],
        }, "manual toothbrushes"),
        ("дезодорант", {
            "pyaterochka": ["3330267", "3330270", "3421454", "3444774", "3479534", "3479535", "3479541", "3668801",
                         "3909980", "3928499", "3955496", "3959469"],
            "magnit": ["203001", "203061", "214561", "b541fbdab4", "b6e26819b4"],
            "dixy": [],
            "perekrestok": [],
        }, "deodorants and antiperspirants (spray, roll-on, stick); gift sets excluded"),
        ("бритвенные станки", {
            "pyaterochka": ["3456024"],
            "magnit": ["204267144c", "31edaab07b", "38ebc655bf", "ad06daa707"],
            "dixy": [],
            "perekrestok": [],
        }, "razors incl. disposable and women's; refill cartridges alone, shaving gel/foam and the Барьер water-filter «кассета» excluded"),
    ]),
    ("прокладки, шампунь head&shoulders", [
        ("прокладки", {
            "pyaterochka": ["3017398", "3364389", "3364392", "3424970", "3488297", "3647604"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sanitary pads; daily panty liners (Carefree, Discreet) and tampons excluded"),
        ("шампунь head&shoulders", {
            "pyaterochka": ["3653506", "3689257"],
            "magnit": ["198881"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "Head & Shoulders shampoo (incl. 2-in-1); H&S balm excluded"),
    ]),
    ("капуста\nсвёкла\nморковь\nкартошка\nлук\nсметана", [
        ("капуста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage; Chinese cabbage, sauerkraut, frozen broccoli, seaweed salad excluded"),
        ("свёкла", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot; beet salads/juices excluded"),
        ("морковь", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots"),
        ("картошка", {
            "pyaterochka": [],
            "magnit": ["107511", "109571", "168671", "168701", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "raw potatoes"),
        ("лук", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["3368252", "3369261", "3623836", "4272905", "79012", "79135"],
        }, "bulb onions"),
        ("сметана", {
            "pyaterochka": ["3664287", "3665624"],
            "magnit": ["199001", "de14617e33"],
            "dixy": [],
            "perekrestok": ["3293409", "3444929", "3478958", "3634033", "3651188", "3664287", "3665624", "3665625",
                         "4095525", "4121592", "4121609", "4217906", "4217907", "4262694", "4262697", "4272205",
                         "4287503", "4314536", "4314537", "4335470", "4349770", "4431124", "58101"],
        }, "sour cream of any fat"),
    ]),
    ("кефир, творог, ряженка", [
        ("кефир", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in the data"),
        ("творог", {
            "pyaterochka": ["3603638", "3617778", "3634733", "3687270", "3692659", "3692660"],
            "magnit": [],
            "dixy": ["7bbf07ae5b"],
            "perekrestok": ["4185866", "4216657", "4216658", "4331301"],
        }, "plain cottage cheese of any fat (incl. зернёный, мягкий, биотворог without fillers); творог with fruit, творожные продукты/десерты, сырки excluded"),
        ("ряженка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "only «Ряженка Агуша клубника» (flavoured children's) exists — not accepted as plain ряженка"),
    ]),
    ("энергетик, сникерс", [
        ("энергетик", {
            "pyaterochka": ["3439471", "3635572", "3660119", "3660132", "3660134", "3679486", "3680076", "3931669",
                         "3931670", "3931671", "3931836", "3931837", "3931838", "3931839", "4026289", "4026290",
                         "4026292", "4026294", "4026295", "4042795", "4054838", "4056230", "4056232", "4068487"],
            "magnit": ["111591", "160191", "205111", "368001f272", "f5881c5092"],
            "dixy": [],
            "perekrestok": [],
        }, "energy/tonic drinks"),
        ("сникерс", {
            "pyaterochka": [],
            "magnit": ["1000209560"],
            "dixy": [],
            "perekrestok": [],
        }, "a Snickers bar (white Snickers accepted); the M&M's&Friends gift box with Snickers minis excluded"),
    ]),
    ("хек, минтай", [
        ("хек", {
            "pyaterochka": ["3638883"],
            "magnit": ["199421"],
            "dixy": [],
            "perekrestok": ["4340327"],
        }, "hake (whole, fillet, medallions); baby puree from hake excluded"),
        ("минтай", {
            "pyaterochka": [],
            "magnit": ["199381"],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "pollock"),
    ]),
    ("ветчина, сыр плавленый, хлебцы", [
        ("ветчина", {
            "pyaterochka": ["3365796", "3438509", "3469348", "3670825", "4005633", "4037352"],
            "magnit": ["109321", "167871"],
            "dixy": [],
            "perekrestok": ["2072717", "3469348", "3670825", "4195681", "4395546", "4399593", "4400358"],
        }, "ham of pork/turkey (boiled; dry-cured Бахрушинъ accepted as ham); canned ham (325 г tins: Магнит «консерва», Балтийская, Экстра ГОСТ Елинский), ham-flavoured snacks and ham pizza excluded"),
        ("сыр плавленый", {
            "pyaterochka": ["24145", "3467389", "3501012", "3677490", "3680079", "3683694", "3908600", "3908603",
                         "3908610", "3908611", "3924969", "3943414", "4043317"],
            "magnit": ["167821", "168121", "205961"],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese (slices, tubs, Виола, Hochland, Карат, Дружба); Фетакса (sold as плавленый in Пятёрочка but a feta substitute) excluded"),
        ("хлебцы", {
            "pyaterochka": ["3195740", "3445942", "3497592", "3692903", "4054468"],
            "magnit": ["160201", "87af0ffa01", "8c18d20df8", "a652ba460f", "e30e4beec2"],
            "dixy": [],
            "perekrestok": [],
        }, "crispbread (хлебцы) of any kind"),
    ]),
    ("коньяк, шоколад горький", [
        ("коньяк", {
            "pyaterochka": [],
            "magnit": ["06fdae55c4", "104881", "109071", "109121", "111521", "159611", "159661", "160091",
                    "160101", "167711", "168081", "168091", "199151", "199161", "19c7ce37b4", "1cd40d56de",
                    "202061", "202071", "202161", "202401", "202441", "205891", "213301", "213541",
                    "9715c97fe3", "9941010bb7", "aa844ca52b", "b1c39e6b98"],
            "dixy": [],
            "perekrestok": [],
        }, "cognac/brandy sold as коньяк; «настойка на коньяке» and бренди excluded"),
        ("шоколад горький", {
            "pyaterochka": ["3170308", "3624516", "3668752", "4024458", "4053995"],
            "magnit": ["104961", "109301", "109391", "11ee50093d", "d30b66494b"],
            "dixy": [],
            "perekrestok": [],
        }, "bitter chocolate (labelled горький/bitter or ≥70 % cocoa); «тёмный» without %, milk, white excluded"),
    ]),
    ("вермишель, куриные бёдра", [
        ("вермишель", {
            "pyaterochka": ["18497", "4075778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "вермишель pasta; soups «с вермишелью» and other shapes excluded"),
        ("куриные бёдра", {
            "pyaterochka": ["3364509", "4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160041", "3692842", "4007208", "4250498", "4328962"],
        }, "raw chicken thighs, bone-in or fillet; turkey thighs and smoked legs excluded"),
    ]),
    ("майонез\nгорошек\nколбаса варёная\nяйца\nкартошка\nморковь", [
        ("майонез", {
            "pyaterochka": ["3163111", "3193489", "3355228", "3355242", "3425670", "3640161", "3695167", "3982578",
                         "4002440"],
            "magnit": ["104941", "204681"],
            "dixy": [],
            "perekrestok": ["2047206", "2108609", "3163111", "3193489", "3425669", "3467275", "3495835", "3674577",
                         "3695167", "4105769", "4112954", "4199312", "4233420", "4284062", "4297313", "4312243",
                         "4352557", "4412152"],
        }, "any mayonnaise"),
        ("горошек", {
            "pyaterochka": ["4043589"],
            "magnit": ["111581", "203021", "213651"],
            "dixy": [],
            "perekrestok": ["27460", "41891", "4273266", "4345766", "82254"],
        }, "canned green peas (the salad context); горох Bizim Tarla excluded"),
        ("колбаса варёная", {
            "pyaterochka": ["2120885", "3016790", "3347584", "3385812", "3385815", "3467150", "3484605", "3604158",
                         "3620675", "3661283", "3931387", "4019606", "4038405", "4091338", "78001451"],
            "magnit": ["199341", "206091"],
            "dixy": [],
            "perekrestok": ["3033317", "3347584", "3484605", "3639615", "4221913", "4255289", "4258884", "4264678",
                         "4277251", "4277253", "4296145", "4298091", "4301347", "4322790", "4338321", "4345579",
                         "4352000", "4352004", "4380012", "4384021", "4384022", "4410079", "4415248", "4432115",
                         "78001451"],
        }, "boiled sausage (докторская, молочная, любительская, телячья, языковая, мортаделла, Вязанка); сосиски/сардельки, ветчина, smoked sausages excluded; Магнит «Вязанка» taken as варёная"),
        ("яйца", {
            "pyaterochka": ["3341462", "3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3062836", "3341462", "3446505", "3634491", "3662512", "4068694", "4202935",
                         "44323"],
        }, "chicken eggs"),
        ("картошка", {
            "pyaterochka": [],
            "magnit": ["107511", "109571", "168671", "168701", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "raw potatoes"),
        ("морковь", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots"),
    ]),
    ("мешки для мусора, фольга, пакеты для заморозки", [
        ("мешки для мусора", {
            "pyaterochka": [],
            "magnit": ["e927949bbd", "e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "garbage bags"),
        ("фольга", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium foil"),
        ("пакеты для заморозки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no freezer bags; generic food/breakfast bags (Перекрёсток) not accepted"),
    ]),
    ("масло сливочное 82%, сыр", [
        ("масло сливочное 82%", {
            "pyaterochka": ["3612680", "3948153", "3953367", "3963777", "4063188"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter 82 % or 82.5 % (same grade); 72.5 % and chocolate butter excluded"),
        ("сыр", {
            "pyaterochka": ["24647", "3433594", "3433812", "3435839", "3436718", "3448799", "3452403", "3462825",
                         "3499152", "3504112", "3605249", "3619760", "3631154", "3650219", "3658573", "3665147",
                         "3669895", "3670270", "3670271", "3672506", "3693219", "3695000", "3914313", "3918445",
                         "3919797", "3926818", "3926819", "3932860", "3953338", "3976999", "4011107", "4045672",
                         "4046889", "4047497", "4055754", "4062961", "4062968", "4070003", "4078315", "4087692"],
            "magnit": ["111651", "160261", "199231", "a75e794e26", "fb96cc90aa"],
            "dixy": ["05060beac0"],
            "perekrestok": ["15105", "24160", "3025963", "3165362", "3203422", "3206443", "3228233", "3421874",
                         "3432217", "3432218", "3433594", "3433812", "3436716", "3440590", "3446529", "3446834",
                         "3452403", "3453245", "3466978", "3480834", "3484610", "3498368", "3505827", "3614011",
                         "3620040", "3621896", "3626124", "3640879", "3640880", "3654470", "3668519", "3668842",
                         "3693219", "3912980", "3918445", "3920347", "3958444", "3963977", "4011107", "4029240",
                         "4050535", "4050536", "4050804", "4050805", "4074230", "4078445", "4089117", "4108547",
                         "4108549", "4108550", "4108551", "4111694", "4121963", "4121964", "4226887", "4227953",
                         "4236799", "4236800", "4260755", "4263131", "4263132", "4280098", "4280100", "4289052",
                         "4297132", "4302547", "4325429", "4325430", "4349449", "4349451", "4352845", "4366826",
                         "4373714", "4377381", "4377387", "4378185", "4384302", "4392389", "4394485", "4418717"],
        }, "any real cheese: hard, semi-hard, soft, white/blue mould, brine (фета, брынза, сулугуни, чечил), grated or sliced; плавленый, творожный, Фетакса, крем-сыр, сырный продукт/соус/чипсы, сырки excluded"),
    ]),
    ("йогурт питьевой, сырок глазированный, йогурт греческий", [
        ("йогурт питьевой", {
            "pyaterochka": ["3628398", "3628399", "3628400", "3628404", "3632187", "3632188", "3632191", "3644386",
                         "3933627", "4037142", "4066181"],
            "magnit": ["205071", "206021"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yogurt (Чудо 270 г bottles, Epica пит.); spoonable yogurt, кисломолочные коктейли, Актимель/Имунеле excluded"),
        ("сырок глазированный", {
            "pyaterochka": ["3378597", "3410456", "3472523", "3601367", "4015226"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snack bar; unglazed сырок, glazed curd desserts in cones, nougat excluded"),
        ("йогурт греческий", {
            "pyaterochka": ["3601418", "3601419"],
            "magnit": [],
            "dixy": ["2000635792"],
            "perekrestok": ["3601417", "3697856", "4068957", "4324114", "4326197", "4326198"],
        }, "Greek-style yogurt, plain or flavoured"),
    ]),
    ("томатная паста, фасоль красная, фарш говяжий", [
        ("томатная паста", {
            "pyaterochka": ["31623", "3486033", "3696785", "84652"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste; ketchup, tomato juice, tomatoes in juice excluded"),
        ("фасоль красная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "plain canned red beans; beans in BBQ sauce, white beans, bean salads excluded"),
        ("фарш говяжий", {
            "pyaterochka": ["3398465", "3447375", "4065830"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince only; pork-beef, poultry mince excluded"),
    ]),
    ("печень куриная, гречка, сметана 15%", [
        ("печень куриная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "absent; pork liver, liver pâté, cat food «с печенью» excluded"),
        ("гречка", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats"),
        ("сметана 15%", {
            "pyaterochka": ["3665624"],
            "magnit": ["199001", "de14617e33"],
            "dixy": [],
            "perekrestok": ["3665624", "4095525", "4121592", "4217907", "4262697", "4272205", "4314536", "4335470",
                         "4431124"],
        }, "sour cream exactly 15 %"),
    ]),
    ("купаты, капуста квашеная, пиво тёмное", [
        ("купаты", {
            "pyaterochka": [],
            "magnit": ["199531"],
            "dixy": ["4792481012"],
            "perekrestok": [],
        }, "raw купаты sausages"),
        ("капуста квашеная", {
            "pyaterochka": [],
            "magnit": ["200101"],
            "dixy": [],
            "perekrestok": ["4325073", "4325074", "4325075", "4325076", "4336623", "4336624", "4336625", "4400340",
                         "4400341"],
        }, "sauerkraut incl. with carrot/cranberry/horseradish"),
        ("пиво тёмное", {
            "pyaterochka": ["3630690"],
            "magnit": ["213061", "213471", "7d9ffc1dd9", "956d7ab45e"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic dark beer incl. dark beer drinks (Жатецкий гусь чёрный, ABBE Brune)"),
    ]),
    ("чипсы lay's сметана и зелень, кола", [
        ("чипсы lay's сметана и зелень", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's sour cream & herbs only; «сметана и лук», Lava Lava сметана-зелень excluded"),
        ("кола", {
            "pyaterochka": ["3207052", "3660913", "3661240", "3684630", "3684633", "3684639", "3684651", "3684656",
                         "4213891", "4279557", "4279789", "4279793", "4279795", "4279817", "4306402", "4316013",
                         "4336084", "4429993"],
            "magnit": ["1000484115", "12f3defd08", "1d5c8087b5", "214541", "d3c955edcb", "f415eaf562"],
            "dixy": [],
            "perekrestok": ["1860", "3684633", "3684639", "4213891", "4255568", "4274867", "4279557", "4335680",
                         "4366963", "5969"],
        }, "classic cola of any brand incl. zero/light; flavoured colas (vanilla, cherry, orange, mango, toffee) excluded"),
    ]),
    ("кофе молотый, сгущёнка", [
        ("кофе молотый", {
            "pyaterochka": ["2100058", "2147888", "3046297", "3353391", "3395339", "3395340", "3452816", "3607723",
                         "3607740", "3664256", "3683616", "3689956", "3900893", "3980976", "4034432", "46293",
                         "72110", "7765"],
            "magnit": ["111661", "14d2756c10", "159961"],
            "dixy": [],
            "perekrestok": [],
        }, "ground roast coffee; instant «молотый в растворимом», capsules, beans excluded"),
        ("сгущёнка", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk; варёная сгущёнка and products with сгущёнка filling excluded"),
    ]),
    ("чай зелёный, зефир", [
        ("чай зелёный", {
            "pyaterochka": ["2133950", "3482097", "3495758", "3971173", "3982372", "4074015"],
            "magnit": ["645eef49fe"],
            "dixy": [],
            "perekrestok": [],
        }, "green tea (bags or leaf, flavoured allowed); oolong not labelled green, iced-tea drinks and «Green tea» dish liquid excluded"),
        ("зефир", {
            "pyaterochka": ["3406629", "3489477", "3681284", "3907943", "3936545", "3981251", "4086822"],
            "magnit": ["112451", "b0da381628"],
            "dixy": [],
            "perekrestok": [],
        }, "зефир incl. glazed; marshmallow/маршмеллоу excluded"),
    ]),
    ("йогурт греческий, мюсли, бананы", [
        ("йогурт греческий", {
            "pyaterochka": ["3601418", "3601419"],
            "magnit": [],
            "dixy": ["2000635792"],
            "perekrestok": ["3601417", "3697856", "4068957", "4324114", "4326197", "4326198"],
        }, "Greek-style yogurt"),
        ("мюсли", {
            "pyaterochka": ["2137586", "3224452", "3398284", "3398285", "3398286", "3417240", "3492142", "3691085",
                         "3691086"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "muesli/granola-muesli; muesli cookies and yogurt «с мюсли» excluded"),
        ("бананы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3639749", "3757", "4112219", "4208494"],
        }, "fresh bananas"),
    ]),
    ("колбаса краковская, горчица, хлеб", [
        ("колбаса краковская", {
            "pyaterochka": ["3631119", "3683406", "3683719", "4025038"],
            "magnit": ["160291"],
            "dixy": ["abac436e32"],
            "perekrestok": [],
        }, "Краковская semi-smoked sausage (Дикси «По-краковски» accepted)"),
        ("горчица", {
            "pyaterochka": ["3435016", "3621047"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mustard; mustard-flavoured snacks excluded"),
        ("хлеб", {
            "pyaterochka": ["3372334", "3455614", "3455615", "3480920", "3500217", "3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "loaves incl. батон"),
    ]),
]


def load_offers():
    ids = {s: set() for s in STORES}
    with open(OFFERS, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            ids[row["store"]].add(row["product_id"])
    return ids


def build():
    offers = load_offers()
    records = []
    errors = []
    for n, (text, items) in enumerate(LISTS, 1):
        rid = "r%02d" % n
        pos = 0
        expected = []
        for label, acc, note in items:
            at = text.find(label, pos)
            if at < 0:
                errors.append("%s: label %r not found in order in %r" % (rid, label, text))
            else:
                pos = at + len(label)
            if tuple(acc) != STORES:
                errors.append("%s/%s: store keys %r" % (rid, label, tuple(acc)))
            for store in STORES:
                ids = acc[store]
                if len(ids) != len(set(ids)):
                    errors.append("%s/%s/%s: duplicate ids" % (rid, label, store))
                for pid in ids:
                    if pid not in offers[store]:
                        errors.append("%s/%s: %s is not a %s product id" % (rid, label, pid, store))
            entry = {"label": label, "acceptable": {s: list(acc[s]) for s in STORES}}
            if note:
                entry["note"] = note
            expected.append(entry)
        records.append({"id": rid, "split": "dev" if n % 2 else "test", "text": text, "expected": expected})
    if errors:
        sys.exit("\n".join(errors))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def stats(records):
    items = [e for r in records for e in r["expected"]]
    store_items = [(e, s) for e in items for s in STORES]
    missing = sum(1 for e, s in store_items if not e["acceptable"][s])
    print("lists: %d (dev %d, test %d)" % (len(records), sum(r["split"] == "dev" for r in records),
                                          sum(r["split"] == "test" for r in records)))
    print("items: %d, store-items: %d, missing store-items: %d" % (len(items), len(store_items), missing))
    for s in STORES:
        print("  %-12s missing %3d / %d" % (s, sum(1 for e in items if not e["acceptable"][s]), len(items)))
    print("items absent in all stores: %d; absent in >=3 stores: %d"
          % (sum(1 for e in items if not any(e["acceptable"].values())),
             sum(1 for e in items if sum(not e["acceptable"][s] for s in STORES) >= 3)))


if __name__ == "__main__":
    stats(build())
