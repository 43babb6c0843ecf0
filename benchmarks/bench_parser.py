"""Rules parser speed: lists per second for a 10-item list on one core, and start-up cost.

Run: .venv/bin/python benchmarks/bench_parser.py
Start-up is measured in a fresh interpreter: import + first parse (which builds the
pymorphy3 analyzer and the vocabulary index), in ms and MB (peak RSS growth). The parse
loop prints CPU seconds beside wall seconds, and beside it, in the same run, a baseline:
every word of the list lemmatized with pymorphy3 alone (the floor of any morphological
parser), with the ratio.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time

LIST = (
    "купить: молоко 3.2%, хлеб бородинский, десяток яиц с0, 2 пачки масла, 1,5 кг картошки,\n"
    "- сыр подешевле\n- чипсы lays\n- вода 5л\n- бананы\n- сметана 20%"
)

STARTUP = """
import resource, time
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
from korzina.parser import parse_text
parse_text("молоко, хлеб")
t1 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{(t1 - t0) * 1000:.0f} {(rss1 - rss0) / 1024:.1f}")
"""


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    out = subprocess.run(
        [sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True
    )
    ms, mb = out.stdout.split()
    print(f"start-up (import + first parse): {ms} ms, +{mb} MB RSS")

    from korzina.parser import parse_text

    items = len(parse_text(LIST).items)
    assert items == 10, items
    n = 3000
    w0, c0 = time.perf_counter(), time.process_time()
    for _ in range(n):
        parse_text(LIST)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(
        f"rules parser, {items}-item list: {n / wall:,.0f} lists/s"
        f" ({wall / n * 1e6:.0f} µs each; {wall:.2f} s wall, {cpu:.2f} s CPU)"
    )
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    words = re.findall(r"[а-яёa-z]+", LIST.lower())
    w0, c0 = time.perf_counter(), time.process_time()
    for _ in range(n):
        [morph.parse(word)[0].normal_form for word in words]
    base_wall, base_cpu = time.perf_counter() - w0, time.process_time() - c0
    print(
        f"baseline, pymorphy3 lemmas of the list's {len(words)} words: {n / base_wall:,.0f}"
        f" lists/s ({base_wall:.2f} s wall, {base_cpu:.2f} s CPU); CPU ratio"
        f" {cpu / base_cpu:.2f}"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
