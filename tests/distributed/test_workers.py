"""The distributed crawl end to end: a real Redis, real ``korzina worker`` processes, the real
Магнит and Пятёрочка adapters over the replay server, workers killed with SIGKILL mid-way.

What must hold whatever dies: every observation stored once (the same observations as a
single-process crawl of the same shops), every lake row once, and the stores' pace held by
all workers together (the replay server's request log).
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import redis

from korzina.core.crawl import CrawlOptions, crawl_store, shared_opener
from korzina.core.plugins import close_stores, make_plugin_manager, open_stores
from korzina.core.settings import load_settings
from korzina.core.storage import open_memory_storage
from korzina.distributed.lake import lake_files, rows_sql
from tests.distributed.catalog import (
    config_toml,
    env_for,
    magnit_shops,
    offers_per_shop,
    pyat_shops,
    routes,
)
from tests.distributed.conftest import KORZINA, Workers, korzina_env
from tests.replay import RecordedRequest, ReplayServer

SHOPS_PER_STORE = 20
INTERVAL = 0.03  # seconds between requests to one store, for all workers together
OBS_KEY = "store, shop_id, product_id, price, regular_price, card_price"


def _single_process(env: dict[str, str], targets: list[tuple[str, str]]) -> list[tuple[Any, ...]]:
    """The same shops crawled by one process with ``crawl_store``, into a memory database."""
    import asyncio
    import os

    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        settings = load_settings()
        storage = open_memory_storage()
        pm = make_plugin_manager()

        async def crawl_all() -> None:
            for store, shop in targets:
                adapters = open_stores(pm, settings, only=[store])
                try:
                    report = await crawl_store(
                        adapters[0],
                        shared_opener(storage),
                        shop_id=shop,
                        options=CrawlOptions(linger_s=0),
                    )
                finally:
                    await close_stores(adapters)
                assert report.status == "done", report

        asyncio.run(crawl_all())
        _, rows = storage.query(f"SELECT {OBS_KEY} FROM observations")
        storage.close()
        return rows
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _units(r: redis.Redis, crawl_id: str) -> dict[str, dict[str, Any]]:
    raw = r.hgetall(f"korzina:crawl:{crawl_id}:units")
    return {k.decode(): json.loads(v) for k, v in raw.items()}


def _crawl_id(r: redis.Redis) -> str | None:
    ids = r.zrange("korzina:crawls", 0, -1)
    return ids[0].decode() if ids else None


def _wait_for(predicate: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _store_of(req: RecordedRequest) -> str:
    return "pyaterochka" if req.path.startswith("/api/") else "magnit"


def test_four_workers_two_killed_store_every_observation_once_at_the_shared_pace(
    tmp_path: Path, redis_url: str
) -> None:
    magnit, pyat = magnit_shops(SHOPS_PER_STORE), pyat_shops(SHOPS_PER_STORE)
    targets = [("magnit", s) for s in magnit] + [("pyaterochka", s) for s in pyat]
    config = tmp_path / "config.toml"
    config.write_text(config_toml(INTERVAL), encoding="utf-8")
    lake = tmp_path / "lake"
    with ReplayServer(routes(magnit, pyat)) as server:
        env = korzina_env(tmp_path, {**env_for(server.url), "KORZINA_CONFIG": str(config)})
        # The single-process crawl of the same data, unpaced, before the workers start.
        unpaced = tmp_path / "unpaced.toml"
        unpaced.write_text(config_toml(0), encoding="utf-8")
        baseline = _single_process({**env_for(server.url), "KORZINA_CONFIG": str(unpaced)}, targets)
        server.requests.clear()

        workers = Workers(
            env,
            ["--redis", redis_url, "--egress", "test", "--jobs", "2", "--job-timeout", "3"],
            tmp_path,
        )
        crawl: subprocess.Popen[str] | None = None
        try:
            first = workers.start(4)
            # All four up before the crawl is enqueued, so each gets units from the start.
            _wait_for(lambda: workers.banners() == 4, 60, "four workers started")
            crawl = subprocess.Popen(
                [
                    str(KORZINA),
                    "crawl",
                    "--distributed",
                    "--wait",
                    "--json",
                    "--redis",
                    redis_url,
                    "--lake",
                    str(lake),
                    "--unit-size",
                    "1",
                ]
                + [arg for store, shop in targets for arg in ("--target", f"{store}:{shop}")],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            r = redis.Redis.from_url(redis_url)
            _wait_for(lambda: _crawl_id(r) is not None, 30, "the crawl record")
            crawl_id = _crawl_id(r)
            assert crawl_id is not None
            victims = first[:2]
            names = [f":{p.pid}" for p in victims]

            def both_busy() -> bool:
                running = [
                    u["worker"] or ""
                    for u in _units(r, crawl_id).values()
                    if u["status"] == "running"
                ]
                return all(any(w.endswith(n) for w in running) for n in names)

            def mid_way() -> bool:
                done = sum(u["status"] == "done" for u in _units(r, crawl_id).values())
                return done > 0 and both_busy()

            _wait_for(mid_way, 60, "some units done and both victims running one")
            for p in victims:
                p.send_signal(signal.SIGKILL)
            for p in victims:
                p.wait()
            # Read after the kill: what the dead workers left running was cut mid-unit.
            at_kill = _units(r, crawl_id)
            killed_units = {
                uid
                for uid, u in at_kill.items()
                if u["status"] == "running" and any((u["worker"] or "").endswith(n) for n in names)
            }
            done_at_kill = sum(u["status"] == "done" for u in at_kill.values())
            workers.start(2)
            out, err = crawl.communicate(timeout=180)
        finally:
            if crawl is not None and crawl.poll() is None:
                crawl.kill()
            workers.stop()
        requests = list(server.requests)

    assert crawl.returncode == 0, err
    summary = json.loads(out)
    per_shop = offers_per_shop()
    assert {(s["store"], s["shop_id"]) for s in summary} == set(targets)
    for s in summary:
        assert s["status"] == "done", s
        assert s["offers"] == per_shop[s["store"]], s
        assert s["new_prices"] == per_shop[s["store"]], s
    # Products are per store (their price per shop is in observations): new once per store.
    for store in per_shop:
        assert sum(s["new_products"] for s in summary if s["store"] == store) == per_shop[store]
    units = _units(r, crawl_id)
    # The kill really was mid-way: units were left running and were finished by others.
    assert 0 < done_at_kill < len(units)
    assert killed_units
    for uid in killed_units:
        assert units[uid]["status"] == "done"
        assert units[uid]["tries"] >= 2, units[uid]

    # Every observation once: the same multiset as the single-process crawl.
    con = duckdb.connect(str(tmp_path / "korzina.duckdb"), read_only=True)
    try:
        stored = con.execute(f"SELECT {OBS_KEY} FROM observations").fetchall()
    finally:
        con.close()
    assert len(stored) == len(baseline) == sum(per_shop[s] for s, _ in targets)
    assert Counter(stored) == Counter(baseline)

    # Every lake row once: one sighting per (store, shop, product, category) crawled.
    lake_con = duckdb.connect()
    rows = lake_con.execute(
        f"SELECT store, shop, product_id, category_id, count(*) AS n "
        f"FROM ({rows_sql(lake_files(lake))}) GROUP BY ALL"
    ).fetchall()
    lake_con.close()
    assert all(n == 1 for *_, n in rows)
    assert len(rows) == len(baseline)

    # The pace held across workers: any 20 consecutive requests to a store span at least
    # 19 intervals, less 0.2 s for a request that arrived late on a loaded machine (the
    # slots are Redis's; arrival is the replay server's). Four workers of two jobs each,
    # paced only locally, would send them in a quarter of that.
    for store in ("magnit", "pyaterochka"):
        times = sorted(q.at for q in requests if _store_of(q) == store)
        assert len(times) >= 20
        spans = [b - a for a, b in zip(times, times[19:], strict=False)]
        assert min(spans) >= 19 * INTERVAL - 0.2, (store, min(spans))
