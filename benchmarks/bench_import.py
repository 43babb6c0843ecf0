"""Import throughput: 200,000 offers of 4 stores into a fresh DuckDB file.

Run: ``.venv/bin/python benchmarks/bench_import.py [--rows N]``. Prints rows per second
for ``korzina import`` of a JSONL file (target since the title analysis at ingest, issue
11: at least 5,000 offers/s; each distinct title is analysed once), for
``save_offers`` of in-process Offer objects (first sighting, then a re-crawl where
one price in ten changed), and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from korzina.core.models import Offer, PackSize, SizeUnit, SoldBy
from korzina.core.storage import open_storage
from korzina.core.storage.importer import import_file

STORES = ("pyaterochka", "magnit", "dixy", "perekrestok")
CATEGORIES = (
    ("Молочные продукты", "Молоко"),
    ("Хлеб и выпечка", "Хлеб"),
    ("Яйца",),
    ("Фрукты", "Бананы"),
    ("Снеки", "Чипсы"),
)
T0 = datetime(2026, 9, 25, 8, 0, tzinfo=UTC)


def peak_rss_mb() -> float:
    # ru_maxrss is kilobytes on Linux, bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def offer_row(i: int, rng: random.Random) -> dict[str, object]:
    by_kg = i % 17 == 0
    price = Decimal(rng.randint(3000, 150000)) / 100
    row: dict[str, object] = {
        "store": STORES[i % 4],
        "product_id": str(1_000_000 + i),
        "name": f"Товар {i} Простоквашино 3,2% 930 мл",
        "price": str(price),
        "unit": "кг" if by_kg else "шт",
        "category": " > ".join(CATEGORIES[i % len(CATEGORIES)]),
        "brand": "Простоквашино" if i % 3 == 0 else None,
        "url": f"https://example.invalid/p/{i}",
        "shop_id": str(100 + i % 7),
        "observed_at": (T0 + timedelta(seconds=i % 3600)).isoformat(),
    }
    if i % 5 == 0:
        row["regular_price"] = str(price + Decimal("20.00"))
    if not by_kg:
        row["pack"] = "930 мл"
    return row


def write_jsonl(path: Path, n: int) -> None:
    rng = random.Random(42)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(offer_row(i, rng), ensure_ascii=False))
            f.write("\n")


def make_offers(n: int, at: datetime, changed_every: int = 0) -> list[Offer]:
    rng = random.Random(7)
    offers = []
    for i in range(n):
        price = Decimal(rng.randint(3000, 150000)) / 100
        if changed_every and i % changed_every == 0:
            price += Decimal("1.00")
        offers.append(
            Offer(
                store=STORES[i % 4],
                product_id=str(1_000_000 + i),
                name=f"Товар {i}",
                category_path=CATEGORIES[i % len(CATEGORIES)],
                price=price,
                sold_by=SoldBy.PIECE,
                pack=PackSize(value=Decimal(930), unit=SizeUnit.ML),
                shop_id=str(100 + i % 7),
                observed_at=at,
            )
        )
    return offers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    n = args.rows

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "offers.jsonl"
        t = time.perf_counter()
        write_jsonl(src, n)
        # Flush the generated file now, so its write-back does not land in the import's
        # commit (an fsync there can wait for other dirty pages of the same disk).
        os.sync()
        print(
            f"generated {n:,} offers ({src.stat().st_size / 1e6:.1f} MB JSONL) "
            f"in {time.perf_counter() - t:.2f} s; load average {os.getloadavg()[0]:.2f}"
        )

        with open_storage(Path(tmp) / "import.duckdb") as db:
            t = time.perf_counter()
            report = import_file(db, src)
            took = time.perf_counter() - t
            assert report.imported == n, report
        print(
            f"import JSONL -> fresh DB: {n / took:,.0f} rows/s ({took:.2f} s, "
            f"{report.stats.new_prices:,} new prices)  [target >= 5,000 rows/s with title analysis]"
        )
        print(f"peak RSS after import: {peak_rss_mb():.0f} MB")

        offers = make_offers(n, T0)
        recrawl = make_offers(n, T0 + timedelta(days=1), changed_every=10)
        with open_storage(Path(tmp) / "save.duckdb") as db:
            t = time.perf_counter()
            first = db.offers.save_offers(offers)
            took = time.perf_counter() - t
            print(
                f"save_offers, all new: {n / took:,.0f} rows/s ({took:.2f} s, "
                f"{first.new_products:,} products)"
            )
            t = time.perf_counter()
            second = db.offers.save_offers(recrawl)
            took = time.perf_counter() - t
            print(
                f"save_offers, re-crawl: {n / took:,.0f} rows/s ({took:.2f} s, "
                f"{second.new_prices:,} changed prices)"
            )
            t = time.perf_counter()
            latest = db.offers.latest_offers()
            took = time.perf_counter() - t
            print(f"latest_offers: {len(latest) / took:,.0f} rows/s ({took:.2f} s)")
        print(f"peak RSS overall: {peak_rss_mb():.0f} MB; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
