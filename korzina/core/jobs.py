"""``korzina jobs``: crawls on cron schedules from the config, each run recorded.

Config (TOML)::

    [jobs.magnit_night]
    cron = "0 4 * * *"          # croniter syntax, in UTC
    store = "magnit"
    shop = "992301"             # optional: the store's default shop otherwise
    categories = ["65057"]      # optional: every leaf category otherwise
    distributed = true          # optional: enqueue on Redis for `korzina worker` (issue 14)
    shops = ["992301", "992302"]  # optional, with distributed: several shops in one crawl

Runs are recorded in the database (kv namespace ``job_runs``, key ``<job>/<start ISO>``,
and the latest per job under ``job_last``/``<job>``): start, end, status, counts, error.
Jobs run one at a time (one writer, and one polite client per store); a job that fires
while another runs waits for it; missed fires are not caught up (the next run follows the
schedule from the moment the previous one ended). A crawl a job started and that was
interrupted is resumed by the job's next run.

Readers and the writer (DuckDB's one-writing-process rule)
---------------------------------------------------------
DuckDB lets one process open a database file for writing, and then no other process may
open it at all, not even read-only; several processes may open it read-only when none
writes. So no process keeps the file open: every process opens it for one unit of work
and closes it at once.

- The crawler (``korzina jobs`` or ``korzina crawl``) writes batches of ≤ 500 offers, one
  short transaction each. It keeps the file open only while batches follow each other
  quickly (closing after ``CrawlOptions.linger_s`` idle, and after ``max_hold_s`` at most),
  so the slow part, waiting for the store's pages, happens with the file closed.
- The bot and the CLI open it per request (read-only to read, read-write to save their
  own searches) and retry for a while when the file is locked
  (``open_storage(path, read_only=True, wait_s=…)``); the crawler does the same before a
  batch (``session_opener(path, wait_s=30)``).

A reader therefore waits at most ``max_hold_s`` plus one batch (about a second); the
crawler at most one request.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from croniter import croniter

from korzina.core.crawl import CrawlReport, DbOpener
from korzina.core.errors import ConfigError, KorzinaError
from korzina.core.models import utcnow

log = logging.getLogger(__name__)

RUNS_NAMESPACE = "job_runs"
LAST_NAMESPACE = "job_last"

Now = Callable[[], datetime]
RunCrawl = Callable[["JobSpec"], Awaitable[CrawlReport]]


@dataclass(frozen=True)
class JobSpec:
    name: str
    cron: str
    store: str
    shop: str | None = None
    categories: tuple[str, ...] = ()
    # Enqueued on the distributed queue (``korzina worker``) instead of crawled here.
    distributed: bool = False
    shops: tuple[str, ...] = ()


def parse_jobs(config: Mapping[str, Mapping[str, Any]]) -> list[JobSpec]:
    """``Settings.jobs`` as job specs; a bad entry is a ConfigError naming the job."""
    specs: list[JobSpec] = []
    for name, raw in config.items():
        if not isinstance(raw, Mapping):
            raise ConfigError(
                f"job {name}: not a table", user_message=f"Задание {name}: не таблица."
            )
        cron = raw.get("cron")
        store = raw.get("store")
        if not isinstance(cron, str) or not croniter.is_valid(cron):
            raise ConfigError(
                f"job {name}: bad cron {cron!r}",
                user_message=f"Задание {name}: неверное расписание cron {cron!r}.",
            )
        if not isinstance(store, str) or not store:
            raise ConfigError(
                f"job {name}: no store", user_message=f"Задание {name}: не указан магазин (store)."
            )
        categories = raw.get("categories") or []
        if not isinstance(categories, list):
            raise ConfigError(
                f"job {name}: categories must be a list",
                user_message=f"Задание {name}: categories должен быть списком.",
            )
        shop = raw.get("shop")
        distributed = raw.get("distributed", False)
        shops = raw.get("shops") or []
        if not isinstance(distributed, bool):
            raise ConfigError(
                f"job {name}: distributed must be true or false",
                user_message=f"Задание {name}: distributed должно быть true или false.",
            )
        if not isinstance(shops, list) or (shops and not distributed):
            raise ConfigError(
                f"job {name}: shops must be a list, with distributed = true",
                user_message=(
                    f"Задание {name}: shops — список точек, только с distributed = true."
                ),
            )
        specs.append(
            JobSpec(
                name=name,
                cron=cron,
                store=store,
                shop=str(shop) if shop not in (None, "") else None,
                categories=tuple(str(c) for c in categories),
                distributed=distributed,
                shops=tuple(str(s) for s in shops),
            )
        )
    return specs


def next_fire(spec: JobSpec, after: datetime) -> datetime:
    """The first time strictly after ``after`` that ``spec.cron`` names."""
    nxt: datetime = croniter(spec.cron, after).get_next(datetime)
    return nxt


@dataclass
class JobRun:
    """One run of one job, as recorded in the database."""

    job: str
    store: str
    shop: str | None
    started_at: str
    finished_at: str | None = None
    status: str = "running"
    categories: int = 0
    categories_done: int = 0
    offers: int = 0
    new_products: int = 0
    new_prices: int = 0
    errors: int = 0
    error: str | None = None
    seconds: float | None = None

    @property
    def key(self) -> str:
        return f"{self.job}/{self.started_at}"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> JobRun:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


class RunLog:
    """Where job runs are recorded: short writes through ``open_db``."""

    def __init__(self, open_db: DbOpener) -> None:
        self.open_db = open_db

    def save(self, run: JobRun) -> None:
        value = asdict(run)
        with self.open_db() as storage, storage.transaction():
            storage.kv.put(RUNS_NAMESPACE, run.key, value)
            storage.kv.put(LAST_NAMESPACE, run.job, value)

    def last(self, job: str) -> JobRun | None:
        with self.open_db() as storage:
            value = storage.kv.get(LAST_NAMESPACE, job)
        return JobRun.from_json(value) if isinstance(value, dict) else None

    def history(self, job: str | None = None, limit: int = 20) -> list[JobRun]:
        """Recorded runs, newest first."""
        with self.open_db() as storage:
            _, rows = storage.query(
                "SELECT value FROM kv WHERE namespace = ? "
                "AND (?::VARCHAR IS NULL OR starts_with(key, ? || '/')) "
                "ORDER BY key DESC LIMIT ?",
                [RUNS_NAMESPACE, job, job, limit],
            )
        return [JobRun.from_json(json.loads(r[0])) for r in rows]

    def mark_stale(self, jobs: Sequence[str]) -> int:
        """Runs left «running» by a jobs process that was killed become «interrupted»."""
        fixed = 0
        for job in jobs:
            run = self.last(job)
            if run is not None and run.status == "running":
                run.status = "interrupted"
                run.error = "процесс заданий был остановлен во время обхода"
                self.save(run)
                fixed += 1
        return fixed


async def run_job(spec: JobSpec, crawl: RunCrawl, runs: RunLog, *, now: Now = utcnow) -> JobRun:
    """Run one job now and record it; store trouble ends up in the record, not raised.

    Cancellation is recorded as «interrupted» and re-raised.
    """
    run = JobRun(job=spec.name, store=spec.store, shop=spec.shop, started_at=now().isoformat())
    runs.save(run)
    try:
        report = await crawl(spec)
    except (asyncio.CancelledError, KeyboardInterrupt):
        run.status = "interrupted"
        run.finished_at = now().isoformat()
        runs.save(run)
        raise
    except KorzinaError as exc:
        run.status = "error"
        run.error = (
            exc.user_message if str(exc) == exc.user_message else f"{exc.user_message} ({exc})"
        )
    except Exception as exc:  # a bug in one job must not stop the schedule
        log.exception("job %s failed", spec.name)
        run.status = "error"
        run.error = f"Внутренняя ошибка: {type(exc).__name__}: {exc}"
    else:
        run.status = report.status
        run.error = report.message
        run.categories = report.categories_total
        run.categories_done = report.categories_done
        run.offers = report.offers
        run.new_products = report.new_products
        run.new_prices = report.new_prices
        run.errors = len(report.errors)
        run.seconds = round(report.seconds, 3)
    run.finished_at = now().isoformat()
    runs.save(run)
    return run


@dataclass
class Scheduler:
    """Fires jobs on their cron schedules until ``stop()``.

    ``now`` and ``sleep`` are injected so tests drive the clock; the default sleep wakes
    up early when ``stop()`` is called.
    """

    specs: Sequence[JobSpec]
    crawl: RunCrawl
    runs: RunLog
    now: Now = utcnow
    sleep: Callable[[float], Awaitable[None]] | None = None
    max_nap_s: float = 60.0
    completed: list[JobRun] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = asyncio.Event()
        self._current: asyncio.Task[JobRun] | None = None

    def stop(self) -> None:
        """Ask the loop to end: a running crawl is cancelled and saves its resumable state."""
        self._stop.set()
        if self._current is not None and not self._current.done():
            self._current.cancel()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    async def _nap(self, seconds: float) -> None:
        if self.sleep is not None:
            await self.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)

    def schedule(self, after: datetime) -> dict[str, datetime]:
        return {s.name: next_fire(s, after) for s in self.specs}

    async def run(self, *, max_runs: int | None = None) -> list[JobRun]:
        """The loop: sleep until the earliest job is due, run the due jobs, repeat."""
        if not self.specs:
            raise ConfigError(
                "no jobs configured",
                user_message="В настройках нет заданий ([jobs.ИМЯ] с cron и store).",
            )
        self.runs.mark_stale([s.name for s in self.specs])
        by_name = {s.name: s for s in self.specs}
        due_at = self.schedule(self.now())
        while not self.stopping:
            name, when = min(due_at.items(), key=lambda kv: (kv[1], kv[0]))
            wait = (when - self.now()).total_seconds()
            if wait > 0:
                await self._nap(min(wait, self.max_nap_s))
                continue
            self._current = asyncio.ensure_future(
                run_job(by_name[name], self.crawl, self.runs, now=self.now)
            )
            try:
                run = await self._current
            except asyncio.CancelledError:
                if self.stopping:
                    break
                raise
            finally:
                self._current = None
            self.completed.append(run)
            due_at[name] = next_fire(by_name[name], max(self.now(), when))
            if max_runs is not None and len(self.completed) >= max_runs:
                break
        return self.completed
