"""Load test of the Telegram bot: N simulated users each send a list (default 200).

The bot runs as ``korzina bot --api-base`` runs it (``run_bot``, real long polling)
against the loopback Bot API server, over a DuckDB file with the constructed demo
snapshot (local data, no store is asked). Users arrive over ``--spread`` seconds
(0: all at once). A reply time is from the update being queued to the bot's edit that
shows the ranked baskets. Errors: apologies, missing replies (after ``--timeout``).

    .venv/bin/python benchmarks/bench_bot.py [--users 200] [--spread 10]

Target (issue 7): no errors, p95 under 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import cast

from korzina.bot import texts
from korzina.bot.app import RunOptions, run_bot
from korzina.bot.deps import BotConfig, make_deps
from korzina.bot.loopback import BotCall, LoopbackBotAPI
from korzina.core.settings import Settings
from korzina.core.storage import open_storage
from korzina.core.storage.base import Storage
from korzina.data import DEMO_STORES, demo_offers

WORDS = [
    "молоко 3,2%", "хлеб", "яйца С0 десяток", "масло сливочное", "сыр", "1,5 кг картошки",
    "бананы", "чипсы lays", "кефир", "сметана", "творог", "гречка", "сахар", "ряженка",
]  # fmt: skip


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def main(users: int, spread: float, timeout: float, seed: int) -> int:
    rng = random.Random(seed)
    api = LoopbackBotAPI()
    await api.start()
    with tempfile.TemporaryDirectory(prefix="korzina-bench-bot-") as tmp:
        storage = cast(Storage, open_storage(Path(tmp) / "bench.duckdb"))
        storage.offers.save_offers(demo_offers())
        config = replace(BotConfig(known_stores=DEMO_STORES), rate_limit=1000)
        deps = make_deps(storage, Settings(), known_stores=DEMO_STORES, config=config)
        options = RunOptions(
            token=api.token, api_base=api.base_url, polling_timeout=5, handle_signals=False
        )
        stop = asyncio.Event()
        bot = asyncio.create_task(run_bot(options, deps, stop=stop))
        await api.wait_for(lambda c: c.method == "deleteWebhook", timeout=30)
        sent: dict[int, float] = {}
        done: dict[int, float] = {}
        errors: list[str] = []

        replies: dict[int, asyncio.Future[BotCall]] = {}

        def on_call(call: BotCall) -> None:
            """Resolve a user's future on their baskets (or an apology)."""
            waiting = replies.get(int(call.params.get("chat_id", 0)))
            if waiting is None or waiting.done():
                return
            baskets = call.method == "editMessageText" and any(
                d.startswith("s:") for _, d in call.buttons
            )
            if baskets or call.text == texts.APOLOGY:
                waiting.set_result(call)

        api.listeners.append(on_call)

        async def one(user: int, delay: float) -> None:
            await asyncio.sleep(delay)
            text = ", ".join(rng.sample(WORDS, rng.randint(3, 10)))
            replies[user] = asyncio.get_running_loop().create_future()
            sent[user] = time.monotonic()
            await api.send_text(user, text)
            try:
                call = await asyncio.wait_for(replies[user], timeout)
            except TimeoutError:
                errors.append(f"user {user}: no reply in {timeout:g} s")
                return
            if call.text == texts.APOLOGY:
                errors.append(f"user {user}: apology")
            else:
                done[user] = call.at

        started = time.monotonic()
        await asyncio.gather(
            *(one(10_000 + u, rng.uniform(0, spread) if spread else 0) for u in range(users))
        )
        wall = time.monotonic() - started
        stop.set()
        await asyncio.gather(bot, return_exceptions=True)
        storage.close()
    await api.stop()
    latencies = [done[u] - sent[u] for u in done]
    print(f"users: {users}, arrivals over {spread:g} s, wall time {wall:.2f} s")
    print(f"answered: {len(done)}, errors: {len(errors)}")
    if latencies:
        print(f"throughput: {len(done) / wall:.1f} lists/s")
        print(
            f"reply time: p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {pct(latencies, 95) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
        )
    for e in errors[:10]:
        print("  " + e)
    ok = not errors and latencies and pct(latencies, 95) < 2.0
    print("target (no errors, p95 < 2 s):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spread", type=float, default=10.0, help="arrivals over N seconds")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.users, args.spread, args.timeout, args.seed)))
