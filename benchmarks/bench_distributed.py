"""The distributed crawl: throughput with 1, 2, 4 and 8 workers; lake write, compaction, query.

1. **Crawl throughput.** A real ``redis-server`` and the replay server of the tests
   (``tests/distributed/catalog.py``: Магнит and Пятёрочка catalogs CONSTRUCTED from recorded
   replies, ``--shops`` shops of each), every request answered after ``--latency`` (100 ms),
   as a store's API would. For W in 1, 2, 4, 8: W ``korzina worker --jobs 1`` processes
   (one request in flight per worker, so the worker is the unit of parallelism measured),
   a crawl of every shop enqueued, timed from the enqueue to the last unit's record. Pacing
   is off (``min_interval_s = 0``): the figure is what workers can do, not what a store
   allows. Printed: offers/s, the ratio to one worker, the wall seconds and the CPU seconds
   of the workers (from /proc) beside them.
2. **Lake writes and compaction.** ``--lake-offers`` constructed offers written as category
   files of 1,000 (``lake.write_category``), then ``maintenance.compact``: rows/s, CPU beside wall.
3. **A query over a generated lake** of ``--rows`` (10^7) observations (4 stores, 30 days,
   20 shops, written by one DuckDB ``COPY … PARTITION_BY``), through the installed command
   ``korzina lake sql`` (a cold process): a count per store over ``lake_rows``, the price
   changes of one product and the changes per store over ``lake_observations``. The
   same-run baseline is the same query written against the files (DuckDB's glob, the same
   change rule) in a plain ``python -c`` DuckDB process; printed: wall and CPU seconds of
   both and their ratios.

    .venv/bin/python benchmarks/bench_distributed.py [--shops N] [--workers 1,2,4,8]
        [--latency S] [--lake-offers N] [--rows N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests' replay server and catalogs

from korzina.core.models import Offer  # noqa: E402
from korzina.distributed import lake as lake_mod  # noqa: E402
from korzina.distributed import (  # noqa: E402
    maintenance,
    queue,
)
from korzina.distributed.units import Target, is_finished, new_crawl_id  # noqa: E402
from tests.distributed.catalog import (  # noqa: E402
    config_toml,
    env_for,
    magnit_shops,
    offers_per_shop,
    pyat_shops,
    routes,
)
from tests.distributed.redis_server import local_redis  # noqa: E402
from tests.replay import ReplayServer  # noqa: E402

KORZINA = Path(sys.executable).parent / "korzina"
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a live process (its /proc/<pid>/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


async def crawl_once(url: str, lake: lake_mod.Lake, targets: list[Target]) -> tuple[float, int]:
    """Enqueue a crawl of ``targets`` and wait for its records; (wall seconds, offers)."""
    redis = await queue.connect(url)
    try:
        started = datetime.now(UTC)
        meta = queue.CrawlMeta(
            crawl_id=new_crawl_id(started),
            started_at=started.isoformat(),
            lake=str(lake),
            targets=tuple(t.key for t in targets),
            per_unit=1,
        )
        t0 = time.perf_counter()
        await queue.enqueue_crawl(redis, meta)
        while True:
            target_records, units = await queue.load_records(redis, meta.crawl_id)
            if is_finished(target_records, units) and len(target_records) == len(targets):
                wall = time.perf_counter() - t0
                bad = [u for u in units if u.status != "done"]
                if bad:
                    sys.exit(f"units not done: {bad[:3]}")
                return wall, sum(u.offers for u in units)
            await asyncio.sleep(0.05)
    finally:
        await redis.aclose()


def bench_workers(args: argparse.Namespace, workdir: Path) -> None:
    counts = [int(x) for x in args.workers.split(",")]
    magnit, pyat = magnit_shops(args.shops), pyat_shops(args.shops)
    targets = [Target("magnit", s) for s in magnit] + [Target("pyaterochka", s) for s in pyat]
    per = offers_per_shop()
    expected = args.shops * (per["magnit"] + per["pyaterochka"])
    slow = routes(magnit, pyat)
    for r in slow:
        r.delay_s = args.latency
    config = workdir / "config.toml"
    config.write_text(config_toml(0), encoding="utf-8")
    stack = ExitStack()
    try:
        url = stack.enter_context(local_redis(workdir))
    except RuntimeError as exc:
        sys.exit(str(exc))
    print(
        f"crawl: {len(targets)} shops (Магнит {per['magnit']} + Пятёрочка {per['pyaterochka']} "
        f"offers per shop pair, {expected} offers), {args.latency * 1000:.0f} ms per request, "
        "one job per worker"
    )
    print(f"{'workers':>7} {'wall s':>8} {'offers/s':>9} {'ratio':>6} {'worker CPU s':>13}")
    base: float | None = None
    try:
        with ReplayServer(slow) as server:
            env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
            env.update(env_for(server.url))
            env.update(KORZINA_CONFIG=str(config), KORZINA_DB=str(workdir / "k.duckdb"))
            for n in counts:
                lake = lake_mod.ensure_lake(workdir / f"lake-{n}")
                logs = [(workdir / f"w{n}-{i}.log").open("wb") for i in range(n)]
                procs = [
                    subprocess.Popen(
                        [
                            str(KORZINA),
                            "worker",
                            "--redis",
                            url,
                            "--jobs",
                            "1",
                            "--egress",
                            "bench",
                        ],
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                    for log in logs
                ]
                try:
                    # Started when each has printed its banner and arq had a moment to poll.
                    deadline = time.monotonic() + 60
                    while not all(
                        "Исполнитель" in (workdir / f"w{n}-{i}.log").read_text(errors="replace")
                        for i in range(n)
                    ):
                        if time.monotonic() > deadline:
                            sys.exit("workers did not start")
                        time.sleep(0.1)
                    time.sleep(1.0)
                    cpu0 = sum(cpu_seconds(p.pid) for p in procs)
                    wall, offers = asyncio.run(crawl_once(url, lake, targets))
                    cpu = sum(cpu_seconds(p.pid) for p in procs) - cpu0
                finally:
                    for p in procs:
                        p.send_signal(signal.SIGTERM)
                    for p in procs:
                        p.wait(timeout=30)
                    for log in logs:
                        log.close()
                if offers != expected:
                    sys.exit(f"{n} workers stored {offers} offers, expected {expected}")
                rate = offers / wall
                base = base or rate
                print(f"{n:>7} {wall:>8.2f} {rate:>9.0f} {rate / base:>6.2f} {cpu:>13.2f}")
    finally:
        stack.close()


def lake_bytes(lake: lake_mod.Lake) -> int:
    return sum(Path(f).stat().st_size for f in lake_mod.lake_files(lake))


def bench_lake(args: argparse.Namespace, workdir: Path) -> None:
    lake = lake_mod.ensure_lake(workdir / "lake-write")
    t0 = datetime(2026, 12, 1, 4, tzinfo=UTC)
    per_file = 1000
    files = max(1, args.lake_offers // per_file)
    batches = [
        [
            Offer(
                store="magnit",
                product_id=f"{f}-{i}",
                name=f"Молоко 3,2% {i}",
                price=Decimal(50 + i % 100) + Decimal("0.90"),
                shop_id=str(f % 20),
                observed_at=t0 + timedelta(seconds=i),
            )
            for i in range(per_file)
        ]
        for f in range(files)
    ]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for f, offers in enumerate(batches):
        lake_mod.write_category(
            lake,
            crawl_id="20261201T040000-bench",
            day=date(2026, 12, 1),
            store="magnit",
            shop=str(f % 20),
            category_id=str(f),
            offers=offers,
        )
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    rows = files * per_file
    print(
        f"lake write: {rows} offers in {files} files: {wall:.2f} s wall, {cpu:.2f} s CPU, "
        f"{rows / wall:,.0f} rows/s, {lake_bytes(lake) / rows:.1f} bytes/row"
    )
    wall0, cpu0 = time.perf_counter(), time.process_time()
    report = maintenance.compact(lake)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    print(
        f"compaction: {report.rows_in} rows, {report.files_in} files → {report.partitions} "
        f"partitions: {wall:.2f} s wall, {cpu:.2f} s CPU (DuckDB threads included), "
        f"{report.rows_in / wall:,.0f} rows/s, {lake_bytes(lake) / report.rows_out:.1f} bytes/row"
    )


GENERATE = """
COPY (
    SELECT ['magnit', 'pyaterochka', 'dixy', 'perekrestok'][1 + i % 4] AS store,
           DATE '2026-11-01' + CAST((i // 4) % 30 AS INTEGER) AS date,
           CAST((i // 120) % 20 AS VARCHAR) AS shop,
           CAST((i // 2400) % 5000 AS VARCHAR) AS product_id,
           'Товар ' || ((i // 2400) % 5000) AS name, NULL::VARCHAR AS brand,
           ['Молочные продукты'] AS category_path,
           CAST(50 + (i * 7919) % 20000 / 100.0 AS DECIMAL(12,2)) AS price,
           NULL::DECIMAL(12,2) AS regular_price, NULL::DECIMAL(12,2) AS card_price,
           NULL::TIMESTAMPTZ AS promo_until, 'piece' AS sold_by,
           NULL::DECIMAL(12,3) AS pack_value, NULL::VARCHAR AS pack_unit,
           NULL::INTEGER AS pack_count, NULL::DECIMAL(12,2) AS unit_price,
           NULL::VARCHAR AS unit_price_unit, NULL::VARCHAR AS url, NULL::VARCHAR AS image_url,
           true AS available,
           TIMESTAMPTZ '2026-11-01 04:00:00+00' + to_days(CAST((i // 4) % 30 AS INTEGER))
               + to_seconds(i % 3600) AS observed_at,
           i AS seq, 'gen' AS crawl_id, '1' AS category_id
    FROM range({rows}) t(i)
) TO '{target}' (FORMAT parquet, PARTITION_BY (store, date, shop), COMPRESSION zstd)
"""


def bench_query(args: argparse.Namespace, workdir: Path) -> None:
    import duckdb

    lake = lake_mod.ensure_lake(workdir / "lake-query")
    wall0 = time.perf_counter()
    con = duckdb.connect()
    con.execute(GENERATE.format(rows=args.rows, target=Path(lake.root) / lake_mod.COMPACTED))
    con.close()
    files = len(lake_mod.lake_files(lake))
    generated = time.perf_counter() - wall0
    print(
        f"query lake: {args.rows:,} generated observations in {files} files, "
        f"{lake_bytes(lake) / args.rows:.1f} bytes/row (generated in {generated:.1f} s)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    env.update(KORZINA_LAKE=str(lake), KORZINA_DB=str(workdir / "q.duckdb"))
    # The baseline: the same query written against the files directly, in a plain DuckDB
    # process (python -c, DuckDB's own glob and hive partitioning): what korzina adds is
    # its start-up, listing the lake's files and its views.
    scan = (
        f"read_parquet('{lake}/{lake_mod.COMPACTED}/*/*/*/*.parquet', "
        f"hive_partitioning = true, hive_types = {lake_mod.HIVE_TYPES})"
    )
    changes = lake_mod.changes_sql(f"SELECT * FROM {scan}")
    print(
        f"{'korzina lake sql (a cold process) vs plain DuckDB':<52} {'wall s':>7} {'CPU s':>7} "
        f"{'base wall':>9} {'base CPU':>8} {'wall ratio':>10} {'CPU ratio':>9}"
    )
    for title, sql, plain in (
        (
            "count per store (lake_rows)",
            "SELECT store, count(*) FROM lake_rows GROUP BY 1",
            f"SELECT store, count(*) FROM {scan} GROUP BY 1",
        ),
        (
            "one product's price changes (lake_observations)",
            "SELECT shop, observed_at, price FROM lake_observations "
            "WHERE store = 'magnit' AND product_id = '42' ORDER BY ALL",
            f"SELECT shop, observed_at, price FROM ({changes}) "
            "WHERE store = 'magnit' AND product_id = '42' ORDER BY ALL",
        ),
        (
            "changes per store (lake_observations, every row)",
            "SELECT store, count(*) FROM lake_observations GROUP BY 1",
            f"SELECT store, count(*) FROM ({changes}) GROUP BY 1",
        ),
    ):
        wall, cpu, out = timed_process([str(KORZINA), "lake", "sql", "--json", sql], env)
        base_wall, base_cpu, base_out = timed_process(
            [sys.executable, "-c", PLAIN_DUCKDB, plain], env
        )
        rows, base_rows = json.loads(out), json.loads(base_out)
        if len(rows) != len(base_rows):
            sys.exit(f"{title}: korzina gave {len(rows)} rows, the plain query {len(base_rows)}")
        print(
            f"{title:<52} {wall:>7.2f} {cpu:>7.2f} {base_wall:>9.2f} {base_cpu:>8.2f} "
            f"{wall / base_wall:>10.2f} {cpu / base_cpu:>9.2f}  ({len(rows)} rows)"
        )


# A plain DuckDB process running one query (argv[1]) and printing its rows as JSON.
PLAIN_DUCKDB = (
    "import json, sys, duckdb; "
    "con = duckdb.connect(); con.execute('SET enable_progress_bar = false'); "
    "print(json.dumps(con.execute(sys.argv[1]).fetchall(), default=str))"
)


def timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of a command run to its end."""
    wall0 = time.perf_counter()
    before = os.times()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    after = os.times()
    wall = time.perf_counter() - wall0
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shops", type=int, default=16, help="shops of each store")
    parser.add_argument("--workers", default="1,2,4,8", help="'' skips the crawl")
    parser.add_argument("--latency", type=float, default=0.100)
    parser.add_argument("--lake-offers", type=int, default=200_000)
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="korzina-bench-distributed-"))
    try:
        if args.workers:
            bench_workers(args, workdir)
        bench_lake(args, workdir)
        bench_query(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
