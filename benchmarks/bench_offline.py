"""How fast the CLI says "no connection", as whole processes, beside ``korzina --help``.

Every store's base URL points at a closed port on 127.0.0.1 over plain HTTP, so every
connection is refused, as on a computer without a network (on this machine the real
hosts fail the same way, by DNS). ``basket`` (an empty database: the worst case, nothing
to answer from), ``search`` and ``stores --check`` each run as a new process, beside
``korzina --help`` in the same run: the baseline is the command's fixed start-up, so the
difference is what the no-network path costs. Target (issue 12): detected in under 3 s,
i.e. every command's worst wall time at most 3 s above the baseline's median (before the
one connection check they took 11-26 s); a whole process under 3 s also needs the
start-up itself (``--help``) to be fast, which ``bench_startup`` measures.

    .venv/bin/python benchmarks/bench_offline.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KORZINA = Path(sys.executable).parent / "korzina"
TARGET_S = 3.0
STORES = {"PYATEROCHKA": "/api", "MAGNIT": "", "DIXY": "", "PEREKRESTOK": "/api/customer/1.4.1.0"}
COMMANDS: dict[str, list[str]] = {
    "--help (baseline)": ["--help"],
    "basket, empty db": ["basket", "молоко, хлеб, яйца С0 десяток"],
    "search": ["search", "молоко"],
    "stores --check": ["stores", "--check"],
}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    base = f"http://127.0.0.1:{closed_port()}"
    for store, path in STORES.items():
        env[f"KORZINA_{store}_BASE_URL"] = base + path
        env[f"KORZINA_{store}_TRANSPORT"] = "http"
    env["KORZINA_DB"] = str(tmp / "empty.duckdb")
    env["KORZINA_CONFIG"] = str(tmp / "none.toml")
    return env


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system of the child) and the exit code."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([str(KORZINA), *args], env=env, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(Path(tmp))
        walls: dict[str, list[float]] = {name: [] for name in COMMANDS}
        cpus: dict[str, list[float]] = {name: [] for name in COMMANDS}
        codes: dict[str, set[int]] = {name: set() for name in COMMANDS}
        for _ in range(opts.runs):  # interleaved, so load on the machine hits all alike
            for name, args in COMMANDS.items():
                wall, cpu, code = run_once(args, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
                codes[name].add(code)
    base_wall = statistics.median(walls["--help (baseline)"])
    base_cpu = statistics.median(cpus["--help (baseline)"])
    print(f"{'command':<20} {'wall med':>9} {'wall max':>9} {'cpu med':>8} "
          f"{'wall-base':>10} {'cpu ratio':>9}  exit")  # fmt: skip
    met = True
    for name in COMMANDS:
        wall, worst, cpu = (
            statistics.median(walls[name]),
            max(walls[name]),
            statistics.median(cpus[name]),
        )
        print(
            f"{name:<20} {wall:>8.2f}s {worst:>8.2f}s {cpu:>7.2f}s {wall - base_wall:>+9.2f}s "
            f"{cpu / base_cpu:>9.2f}  {sorted(codes[name])}"
        )
        if name != "--help (baseline)":
            met = met and worst - base_wall <= TARGET_S
    verdict = "met" if met else "NOT met"
    print(f"target: every no-network command ≤ {TARGET_S:g} s above start-up: {verdict}")


if __name__ == "__main__":
    main()
