"""`korzina jobs`: cron schedules on a fake clock, run records, clean stop, `--once`/`--list`."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.crawl import CrawlReport, shared_opener
from korzina.core.errors import ConfigError, StorageError
from korzina.core.jobs import JobSpec, RunLog, Scheduler, parse_jobs, run_job
from korzina.core.plugins import make_plugin_manager
from korzina.core.storage import open_memory_storage
from tests.crawl.catalog import SHOP, page_routes
from tests.replay import ReplayServer


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.t = start
        self.naps: list[float] = []

    def now(self) -> datetime:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.t += timedelta(seconds=seconds)


def _specs() -> list[JobSpec]:
    return parse_jobs(
        {
            "night": {"cron": "0 4 * * *", "store": "magnit", "shop": SHOP},
            "half_hourly": {"cron": "*/30 * * * *", "store": "dixy", "categories": ["1", "2"]},
        }
    )


async def test_scheduler_fires_jobs_at_their_cron_times_and_records_each_run() -> None:
    clock = FakeClock(datetime(2026, 8, 1, 3, 20, tzinfo=UTC))
    fired: list[tuple[str, datetime]] = []

    async def crawl(spec: JobSpec) -> CrawlReport:
        fired.append((spec.name, clock.now()))
        clock.t += timedelta(minutes=5)  # a crawl takes time
        return CrawlReport(
            store=spec.store, shop_id=spec.shop, status="done", offers=7, new_prices=3
        )

    storage = open_memory_storage()
    runs = RunLog(shared_opener(storage))
    scheduler = Scheduler(_specs(), crawl, runs, now=clock.now, sleep=clock.sleep)
    done = await scheduler.run(max_runs=4)

    at = lambda h, m: datetime(2026, 8, 1, h, m, tzinfo=UTC)  # noqa: E731
    # 04:00 has both jobs due: they run one after another (alphabetical on a tie).
    assert fired == [
        ("half_hourly", at(3, 30)),
        ("half_hourly", at(4, 0)),
        ("night", at(4, 5)),
        ("half_hourly", at(4, 30)),
    ]
    assert [r.status for r in done] == ["done"] * 4
    last = runs.last("night")
    assert last is not None
    assert (last.status, last.offers, last.new_prices, last.shop) == ("done", 7, 3, SHOP)
    assert last.started_at == at(4, 5).isoformat()
    assert last.finished_at == at(4, 10).isoformat()
    assert [r.started_at for r in runs.history("half_hourly")] == [
        at(4, 30).isoformat(),
        at(4, 0).isoformat(),
        at(3, 30).isoformat(),
    ]


async def test_a_failing_job_is_recorded_with_its_error_and_the_schedule_goes_on() -> None:
    storage = open_memory_storage()
    runs = RunLog(shared_opener(storage))

    async def crawl(spec: JobSpec) -> CrawlReport:
        raise StorageError("locked", user_message="База занята другим процессом korzina.")

    run = await run_job(_specs()[0], crawl, runs)
    assert (run.status, run.error) == ("error", "База занята другим процессом korzina. (locked)")
    assert runs.last("night") == run


async def test_stop_cancels_the_running_crawl_and_records_it_as_interrupted() -> None:
    storage = open_memory_storage()
    runs = RunLog(shared_opener(storage))
    started = asyncio.Event()

    async def crawl(spec: JobSpec) -> CrawlReport:
        started.set()
        await asyncio.sleep(3600)
        raise AssertionError("not reached")

    clock = FakeClock(datetime(2026, 8, 1, 3, 59, 59, tzinfo=UTC))
    scheduler = Scheduler(_specs()[:1], crawl, runs, now=clock.now, sleep=clock.sleep)
    loop_task = asyncio.create_task(scheduler.run())
    await asyncio.wait_for(started.wait(), 5)
    scheduler.stop()
    assert await asyncio.wait_for(loop_task, 5) == []
    last = runs.last("night")
    assert last is not None and last.status == "interrupted"


def test_a_run_left_running_by_a_killed_process_is_marked_interrupted_on_start() -> None:
    storage = open_memory_storage()
    runs = RunLog(shared_opener(storage))
    from korzina.core.jobs import JobRun

    runs.save(JobRun(job="night", store="magnit", shop=None, started_at="2026-08-01T04:00:00"))
    assert runs.mark_stale(["night", "other"]) == 1
    last = runs.last("night")
    assert last is not None and last.status == "interrupted"


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ({"x": {"cron": "every day", "store": "magnit"}}, "cron"),
        ({"x": {"cron": "0 4 * * *"}}, "store"),
        ({"x": {"cron": "0 4 * * *", "store": "magnit", "categories": "65057"}}, "categories"),
    ],
)
def test_bad_job_config_is_a_config_error_naming_the_job(raw: dict, needle: str) -> None:
    with pytest.raises(ConfigError, match=needle) as info:
        parse_jobs(raw)
    assert "x" in info.value.user_message


def test_jobs_once_runs_a_crawl_now_and_list_shows_the_recorded_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "jobs.duckdb"
    config = tmp_path / "config.toml"
    config.write_text(
        '[stores.magnit]\nmin_interval_s = 0\noptions = { page_size = "10", jitter_s = "0" }\n'
        f'[jobs.magnit_breakfast]\ncron = "0 4 * * *"\nstore = "magnit"\nshop = "{SHOP}"\n'
        'categories = ["65057"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KORZINA_CONFIG", str(config))
    monkeypatch.setenv("KORZINA_DB", str(db))
    with ReplayServer(page_routes(10)) as server:
        monkeypatch.setenv("KORZINA_MAGNIT_BASE_URL", server.url)
        once = CliRunner().invoke(
            cli, ["jobs", "--once", "magnit_breakfast", "--json"], obj=App(pm=make_plugin_manager())
        )
    assert once.exit_code == 0, once.output
    run = json.loads(once.stdout)
    assert (run["status"], run["offers"], run["categories_done"]) == ("done", 16, 1)

    listed = CliRunner().invoke(
        cli, ["jobs", "--list", "--json"], obj=App(pm=make_plugin_manager())
    )
    assert listed.exit_code == 0, listed.output
    (job,) = json.loads(listed.stdout)
    assert job["name"] == "magnit_breakfast"
    assert job["last"]["status"] == "done"
    assert job["last"]["offers"] == 16

    unknown = CliRunner().invoke(cli, ["jobs", "--once", "nope"], obj=App(pm=make_plugin_manager()))
    assert unknown.exit_code == 1
    assert "magnit_breakfast" in unknown.output


def test_jobs_list_without_jobs_names_the_config_section_to_add() -> None:
    listed = CliRunner().invoke(cli, ["jobs", "--list"], obj=App(pm=make_plugin_manager()))
    assert listed.exit_code == 0, listed.output
    assert "добавьте [jobs.ИМЯ] с cron и store" in listed.output
