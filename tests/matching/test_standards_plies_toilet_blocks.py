"""Words a list writes that titles say their own way: a standard («по госту»), plies
beside a brand («туалетка zewa 3 слоя»), a toilet block asked as «освежитель для унитаза»,
chlorine bleach asked as «белизна», a brand a chain abbreviates («AHM.TEA»).

Titles are real (tests/data/real_offers_g.jsonl: Магнит, Пятёрочка, Дикси).
"""

from __future__ import annotations

import pytest

from korzina.core.matching.analyze import analyze_title
from korzina.core.matching.marks import ply_word
from korzina.core.text import Lemmatizer
from korzina.parser import parse_text
from tests.matching.helpers import first_match

STEW_GOST = "Говядина Семейный Бюджет, Гост, тушеная, 500 г"
STEW_PLAIN = "Говядина тушеная Русь, Экстра, 338 г"


@pytest.mark.parametrize("phrase", ["тушенка по госту", "тушенка говяжья по ГОСТу"])
def test_made_to_the_standard_is_required(phrase: str) -> None:
    (stew,) = parse_text(phrase).items
    assert stew.attributes == ("гост",) and not stew.preferences
    assert first_match(phrase, STEW_GOST) is not None
    assert first_match(phrase, STEW_PLAIN) is None


def test_plies_beside_a_brand_are_still_asked() -> None:
    # «3 слоя» is the «трехслойная» the parser read, written by the list, not a word of
    # the brand's product.
    phrase = "туалетка zewa 3 слоя"
    assert first_match(phrase, "Бумага туалетная ЗЕВА ПЛЮС, 2-слойная, 12 рулонов") is None
    three = "Бумага туалетная ZEWA®, Делюкс, Ромашка, 3-слойная, 12рулонов"
    assert first_match(phrase, three) is not None


def test_plies_after_an_abbreviating_point() -> None:
    # Пятёрочка: «туалет.3 сл.»; a point after a word is no decimal point.
    assert ply_word("ZEWA Бумага туалет.3 сл., с тиснением и перфор., белая") == "трехслойный"
    assert ply_word("Бумага 1.3 сл") is None


@pytest.mark.parametrize(
    "title",
    [
        "БРЕФ Блок д/унитаза Лимон 3штx50г(ЛАБ Инд):9",
        "Туалетный блок BREF® Колор актив с хлором, 3х50г",
        "Таблетки для унитаза BREF®, Актив Гигиена, 2*50г",
    ],
)
def test_a_toilet_block_is_its_own_kind(title: str) -> None:
    assert analyze_title(title, lemmatizer=Lemmatizer()).kind == "блок для унитаза"
    assert first_match("освежитель для унитаза", title) is not None


def test_a_toilet_freshener_is_no_air_freshener() -> None:
    glade = "Освежитель воздуха ГЛЭЙД Автоматик запасной блок Свежесть белья, 269мл"
    assert first_match("освежитель для унитаза блок", glade) is None
    # a toilet block is one of the cleaners a «средство для унитаза» takes
    assert first_match("средство для унитаза", "Блок для унитаза BREF®, Лимон/Океан, 200г")


SANFOR = "Чистящее средство Sanfor, гель белизна, 3в1, 700 г"


@pytest.mark.parametrize("phrase", ["белизна", "белизну бутылку", "белизна для тряпок"])
def test_belizna_is_a_chlorine_bleach(phrase: str) -> None:
    # Real Пятёрочка title: a cleaner sold as «белизна» is what the list asks for.
    assert first_match(phrase, SANFOR) is not None


@pytest.mark.parametrize(
    "title",
    [
        # Real titles: a toothpaste's «сияющая белизна», an oxygen bleach.
        "Зубная паста Aquafresh, сияющая белизна, 100 мл",
        "Отбеливатель SYNERGETIC®, кислородосодержащий, без хлора, 1л",
    ],
)
def test_belizna_is_no_toothpaste_nor_oxygen_bleach(title: str) -> None:
    assert first_match("белизна", title) is None


def test_a_brand_as_a_chains_titles_abbreviate_it() -> None:
    # Real Пятёрочка title: «AHM.TEA» is Ahmad Tea (taxonomy [brand_titles]).
    assert first_match("чай ахмад черный", "AHM.TEA Чай КЛАССИЧЕСКИЙ чер.пак.25х2г") is not None
    assert first_match("чай ахмад черный", "GREENF.Чай ЭРЛ ГРЕЙ ФЭНТАЗИ чер.лист200г") is None


def test_a_mouthwash_asked_for_the_mouth_takes_one_for_the_gums() -> None:
    # Real Магнит title. «ополаскиватель для полости рта» is one product, its purpose no
    # extra word a title must repeat.
    (wash,) = parse_text("ополаскиватель для полости рта").items
    assert wash.name == "ополаскиватель для рта" and not wash.attributes
    gums = "Ополаскиватель для десен ЛЕСНОЙ БАЛЬЗАМ, с экстрактом дуба и пихты, 250мл"
    assert analyze_title(gums, lemmatizer=Lemmatizer()).kind == "ополаскиватель для рта"
    assert first_match("ополаскиватель для полости рта лесной бальзам", gums) is not None
    # a hair conditioner is still not a mouthwash
    hair = "Бальзам-ополаскиватель Garnier Fructis Арбуз Superfood Объем, 350мл"
    assert first_match("ополаскиватель для полости рта", hair) is None


def test_gluten_free_written_as_one_adjective() -> None:
    # Real Перекрёсток title says «без глютена»; the list wrote «безглютеновые».
    title = "Спагетти №3 без глютена из зелёного гороха Зелёная Линия, 300г"
    assert first_match("макароны безглютеновые", title) is not None
    assert first_match("макароны безглютеновые", "Спагетти Barilla №5, 450г") is None
