"""Words a retired cook and a couple at home wrote (blind sets ue and ud): who a product
is for after its sort, bottles by their colloquial names, why it is bought, the dish it
is for, a child's age in a word, and chicken fillet said «филе куры»."""

from __future__ import annotations

from decimal import Decimal

import pytest

from korzina.core.models import SizeUnit
from tests.parser.helpers import only


@pytest.mark.parametrize(
    ("text", "attribute", "person"),
    [
        ("вафли артек внукам", "артек", "внукам"),
        ("зефир в шоколаде внучке", "в шоколаде", "внучке"),
    ],
)
def test_a_person_after_the_sort_is_a_wish_and_the_sort_stays_required(
    text: str, attribute: str, person: str
) -> None:
    item = only(text)
    assert attribute in item.attributes
    assert person in item.preferences
    assert person not in " ".join(item.attributes)


def test_an_occasion_with_a_person_stays_one_wish() -> None:
    item = only("торт наполеон на др коллеге")
    assert item.attributes == ("наполеон",)
    assert item.preferences == ("на др коллеге",)


@pytest.mark.parametrize(
    ("text", "litres"),
    [
        ("минералку с газом полторашку", "1.5"),
        ("вода 2 полторашки", "1.5"),
        ("воды пятилитровку", "5"),
        ("кола двухлитровка", "2"),
        ("двушку пепси", "2"),
        ("чекушку водки", "0.25"),
        # the bottle first, a masculine brand after it in the genitive
        ("полторашку спрайта", "1.5"),
    ],
)
def test_a_bottle_called_by_its_size_is_the_pack(text: str, litres: str) -> None:
    item = only(text)
    assert item.pack is not None
    assert (item.pack.value, item.pack.unit) == (Decimal(litres), SizeUnit.L)
    assert not any(
        "полторашк" in a or "литровк" in a or "двушк" in a or "чекушк" in a
        for a in (item.name, *item.attributes)
    )


@pytest.mark.parametrize(
    ("text", "name", "brand", "attributes"),
    [
        ("пачку чипсов лейса", "чипсы", "Lay's", ()),
        ("кольцо краковской", "колбаса", None, ("краковская",)),
        ("колечко колбасы", "колбаса", None, ()),
    ],
)
def test_a_ring_of_sausage_and_a_brand_in_the_genitive(
    text: str, name: str, brand: str | None, attributes: tuple[str, ...]
) -> None:
    item = only(text)
    assert (item.name, item.brand, item.attributes) == (name, brand, attributes)


@pytest.mark.parametrize("text", ["мед цветочный от простуды", "чай с лимоном от кашля"])
def test_why_food_is_bought_is_a_wish(text: str) -> None:
    item = only(text)
    assert not any(a.startswith("от ") for a in item.attributes)
    assert any(p.startswith("от ") for p in item.preferences)


@pytest.mark.parametrize(
    ("text", "name"),
    [("средство от накипи", "средство от накипи"), ("спрей от комаров", "спрей от комаров")],
)
def test_what_a_household_product_is_against_stays_its_name(text: str, name: str) -> None:
    assert only(text).name == name


def test_a_brand_after_from_is_still_the_brand_asked() -> None:
    item = only("спагетти от барилла")
    assert "от барилла" in item.attributes


@pytest.mark.parametrize("text", ["макароны рожки на по-флотски", "макароны для по-флотски"])
def test_the_dish_pasta_is_for_is_a_wish_not_a_recipe_titles_state(text: str) -> None:
    item = only(text)
    assert not any("флотски" in a for a in item.attributes)
    assert any("флотски" in p for p in item.preferences)


def test_a_recipe_after_the_product_is_still_required() -> None:
    assert only("котлеты по-киевски").attributes == ("по киевски",)


@pytest.mark.parametrize(
    ("text", "age"),
    [("сок от года", "от года"), ("пюре с полугода", "с полугода"), ("каша до года", "до года")],
)
def test_a_childs_age_said_in_a_word_is_kept(text: str, age: str) -> None:
    assert age in only(text).attributes


@pytest.mark.parametrize("text", ["филе куры 1 кг", "филе кур"])
def test_chicken_fillet_said_with_the_plural_bird(text: str) -> None:
    item = only(text)
    assert item.name == "куриное филе"
    assert "филе" not in item.preferences


@pytest.mark.parametrize("text", ["вода 5л 2 баклажки", "пиво балтика 7 2 баклахи"])
def test_a_big_plastic_bottle_is_a_count_not_a_word_titles_must_say(text: str) -> None:
    item = only(text)
    assert item.quantity == 2
    assert not any(a.startswith("бакла") for a in item.attributes)


def test_bigbon_written_as_two_words_is_the_brand() -> None:
    item = only("лапша биг бон")
    assert item.brand == "BigBon"
    assert item.attributes == ()


@pytest.mark.parametrize(
    ("text", "name", "wish"),
    [
        # A Tatar home dish or the fast's evening meal is what the food is for: a wish.
        ("пшено для кыстыбыя", "пшено", "для кыстыбыя"),
        ("морковка кило для токмача", "морковь", "для токмача"),
        ("финики для ифтара", "финики", "для ифтара"),
    ],
)
def test_a_dish_or_a_feast_it_is_bought_for_is_a_wish(text: str, name: str, wish: str) -> None:
    item = only(text)
    assert (item.name, item.attributes, item.preferences) == (name, (), (wish,))


@pytest.mark.parametrize(
    ("text", "name"), [("бэрэнге 3 кг", "картофель"), ("суган", "лук"), ("йомырка", "яйцо")]
)
def test_tatar_words_for_staples(text: str, name: str) -> None:
    assert only(text).name == name


def test_a_container_after_a_without_phrase_is_not_what_it_is_without() -> None:
    item = only("оливки без косточки банку побольше")
    assert item.attributes == ("без косточки",)


def test_a_products_plural_after_its_adjective_is_the_product() -> None:
    # «сырков» also reads as the short adjective «сырков(ый)»; after «глазированных» it is
    # the plural of «сырок», not a cut word (after a product noun it may be one: «масло слив»).
    item = only("глазированных сырков штуки три")
    assert (item.name, item.attributes, item.quantity) == ("сырок", ("глазированный",), 3)
