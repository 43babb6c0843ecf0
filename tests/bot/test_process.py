"""The real ``korzina bot`` process against the loopback Bot API server: killed with
SIGKILL while lists are being answered, it answers all of them after its restart; while
it runs, ``korzina sql`` and ``korzina import`` use the same database file."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from korzina.core.storage import open_storage
from korzina.data import demo_offers
from tests.bot.loopback import BotCall, LoopbackBotAPI
from tests.replay import KORZINA, run_korzina

LISTS = 50

# Opens the database for writing (waiting while the bot has it), holds it 3 s, exits.
HOLD_FILE = """
import sys, time, duckdb
deadline = time.monotonic() + 20
while True:
    try:
        con = duckdb.connect(sys.argv[1])
        break
    except duckdb.Error:
        if time.monotonic() > deadline:
            raise
        time.sleep(0.05)
print("held", flush=True)
time.sleep(3)
con.close()
"""
TEXT = "молоко 3,2%, хлеб, сыр, кефир"


@pytest.fixture
async def api() -> AsyncIterator[LoopbackBotAPI]:
    server = LoopbackBotAPI()
    await server.start()
    yield server
    server.release()
    await server.stop()


def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "korzina.duckdb"
    with open_storage(path) as db:
        db.offers.save_offers(demo_offers())
    return path


def bot_env(api: LoopbackBotAPI, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    env.update(
        KORZINA_DB=str(tmp_path / "korzina.duckdb"),
        KORZINA_CONFIG=str(tmp_path / "no-config.toml"),
        KORZINA_BOT_TOKEN=api.token,
    )
    return env


async def start_bot(api: LoopbackBotAPI, tmp_path: Path) -> asyncio.subprocess.Process:
    """``korzina bot --offline --api-base …`` as a process; returns once it polls."""
    mark = len(api.calls)
    proc = await asyncio.create_subprocess_exec(
        str(KORZINA),
        "bot",
        "--offline",
        "--api-base",
        api.base_url,
        env=bot_env(api, tmp_path),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=open(tmp_path / "bot.log", "ab"),  # noqa: SIM115 - the process owns it
    )
    await api.wait_for(lambda c: c.method == "deleteWebhook", timeout=60, after=mark)
    return proc


async def stop(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        proc.send_signal(signal.SIGKILL)
        await proc.wait()


def is_baskets(call: BotCall) -> bool:
    return call.method == "editMessageText" and any(d.startswith("s:") for _, d in call.buttons)


async def test_a_bot_killed_with_lists_in_flight_answers_every_one_after_restart(
    api: LoopbackBotAPI, tmp_path: Path
) -> None:
    demo_db(tmp_path)
    # The answers' edits never come back to the first process: every list is mid-answer.
    api.hold("editMessageText")
    proc = await start_bot(api, tmp_path)
    try:
        users = [5000 + i for i in range(LISTS)]
        for user in users:
            await api.send_text(user, TEXT)
        async with asyncio.timeout(60):
            while api.held < LISTS:
                await asyncio.sleep(0.1)
        progress = {
            int(c.params["chat_id"]): int(c.result["message_id"])
            for c in api.calls
            if c.method == "sendMessage" and c.text.startswith("🔎")
        }
        assert sorted(progress) == users
        assert not any(is_baskets(c) for c in api.calls)

        proc.send_signal(signal.SIGKILL)
        assert await proc.wait() == -signal.SIGKILL
        api.release()

        mark = len(api.calls)
        proc = await start_bot(api, tmp_path)
        answered: dict[int, BotCall] = {}
        async with asyncio.timeout(90):
            while True:
                seen = len(api.calls)
                answered = {
                    int(c.params["chat_id"]): c for c in api.calls[mark:seen] if is_baskets(c)
                }
                if len(answered) == LISTS:
                    break
                await api.wait_for(lambda _: True, after=seen, timeout=90)  # any new call
        # Each user's «🔎 Ищу…» message became the answer: edited in place, nothing new sent.
        assert {u: int(c.params["message_id"]) for u, c in answered.items()} == progress
        assert all("<b>Корзины</b> (4 товара)" in c.text for c in answered.values())
        assert not [c for c in api.calls[mark:] if c.method == "sendMessage"]
    finally:
        await stop(proc)


async def test_sql_import_and_another_writer_share_the_database_with_the_running_bot(
    api: LoopbackBotAPI, tmp_path: Path
) -> None:
    demo_db(tmp_path)
    proc = await start_bot(api, tmp_path)
    try:
        await api.send_text(7, TEXT)
        await api.wait_for(is_baskets, timeout=60)
        env = {"KORZINA_DB": str(tmp_path / "korzina.duckdb")}
        code, rows, err = await asyncio.to_thread(
            run_korzina, ["sql", "SELECT count(*) AS n FROM products", "--json"], env, tmp_path
        )
        assert code == 0, err
        before = rows[0]["n"]

        milk = next(o for o in demo_offers() if o.name.startswith("Молоко"))
        # Constructed: the cheapest milk of all (59,99 ₽), so the answer shows its price.
        offer = milk.model_copy(
            update={"product_id": "new-in-import", "name": "Молоко Новое 3.2% 930мл"}
        )
        offer = offer.model_copy(update={"price": Decimal("59.99")})
        src = tmp_path / "new.jsonl"
        src.write_text(json.dumps(offer.model_dump(mode="json"), ensure_ascii=False) + "\n")
        code, _, err = await asyncio.to_thread(
            run_korzina, ["import", str(src), "--json"], env, tmp_path
        )
        assert code == 0, err
        code, rows, err = await asyncio.to_thread(
            run_korzina, ["sql", "SELECT count(*) AS n FROM products", "--json"], env, tmp_path
        )
        assert code == 0, err
        assert rows[0]["n"] == before + 1

        # The bot still answers, from the database as the import left it.
        mark = len(api.calls)
        await api.send_text(8, "молоко")
        answer = await api.wait_for(is_baskets, after=mark, timeout=60)
        assert "<b>59,99 ₽</b>" in answer.text

        # Another process holds the file (a crawl's batch): the bot waits, then answers.
        await asyncio.sleep(1.0)  # the bot lets the file go once idle
        holder = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            HOLD_FILE,
            env["KORZINA_DB"],
            stdout=asyncio.subprocess.PIPE,
        )
        assert holder.stdout is not None
        assert (await asyncio.wait_for(holder.stdout.readline(), 30)).strip() == b"held"
        mark = len(api.calls)
        await api.send_text(9, "хлеб, сыр")
        answer = await api.wait_for(is_baskets, after=mark, timeout=60)
        assert await holder.wait() == 0
        assert "(2 товара)" in answer.text
        assert not [c for c in api.calls if c.text.startswith("Извините")]
    finally:
        await stop(proc)
