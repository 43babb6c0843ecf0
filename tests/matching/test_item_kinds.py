"""How a list item is read against the taxonomy: varieties name their kind and stay
required, qualifiers match the words titles use for them, butter's half-point fat."""

from __future__ import annotations

from decimal import Decimal

from korzina.core.matching.score import fat_agrees, score
from tests.matching.helpers import index_of, item, offer


def _matches(item_, *titles: str) -> list[str]:
    index = index_of(*(offer("magnit", str(n), t, "100") for n, t in enumerate(titles)))
    spec = index.spec(item_)
    records, feats = index.columns()
    return [r.name for r, f in zip(records, feats, strict=True) if score(spec, f)]


def test_a_variety_alone_names_its_kind_and_stays_required() -> None:
    found = _matches(
        item("моцарелла"),
        "Сыр Galbani Моцарелла мини 45%, 100г",
        "Сыр Российский 50% 200г",
        "БЗМЖ Сыр плавленый ломтевой «Моцарелла» Galbani 45% 150г",
    )
    assert found == ["Сыр Galbani Моцарелла мини 45%, 100г"]


def test_a_preference_that_is_a_variety_of_the_kind_is_required() -> None:
    found = _matches(
        item("шоколад", preferences=("горький",)),
        "MERCI Шоколад горький 72% 100г",
        "Шоколад молочный Milka, 80г",
    )
    assert found == ["MERCI Шоколад горький 72% 100г"]


def test_a_qualifier_matches_the_words_titles_use_for_it() -> None:
    found = _matches(
        item("тунец", attributes=("консервированный",)),
        "МОРСКОЙ КОТИК Тунец филе в масле 170г",
        "Вкус Арт Тунец филе без кожи, мороженый, 500 гр",
    )
    assert found == ["МОРСКОЙ КОТИК Тунец филе в масле 170г"]


def test_an_adjective_misspelt_with_one_or_two_n_names_its_kind() -> None:
    # Real Магнит titles; the list writes «квашенная» as many do.
    found = _matches(
        item("капуста", attributes=("квашенная",)),
        "Капуста квашеная с хреном, 500 г",
        "Капуста белокочанная, 1 кг",
    )
    assert found == ["Капуста квашеная с хреном, 500 г"]


def test_a_qualifier_misspelt_with_one_letter_for_a_double_finds_its_word() -> None:
    # Real Дикси titles; the list wrote «колекция» (fresh set g).
    found = _matches(
        item("пельмени", attributes=("сибирская колекция",)),
        "Пельмени Сибирская коллекция Сочные со сливочным маслом 700г",
        "Пельмени Мираторг Русские, 700 г",
    )
    assert found == ["Пельмени Сибирская коллекция Сочные со сливочным маслом 700г"]


def test_a_brand_spelled_as_the_list_spells_it_is_found_beside_an_amount() -> None:
    # Real Перекрёсток title; the list wrote «бондюэль», then «2 банки».
    from korzina.parser import parse_text

    (it,) = parse_text("горошек бондюэль 2 банки").items
    assert _matches(it, "Горошек Бондюэль зелёный, 200г") == ["Горошек Бондюэль зелёный, 200г"]


def test_a_latin_brand_finds_a_short_cyrillic_spelling_brands_txt_gives() -> None:
    # Real Магнит title (tests/data/real_offers_g.jsonl); brands.txt: «Vici = вичи».
    from korzina.parser import parse_text

    (it,) = parse_text("крабовые палочки vici 200г").items
    titles = ("Крабовые палочки ВИЧИ, замороженные, 200г", "Крабовые палочки Меридиан, 200г")
    assert _matches(it, *titles) == ["Крабовые палочки ВИЧИ, замороженные, 200г"]


def test_a_whole_fat_takes_the_half_point_only_where_the_kind_is_sold_so() -> None:
    assert fat_agrees(Decimal(82), Decimal("82.5"), rounding=True)
    assert not fat_agrees(Decimal(5), Decimal("5.5"))
    assert not fat_agrees(Decimal("3.2"), Decimal("3.5"), rounding=True)
    butter = _matches(
        item("масло сливочное", fat_pct="82"), "Масло сливочное Традиционное 82,5 % 175 гр"
    )
    assert butter == ["Масло сливочное Традиционное 82,5 % 175 гр"]


def test_an_item_no_kind_knows_finds_its_word_only_in_the_head_phrase() -> None:
    found = _matches(
        item("брокколи"),
        "Капуста брокколи замороженная 400г",
        "ФРУТО-НЯНЯ Пюре из капусты брокколи 80г",
    )
    assert found == ["Капуста брокколи замороженная 400г"]


def test_without_a_word_takes_titles_that_lack_it_or_say_without() -> None:
    found = _matches(
        item("вода", attributes=("без газа",)),
        "Вода Святой источник ключевая питьевая негазированная, 500мл",
        "Вода минеральная Ессентуки газированная 0.5л",
        "Вода питьевая без газа Шишкин лес 1,5л",
    )
    assert found == [
        "Вода Святой источник ключевая питьевая негазированная, 500мл",
        "Вода питьевая без газа Шишкин лес 1,5л",
    ]


def test_a_preference_ranks_first_without_excluding_the_rest() -> None:
    from korzina.core.matching import rank_offers

    index = index_of(
        offer("magnit", "1", "Хлеб Дарницкий 700г", "50"),
        offer("magnit", "2", "Хлеб Бородинский заварной 400г", "80"),
    )
    ranked = rank_offers(index, item("хлеб", preferences=("заварной",)), range(2))
    assert [c.product_id for c in ranked] == ["2", "1"]


def test_a_pack_asked_is_the_pack_within_a_tenth() -> None:
    from korzina.core.models import PackSize, SizeUnit

    five = PackSize(value=Decimal(5), unit=SizeUnit.L)
    found = _matches(
        item("вода", pack=five),
        "Вода питьевая Шишкин лес 5л",
        "МАГНИТ Вода питьевая газ 0,5л пл/бут(Лидер):12",
        "Вода питьевая Святой источник 4,8 л",
    )
    assert found == ["Вода питьевая Шишкин лес 5л", "Вода питьевая Святой источник 4,8 л"]


def test_a_flavour_never_turns_the_item_into_another_kind() -> None:
    found = _matches(
        item("чипсы", brand="Lay's", attributes=("сметана и зелень",)),
        "LAYS Чипсы картоф Сметана и зелень 70г(Фрито Лей):25",
        "Сметана Простоквашино 15% 300г",
    )
    assert found == ["LAYS Чипсы картоф Сметана и зелень 70г(Фрито Лей):25"]


def test_plain_dairy_is_not_its_flavoured_or_childrens_version_unless_asked() -> None:
    titles = ("Ряженка Агуша, клубника, 2,9%, 200 г", "Ряженка Простоквашино 4% 450г")
    assert _matches(item("ряженка"), *titles) == ["Ряженка Простоквашино 4% 450г"]
    asked = _matches(item("ряженка", attributes=("клубничная",)), *titles)
    assert asked == ["Ряженка Агуша, клубника, 2,9%, 200 г"]


def test_a_name_word_an_attribute_made_another_kind_is_spent_on_that_kind() -> None:
    # «колбаска … нарезка» is колбасная нарезка: «колбаса» is no qualifier left to find.
    index = index_of()
    spec = index.spec(item("колбаса", attributes=("сырокопченая", "нарезка")))
    assert spec.kind.name == "колбасная нарезка"
    assert [q for q, _ in spec.qualifiers] == ["сырокопченый", "нарезка"]
