"""The list side and the store side share one vocabulary: every kind of the taxonomy,
written as a shopper writes its name, is one list item of that kind."""

from __future__ import annotations

import tomllib
from importlib import resources

from korzina.core.matching import match_items
from korzina.core.matching.index import OfferIndex
from korzina.core.matching.kinds import taxonomy
from korzina.parser import parse_text
from tests.matching.helpers import index_of, offer

# Names the parser reads as a wider or sibling kind on purpose: lists say «куриная грудка»
# for boneless breast, which stores sell as филе.
READ_AS = {"куриная грудка": "куриное филе"}


def test_every_kind_name_parses_to_one_item_of_that_kind() -> None:
    index = OfferIndex()
    wrong = []
    for kind in taxonomy().kinds:
        items = parse_text(kind.name).items
        if len(items) != 1:
            wrong.append((kind.name, [i.name for i in items]))
            continue
        expected = READ_AS.get(kind.name, kind.name)
        if expected not in index.spec(items[0]).kinds:
            wrong.append((kind.name, index.spec(items[0]).kind.name))
    assert wrong == []


def test_no_stem_list_entry_holds_two_words() -> None:
    # Stem lists are split on spaces: «"рисов молок"» in рис's «not» was two stems, and
    # «рисов» refused every «Крупа рисовая» title.
    raw = tomllib.loads(resources.files("korzina.data").joinpath("taxonomy.toml").read_text())
    two = [
        (name, entry)
        for name, row in raw["kinds"].items()
        for entry in row.get("not", ())
        if " " in entry.strip()
    ]
    assert two == []


def test_a_variety_adjective_beside_another_products_noun_is_not_its_kind() -> None:
    # «изюм темный» was chocolate: «темный» is a variety of шоколад (fresh_recipes fu05).
    index = OfferIndex()
    (raisins,) = parse_text("изюм темный").items
    assert index.spec(raisins).kind.name != "шоколад"
    (sausage,) = parse_text("докторская").items
    assert index.spec(sausage).kind.name == "колбаса"


def test_a_diminutive_beside_a_sort_of_its_wider_product_is_that_product() -> None:
    # «сырку российского» is some Российский cheese, «сырки плавленые» processed cheese;
    # «сырки творожные» and «сырок» alone stay the curd snack (fresh_week fj16).
    index = OfferIndex()
    kinds = {
        text: index.spec(parse_text(text).items[0]).kind.name
        for text in ("сырку российского", "сырки плавленые", "сырки творожные", "сырок")
    }
    assert kinds == {
        "сырку российского": "сыр",
        "сырки плавленые": "плавленый сыр",
        "сырки творожные": "сырок",
        "сырок": "сырок",
    }


def test_a_plain_ice_cream_comes_before_a_flavoured_one() -> None:
    # fresh_alone fw19: «мороженка пломбир» took a watermelon-flavoured cup, the cheaper.
    (item,) = parse_text("мороженка пломбир").items
    flavoured = (
        "Мороженое Волгоградское Разноцветик пломбир с ароматом арбуза в вафельном стаканчике, 70г"
    )
    plain = "Пломбир Как Раньше ванильный стаканчик 15%, 70г"
    shelf = index_of(offer("s", "1", flavoured, "49.99"), offer("s", "2", plain, "79.99"))
    (picked, *_) = match_items(shelf, [item], ["s"])["s"][0]
    assert picked.name == plain
