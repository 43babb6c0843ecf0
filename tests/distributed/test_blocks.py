"""A block seen by one worker stops its egress address's units of that store, with the reason;
the crawl resumes later from the recorded progress. One in-process arq worker in burst mode
(it stops when the queue is empty) on a real redis-server, the real adapters over the replay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from korzina.core.models import utcnow
from korzina.core.settings import load_settings
from korzina.distributed import queue
from korzina.distributed.lake import ensure_lake
from korzina.distributed.politeness import BLOCK_KEY
from korzina.distributed.units import Target, new_crawl_id, reports
from korzina.distributed.worker import WorkerOptions, worker_settings
from tests.crawl.catalog import blocked_once, requested_categories
from tests.distributed.catalog import config_toml, env_for, routes
from tests.replay import ReplayServer

MAGNIT, PYAT = "320040", "35X00"


async def _run_worker(url: str, options: WorkerOptions) -> None:
    from arq.worker import Worker

    kwargs = worker_settings(url, settings=load_settings(), options=options, max_jobs=1)
    worker = Worker(**{**kwargs, "burst": True, "handle_signals": False})
    try:
        await worker.main()
    finally:
        await worker.close()


@pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")  # arq's own
async def test_a_blocked_store_stops_for_that_address_and_the_crawl_resumes_later(
    tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(config_toml(0), encoding="utf-8")
    for key, value in {"KORZINA_CONFIG": str(config), "KORZINA_DB": str(tmp_path / "k.db")}.items():
        monkeypatch.setenv(key, value)
    # Магнит answers Qrator's 403 once, for the second leaf's first page, then the page.
    replay = [blocked_once("107728", 0), *routes([MAGNIT], [PYAT])]
    lake = ensure_lake(tmp_path / "lake")
    with ReplayServer(replay) as server:
        for key, value in env_for(server.url).items():
            monkeypatch.setenv(key, value)
        redis = await queue.connect(redis_url)
        try:
            started = utcnow()
            meta = queue.CrawlMeta(
                crawl_id=new_crawl_id(started),
                started_at=started.isoformat(),
                lake=str(lake),
                targets=(Target("magnit", MAGNIT).key, Target("pyaterochka", PYAT).key),
                per_unit=1,
            )
            await queue.enqueue_crawl(redis, meta)
            options = WorkerOptions(egress="addr-1", lake=str(lake), block_cooldown_s=600)
            await _run_worker(redis_url, options)

            targets, units = await queue.load_records(redis, meta.crawl_id)
            first = {r.store: r for r in reports(targets, units, started)}
            assert first["pyaterochka"].status == "done"
            magnit = first["magnit"]
            assert magnit.status == "blocked"
            assert magnit.message is not None and "addr-1" in magnit.message
            reason = await redis.get(BLOCK_KEY.format(store="magnit", egress="addr-1"))
            assert reason is not None and b"403" in reason
            # After the block no Магнит category was asked from this address.
            asked = requested_categories(server.requests)
            assert asked.count(107728) == 1
            assert 65057 not in asked and 113985 not in asked
            assert magnit.categories_done == 1  # the leaf before the block

            # Another address (the block is per egress) resumes the crawl: the blocked
            # units run again, the finished leaf is not asked again.
            assert await queue.requeue_lost(redis, meta, retry_blocked=True) == 3
            server.requests.clear()
            await _run_worker(redis_url, WorkerOptions(egress="addr-2", lake=str(lake)))
            targets, units = await queue.load_records(redis, meta.crawl_id)
            second = {r.store: r for r in reports(targets, units, started)}
            assert second["magnit"].status == "done", second["magnit"]
            assert second["magnit"].categories_done == 4
            assert sorted(set(requested_categories(server.requests))) == [65057, 107728, 113985]
        finally:
            await redis.aclose()
