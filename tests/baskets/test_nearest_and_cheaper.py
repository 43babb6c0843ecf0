"""A missing item names the nearest product and what it lacks; a preferred product shown
instead of a cheaper second choice says so. Titles are real (tests/data/real_offers.jsonl
and issue 11)."""

from __future__ import annotations

from korzina.core.baskets.saved import dump_answer, load_answer
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.models import ShoppingList
from korzina.core.storage import open_memory_storage
from tests.baskets.helpers import answer_over
from tests.matching.helpers import item, offer

OFFERS = [
    offer("magnit", "1", "Сыр Российский Брест-Литовск 50% 200г", "160.99"),
    offer("magnit", "2", "Молоко Простоквашино пастеризованное 3.2% 930мл", "99.99"),
    offer("magnit", "3", "Молоко Домик в деревне ультрапастеризованное 3.2% 925мл", "79.99"),
    offer("magnit", "4", "Соус Сырный Махеевъ 200г", "59.99"),
    offer("dixy", "5", "Сыр Ламбер Гауда 45% 180г", "199.99"),
]


async def test_a_missing_variety_is_named_with_the_nearest_product_never_bought() -> None:
    answer = await answer_over(OFFERS, item("сыр", attributes=("гауда",)))
    magnit = answer.basket("magnit")
    assert magnit is not None and magnit.missing == (0,) and not magnit.lines
    near = answer.nearest["magnit"][0]
    assert near.name.startswith("Сыр Российский") and near.lacks == ("гауда",)
    # Never a look-alike (the sauce), and nothing named where the item was found.
    assert "dixy" not in answer.nearest


async def test_a_wrong_fat_is_named_as_what_the_nearest_product_lacks() -> None:
    answer = await answer_over(OFFERS, item("молоко", fat_pct="2.5"))
    near = answer.nearest["magnit"][0]
    assert near.lacks == ("2.5%",)


async def test_fresh_milk_shown_before_cheaper_long_life_milk_names_it() -> None:
    answer = await answer_over(OFFERS, item("молоко", fat_pct="3.2"))
    (line,) = answer.basket("magnit").lines  # type: ignore[union-attr]
    assert line.product_id == "2" and not line.fallback
    assert line.cheaper is not None and line.cheaper.product_id == "3"
    assert line.cheaper.lacks == ("длительного хранения",)


async def test_nearest_products_survive_saving_the_answer() -> None:
    answer = await answer_over(OFFERS, item("сыр", attributes=("гауда",)))
    again = load_answer(dump_answer(answer, answer.created_at))
    assert again.nearest == answer.nearest


async def test_nearest_names_only_what_the_matcher_refused() -> None:
    # «СО» is how titles write «С0»: the egg class is not what this product lacks.
    storage = open_memory_storage()
    storage.offers.save_offers([offer("magnit", "9", "Яйцо куриное Роскар СО 10шт", "129.99")])
    answer = await BasketService(storage).answer(
        ShoppingList(items=(item("яйцо", egg_class="С0", brand="Окское"),)),
        BasketOptions(offline=True, save=False),
    )
    assert answer.nearest["magnit"][0].lacks == ("Окское",)
