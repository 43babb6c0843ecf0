"""`korzina eval-basket`: the labelled sets, answered and scored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from korzina.cli.app import App, cli, echo_json, run_async
from korzina.cli.basket import demo_service
from korzina.cli.parse import learn_from_database
from korzina.core.baskets.evaluate import (
    EvalIndex,
    EvalReport,
    Ratio,
    eval_index,
    parse_case,
    score_answer,
)
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.errors import KorzinaError, ParseError
from korzina.parser import parse_text
from korzina.parser.vocabulary import Vocabulary

# The labelled sets `korzina eval-basket` runs: labels, and the offers they label (None:
# the constructed demo snapshot). «real» is real store titles with their provenance.
EVAL_SETS: dict[str, tuple[Path, Path | None]] = {
    "demo": (Path("tests/data/basket_eval.jsonl"), None),
    "real": (Path("tests/data/real_basket_eval.jsonl"), Path("tests/data/real_offers.jsonl")),
    "holdout": (
        Path("tests/data/holdout_basket_eval.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Written and labelled by readers who never saw the matcher, after it was built: food,
    # and everything else (drinks, sweets, household, hygiene, baby and pet goods).
    "fresh_food": (
        Path("tests/data/fresh_basket_eval_a.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_other": (
        Path("tests/data/fresh_basket_eval_b.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Two more, written later still: mixed household lists, and lists for an occasion.
    "fresh_mixed": (
        Path("tests/data/fresh_basket_eval_c.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_occasions": (
        Path("tests/data/fresh_basket_eval_d.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Two more from a later session: everyday grocery lists, and food with non-food.
    "fresh_everyday": (
        Path("tests/data/fresh_basket_eval_e.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_household": (
        Path("tests/data/fresh_basket_eval_f.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Lists over 9,458 other real titles (tests/data/real_offers_g.jsonl), none of them
    # in real_offers.jsonl: titles korzina was never looked at on.
    "fresh_new_titles": (
        Path("tests/data/fresh_basket_eval_g.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Everyday lists for dishes, occasions and households, some with non-food, written
    # blind by a later reader; its errors were not read while the matcher was changed.
    "fresh_dishes": (
        Path("tests/data/fresh_basket_eval_i.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Household lists, food with non-food, over the new titles of real_offers_g.jsonl.
    "fresh_homes": (
        Path("tests/data/fresh_basket_eval_h.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Weekly food shops, occasions and a little non-food, over the same new titles.
    "fresh_week": (
        Path("tests/data/fresh_basket_eval_j.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Two more blind sets of a later session: a month of many households' lists over
    # real_offers.jsonl, and lists of people of different ages and habits over the new titles.
    "fresh_month": (
        Path("tests/data/fresh_basket_eval_k.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_people": (
        Path("tests/data/fresh_basket_eval_l.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # The week ahead and special needs (a baby, a diet, fasting, allergies, pets, baking).
    "fresh_needs": (
        Path("tests/data/fresh_basket_eval_m.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # City households (a weekly shop, cleaning, a party, borscht and plov, the dacha).
    "fresh_city": (
        Path("tests/data/fresh_basket_eval_n.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Ordinary days (after work, school lunches, an elderly parent, the bathroom, the car),
    # measured first at the session's last code and held out.
    "fresh_workday": (
        Path("tests/data/fresh_basket_eval_o.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A family of four (the hypermarket, a sick child, a birthday, fasting, the pets).
    "fresh_family": (
        Path("tests/data/fresh_basket_eval_p.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Many kinds of people (a pensioner, a student, a vegetarian, a fisherman, an
    # office kitchen), held out.
    "fresh_kinds": (
        Path("tests/data/fresh_basket_eval_q.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # An ordinary week in a small town (school snacks, a garden, a dog, fishing, Lent).
    "fresh_town": (
        Path("tests/data/fresh_basket_eval_r.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # People with particular habits (a diabetic, a bodybuilder, a vegan, a home baker),
    # held out.
    "fresh_habits": (
        Path("tests/data/fresh_basket_eval_s.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Two households counting every rouble (a pensioner couple, students sharing a flat).
    "fresh_budget": (
        Path("tests/data/fresh_basket_eval_t.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Ingredients for dishes cooked at home (борщ, оливье, блины, плов, пицца, выпечка).
    "fresh_recipes": (
        Path("tests/data/fresh_basket_eval_u.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # People living alone who barely cook: ready meals, frozen food, snacks, beer.
    "fresh_alone": (
        Path("tests/data/fresh_basket_eval_w.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Grandmothers stocking the pantry: preserving, baking, tea, treats for grandchildren.
    "fresh_pantry": (
        Path("tests/data/fresh_basket_eval_x.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A festive table (New Year, a birthday): salads, cold cuts, caviar, drinks, cake;
    # held out.
    "fresh_festive": (
        Path("tests/data/fresh_basket_eval_y.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A weekend: a party, a picnic, the dacha, as friends write in a group chat.
    "fresh_weekend": (
        Path("tests/data/fresh_basket_eval_v.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Typed in a hurry on a phone (students, a grandmother, a night shift): abbreviations,
    # missing spaces, typos, slang.
    "fresh_hurry": (
        Path("tests/data/fresh_basket_eval_z.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Health and seasons: a diet, lactose- or gluten-free, a sick day, the dacha, sport.
    "fresh_health": (
        Path("tests/data/fresh_basket_eval_zg.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Dishes of many regions and peoples cooked at home, in their own words for food.
    "fresh_regions": (
        Path("tests/data/fresh_basket_eval_zr.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Young people: brands in Latin and Cyrillic, slang, energy drinks, snacks, cosmetics.
    "fresh_young": (
        Path("tests/data/fresh_basket_eval_zh.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Older people (classic names, small budgets), and a cleaning and baking day.
    "fresh_elders": (
        Path("tests/data/fresh_basket_eval_zi.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_chores": (
        Path("tests/data/fresh_basket_eval_zk.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Families with small children, and fasting, vegetarian and fish days.
    "fresh_kids": (
        Path("tests/data/fresh_basket_eval_zj.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_fasting": (
        Path("tests/data/fresh_basket_eval_zl.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # The meat, fish and deli counters; breakfasts; drinks for a party; lists typed on a
    # phone in a hurry.
    "fresh_counter": (
        Path("tests/data/fresh_basket_eval_zm.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_breakfast": (
        Path("tests/data/fresh_basket_eval_zo.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_drinks": (
        Path("tests/data/fresh_basket_eval_zn.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_phone": (
        Path("tests/data/fresh_basket_eval_zp.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A large family's weekly shop; one dinner per list; hygiene and home; sweets.
    "fresh_family_week": (
        Path("tests/data/fresh_basket_eval_zq.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_dinners": (
        Path("tests/data/fresh_basket_eval_zt.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_hygiene": (
        Path("tests/data/fresh_basket_eval_zs.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_sweets": (
        Path("tests/data/fresh_basket_eval_zu.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # The dacha and picnics; a list dictated by phone; a holiday table.
    "fresh_dacha": (
        Path("tests/data/fresh_basket_eval_zv.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_dictated": (
        Path("tests/data/fresh_basket_eval_zx.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_holiday": (
        Path("tests/data/fresh_basket_eval_zy.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Grandparents cooking for visiting grandchildren.
    "fresh_grandparents": (
        Path("tests/data/fresh_basket_eval_zw.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Four more blind sets: students sharing a flat, diets and restrictions (held out),
    # a picnic and road trip, weekday suppers typed in a hurry.
    "fresh_students": (
        Path("tests/data/fresh_basket_eval_za.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_diets": (
        Path("tests/data/fresh_basket_eval_zb.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_picnic": (
        Path("tests/data/fresh_basket_eval_zc.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_hasty": (
        Path("tests/data/fresh_basket_eval_zd.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # And four more: a month's stock-up in big packs, lists dictated by voice, Asian and
    # fish cooking at home (held out), moving into a rented flat.
    "fresh_stockup": (
        Path("tests/data/fresh_basket_eval_ze.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_voice": (
        Path("tests/data/fresh_basket_eval_zf.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_asian": (
        Path("tests/data/fresh_basket_eval_zz.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_moving": (
        Path("tests/data/fresh_basket_eval_ya.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Ordinary weekly lists of many households, and notes left for a partner of what
    # has run out (brands to keep to, what not to buy).
    "fresh_weekly": (
        Path("tests/data/fresh_basket_eval_yb.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_notes": (
        Path("tests/data/fresh_basket_eval_yd.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Ordinary weekly lists over the new titles, held out.
    "fresh_ordinary": (
        Path("tests/data/fresh_basket_eval_yc.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Notes for someone who shops for you, with what to take instead («если нет — любой»).
    "fresh_substitutes": (
        Path("tests/data/fresh_basket_eval_ye.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A family chat where each member adds what they need in their own way.
    "fresh_family_chat": (
        Path("tests/data/fresh_basket_eval_yh.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Ingredients copied from recipes («борщ: свекла 2 шт, …», spoons and glasses).
    "fresh_recipes_copied": (
        Path("tests/data/fresh_basket_eval_yf.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # An office kitchen, a tea corner and work lunches.
    "fresh_office": (
        Path("tests/data/fresh_basket_eval_yg.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Healthy eating and special diets: lactose-free, sugar-free, plant milks, protein.
    "fresh_healthy": (
        Path("tests/data/fresh_basket_eval_yi.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A quick shop on the way home from work: dinner tonight, lunch boxes for tomorrow.
    "fresh_after_work": (
        Path("tests/data/fresh_basket_eval_yj.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Asian, Caucasian, Mediterranean and Central Asian home cooking.
    "fresh_cuisines": (
        Path("tests/data/fresh_basket_eval_yk.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A spouse's precise instructions: exact brands, sizes, fat, «не тот» exclusions.
    "fresh_instructions": (
        Path("tests/data/fresh_basket_eval_yl.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Home baking and desserts; what one buys for someone ill at home.
    "fresh_baking": (
        Path("tests/data/fresh_basket_eval_ym.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A football night with friends and the morning after.
    "fresh_football": (
        Path("tests/data/fresh_basket_eval_yn.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A young family with a baby, a cat and a dog.
    "fresh_baby_pets": (
        Path("tests/data/fresh_basket_eval_yo.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Cooking for the week from scratch: soups and main dishes, spices, what runs out.
    "fresh_cooking": (
        Path("tests/data/fresh_basket_eval_yp.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A teenagers' party and sleepover: snacks, soda, frozen food, disposable tableware.
    "fresh_party": (
        Path("tests/data/fresh_basket_eval_yr.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # One household's breakfasts and evening tea over a week, by three generations.
    "fresh_teatime": (
        Path("tests/data/fresh_basket_eval_yq.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A large family's weekend shop: big packs, meat for the week, children's snacks.
    "fresh_big_family": (
        Path("tests/data/fresh_basket_eval_ys.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # An autumn week: a home-canning weekend among everyday groceries.
    "fresh_autumn": (
        Path("tests/data/fresh_basket_eval_yt.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Students moving into a dormitory: cheap filling food, instant meals, first cleaning.
    "fresh_dorm": (
        Path("tests/data/fresh_basket_eval_yu.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A family's evenings during Ramadan: iftar and suhoor, written by several relatives.
    "fresh_iftar": (
        Path("tests/data/fresh_basket_eval_yw.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A summer weekend at the dacha: grilling, salads, drinks, bread, sauces, non-food.
    "fresh_summer_grill": (
        Path("tests/data/fresh_basket_eval_yv.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A week-long road trip by car with camping: tins, instant meals, snacks, drinks.
    "fresh_road_trip": (
        Path("tests/data/fresh_basket_eval_yx.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A small café's staff restocking from supermarkets between deliveries.
    "fresh_cafe": (
        Path("tests/data/fresh_basket_eval_yy.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family hosting guests from abroad who want to try typical Russian food and drinks.
    "fresh_guests": (
        Path("tests/data/fresh_basket_eval_yz.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A vegetarian household's weeks: tofu, plant milks, legumes, dairy, vegetables.
    "fresh_vegetarian": (
        Path("tests/data/fresh_basket_eval_xa.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family preparing for Easter (kulich, paskha, eggs) and then a May barbecue.
    "fresh_easter": (
        Path("tests/data/fresh_basket_eval_xb.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Maslenitsa week: pancakes, fillings, toppings, and a big Sunday family lunch.
    "fresh_maslenitsa": (
        Path("tests/data/fresh_basket_eval_xc.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Two school children made ready for September: breakfasts, lunch boxes, cleaning.
    "fresh_school": (
        Path("tests/data/fresh_basket_eval_xe.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A household cooking fish and seafood twice a week, with sides, sauces and drinks.
    "fresh_fish": (
        Path("tests/data/fresh_basket_eval_xf.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A young man living alone who hardly cooks: ready meals, snacks, bathroom basics.
    "fresh_bachelor": (
        Path("tests/data/fresh_basket_eval_xd.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Late-summer home canning at the dacha: pickles, jams, jars, spices, the week's food.
    "fresh_canning": (
        Path("tests/data/fresh_basket_eval_xg.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A father's hasty weekly list: personal care, laundry, cleaning, nappies, some food.
    "fresh_dad": (
        Path("tests/data/fresh_basket_eval_xh.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A night-shift worker's week: food to take in containers, energy drinks, coffee.
    "fresh_night": (
        Path("tests/data/fresh_basket_eval_xi.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family's Saturday at the banya: beer, kvass, fish snacks, shashlik, bath things.
    "fresh_banya": (
        Path("tests/data/fresh_basket_eval_xj.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A gym-goer's high-protein week: cottage cheese, chicken, eggs, protein snacks.
    "fresh_gym": (
        Path("tests/data/fresh_basket_eval_xk.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # An elderly woman dictating lists by voice: numbers as words, split words, staples.
    "fresh_elder_voice": (
        Path("tests/data/fresh_basket_eval_xl.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A household in the winter cold-and-flu season: lemons, honey, tea, broth, tissues.
    "fresh_flu": (
        Path("tests/data/fresh_basket_eval_xm.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A Central Asian family cooking plov, lagman and samsa for many people.
    "fresh_plov": (
        Path("tests/data/fresh_basket_eval_xn.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A guesthouse owner restocking breakfasts and rooms; a city family in a heatwave
    # (okroshka, cold drinks, ice cream); both held out.
    "fresh_guesthouse": (
        Path("tests/data/fresh_basket_eval_xo.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_heatwave": (
        Path("tests/data/fresh_basket_eval_xp.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A small office's shared kitchen and desk lunches; students sharing a rented flat on
    # a tight budget; both held out.
    "fresh_office_kitchen": (
        Path("tests/data/fresh_basket_eval_xq.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_flatmates": (
        Path("tests/data/fresh_basket_eval_xr.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A young couple cooking Italian and Asian dishes at home; a rural family's monthly
    # trip to the town supermarket; both read.
    "fresh_couple": (
        Path("tests/data/fresh_basket_eval_xs.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_village": (
        Path("tests/data/fresh_basket_eval_xt.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A widowed pensioner cooking simple meals, typing tersely with slips; shift workers
    # stocking their hostel kitchen on a two-week rotation; both held out.
    "fresh_pensioner": (
        Path("tests/data/fresh_basket_eval_xv.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_shift_camp": (
        Path("tests/data/fresh_basket_eval_xu.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family living through the renovation of their flat; a mother on maternity leave
    # with a toddler; both held out.
    "fresh_renovation": (
        Path("tests/data/fresh_basket_eval_xw.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_toddler": (
        Path("tests/data/fresh_basket_eval_xx.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A mother assembling care parcels for a son in the army and an aunt in hospital,
    # with her own weekly shopping; a programmer working from home alone; both held out.
    "fresh_parcels": (
        Path("tests/data/fresh_basket_eval_xy.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    "fresh_remote_work": (
        Path("tests/data/fresh_basket_eval_xz.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A husband shopping for his wife late in her pregnancy: what she may eat, her
    # cravings, plain food, the maternity-hospital bag.
    "fresh_maternity": (
        Path("tests/data/fresh_basket_eval_wa.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Two friends stocking a weekend fishing trip, their garage and dacha, in men's
    # shorthand («тушняк», «сгуха»).
    "fresh_fishing": (
        Path("tests/data/fresh_basket_eval_wb.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family cooking Georgian and Caucasian food most days, with weekly groceries.
    "fresh_georgian": (
        Path("tests/data/fresh_basket_eval_wd.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A teenager sent to the shop: mum's list re-typed carelessly, and his own snacks in
    # slang.
    "fresh_teenager": (
        Path("tests/data/fresh_basket_eval_wc.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A man on a doctor's diet after gall-bladder surgery (low fat, nothing fried,
    # smoked or fizzy), and his wife's ordinary items.
    "fresh_diet_table": (
        Path("tests/data/fresh_basket_eval_we.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A retired couple who still call products by Soviet-era names and brands.
    "fresh_soviet_names": (
        Path("tests/data/fresh_basket_eval_wf.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A mother cooking for a child allergic to milk protein, gluten, eggs and nuts, and
    # the family's groceries; relatives catering a village wake and a wedding. Both held
    # out: their errors are never read.
    "fresh_allergies": (
        Path("tests/data/fresh_basket_eval_wg.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    "fresh_wake_wedding": (
        Path("tests/data/fresh_basket_eval_wh.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A daughter caring for her bedridden father: soft food, drinks, adult care goods,
    # and her family's groceries.
    "fresh_caregiver": (
        Path("tests/data/fresh_basket_eval_wi.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A volunteer at a cat-and-dog shelter: pet food, litter and cleaning goods in bulk,
    # and her own groceries.
    "fresh_shelter": (
        Path("tests/data/fresh_basket_eval_wj.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A young husband doing the New Year's Eve shopping from his wife's instructions,
    # with their weekly groceries.
    "fresh_new_year": (
        Path("tests/data/fresh_basket_eval_wk.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Parents organising a fifth-birthday party at home and at kindergarten, with their
    # weekly groceries.
    "fresh_kids_party": (
        Path("tests/data/fresh_basket_eval_wl.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A daughter and a son taking food parcels to their mother in hospital after an
    # operation, with their own weekly groceries.
    "fresh_hospital": (
        Path("tests/data/fresh_basket_eval_wm.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A family who buy the same brands every week and write the brand with the product.
    "fresh_brands": (
        Path("tests/data/fresh_basket_eval_wo.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A pensioner couple with diabetes and high blood pressure shopping on their doctor's
    # advice, with their ordinary groceries.
    "fresh_diabetes": (
        Path("tests/data/fresh_basket_eval_wp.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A young man cooking a dinner at home for his girlfriend, with his own groceries.
    "fresh_date_night": (
        Path("tests/data/fresh_basket_eval_wn.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A grandmother cooking traditional dishes for the family's Sunday lunch, with her
    # everyday groceries.
    "fresh_sunday_lunch": (
        Path("tests/data/fresh_basket_eval_wq.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family of five's big Saturday shop for the week, dictated by each of them.
    "fresh_saturday_shop": (
        Path("tests/data/fresh_basket_eval_wr.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A night-shift nurse and her husband: quick meals, lunch boxes, snacks for shifts.
    "fresh_night_shift": (
        Path("tests/data/fresh_basket_eval_ws.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A young couple stocking their first rented flat's kitchen and bathroom from zero.
    "fresh_first_flat": (
        Path("tests/data/fresh_basket_eval_wt.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Friends spending a winter weekend at a rented country house, each writing part of
    # the list, with the hosts' groceries.
    "fresh_winter_weekend": (
        Path("tests/data/fresh_basket_eval_wu.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A single father with two school-age children: weekday breakfasts, dinners, snacks.
    "fresh_single_father": (
        Path("tests/data/fresh_basket_eval_wv.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # An elderly widower who has just started cooking for himself, writing lists the way
    # his late wife did.
    "fresh_widower": (
        Path("tests/data/fresh_basket_eval_ww.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A school teacher buying for her class tea party and for her own home.
    "fresh_class_tea": (
        Path("tests/data/fresh_basket_eval_wx.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A young woman cooking from food blogs, buying the exact ingredients the recipes name.
    "fresh_food_blogs": (
        Path("tests/data/fresh_basket_eval_wy.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A man doing his family's week after work from the list his wife typed.
    "fresh_wifes_list": (
        Path("tests/data/fresh_basket_eval_wz.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A small-town family of three's mid-week top-up shop, typed quickly on the phone.
    "fresh_top_up": (
        Path("tests/data/fresh_basket_eval_va.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Two students sharing a flat, splitting a cheap shared list in a chat.
    "fresh_shared_flat": (
        Path("tests/data/fresh_basket_eval_vb.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A Kazan family cooking Tatar dishes (echpochmak, chak-chak, katyk) and the week's food.
    "fresh_tatar_kitchen": (
        Path("tests/data/fresh_basket_eval_vc.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # An elderly Orthodox woman: the Christmas Eve supper (kutia, uzvar) and Christmas dinner.
    "fresh_christmas_eve": (
        Path("tests/data/fresh_basket_eval_ve.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A mother packing lunch boxes for a builder husband and two schoolchildren.
    "fresh_lunch_boxes": (
        Path("tests/data/fresh_basket_eval_vd.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A couple hosting a board-game evening for six friends, and their own week's groceries.
    "fresh_game_night": (
        Path("tests/data/fresh_basket_eval_vf.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A taxi driver typing his family's list one-handed: no punctuation, glued numbers, typos.
    "fresh_taxi_driver": (
        Path("tests/data/fresh_basket_eval_vg.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A pregnant woman shopping by her doctor's advice and her cravings, and her husband's items.
    "fresh_pregnancy": (
        Path("tests/data/fresh_basket_eval_vh.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A retired engineer's precise specifications: grams, fat %, GOST, sorts, price limits.
    "fresh_engineer_specs": (
        Path("tests/data/fresh_basket_eval_vi.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family from Uzbekistan cooking plov, lamb, chickpeas and flatbread, and Russian staples.
    "fresh_uzbek_family": (
        Path("tests/data/fresh_basket_eval_vj.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # An accountant's exact specifications: weight ranges, GOST, trusted brands, price caps.
    "fresh_accountant": (
        Path("tests/data/fresh_basket_eval_vk.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A young couple from Belarus naming Belarusian brands and dishes, and the week's food.
    "fresh_belarus_couple": (
        Path("tests/data/fresh_basket_eval_vm.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A housewife on a tight budget: a price cap and a pack size beside most items.
    "fresh_price_caps": (
        Path("tests/data/fresh_basket_eval_vl.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A household stocking up before a winter storm and power cuts: long-life food, water, candles.
    "fresh_storm_stockup": (
        Path("tests/data/fresh_basket_eval_vn.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # A family of five in a Siberian town: the big payday shop, large packs, meat by the kilo.
    "fresh_payday_shop": (
        Path("tests/data/fresh_basket_eval_vo.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # A young father cooking his wife's birthday dinner from recipes: grams, spoons, spices.
    "fresh_birthday_dinner": (
        Path("tests/data/fresh_basket_eval_vp.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set vq: a woman cooking big pots of soup for the week (helper-written,
    # labelled by reading titles; held out)
    "fresh_soup_week": (
        Path("tests/data/fresh_basket_eval_vq.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set vs: a man eating only soft and liquid food for two weeks after dental surgery, with
    # his wife (helper-written, labelled by reading titles; read)
    "fresh_soft_food": (
        Path("tests/data/fresh_basket_eval_vs.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set vt: an Armenian family in Rostov cooking at home, plus ordinary groceries (helper-
    # written, labelled by reading titles; read)
    "fresh_armenian_family": (
        Path("tests/data/fresh_basket_eval_vt.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set vr: two friends packing food for a three-day hike in the Urals (helper-written,
    # labelled by reading titles; held out)
    "fresh_hiking_trip": (
        Path("tests/data/fresh_basket_eval_vr.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set vu: a young mother of a seven-month-old starting solids and a four-year-old (helper-
    # written, labelled by reading titles; held out)
    "fresh_baby_solids": (
        Path("tests/data/fresh_basket_eval_vu.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set vw: a man cooking Italian at home, pasta, risotto, pizza, tiramisu (helper-written,
    # labelled by reading titles; held out)
    "fresh_italian_cook": (
        Path("tests/data/fresh_basket_eval_vw.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set vx: a woman baking cakes and cupcakes at home to order (helper-written, labelled by
    # reading titles; read)
    "fresh_cake_baker": (
        Path("tests/data/fresh_basket_eval_vx.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set vz: a man on a strict keto diet, his wife adding a few ordinary things (helper-
    # written, labelled by reading titles; held out)
    "fresh_keto_diet": (
        Path("tests/data/fresh_basket_eval_vz.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set vy: a Korean-Russian (koryo-saram) family cooking at home, plus ordinary groceries
    # (helper-written, labelled by reading titles; held out)
    "fresh_koryo_family": (
        Path("tests/data/fresh_basket_eval_vy.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ub: a woman who cleans flats for a living buying cleaning products, plus her own
    # food (helper-written, labelled by reading titles; read)
    "fresh_cleaning_lady": (
        Path("tests/data/fresh_basket_eval_ub.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ua: three young guest workers from Kyrgyzstan sharing a flat and cooking cheaply
    # (helper-written, labelled by reading titles; read)
    "fresh_guest_workers": (
        Path("tests/data/fresh_basket_eval_ua.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uc: a family of four doing the big weekly shop from a shared notes app, lines added
    # in a hurry with typos and abbreviations (helper-written, labelled by reading titles; held out)
    "fresh_notes_app": (
        Path("tests/data/fresh_basket_eval_uc.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ud: a young couple working from home in a small flat: coffee, quick breakfasts,
    # ready meals, a cat (helper-written, labelled by reading titles; read)
    "fresh_work_from_home": (
        Path("tests/data/fresh_basket_eval_ud.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ue: a retired man in a provincial town cooking simple Russian food by his late
    # wife's recipe cards, keeping the house himself (helper-written, labelled by reading titles;
    # read)
    "fresh_retired_cook": (
        Path("tests/data/fresh_basket_eval_ue.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set uf: a Dagestani family in Moscow: lamb, rice, herbs, cheeses, flatbreads, tea with
    # sweets, guests every weekend (helper-written, labelled by reading titles; held out)
    "fresh_dagestani_family": (
        Path("tests/data/fresh_basket_eval_uf.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ug: a nursing student in a hostel typing out her mother's voice messages word for
    # word: cheap food, hygiene, cleaning (helper-written, labelled by reading titles; read)
    "fresh_dictated_by_mother": (
        Path("tests/data/fresh_basket_eval_ug.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ui: an elderly couple, she diabetic, he on little salt after a heart attack, still
    # baking for the grandchildren on Sundays (helper-written, labelled by reading titles; held out)
    "fresh_diabetic_elders": (
        Path("tests/data/fresh_basket_eval_ui.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set uh: a single mother of three school children: school snacks, quick dinners, cheap
    # breakfasts, laundry and cleaning (helper-written, labelled by reading titles; held out)
    "fresh_single_mother": (
        Path("tests/data/fresh_basket_eval_uh.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uj: two brothers who run a car repair garage and eat there: instant food, sausages,
    # energy drinks, snacks, hand soap, bags (helper-written, labelled by reading titles; read)
    "fresh_garage_brothers": (
        Path("tests/data/fresh_basket_eval_uj.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uk: a young working couple's Sunday meal prep for the week (helper-written, labelled
    # by reading titles; held out)
    "fresh_meal_prep": (
        Path("tests/data/fresh_basket_eval_uk.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set um: a grandmother preparing for her grandchildren's visit: pies, pelmeni, compote,
    # treats (helper-written, labelled by reading titles; read)
    "fresh_grandmas_visit": (
        Path("tests/data/fresh_basket_eval_um.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ul: a father with two teenage sons doing a big price-conscious Saturday shop
    # (helper-written, labelled by reading titles; read)
    "fresh_father_and_sons": (
        Path("tests/data/fresh_basket_eval_ul.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set un: a nurse after a night shift buying for herself and her elderly mother (helper-
    # written, labelled by reading titles; held out)
    "fresh_nurse_after_shift": (
        Path("tests/data/fresh_basket_eval_un.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uo: an exchange student from China writing in simple Russian with grammar mistakes
    # (helper-written, labelled by reading titles; read)
    "fresh_exchange_student": (
        Path("tests/data/fresh_basket_eval_uo.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set up: a mother of one-year-old twins buying baby food, diapers and quick food (helper-
    # written, labelled by reading titles; held out)
    "fresh_twins_mother": (
        Path("tests/data/fresh_basket_eval_up.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uq: a teenage girl's list for a sleepover with friends (helper-written, labelled by
    # reading titles; held out)
    "fresh_sleepover": (
        Path("tests/data/fresh_basket_eval_uq.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ur: a neighbour shopping for an elderly couple next door, with who each item is for
    # (helper-written, labelled by reading titles; read)
    "fresh_neighbours_errands": (
        Path("tests/data/fresh_basket_eval_ur.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set us: a retired military officer's clipped lists: numbers first, abbreviations, exact
    # specs (helper-written, labelled by reading titles; held out)
    "fresh_retired_officer": (
        Path("tests/data/fresh_basket_eval_us.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set uu: a couple making homemade pizza, sushi rolls and burgers on Friday nights
    # (helper-written, labelled by reading titles; read)
    "fresh_friday_cooking": (
        Path("tests/data/fresh_basket_eval_uu.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ut: a man after dental surgery eating only soft and liquid food, shopping for
    # himself and his family (helper-written, labelled by reading titles; read)
    "fresh_soft_diet_recovery": (
        Path("tests/data/fresh_basket_eval_ut.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uv: three girls in a dorm keeping one shopping list in a group chat, each adding her
    # items with her name (helper-written, labelled by reading titles; held out)
    "fresh_dorm_group_chat": (
        Path("tests/data/fresh_basket_eval_uv.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set uw: a family group chat pasted as it is: names, «+1», «и мне», corrections and
    # cancellations (helper-written, labelled by reading titles; read)
    "fresh_family_chat_corrections": (
        Path("tests/data/fresh_basket_eval_uw.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set ux: a couple texting items while one is in the shop: short messages, corrections,
    # additions (helper-written, labelled by reading titles; read)
    "fresh_texts_from_the_shop": (
        Path("tests/data/fresh_basket_eval_ux.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tb: a restaurant cook's exact home specs (fat %, cuts, varieties, pack sizes)
    # (helper-written, labelled by reading titles; read)
    "fresh_pro_cook_at_home": (
        Path("tests/data/fresh_basket_eval_tb.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set uy: a voice assistant's speech-to-text shopping lists (helper-written, labelled by
    # reading titles; held out)
    "fresh_smart_speaker": (
        Path("tests/data/fresh_basket_eval_uy.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set uz: a volunteer buying for three elderly neighbours in their own words (helper-
    # written, labelled by reading titles; read)
    "fresh_care_volunteer": (
        Path("tests/data/fresh_basket_eval_uz.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ta: a Kazakh family's home cooking in a Russian city (helper-written, labelled by
    # reading titles; held out)
    "fresh_kazakh_family": (
        Path("tests/data/fresh_basket_eval_ta.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tc: re-ordering from an old receipt or online order, receipt lines beside typed
    # items (helper-written, labelled by reading titles; held out)
    "fresh_receipt_reorder": (
        Path("tests/data/fresh_basket_eval_tc.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set td: lists decorated with emoji, bullets, numbering and header lines (helper-written,
    # labelled by reading titles; read)
    "fresh_emoji_bullets": (
        Path("tests/data/fresh_basket_eval_td.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set te: a family making pelmeni, vareniki and pies at home (helper-written, labelled by
    # reading titles; read)
    "fresh_dumpling_day": (
        Path("tests/data/fresh_basket_eval_te.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tf: a precise writer's items with parentheses, dashes and explicit conditions
    # (helper-written, labelled by reading titles; held out)
    "fresh_precise_lecturer": (
        Path("tests/data/fresh_basket_eval_tf.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set th: a shopper who writes the label claims she requires (ГОСТ, без консервантов,
    # фермерский) (helper-written, labelled by reading titles; read)
    "fresh_label_reader": (
        Path("tests/data/fresh_basket_eval_th.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tj: a ten-year-old writes the family's list with a child's spelling (helper-written,
    # labelled by reading titles; read)
    "fresh_child_spelling": (
        Path("tests/data/fresh_basket_eval_tj.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tg: an old man typing on a push-button phone in capitals (helper-written, labelled
    # by reading titles; held out)
    "fresh_caps_grandpa": (
        Path("tests/data/fresh_basket_eval_tg.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ti: a St Petersburg family using the city's own words (кура, булка, греча) (helper-
    # written, labelled by reading titles; held out)
    "fresh_petersburg_words": (
        Path("tests/data/fresh_basket_eval_ti.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tk: run-on sentences joined by «и», «ещё», «плюс» (helper-written, labelled by
    # reading titles; held out)
    "fresh_run_on_sentences": (
        Path("tests/data/fresh_basket_eval_tk.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tl: counts written before the product («2 молока», «3 хлеба») (helper-written,
    # labelled by reading titles; held out)
    "fresh_counts_first": (
        Path("tests/data/fresh_basket_eval_tl.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tm: a southern grandmother's words (буряк, цибуля, синенькие) (helper-written,
    # labelled by reading titles; read)
    "fresh_southern_grandma": (
        Path("tests/data/fresh_basket_eval_tm.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tn: restocking household chemicals and hygiene by brand (helper-written, labelled by
    # reading titles; read)
    "fresh_brand_restock": (
        Path("tests/data/fresh_basket_eval_tn.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tr: office workers buying lunch and snacks for a day at the office: ready meals and
    # salads, small drinks, snacks (helper-written, labelled by reading titles; held out)
    "fresh_office_lunch": (
        Path("tests/data/fresh_basket_eval_tr.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tp: a household naming goods by their containers and everyday measures: полторашка,
    # пятилитровка, буханка, кирпичик, палка колбасы, лоток яиц (helper-written, labelled by reading
    # titles; read)
    "fresh_container_words": (
        Path("tests/data/fresh_basket_eval_tp.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set to: a young man without a Russian keyboard writes his family's lists in Latin
    # transliteration (moloko 3.2, hleb borodinskiy), mixing conventions (helper-written, labelled
    # by reading titles; read)
    "fresh_latin_keyboard": (
        Path("tests/data/fresh_basket_eval_to.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tq: a family in the Urals and Siberia writing with regional words (вехотка, сайка,
    # шаньги) among ordinary items (helper-written, labelled by reading titles; held out)
    "fresh_ural_siberian": (
        Path("tests/data/fresh_basket_eval_tq.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ts: a retired teacher's lists as a phone's autocorrect left them: near words, wrong
    # word forms, split or glued words, capitals and full stops (helper-written, labelled by reading
    # titles; held out)
    "fresh_autocorrect": (
        Path("tests/data/fresh_basket_eval_ts.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tt: a Muslim family in Kazan: halal where written, no pork or alcohol, ordinary
    # groceries (helper-written, labelled by reading titles; read)
    "fresh_halal_kazan": (
        Path("tests/data/fresh_basket_eval_tt.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tu: a picky shopper saying what she does not want: без сахара, не
    # ультрапастеризованное, не плавленый, не копченая (helper-written, labelled by reading titles;
    # held out)
    "fresh_exclusions": (
        Path("tests/data/fresh_basket_eval_tu.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tv: comparative and superlative wishes about size and price: самый большой,
    # подешевле, побольше, пожирнее (helper-written, labelled by reading titles; read)
    "fresh_size_wishes": (
        Path("tests/data/fresh_basket_eval_tv.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set tx: a young Moscow couple who like cafe food at home (plant milks, hummus, tofu,
    # bri, kombucha, Latin brands) (helper-written, labelled by reading titles; read)
    "fresh_cafe_culture": (
        Path("tests/data/fresh_basket_eval_tx.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tw: a family in Primorye (Vladivostok): Far Eastern fish and seafood words, Korean-
    # influenced dishes, Asian imports (helper-written, labelled by reading titles; held out)
    "fresh_primorye": (
        Path("tests/data/fresh_basket_eval_tw.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set ty: buying for a big event of 30 guests: big quantities, counts and pack sizes on
    # every line, disposable tableware (helper-written, labelled by reading titles; held out)
    "fresh_big_event": (
        Path("tests/data/fresh_basket_eval_ty.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set tz: an elderly woman who describes products by the look of the pack and where they
    # stand, half-remembered brands (helper-written, labelled by reading titles; read)
    "fresh_described_by_look": (
        Path("tests/data/fresh_basket_eval_tz.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set sd: friends buying supplies the morning after a party (mineral waters by brand,
    # brines, kefir, soup, snacks) (helper-written, labelled by reading titles; read)
    "fresh_morning_after": (
        Path("tests/data/fresh_basket_eval_sd.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set sa: a family of five (a baby, two school kids, a dog) restocking the same brands and
    # pack sizes every week (helper-written, labelled by reading titles; held out)
    "fresh_weekly_restock": (
        Path("tests/data/fresh_basket_eval_sa.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
    # Blind set sb: a young man typing fast: cut words (колб доктор, сыр рос), numbers glued to
    # words (молоко2л), missing spaces (helper-written, labelled by reading titles; held out)
    "fresh_cut_words": (
        Path("tests/data/fresh_basket_eval_sb.jsonl"),
        Path("tests/data/real_offers.jsonl"),
    ),
    # Blind set sc: a Belarusian-Ukrainian family cooking their home dishes (бульба, буряк, цибуля,
    # сало, драники, узвар) (helper-written, labelled by reading titles; read)
    "fresh_belarus_ukraine": (
        Path("tests/data/fresh_basket_eval_sc.jsonl"),
        Path("tests/data/real_offers_g.jsonl"),
    ),
}


def load_cases(path: Path) -> list[Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ParseError(f"{path}: {exc}") from exc
    cases = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ParseError(f"{path}: {exc}", line=n) from exc
        cases.append(parse_case(raw, n))
    return cases


def run_eval(path: Path, offers: Path | None = None, split: str | None = None) -> EvalReport:
    """Answer every labelled list (of ``split``, if given) over its offers, in an in-memory
    database, and score it. ``offers``: a JSONL file as `korzina import` reads it (the
    real-title set); None: the demo snapshot."""
    from korzina.core.storage import open_memory_storage
    from korzina.core.storage.importer import import_file

    cases = [c for c in load_cases(path) if split is None or c.split == split]
    storage = open_memory_storage()
    if offers is None:
        service = demo_service(storage)
    else:
        report = import_file(storage, offers)
        if report.imported < report.rows:
            raise KorzinaError(
                f"{offers}: {report.rows - report.imported} rows not imported",
                user_message=f"Файл предложений {offers} загружен не полностью.",
            )
        service = BasketService(storage)
    # The labelled products ranked by the service's own index and ranking.
    labelled = EvalIndex({}, eval_index(storage))
    report_ = EvalReport()
    # The parser learns from the database as `korzina basket` does over the same file.
    vocab = Vocabulary()
    learn_from_database(vocab, storage)

    async def go() -> None:
        for case in cases:
            options = BasketOptions(offline=True, save=False)
            answer = await service.answer(parse_text(case.text, vocabulary=vocab), options)
            score_answer(report_, case, answer, labelled)

    try:
        run_async(go())
    finally:
        storage.close()
    return report_


def _pct(r: Ratio) -> str:
    return "—" if r.value is None else f"{r.value:.1%} ({r.hits}/{r.total})"


@cli.command("eval-basket")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--offers",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Предложения (JSONL для korzina import), к которым относится разметка FILE.",
)
@click.option("--split", type=click.Choice(["dev", "test"]), help="Только эта часть набора.")
@click.option("--json", "as_json", is_flag=True, help="Вывести JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="Показать ошибки по строкам.")
@click.pass_obj
def eval_basket_command(
    app: App,
    file: Path | None,
    offers: Path | None,
    split: str | None,
    as_json: bool,
    show_errors: bool,
) -> None:
    """Качество корзин на размеченных наборах: сконструированном демонстрационном и на
    настоящих названиях товаров магазинов (tests/data/real_*.jsonl)."""
    sets = {file.stem: (file, offers)} if file else EVAL_SETS
    reports: dict[str, EvalReport] = {}
    for name, (labels, offer_file) in sets.items():
        for path in (labels, offer_file):
            if path is not None and not path.exists():
                raise KorzinaError(f"{path} not found", user_message=f"Нет файла: {path}")
        reports[name] = run_eval(labels, offer_file, split)
    if as_json:
        docs = {name: r.as_dict() for name, r in reports.items()}
        echo_json(next(iter(docs.values())) if file else docs)
        return
    for name, report in reports.items():
        _print_eval(app, f"{sets[name][0]}{f' ({split})' if split else ''}", report, show_errors)


def _print_eval(app: App, title: str, report: EvalReport, show_errors: bool) -> None:
    table = Table(title=f"Оценка корзин: {title} ({report.lists} списков)")
    table.add_column("Показатель")
    table.add_column("Значение", justify="right")
    table.add_row("Разобрано в размеченное число позиций", f"{report.parsed_alike}/{report.lists}")
    table.add_row("Подходящий товар найден (found)", _pct(report.found))
    table.add_row("Неверный товар, доля всех позиций (wrong)", _pct(report.wrong))
    table.add_row("Честное «нет в магазине», где товара нет (absent)", _pct(report.absent))
    table.add_row("Верный товар среди выбранных (validity)", _pct(report.validity))
    table.add_row("Самый выгодный в ценовой категории (optimality)", _pct(report.optimality))
    table.add_row("Верно «нет в магазине» (missing)", _pct(report.missing))
    table.add_row("Лучший магазин совпал (ranking)", _pct(report.best_store))
    table.add_row("Пары магазинов в верном порядке", _pct(report.store_pairs))
    app.console.print(table)
    if show_errors or report.errors:
        for e in report.errors[: None if show_errors else 10]:
            app.console.print(f"[dim]{escape(e)}[/dim]")
