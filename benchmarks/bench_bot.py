"""Load test of the Telegram bot: N simulated users each send a list (default 200).

The bot runs as ``korzina bot --api-base`` runs it (``run_bot``, real long polling)
against the loopback Bot API server, over a DuckDB file with the constructed demo
snapshot (local data, no store is asked), opened per request as ``korzina bot`` opens it
(``SessionStorage``) with its inbox of unanswered lists, every user with saved shops.
Two cases, each with a fresh bot and database: users arriving over ``--spread`` seconds,
then a burst (all users at once, ``--spread 0``; ``--no-burst`` skips it). A reply time
is from the update being queued to the bot's edit that shows the ranked baskets. Errors:
apologies, missing replies (after ``--timeout``). Each case also prints how many answers
each DuckDB commit saved (the group commit) and how often the file was opened. The last
two lines are the headline figures of both cases.

    .venv/bin/python benchmarks/bench_bot.py [--users 200] [--spread 10] [--no-burst]

The simulated users and the loopback Bot API server (Telegram's side) run in a child
process, as Telegram's servers are not in the bot's process: the bot's process CPU
seconds, printed beside its wall seconds, are the bot's own (aiogram, the inbox, parsing,
baskets, rendering); the child's CPU is printed beside them.

Target (issue 7): no errors, p95 under 2 s; issue 11: at most 10 ms of CPU per answer in
the bot's process. Issue 13: the group commit kept with saved shops for every user.

To compare with an earlier build, run this script with that build's package first on
the path: ``PYTHONPATH=/path/to/old/checkout .venv/bin/python benchmarks/bench_bot.py``
(the script adds this checkout at the end of ``sys.path``, for ``tests.bot.loopback``).

Then, in the same process, the basket service alone on a warm index (what one answer
costs the bot's worker): CPU ms per 10-item list, beside a baseline of plain DuckDB
queries over the same file (per item, the cheapest title per store that ILIKEs the
item's first word), with the ratio. Target (issue 11): at most 10 ms of CPU per answer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

# The loopback Bot API server is test support code (tests/bot/loopback.py), not part of
# the installed package. Appended, so a PYTHONPATH checkout of another build comes first.
sys.path.append(str(Path(__file__).resolve().parent.parent))

from korzina.bot import texts
from korzina.bot.app import RunOptions, run_bot
from korzina.bot.database import SessionStorage, session_storage
from korzina.bot.deps import BotConfig, PrefsRepo, UserPrefs, make_deps
from korzina.bot.inbox import Inbox, inbox_path
from korzina.core.models import Shop
from korzina.core.settings import Settings
from korzina.core.storage import ANSWERING_MEMORY, open_storage
from korzina.core.storage.base import Storage
from korzina.data import demo_offers, demo_stores
from tests.bot.loopback import BotCall, LoopbackBotAPI

WORDS = [
    "молоко 3,2%", "хлеб", "яйца С0 десяток", "масло сливочное", "сыр", "1,5 кг картошки",
    "бананы", "чипсы lays", "кефир", "сметана", "творог", "гречка", "сахар", "ряженка",
]  # fmt: skip


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class Case:
    users: int
    spread: float
    wall: float
    latencies: list[float]
    errors: list[str]
    cpu: float = 0.0
    users_cpu: float = 0.0  # the child process: users and the Bot API server
    commits: int = 0  # DuckDB commits of new answers
    saved: int = 0  # answers they saved
    opens: int = 0  # times the bot opened the database file

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.latencies) and pct(self.latencies, 95) < 2.0

    def headline(self) -> str:
        name = f"spread {self.spread:g} s" if self.spread else f"burst ({self.users} at once)"
        if not self.latencies:
            return f"{name}: no replies, errors {len(self.errors)}"
        return (
            f"{name}: p50 {statistics.median(self.latencies) * 1000:.0f} ms, "
            f"p95 {pct(self.latencies, 95) * 1000:.0f} ms, "
            f"max {max(self.latencies) * 1000:.0f} ms, "
            f"{len(self.latencies) / self.wall:.1f} lists/s, "
            f"bot's process CPU {self.cpu:.2f} s for {self.wall:.2f} s wall "
            f"({self.cpu / max(1, len(self.latencies)) * 1000:.1f} ms/list; users and Bot API "
            f"server {self.users_cpu:.2f} s CPU), "
            f"errors {len(self.errors)}, "
            f"{self.saved / max(1, self.commits):.1f} answers per DuckDB commit, "
            f"file opened {self.opens} times, "
            f"target {'met' if self.ok else 'NOT met'}"
        )


async def play_users(users: int, spread: float, timeout: float, seed: int) -> None:
    """The child process: the Bot API server and the users. Prints the server's address,
    waits for a line on stdin (the bot polls and is warm), sends the lists, prints the
    reply times and errors as JSON."""
    rng = random.Random(seed)
    api = LoopbackBotAPI()
    await api.start()
    print(json.dumps({"base_url": api.base_url, "token": api.token}), flush=True)
    await asyncio.to_thread(sys.stdin.readline)
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
    cpu_started = time.process_time()
    await asyncio.gather(
        *(one(10_000 + u, rng.uniform(0, spread) if spread else 0) for u in range(users))
    )
    result = {
        "wall": time.monotonic() - started,
        "cpu": time.process_time() - cpu_started,
        "latencies": [done[u] - sent[u] for u in done],
        "errors": errors,
    }
    print(json.dumps(result), flush=True)
    # The bot is still polling: keep answering until it is told to stop (stdin closes).
    await asyncio.to_thread(sys.stdin.read)
    await api.stop()


async def run_case(users: int, spread: float, timeout: float, seed: int) -> Case:
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--play-users",
        f"--users={users}",
        f"--spread={spread}",
        f"--timeout={timeout}",
        f"--seed={seed}",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
    )
    assert child.stdin is not None and child.stdout is not None
    server = json.loads(await child.stdout.readline())
    with tempfile.TemporaryDirectory(prefix="korzina-bench-bot-") as tmp:
        path = Path(tmp) / "bench.duckdb"
        with open_storage(path) as db:
            db.offers.save_offers(demo_offers())
        storage = session_storage(path, memory_limit=ANSWERING_MEMORY)
        stores = demo_stores()
        # Every user has saved shops (issue 13: they must not cost the group commit).
        shops = {s: Shop(store=s, shop_id="1", name="у дома") for s in stores}
        saved = PrefsRepo(storage)
        for u in range(users):
            saved.save(10_000 + u, UserPrefs(shops=shops))
        config = replace(BotConfig(known_stores=stores), rate_limit=1000)
        inbox = Inbox(inbox_path(path))
        deps = make_deps(storage, Settings(), known_stores=stores, config=config, inbox=inbox)
        options = RunOptions(
            token=server["token"],
            api_base=server["base_url"],
            polling_timeout=5,
            handle_signals=False,
        )
        stop = asyncio.Event()
        bot = asyncio.create_task(run_bot(options, deps, stop=stop))
        await asyncio.wait_for(deps.warmed.wait(), 60)  # polling starts before the warm-up
        opens_before = cast(SessionStorage, storage).opens
        commits_before, saved_before = deps.service.commits, deps.service.committed
        cpu_started = time.process_time()
        child.stdin.write(b"go\n")
        await child.stdin.drain()
        result = json.loads(await child.stdout.readline())
        cpu = time.process_time() - cpu_started
        opens = cast(SessionStorage, storage).opens - opens_before
        commits = deps.service.commits - commits_before
        committed = deps.service.committed - saved_before
        stop.set()
        await asyncio.gather(bot, return_exceptions=True)
        storage.close()
        inbox.close()
    child.stdin.close()
    await child.wait()
    latencies, errors, wall = result["latencies"], result["errors"], result["wall"]
    print(f"users: {users}, arrivals over {spread:g} s, wall time {wall:.2f} s")
    print(f"answered: {len(latencies)}, errors: {len(errors)}")
    print(
        f"answers saved: {committed} in {commits} DuckDB commits; "
        f"database file opened {opens} times"
    )
    for e in errors[:10]:
        print("  " + e)
    return Case(
        users, spread, wall, latencies, errors, cpu, result["cpu"], commits, committed, opens
    )


async def service_cpu(lists: int, seed: int) -> tuple[float, float]:
    """CPU ms per answer: the basket service on a warm index, and the DuckDB baseline."""
    from korzina.core.baskets.service import BasketOptions, BasketService
    from korzina.parser import parse_text

    rng = random.Random(seed)
    texts_ = [", ".join(rng.sample(WORDS, 10)) for _ in range(lists)]
    with tempfile.TemporaryDirectory(prefix="korzina-bench-bot-") as tmp:
        storage = cast(Storage, open_storage(Path(tmp) / "bench.duckdb"))
        storage.offers.save_offers(demo_offers())
        service = BasketService(storage, known_stores=demo_stores())
        parsed = [parse_text(t) for t in texts_]
        options = BasketOptions(offline=True, save=False)

        async def answer_all() -> None:
            for sl in parsed:
                await service.answer(sl, options)

        await answer_all()  # warm: the index holds the lists' kinds
        started = time.process_time()
        await answer_all()
        korzina = (time.process_time() - started) / lists * 1000
        sql = (
            "SELECT store, min(price) FROM products WHERE name ILIKE ? AND available GROUP BY store"
        )
        started = time.process_time()
        for sl in parsed:
            for item in sl.items:
                storage.query(sql, [f"%{item.name.split()[0]}%"])
        baseline = (time.process_time() - started) / lists * 1000
        storage.close()
    return korzina, baseline


async def main(users: int, spread: float, timeout: float, seed: int, burst: bool) -> int:
    cases = [await run_case(users, spread, timeout, seed)]
    if burst and spread:
        cases.append(await run_case(users, 0.0, timeout, seed))
    print("target (no errors, p95 < 2 s)")
    for case in cases:
        print("headline " + case.headline())
    korzina, baseline = await service_cpu(200, seed)
    print(
        f"headline service on a warm index: {korzina:.2f} ms CPU per 10-item answer; "
        f"baseline (one DuckDB ILIKE query per item): {baseline:.2f} ms; "
        f"ratio {korzina / baseline:.2f} [target <= 10 ms]"
    )
    return 0 if all(c.ok for c in cases) else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spread", type=float, default=10.0, help="arrivals over N seconds")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-burst", action="store_true", help="skip the all-at-once case")
    parser.add_argument("--play-users", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.play_users:
        asyncio.run(play_users(args.users, args.spread, args.timeout, args.seed))
        sys.exit(0)
    sys.exit(asyncio.run(main(args.users, args.spread, args.timeout, args.seed, not args.no_burst)))
