"""Russian presentation of money, quantities, packs and items, shared by the CLI and the bot."""

from decimal import Decimal

from korzina.core.models import ListItem, PackSize, SizeUnit
from korzina.core.present import item_text, number, pack_text, rub


def test_rub_groups_thousands_with_a_space_and_uses_a_decimal_comma() -> None:
    assert rub(Decimal("1067.4")) == "1 067,40 ₽"
    assert rub(Decimal("46.99"), "кг") == "46,99 ₽/кг"
    assert rub(None) == ""


def test_number_drops_trailing_zeros() -> None:
    assert number(Decimal("1.50")) == "1,5"
    assert number(Decimal("10")) == "10"


def test_pack_text_shows_multipacks() -> None:
    assert pack_text(PackSize(value=Decimal(930), unit=SizeUnit.ML)) == "930 мл"
    assert pack_text(PackSize(value=Decimal(100), unit=SizeUnit.G, count=4)) == "4 × 100 г"
    assert pack_text(None) == ""


def test_item_text_shows_what_the_user_asked_for() -> None:
    item = ListItem(name="молоко", fat_pct=Decimal("3.2"), brand="Простоквашино")
    assert item_text(item) == "молоко Простоквашино 3,2%"
    assert item_text(ListItem(name="яйцо", egg_class="С0")) == "яйцо С0"


def test_asked_text_is_the_shoppers_words_each_wording_once() -> None:
    from korzina.core.present import asked_text
    from korzina.parser import parse_text

    (eggs,) = parse_text("яйца дорогие").items
    assert asked_text(eggs) == "яйца дорогие"
    (milk,) = parse_text("молоко, молоко, молоко 1 л, молоко").items
    assert asked_text(milk) == "молоко; молоко 1 л"
    assert asked_text(ListItem(name="сыр", attributes=("гауда",))) == "сыр гауда"


def test_one_status_table_says_every_status_for_the_cli_and_the_bot() -> None:
    from korzina.bot.render.common import PROBLEM_WORDS
    from korzina.bot.render.common import STATUS_WORDS as BOT_MARKS
    from korzina.cli.stores import STATUS_TEXT
    from korzina.core.models import Status
    from korzina.core.present import STATUS_WORDS

    assert set(STATUS_WORDS) == set(Status)
    for status, said in STATUS_WORDS.items():
        assert (STATUS_TEXT[status], BOT_MARKS[status], PROBLEM_WORDS[status]) == (
            said.state,
            said.mark,
            said.problem,
        )
