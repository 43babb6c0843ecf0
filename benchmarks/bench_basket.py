"""Basket service latency and memory over 200,000 generated offers in a DuckDB file.

Four stores × 50,000 offers: a hundred product types with brands, fats, sizes and the
usual look-alikes (кефир next to молоко, спред next to масло…), so candidate sets are
as large as in a real catalogue. 10-item lists are answered offline, in-process:

* cold: the first answer (loads the offers and builds the index);
* warm, new list (the headline, target ≤ 150 ms): several different lists in turn, the
  index's per-item memo emptied before each, so every item is matched and ranked over
  the built index, as for a list the service has not seen;
* warm, repeated list: the same list answered again, its items served from the memo;
* peak memory: the offers are generated and written by a child process, so this
  process's peak resident set (ru_maxrss) is the index and the answers alone; the
  child's peak is printed apart, with the Python heap peak of one new-list answer.

Run: ``.venv/bin/python benchmarks/bench_basket.py [--offers N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import resource
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from korzina.core.baskets.models import Answer
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.models import Offer, PackSize, ShoppingList, SizeUnit, SoldBy
from korzina.core.storage import open_storage
from korzina.parser import parse_text

STORES = ("pyaterochka", "magnit", "dixy", "perekrestok")
LIST = (
    "молоко 3.2%, хлеб, яйца С0 десяток, масло сливочное, сыр, 1,5 кг картошки, бананы, "
    "чипсы lays, кефир, сметана"
)
# Items the generated catalogue has (with look-alikes) for the other lists of a run.
POOL = (
    "молоко 3.2%", "хлеб", "яйца С0 десяток", "масло сливочное", "сыр", "1,5 кг картошки",
    "бананы", "чипсы lays", "кефир 1%", "сметана 20%", "молоко ультрапастеризованное",
    "сгущенка", "творог", "йогурт", "сок добрый", "макароны макфа", "2 кг гречки", "рис",
    "сахар 1 кг", "кофе", "чай", "печенье", "колбаса", "сосиски", "пельмени", "курица",
    "яблоки", "огурцы", "майонез", "кетчуп heinz", "мороженое пломбир", "батон", "сырок",
    "ряженка", "сливки", "шоколад", "мед", "хлопья", "дорогой сыр", "средний хлеб",
)  # fmt: skip
BRANDS = (
    "Простоквашино", "Домик в деревне", "Село Зелёное", "Вкуснотеево", "Брест-Литовск",
    "Экомилк", "Ламбер", "Hochland", "Lay's", "Pringles", "Коломенский", "Окское", "Роскар",
    "Parmalat", "Чудо", "Савушкин", "Valio", "Arla Natura", "Черкизово", "Мираторг",
    "Махеевъ", "Heinz", "Добрый", "J7", "Макфа", "Увелка", "Мистраль",
)  # fmt: skip
# (title start, size choices, fat choices); a hundred types with look-alikes of the list.
TYPES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("Молоко пастеризованное", ("930мл", "900г", "1л", "1.4л"), ("2.5%", "3.2%", "3.5%", "6%")),
    ("Молоко ультрапастеризованное", ("950г", "1л", "970мл"), ("2.5%", "3.2%")),
    ("Молоко сгущенное цельное с сахаром", ("380г", "270г"), ("8.5%",)),
    ("Коктейль молочный", ("960г", "200мл"), ("1.2%", "2%")),
    ("Кефир", ("930мл", "900г", "450г"), ("1%", "2.5%", "3.2%")),
    ("Сметана", ("300г", "200г", "400г"), ("10%", "15%", "20%")),
    ("Масло сливочное", ("180г", "400г"), ("72.5%", "82.5%")),
    ("Спред растительно-сливочный", ("180г",), ("72.5%",)),
    ("Мороженое пломбир сливочное", ("80г", "400г"), ("12%", "15%")),
    ("Сыр полутвердый", ("200г", "230г", "400г"), ("45%", "50%")),
    ("Продукт сырный", ("200г",), ("50%",)),
    ("Сырок глазированный", ("40г", "50г"), ("23%", "26%")),
    ("Хлеб формовой", ("700г", "500г"), ("",)),
    ("Батон нарезной", ("400г",), ("",)),
    ("Хлебцы ржаные", ("100г",), ("",)),
    ("Сухари ванильные", ("250г",), ("",)),
    ("Булочка с маком", ("100г",), ("",)),
    ("Яйцо куриное С0", ("10шт", "6шт"), ("",)),
    ("Яйцо куриное С1", ("10шт", "20шт"), ("",)),
    ("Яйца перепелиные", ("20шт",), ("",)),
    ("Шоколадное яйцо Kinder Surprise", ("20г",), ("",)),
    ("Картофель в сетке", ("2.5кг", "1кг"), ("",)),
    ("Картофель фри замороженный", ("750г",), ("",)),
    ("Чипсы картофельные", ("140г", "225г", "70г"), ("",)),
    ("Чипсы банановые", ("100г",), ("",)),
]
FILLER = tuple(
    [
        "Сок",
        "Нектар",
        "Вода",
        "Лимонад",
        "Чай",
        "Кофе",
        "Какао",
        "Печенье",
        "Вафли",
        "Пряники",
        "Конфеты",
        "Шоколад",
        "Зефир",
        "Мармелад",
        "Торт",
        "Рулет",
        "Кекс",
        "Макароны",
        "Рис",
        "Гречка",
        "Пшено",
        "Овсянка",
        "Мука",
        "Сахар",
        "Соль",
        "Перец",
        "Горчица",
        "Кетчуп",
        "Майонез",
        "Соус",
        "Уксус",
        "Колбаса",
        "Сосиски",
        "Сардельки",
        "Ветчина",
        "Бекон",
        "Фарш",
        "Пельмени",
        "Вареники",
        "Котлеты",
        "Наггетсы",
        "Курица",
        "Филе",
        "Индейка",
        "Свинина",
        "Говядина",
        "Рыба",
        "Сельдь",
        "Скумбрия",
        "Горбуша",
        "Креветки",
        "Икра",
        "Тушенка",
        "Шпроты",
        "Горошек",
        "Кукуруза",
        "Фасоль",
        "Огурцы",
        "Томаты",
        "Капуста",
        "Морковь",
        "Лук",
        "Чеснок",
        "Яблоки",
        "Груши",
        "Апельсины",
        "Мандарины",
        "Лимоны",
        "Виноград",
        "Йогурт",
        "Творог",
        "Ряженка",
        "Сливки",
        "Мед",
        "Джем",
        "Орехи",
        "Семечки",
        "Сухарики",
        "Попкорн",
        "Шампунь",
        "Мыло",
        "Порошок",
        "Салфетки",
        "Бумага",
        "Корм",
        "Хлопья",
        "Мюсли",
        "Батончик",
    ]
)


def generate(n: int, seed: int = 7) -> list[Offer]:
    rng = random.Random(seed)
    seen = datetime.now(UTC)
    offers: list[Offer] = []
    types = TYPES + [(f"{w} обычный", ("250г", "500г", "1кг", "1л"), ("",)) for w in FILLER]
    for i in range(n):
        store = STORES[i % len(STORES)]
        title, sizes, fats = types[rng.randrange(len(types))]
        brand = rng.choice(BRANDS)
        size, fat = rng.choice(sizes), rng.choice(fats)
        name = " ".join(p for p in (title, brand, fat, size) if p)
        price = Decimal(rng.randrange(3000, 60000)) / 100
        offers.append(
            Offer(
                store=store,
                product_id=str(100000 + i),
                name=name,
                brand=brand,
                price=price,
                regular_price=price + 20 if rng.random() < 0.15 else None,
                sold_by=SoldBy.PIECE,
                pack=None,
                observed_at=seen,
            )
        )
    # Loose potatoes and bananas by the kilogram in every store.
    for store in STORES:
        for title in ("Картофель мытый", "Бананы"):
            offers.append(
                Offer(
                    store=store,
                    product_id=f"kg-{title}",
                    name=title,
                    price=Decimal("79.99"),
                    sold_by=SoldBy.KG,
                    pack=PackSize(value=Decimal(1), unit=SizeUnit.KG),
                    observed_at=seen,
                )
            )
    return offers


def write_database(path: str, n: int) -> None:
    """Generate the offers and write them (run in a child process, see ``main``)."""
    storage = open_storage(Path(path))
    storage.offers.save_offers(generate(n))
    storage.close()


def new_lists(count: int, seed: int = 11) -> list[ShoppingList]:
    """``count`` different 10-item lists drawn from ``POOL``, the first one ``LIST``."""
    rng = random.Random(seed)
    texts = [LIST] + [", ".join(rng.sample(POOL, 10)) for _ in range(count - 1)]
    return [parse_text(t) for t in texts]


def _ms(values: list[float]) -> str:
    p90 = sorted(values)[max(0, int(len(values) * 0.9) - 1)]
    return f"median {statistics.median(values) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--offers", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--lists", type=int, default=6, help="different lists for the headline")
    args = ap.parse_args()
    lists = new_lists(args.lists)
    with tempfile.TemporaryDirectory(prefix="korzina-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        # Generating 200,000 pydantic offers costs more memory than answering; a child
        # process does it, so this process's peak is the index and the answers alone.
        child = multiprocessing.get_context("spawn").Process(
            target=write_database, args=(str(db), args.offers)
        )
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"generating the offers failed ({child.exitcode})")
        gen_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
        print(
            f"offers: {args.offers:,} in {db.stat().st_size / 2**20:.0f} MiB DuckDB, "
            f"generated and written in {time.perf_counter() - t0:.1f} s "
            f"(child process, peak RSS {gen_rss:.0f} MiB)"
        )
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        storage = open_storage(db)
        service = BasketService(storage, known_stores=STORES)
        options = BasketOptions(offline=True)

        async def measure() -> tuple[float, list[float], list[float], list[float], int, Answer]:
            # One event loop for every answer, as in the bot.
            t0 = time.perf_counter()
            answer = await service.answer(lists[0], options)
            cold = time.perf_counter() - t0
            fresh: list[float] = []
            fresh_cpu: list[float] = []
            repeated: list[float] = []
            for run in range(args.runs):
                # A list the index has not answered: the per-item memo emptied first, so
                # every item is matched and ranked over the warm index.
                service.index().memo.clear()
                sl = lists[run % len(lists)]
                t0, c0 = time.perf_counter(), time.process_time()
                await service.answer(sl, options)
                fresh.append(time.perf_counter() - t0)
                fresh_cpu.append(time.process_time() - c0)
                # The same list again: every item served from the memo.
                t0 = time.perf_counter()
                answer = await service.answer(sl, options)
                repeated.append(time.perf_counter() - t0)
            # tracemalloc slows Python down, so the heap of an answer is measured apart.
            service.index().memo.clear()
            tracemalloc.start()
            await service.answer(lists[0], options)
            _, heap_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            return cold, fresh, fresh_cpu, repeated, heap_peak, answer

        cold, fresh, fresh_cpu, repeated, heap_peak, answer = asyncio.run(measure())
        storage.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    complete = sum(b.complete for b in answer.baskets)
    print(
        f"lists: {len(lists)} different lists of {len(lists[0].items)} items; "
        f"complete baskets of the last: {complete}/{len(answer.baskets)}"
    )
    print(f"cold answer (load + index): {cold * 1000:.0f} ms")
    print(
        f"warm answer, new list (index built, every item matched): {_ms(fresh)} "
        f"over {len(fresh)} runs (target ≤ 150 ms); CPU time median "
        f"{statistics.median(fresh_cpu) * 1000:.1f} ms (wall time grows on a busy machine)"
    )
    print(f"warm answer, repeated list (items memoized): {_ms(repeated)}")
    print(
        f"peak memory of index + answers: RSS {rss:.0f} MiB "
        f"({base_rss:.0f} MiB before loading), Python heap of one new-list answer "
        f"{heap_peak / 2**20:.0f} MiB"
    )


if __name__ == "__main__":
    main()
