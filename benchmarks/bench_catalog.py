"""A large catalogue: `korzina import`, then cold `korzina basket` against an ILIKE baseline.

For each size (200,000 and 1,000,000 offers), offers with distinct, realistic
titles (``catalog_gen.py``: ninety kinds with brands, varieties, fats, packs and the
usual look-alikes, four stores, each with its own word order) are written to JSONL once
and cached, then, every step a whole process, timed by wall clock and by the child's CPU
time (user + sys) and peak resident set, both from ``os.wait4``:

1. ``korzina import FILE`` into a fresh DuckDB file: offers/s, the "ingest with title
   analysis" figure (target ≥ 5,000 offers/s);
2. a cold ``korzina basket --offline --json`` of a 10-item list on that file (a new
   process each time; the OS file cache is warm), ``--repeat`` times, median (target: no
   slower than the baseline, peak RSS ≤ 300 MB at 1,000,000 offers), after one untimed
   run of each side: korzina's bytecode is cached (``PYTHONPYCACHEPREFIX`` under
   ``--cache``, as a pip install compiles it) and its start-up word cache filled (a
   directory of the run's own), as on a user's second and later runs;
3. the baseline in the same run, alternating with 2: a plain Python script that opens
   the file read-only and asks DuckDB, for each item, the cheapest product per store
   whose name ILIKEs the item's words (one query per item), then prints each store's
   cheapest products and total.

A table of both sides and their ratio (korzina / baseline, CPU and wall) follows, with
the load average, and a JSON summary line at the end. A run that exceeds ``--timeout``
is reported as a timeout; korzina's remaining repeats at that size are then skipped.

Run: ``.venv/bin/python benchmarks/bench_catalog.py [--sizes 200000] [--repeat 3]``. Both
sizes (the default, or ``--full``) took about 10 minutes on the project's 2-core machine
(``--sizes 200000``: about 2). Generated files are cached in
``$TMPDIR/korzina-bench-catalog/`` (``--cache DIR``), not in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import catalog_gen  # benchmarks/ is not a package: imported from its own directory

LIST = (
    "молоко 3.2%, хлеб, яйца С0 десяток, сыр гауда, куриное филе, помидоры, макароны, "
    "кофе в зёрнах, сахар, чипсы lays краб"
)
# The baseline's reading of LIST, as one would write it by hand: per item, groups of
# ILIKE patterns, a name must match one pattern of every group («\» escapes % and _).
BASELINE_ITEMS: list[tuple[str, list[list[str]]]] = [
    ("молоко 3.2%", [["%молоко%"], ["%3.2\\%%", "%3,2\\%%"]]),
    ("хлеб", [["%хлеб%"]]),
    ("яйца С0 десяток", [["%яйц%"], ["%С0%", "%C0%"], ["%10%шт%"]]),
    ("сыр гауда", [["%сыр%"], ["%гауда%"]]),
    ("куриное филе", [["%филе%"], ["%кур%", "%цыпл%"]]),
    ("помидоры", [["%томат%", "%помидор%"]]),
    ("макароны", [["%макарон%"]]),
    ("кофе в зёрнах", [["%кофе%"], ["%зерн%", "%зёрн%"]]),
    ("сахар", [["%сахар%"]]),
    ("чипсы lays краб", [["%чипс%"], ["%lay's%", "%lays%"], ["%краб%"]]),
]
BASELINE_SCRIPT = textwrap.dedent(
    '''
    """The ILIKE baseline: the cheapest product per store for each item, and totals."""
    import json
    import sys
    from decimal import Decimal

    import duckdb

    items = json.loads(sys.argv[2])
    con = duckdb.connect(sys.argv[1], read_only=True)
    totals: dict[str, Decimal] = {}
    found: dict[str, int] = {}
    for label, groups in items:
        where = " AND ".join(
            "(" + " OR ".join("name ILIKE ? ESCAPE '\\\\'" for _ in group) + ")"
            for group in groups
        )
        params = [p for group in groups for p in group]
        rows = con.execute(
            "SELECT store, name, price FROM products WHERE available AND " + where
            + " QUALIFY row_number() OVER (PARTITION BY store ORDER BY price, product_id) = 1"
            " ORDER BY store",
            params,
        ).fetchall()
        print(label)
        for store, name, price in rows:
            print(f"  {store}: {name} — {price} ₽")
            totals[store] = totals.get(store, Decimal(0)) + price
            found[store] = found.get(store, 0) + 1
    for store in sorted(totals):
        print(f"{store}: {totals[store]} ₽ за {found[store]} из {len(items)}")
    print(json.dumps({s: {"total": str(totals[s]), "found": found[s]} for s in totals}))
    '''
)


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    rss_mb: float
    returncode: int | None  # None: killed after the timeout
    stdout: str = field(repr=False, default="")
    stderr: str = field(repr=False, default="")

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


def run_child(argv: list[str], env: dict[str, str], timeout: float, workdir: Path) -> Run:
    """Run ``argv`` to completion; wall, CPU (user + sys) and peak RSS of that child alone."""
    out_path, err_path = workdir / "child.out", workdir / "child.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        t0 = time.perf_counter()
        # os.wait4 gives this child's own rusage (RUSAGE_CHILDREN would mix all children's
        # peak RSS); a timer kills it if it overruns.
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        killed = threading.Event()
        reaped = False
        lock = threading.Lock()

        def kill() -> None:
            # Not proc.kill(): its poll() could reap the child before wait4 does. The
            # lock keeps a reaped (and possibly reused) pid from being signalled.
            with lock:
                if not reaped:
                    killed.set()
                    os.kill(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            with lock:
                reaped = True
            timer.cancel()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    return Run(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        returncode=None if killed.is_set() else proc.returncode,
        stdout=out_path.read_text(encoding="utf-8", errors="replace"),
        stderr=err_path.read_text(encoding="utf-8", errors="replace"),
    )


def korzina_command() -> list[str]:
    """The `korzina` console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "korzina"
    if script.exists():
        return [str(script)]
    found = shutil.which("korzina")
    if found:
        return [found]
    return [sys.executable, "-c", "from korzina.cli import main; main()"]


def source_state() -> str:
    """The commit korzina runs from, and whether korzina/ has uncommitted changes."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "korzina"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git)"
    return head + (" + uncommitted changes in korzina/" if dirty else "")


def catalogue(cache: Path, n: int, seed: int) -> tuple[Path, float | None]:
    """The JSONL file of ``n`` offers, generated now (seconds returned) or from the cache."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"offers-{n}-s{seed}-{catalog_gen.fingerprint()}.jsonl"
    if path.exists():
        return path, None
    t0 = time.perf_counter()
    catalog_gen.write_jsonl(path, n, seed)
    return path, time.perf_counter() - t0


def median_run(runs: list[Run]) -> dict[str, Any] | None:
    done = [r for r in runs if r.returncode == 0]
    if not done:
        return None
    return {
        "wall_s": round(statistics.median(r.wall_s for r in done), 3),
        "cpu_s": round(statistics.median(r.cpu_s for r in done), 3),
        "rss_mb": round(statistics.median(r.rss_mb for r in done), 1),
        "runs": len(done),
        "wall_each_s": [round(r.wall_s, 3) for r in done],
    }


def korzina_totals(stdout: str) -> dict[str, str]:
    """«total (items/10)» per store from `korzina basket --json`."""
    try:
        answer = json.loads(stdout)
    except json.JSONDecodeError:
        return {}
    out = {}
    for basket in answer.get("baskets", []):
        lines = len(basket.get("lines", []))
        out[basket["store"]] = f"{basket['total']} ({lines}/{len(answer.get('items', []))})"
    return out


def baseline_totals(stdout: str) -> dict[str, str]:
    try:
        data = json.loads(stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {}
    return {s: f"{v['total']} ({v['found']}/{len(BASELINE_ITEMS)})" for s, v in data.items()}


def failure(run: Run, what: str) -> str:
    if run.timed_out:
        return f"{what}: timeout (killed after {run.wall_s:.0f} s)"
    tail = (run.stderr.strip() or run.stdout.strip())[-600:]
    return f"{what}: exit code {run.returncode}: {tail}"


@dataclass
class SizeResult:
    offers: int
    generate_s: float | None  # None: taken from the cache
    jsonl_mb: float
    import_wall_s: float
    import_cpu_s: float
    import_rss_mb: float
    offers_per_s: float
    db_mb: float
    distinct_titles: int | None
    korzina: dict[str, Any] | None
    baseline: dict[str, Any] | None
    korzina_timeouts: int
    ratio_cpu: float | None
    ratio_wall: float | None
    load_before: float
    load_after: float
    notes: list[str]


def bench_size(n: int, args: argparse.Namespace, cmd: list[str], tmp: Path) -> SizeResult | None:
    notes: list[str] = []
    src, gen_s = catalogue(args.cache, n, args.seed)
    how = f"generated in {gen_s:.1f} s" if gen_s is not None else "from the cache"
    print(f"\n== {n:,} offers: {src.name} ({src.stat().st_size / 1e6:.0f} MB JSONL, {how})")
    # Flush the generated file now, so its write-back does not land in the import.
    os.sync()

    work = tmp / f"n{n}"
    work.mkdir()
    db = work / "catalog.duckdb"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KORZINA_") and k not in ("OLLAMA_HOST",)
    }
    env["KORZINA_CONFIG"] = str(work / "no-config.toml")  # defaults only, never the user's
    # As an installed package runs: its bytecode compiled once (pip compiles it at install;
    # an editable checkout under PYTHONDONTWRITEBYTECODE would compile ~80 modules in every
    # process), its start-up word cache in a directory of this run's own.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(args.cache / "pycache")
    env["KORZINA_CACHE_DIR"] = str(work / "cache")
    load_before = os.getloadavg()[0]

    imp = run_child([*cmd, "--db", str(db), "import", "--json", str(src)], env, args.timeout, work)
    if imp.returncode != 0:
        print(failure(imp, "import"))
        return None
    report = json.loads(imp.stdout)
    if report.get("imported") != n:
        notes.append(f"import kept {report.get('imported')} of {n} rows")
    rate = n / imp.wall_s
    print(
        f"import (korzina import, whole process): {rate:,.0f} offers/s "
        f"({imp.wall_s:.1f} s wall, {imp.cpu_s:.1f} s CPU, peak RSS {imp.rss_mb:.0f} MiB, "
        f"DB {db.stat().st_size / 2**20:.0f} MiB)  [target >= 5,000 offers/s]"
    )

    distinct = None
    try:
        import duckdb  # the parent's own look; closed before any child opens the file

        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT count(*), count(DISTINCT name) FROM products").fetchone()
        if row is not None:
            distinct = int(row[1])
            print(f"products: {row[0]:,}, distinct titles: {distinct:,}")
    except Exception as exc:  # the check is informative only
        notes.append(f"distinct-title check failed: {exc}")

    script = work / "baseline_ilike.py"
    script.write_text(BASELINE_SCRIPT, encoding="utf-8")
    items_json = json.dumps(BASELINE_ITEMS, ensure_ascii=False)
    base_argv = [sys.executable, str(script), str(db), items_json]
    korz_argv = [*cmd, "--db", str(db), "basket", "--offline", "--json", LIST]

    # One untimed run of each side first: bytecode written, the word cache filled.
    run_child(base_argv, env, args.timeout, work)
    warm = run_child(korz_argv, env, args.timeout, work)
    print(f"  warm-up (untimed): korzina {warm.wall_s:.2f} s wall, {warm.cpu_s:.2f} s CPU")

    korz_runs: list[Run] = []
    base_runs: list[Run] = []
    timeouts = 0
    for i in range(args.repeat):
        # Alternate the two sides, so a burst of load on the machine hits both.
        base = run_child(base_argv, env, args.timeout, work)
        base_runs.append(base)
        status = "ok" if base.returncode == 0 else failure(base, "baseline")
        print(
            f"  run {i + 1}: baseline {base.wall_s:7.2f} s wall {base.cpu_s:7.2f} s CPU "
            f"{base.rss_mb:5.0f} MiB  {status}"
        )
        if timeouts:
            continue
        korz = run_child(korz_argv, env, args.timeout, work)
        korz_runs.append(korz)
        if korz.timed_out:
            timeouts += 1
        status = "ok" if korz.returncode == 0 else failure(korz, "korzina")
        print(
            f"  run {i + 1}: korzina  {korz.wall_s:7.2f} s wall {korz.cpu_s:7.2f} s CPU "
            f"{korz.rss_mb:5.0f} MiB  {status}",
            flush=True,
        )
    if timeouts:
        notes.append(f"korzina basket timed out (> {args.timeout:.0f} s); repeats skipped")

    k, b = median_run(korz_runs), median_run(base_runs)
    ok_k = [r for r in korz_runs if r.returncode == 0]
    ok_b = [r for r in base_runs if r.returncode == 0]
    if ok_k and ok_b:
        kt, bt = korzina_totals(ok_k[-1].stdout), baseline_totals(ok_b[-1].stdout)
        # Not comparable prices: korzina buys the asked amount at the best unit price,
        # the baseline takes the lowest shelf price; shown to catch a side finding nothing.
        print("  store totals (items found / items asked): korzina | baseline")
        for store in catalog_gen.STORES:
            print(f"    {store:12} {kt.get(store, '-'):>22} | {bt.get(store, '-')}")
    ratio_cpu = round(k["cpu_s"] / b["cpu_s"], 2) if k and b and b["cpu_s"] else None
    ratio_wall = round(k["wall_s"] / b["wall_s"], 2) if k and b and b["wall_s"] else None
    result = SizeResult(
        offers=n,
        generate_s=None if gen_s is None else round(gen_s, 1),
        jsonl_mb=round(src.stat().st_size / 1e6, 1),
        import_wall_s=round(imp.wall_s, 2),
        import_cpu_s=round(imp.cpu_s, 2),
        import_rss_mb=round(imp.rss_mb, 1),
        offers_per_s=round(rate),
        db_mb=round(db.stat().st_size / 2**20, 1),
        distinct_titles=distinct,
        korzina=k,
        baseline=b,
        korzina_timeouts=timeouts,
        ratio_cpu=ratio_cpu,
        ratio_wall=ratio_wall,
        load_before=round(load_before, 2),
        load_after=round(os.getloadavg()[0], 2),
        notes=notes,
    )
    shutil.rmtree(work, ignore_errors=True)
    return result


def _side(s: dict[str, Any] | None, timeouts: int) -> str:
    if s is None:
        return f"{'timeout' if timeouts else 'failed':>27}"
    return f"{s['wall_s']:8.2f} {s['cpu_s']:8.2f} {s['rss_mb']:9.0f}"


def print_table(results: list[SizeResult]) -> None:
    print(
        "\nmedians of cold whole-process runs (s, s, MiB); ratio = korzina / baseline\n"
        f"{'offers':>9} | {'korzina wall':>12} {'CPU':>8} {'peak RSS':>9} | "
        f"{'baseline wall':>13} {'CPU':>8} {'peak RSS':>9} | "
        f"{'ratio CPU':>9} {'wall':>6} | {'import/s':>9} | load"
    )
    for r in results:
        ratio_c = f"{r.ratio_cpu:9.2f}" if r.ratio_cpu is not None else f"{'-':>9}"
        ratio_w = f"{r.ratio_wall:6.2f}" if r.ratio_wall is not None else f"{'-':>6}"
        print(
            f"{r.offers:>9,} | {_side(r.korzina, r.korzina_timeouts):>31}"
            f" | {_side(r.baseline, 0):>32} | {ratio_c} {ratio_w} | "
            f"{r.offers_per_s:>9,} | {r.load_before:.2f}→{r.load_after:.2f}"
        )
    print(
        "targets: import >= 5,000 offers/s; korzina no slower than the baseline "
        "(ratio <= 1); peak RSS <= 300 MB at 1,000,000 offers"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--sizes",
        default="200000,1000000",
        help="comma-separated offer counts (default: 200000,1000000)",
    )
    ap.add_argument("--full", action="store_true", help="both sizes, 200000,1000000")
    ap.add_argument("--repeat", type=int, default=3, help="cold basket runs per side")
    ap.add_argument("--timeout", type=float, default=900.0, help="seconds per child process")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "korzina-bench-catalog",
        help="where generated JSONL files are kept between runs",
    )
    args = ap.parse_args()
    sizes = [200_000, 1_000_000] if args.full else [int(s) for s in args.sizes.split(",")]
    cmd = korzina_command()
    print(
        f"korzina: {' '.join(cmd)}; list: «{LIST}»; {args.repeat} cold runs per side; "
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}"
    )
    source = source_state()
    print(f"source: {source}")
    results: list[SizeResult] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="korzina-bench-catalog-") as tmp:
        for n in sizes:
            r = bench_size(n, args, cmd, Path(tmp))
            if r is not None:
                results.append(r)
    print_table(results)
    for r in results:
        for note in r.notes:
            print(f"note ({r.offers:,}): {note}")
    print(f"total time {time.perf_counter() - t0:.0f} s")
    summary = {
        "bench": "catalog",
        "list": LIST,
        "repeat": args.repeat,
        "cpus": os.cpu_count(),
        "source": source,
        "sizes": [asdict(r) for r in results],
    }
    print(json.dumps(summary, ensure_ascii=False))
    if len(results) < len(sizes):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
