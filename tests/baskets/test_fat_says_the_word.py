"""A dairy product's fat % says what its title does not: «жирная» sour cream is 20 %
and more, «обезжиренный» cottage cheese 0 %. The basket reads such products from
storage too (``queries.candidate_query`` does not narrow by the word) and the matcher
takes them. Titles are real (tests/data/real_offers_g.jsonl: Магнит, Дикси, Перекрёсток).
"""

from __future__ import annotations

from korzina.parser import parse_text
from tests.baskets.helpers import answer_over
from tests.matching.helpers import offer

SOUR_CREAM = [
    offer("dixy", "1", 'Сметана "Простоквашино" 15%, 300 г', "89.99"),
    offer("dixy", "2", 'Сметана "Хуторок" 20%, 300 г', "99.99"),
    offer("magnit", "3", "Сметана Простоквашино 15% 300г", "95.99"),
]
COTTAGE_CHEESE = [
    offer("perekrestok", "4", "Творог Савушкин Нежный мягкий 0%, 125г", "34.99"),
    offer("perekrestok", "5", "Творог Простоквашино 5%, 180г", "99.99"),
]


async def test_full_fat_sour_cream_is_twenty_percent_and_more() -> None:
    (item,) = parse_text("сметанка грамм 300 жирная").items
    answer = await answer_over(SOUR_CREAM, item)
    (line,) = answer.basket("dixy").lines  # type: ignore[union-attr]
    assert line.product_id == "2"  # not the cheaper 15 %
    assert not answer.basket("magnit").lines  # type: ignore[union-attr]


async def test_skimmed_cottage_cheese_is_zero_percent_though_the_title_says_no_word() -> None:
    (item,) = parse_text("творог обезжиренный").items
    answer = await answer_over(COTTAGE_CHEESE, item)
    (line,) = answer.basket("perekrestok").lines  # type: ignore[union-attr]
    assert line.product_id == "4"
