"""Words a grandmother wrote for her grandchildren's visit (blind set um): a head of
garlic in a diminutive, a diminutive in the genitive plural, a purpose said by a verb
after its object, the kind of goods named after the product, and «магазинные»."""

from __future__ import annotations

import pytest

from tests.parser.helpers import items, only


def test_a_head_of_garlic_in_a_diminutive_is_how_it_is_sold_not_a_word_of_the_title() -> None:
    (garlic, _) = items("чесночку головочку, хлеб")
    assert garlic.name == "чеснок"
    assert garlic.attributes == ()
    assert "головочку" in garlic.preferences


def test_a_diminutive_in_the_genitive_plural_is_the_product() -> None:
    (bagels, _) = items("бараночек с маком, хлеб")
    assert bagels.name == "баранки"
    assert bagels.attributes == ("с маком",)


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("масло подсолнечное рафинированное сковородку смазывать", "сковородку смазывать"),
        ("клубника свежая украсить торт", "украсить торт"),
    ],
)
def test_a_verb_and_its_object_are_a_wish_before_or_after_it(text: str, wish: str) -> None:
    (item,) = items(text)
    assert wish in item.preferences
    assert not any(w in " ".join(item.attributes) for w in wish.split())


def test_the_kind_of_goods_after_the_product_says_which_one_not_a_title_word() -> None:
    (clove, _) = items("гвоздика пряность, хлеб")
    assert clove.attributes == ()
    assert "пряность" in clove.preferences


def test_store_bought_is_a_wish_every_title_meets() -> None:
    (dumplings,) = items("пельмени магазинные")
    assert dumplings.name == "пельмени"
    assert dumplings.preferences == ("магазинные",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("цибуля", "лук"),
        ("часнык", "чеснок"),
        ("бурячок", "свекла"),
        ("бурак 2 кг", "свекла"),
        ("синенькие", "баклажан"),
        ("олия", "подсолнечное масло"),
    ],
)
def test_southern_words_name_their_products(text: str, name: str) -> None:
    # The south's and Ukrainian-influenced words a grandmother writes (set tm's readers).
    assert only(text).name == name
