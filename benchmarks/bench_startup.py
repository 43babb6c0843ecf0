"""Start-up: whole `korzina` processes, wall and CPU seconds, beside `python -c pass`.

Each row is a new process, run ``--repeat`` times (rows interleaved, so a busy moment on
the shared machine falls on all of them alike); the median wall time and the median CPU
time (user + sys of the child, from ``os.wait4``) are printed with the ratio to the
same-run baseline and the target:

- ``python -c pass``: the interpreter alone (the baseline);
- ``korzina --help``: target ≤ 0.3 s;
- ``korzina parse "молоко"``: target ≤ 0.8 s, over the demo database (the parser learns
  its words) and over none; and once more with a cold cache (``KORZINA_CACHE_DIR`` new
  each run: the first run after installing or after the database changed, see
  ``korzina.parser.wordcache`` and ``korzina.cli.parse.database_words``);
- ``korzina basket --offline`` of a 10-item list over a DuckDB file holding the
  constructed demo snapshot (imported once with ``korzina import``);
- ``korzina bot --offline`` until its first ``getUpdates`` against the loopback Bot API
  server (the test support server; its CPU is read from /proc at that moment), when that
  server can be imported here; otherwise the row says why it is skipped (target < 5 s);
- ``korzina bot`` with a bad configuration, until it exits with code 2 (target < 1 s
  each): no token; a malformed token; a token the (loopback) Bot API server refuses;
  a Bot API server that cannot be reached (a closed local port); a database file that
  is not a DuckDB file; a database of a newer korzina (the slowest: DuckDB is opened).

Run: ``.venv/bin/python benchmarks/bench_startup.py [--repeat 7] [--only bot,bot_config]``
(about a minute; ``--only`` runs those rows beside the baseline: ``bot_config`` is every
bad-configuration row).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[1]
KORZINA = Path(sys.executable).parent / "korzina"
DEMO_OFFERS = ROOT / "korzina" / "data" / "demo_offers.jsonl"
LIST = (
    "молоко 3.2%, хлеб, яйца С0 десяток, масло сливочное, сыр, 1,5 кг картошки, "
    "бананы, чипсы lays, кефир, сметана"
)
TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Row:
    name: str
    command: str
    target_s: float | None = None
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    note: str = ""

    def median(self, values: list[float]) -> float | None:
        return statistics.median(values) if values else None


def run_once(argv: list[str], env: dict[str, str], expect: int = 0) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (output discarded) that exits with
    ``expect``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != expect:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}: {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def loopback() -> tuple[Any, str]:
    """The loopback Bot API server's module, from wherever the tests keep it."""
    sys.path.insert(0, str(ROOT))
    tried = []
    for name in ("tests.support.loopback", "tests.bot.loopback", "korzina.bot.loopback"):
        try:
            return importlib.import_module(name), name
        except ImportError as exc:
            tried.append(f"{name}: {exc}")
    return None, "; ".join(tried)


def process_cpu(pid: int) -> float:
    """User + system seconds of a running process, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


POLLS: list[float] = []  # time.monotonic() of every getUpdates the loopback server got


def watch_polls(api: Any) -> None:
    """Note when each getUpdates arrives: the server records other methods in ``calls``
    when they are answered, but a long poll only when it returns (seconds later)."""
    original = getattr(api, "_get_updates", None)
    if original is None:  # a server that records getUpdates itself: ``calls`` suffice
        return

    async def noted(params: dict[str, Any]) -> Any:
        POLLS.append(time.monotonic())
        return await original(params)

    api._get_updates = noted


def bot_once(api: Any, env: dict[str, str], timeout_s: float) -> tuple[float, float]:
    """`korzina bot --offline` from start until its first getUpdates; then stopped."""
    env = {**env, "KORZINA_BOT_TOKEN": api.token}
    seen, seen_calls = len(POLLS), len(api.calls)
    start = time.perf_counter()
    began = time.monotonic()
    proc = subprocess.Popen(
        [str(KORZINA), "bot", "--offline", "--api-base", api.base_url],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while True:
            recorded = [c.at for c in api.calls[seen_calls:] if c.method.lower() == "getupdates"]
            if len(POLLS) > seen or recorded:
                cpu = process_cpu(proc.pid)
                return (POLLS[seen] if len(POLLS) > seen else recorded[0]) - began, cpu
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"korzina bot exited {proc.returncode}: {err[-2000:]}")
            if time.perf_counter() - start > timeout_s:
                raise SystemExit(f"korzina bot did not poll within {timeout_s:g} s")
            time.sleep(0.005)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


NEEDS_SERVER = {"bad_refused", "bad_newer_db"}


def bad_configurations(
    tmp: Path, env: dict[str, str], api: Any
) -> dict[str, tuple[str, list[str], dict[str, str]]]:
    """Each bad-configuration row: what is wrong, the argv and the environment."""
    from korzina.core.storage import open_storage

    not_duckdb = tmp / "notes.duckdb"
    not_duckdb.write_text("not a database\n", encoding="utf-8")
    newer = tmp / "newer.duckdb"
    open_storage(newer).close()
    con = duckdb.connect(str(newer))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'newer')")
    con.close()
    bot = [str(KORZINA), "bot", "--offline", "--api-base"]
    closed = [*bot, f"http://127.0.0.1:{closed_port()}"]
    served = [*bot, api.base_url if api is not None else "http://127.0.0.1:1"]
    token = api.token if api is not None else "1:abc"
    return {
        "bad_no_token": ("no token", closed, {**env, "KORZINA_BOT_TOKEN": ""}),
        "bad_token": ("a malformed token", closed, {**env, "KORZINA_BOT_TOKEN": "abc"}),
        "bad_refused": ("a refused token", served, {**env, "KORZINA_BOT_TOKEN": "1:wrong"}),
        "bad_unreachable": ("no Bot API server", closed, {**env, "KORZINA_BOT_TOKEN": "1:a"}),
        "bad_not_duckdb": (
            "DB not DuckDB",
            closed,
            {**env, "KORZINA_BOT_TOKEN": "1:a", "KORZINA_DB": str(not_duckdb)},
        ),
        "bad_newer_db": (
            "DB of a newer korzina",
            served,
            {**env, "KORZINA_BOT_TOKEN": token, "KORZINA_DB": str(newer)},
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--bot-timeout", type=float, default=60.0)
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated rows to run besides the baseline (e.g. bot,bot_config)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="korzina-bench-startup-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
        env.update(
            KORZINA_DB=str(Path(tmp) / "demo.duckdb"),
            KORZINA_CONFIG=str(Path(tmp) / "no-config.toml"),
            KORZINA_CACHE_DIR=str(Path(tmp) / "cache"),  # warmed by the first runs
        )
        # The demo snapshot in a real database file, as `korzina import` leaves it.
        run_once([str(KORZINA), "import", str(DEMO_OFFERS)], env)

        rows = [
            Row("baseline", "python -c pass"),
            Row("help", "korzina --help", 0.3),
            Row("parse", 'korzina parse "молоко" (demo data)', 0.8),
            Row("parse_nodb", 'korzina parse "молоко" (no database)', 0.8),
            Row("parse_cold", 'korzina parse "молоко" (demo data, cold cache)'),
            Row("basket", "korzina basket --offline «10 товаров» (demo data)"),
        ]
        argvs = {
            "baseline": [sys.executable, "-c", "pass"],
            "help": [str(KORZINA), "--help"],
            "parse": [str(KORZINA), "parse", "молоко"],
            "parse_nodb": [str(KORZINA), "parse", "молоко"],
            "parse_cold": [str(KORZINA), "parse", "молоко"],
            "basket": [str(KORZINA), "basket", "--offline", LIST],
        }
        module, where = loopback()
        bot = Row("bot", "korzina bot --offline → first getUpdates (loopback Bot API)", 5.0)
        api = None
        if module is None:
            bot.note = f"skipped: loopback Bot API server not importable ({where})"
        else:
            # One server for every run; its thread is a daemon and ends with this process
            # (stopping it waits for the killed bots' long polls to time out).
            api = module.LoopbackThread().__enter__()
            watch_polls(api)
        rows.append(bot)
        # A bad configuration: each exits with code 2 (argv and environment by row).
        bad = bad_configurations(Path(tmp), env, api)
        for name, (what, _, _) in bad.items():
            rows.append(Row(name, f"korzina bot, {what} → exit 2", 1.0))
            if api is None and name in NEEDS_SERVER:
                rows[-1].note = f"skipped: loopback Bot API server not importable ({where})"
        if args.only:
            wanted = {"baseline", *args.only.split(",")}
            if "bot_config" in wanted:
                wanted |= set(bad)
            rows = [row for row in rows if row.name in wanted]

        for _ in range(args.repeat):
            for row in rows:
                if row.name == "bot":
                    if api is not None:
                        wall, cpu = bot_once(api, env, args.bot_timeout)
                        row.wall.append(wall)
                        row.cpu.append(cpu)
                    continue
                if row.name in bad:
                    if row.note:  # skipped
                        continue
                    _, argv, bad_env = bad[row.name]
                    wall, cpu = run_once(argv, bad_env, expect=2)
                    row.wall.append(wall)
                    row.cpu.append(cpu)
                    continue
                row_env = env
                if row.name == "parse_nodb":
                    row_env = {**env, "KORZINA_DB": str(Path(tmp) / "none.duckdb")}
                elif row.name == "parse_cold":  # the first run after installing
                    cold = tempfile.mkdtemp(dir=tmp, prefix="cache-")
                    row_env = {**env, "KORZINA_CACHE_DIR": cold}
                wall, cpu = run_once(argvs[row.name], row_env)
                row.wall.append(wall)
                row.cpu.append(cpu)

    base_wall = statistics.median(rows[0].wall)
    base_cpu = statistics.median(rows[0].cpu)
    load = os.getloadavg()
    print(f"korzina start-up, {args.repeat} runs each, medians; load {load[0]:.2f} {load[1]:.2f}")
    print(f"{'command':<62} {'wall s':>7} {'CPU s':>7} {'CPU−base':>9} {'target':>8}")
    summary: dict[str, Any] = {"repeat": args.repeat, "load1": round(load[0], 2)}
    for row in rows:
        if not row.wall:
            print(f"{row.command:<62} {row.note}")
            summary[row.name] = {"skipped": row.note}
            continue
        wall = statistics.median(row.wall)
        cpu = statistics.median(row.cpu)
        target = f"≤ {row.target_s:g}" if row.target_s else ""
        met = "" if row.target_s is None else (" met" if wall <= row.target_s else " MISSED")
        print(f"{row.command:<62} {wall:7.3f} {cpu:7.3f} {cpu - base_cpu:9.3f} {target:>8}{met}")
        summary[row.name] = {
            "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3),
            "wall_min_s": round(min(row.wall), 3),
            "wall_max_s": round(max(row.wall), 3),
            "cpu_over_baseline_s": round(cpu - base_cpu, 3),
        }
    print(f"(baseline: wall {base_wall:.3f} s, CPU {base_cpu:.3f} s)")
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
