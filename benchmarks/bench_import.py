"""Import throughput: 200,000 offers of 4 stores into a fresh DuckDB file.

Run: ``.venv/bin/python benchmarks/bench_import.py [--rows N] [--jsonl-only]``. Prints
rows per second for ``korzina import`` of a JSONL file (target since the title analysis
at ingest, issue 11: at least 5,000 offers/s; each distinct title is analysed once), for
``save_offers`` of in-process Offer objects (first sighting, then a re-crawl where
one price in ten changed), and the peak resident memory of the process.

The JSONL case also runs the installed ``korzina import`` as its own process (what a
user runs), with its wall and CPU seconds and its own peak memory, beside a same-run
baseline: a plain DuckDB script loading the same file with ``read_json`` into a table
(issue 15: the import held the whole file in memory, 2.9 GB at 1,000,000 rows).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
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


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one child process."""
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            sys.exit(f"{args} failed: {err.read().decode(errors='replace')[-2000:]}")
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, usage.ru_utime + usage.ru_stime, peak


# The baseline: DuckDB alone loading the same file (no checks, no title analysis).
BASELINE = """
import sys, duckdb
con = duckdb.connect(sys.argv[2])
con.execute("CREATE TABLE offers AS SELECT * FROM read_json(?, format='newline_delimited')",
            [sys.argv[1]])
"""


def jsonl_processes(src: Path, n: int, tmp: Path) -> None:
    """``korzina import`` of ``src`` as a process beside the DuckDB baseline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    env.update(KORZINA_DB=str(tmp / "cli.duckdb"), KORZINA_CONFIG=str(tmp / "none.toml"))
    korzina = Path(sys.executable).with_name("korzina")
    wall, cpu, peak = run_process([str(korzina), "import", str(src)], env)
    base_wall, base_cpu, base_peak = run_process(
        [sys.executable, "-c", BASELINE, str(src), str(tmp / "baseline.duckdb")], env
    )
    print(
        f"korzina import (process): {n / wall:,.0f} rows/s, {wall:.2f} s wall, {cpu:.2f} s CPU,"
        f" peak RSS {peak:.0f} MB"
    )
    print(
        f"baseline DuckDB read_json (process): {base_wall:.2f} s wall, {base_cpu:.2f} s CPU,"
        f" peak RSS {base_peak:.0f} MB; ratios: CPU {cpu / base_cpu:.2f},"
        f" memory {peak / base_peak:.2f}"
    )


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
    parser.add_argument(
        "--jsonl-only", action="store_true", help="only korzina import beside the baseline"
    )
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
        jsonl_processes(src, n, Path(tmp))
        if args.jsonl_only:
            print(f"load average {os.getloadavg()[0]:.2f}")
            return

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
