"""``korzina worker``: an arq worker running plan and unit jobs.

Two job functions:

- ``plan_target(crawl_id, "store:shop")``: reads the shop's category tree, cuts the
  leaves into units (``units.cut_units``), records and enqueues them;
- ``crawl_unit(unit)``: crawls the unit's categories not finished yet, each into one lake
  file (``lake.write_category``), then records the category as finished in the unit's
  record. A worker killed anywhere in between loses at most the category in flight:
  arq runs the job again (after its in-progress mark expires: ``job_timeout`` + 10 s) and
  the unit continues from its record.

Adapters are built once per worker process and store, their HTTP transport wrapped in a
``SharedPaceTransport`` (the store's pace in Redis, per store and egress address).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from korzina.core.crawl import TRANSIENT, plan_categories
from korzina.core.errors import KorzinaError, StoreBlocked, StoreError, StoreRateLimited
from korzina.core.http import build_client, proxy_for
from korzina.core.models import Category, Offer, Shop, utcnow
from korzina.core.plausibility import screen
from korzina.core.plugins import close_stores, make_plugin_manager, open_stores, store_classes
from korzina.core.rejects import collect
from korzina.core.retry import Backoff, retry_async
from korzina.core.settings import Settings, load_settings
from korzina.core.store import StoreAdapter, status_from_error
from korzina.core.store_http import connect_failed
from korzina.distributed import lake as lake_mod
from korzina.distributed.politeness import BlockBoard, SharedPace, SharedPaceTransport
from korzina.distributed.queue import (
    add_unit,
    enqueue_unit,
    load_meta,
    load_units,
    save_target,
    save_unit,
)
from korzina.distributed.units import (
    Target,
    TargetRecord,
    Unit,
    UnitRecord,
    crawl_date,
    cut_units,
)

log = logging.getLogger(__name__)


def why(store_id: str, exc: BaseException) -> str:
    """A failure for a record: the Russian message, then the technical detail."""
    status = status_from_error(store_id, exc)
    message = status.message or str(exc)
    return f"{message} ({status.detail})" if status.detail else message


def blocked_text(egress: str, reason: str) -> str:
    return f"Доступ закрыт для адреса {egress}: {reason}"


@dataclass
class WorkerOptions:
    egress: str = field(default_factory=socket.gethostname)
    lake: str | None = None  # this machine's path of the lake (else the crawl's)
    block_cooldown_s: float = 900.0
    retries: int = 2
    backoff_s: float = 2.0
    max_retry_after_s: float = 60.0
    max_consecutive_failures: int = 3


class Runtime:
    """What a worker process keeps between jobs: settings, adapters, the block board."""

    def __init__(self, redis: Any, settings: Settings, options: WorkerOptions) -> None:
        self.redis = redis
        self.settings = settings
        self.options = options
        self.pm = make_plugin_manager()
        self.blocks = BlockBoard(redis, options.egress, options.block_cooldown_s)
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self._adapters: dict[str, StoreAdapter] = {}
        self._lakes: dict[str, lake_mod.Lake] = {}

    def adapter(self, store_id: str) -> StoreAdapter:
        found = self._adapters.get(store_id)
        if found is not None:
            return found
        classes = store_classes(self.pm)
        if store_id not in classes:
            adapter = open_stores(self.pm, self.settings, only=[store_id])[0]  # raises
        else:
            cls = classes[store_id]
            configured = self.settings.store_settings(store_id, cls.default_settings)
            if configured.transport == "browser":
                # The browser transport keeps its local pace (one browser per worker).
                adapter = open_stores(self.pm, self.settings, only=[store_id])[0]
            else:
                pace = SharedPace(
                    self.redis, store_id, self.options.egress, configured.min_interval_s
                )
                inner = httpx.AsyncHTTPTransport(proxy=proxy_for(configured))
                # build_client wraps this in the store's local pace (and jitter) as well:
                # one worker is as polite as a local crawl, all workers of an address
                # together no less.
                client = build_client(configured, transport=SharedPaceTransport(inner, pace))
                adapter = cls(client, configured)
        self._adapters[store_id] = adapter
        return adapter

    def lake(self, crawl_lake: str) -> lake_mod.Lake:
        """The crawl's lake, its manifest checked once per worker (a request on S3)."""
        where = self.options.lake or crawl_lake
        if where not in self._lakes:
            self._lakes[where] = lake_mod.ensure_lake(where)
        return self._lakes[where]

    async def close(self) -> None:
        await close_stores(self._adapters.values())
        self._adapters.clear()


def _shop(meta_extra: dict[str, dict[str, str]] | None, target: Target) -> Shop:
    extra = (meta_extra or {}).get(target.key) or {}
    return Shop(store=target.store, shop_id=target.shop, extra=extra)


async def plan_target(ctx: dict[str, Any], crawl_id: str, key: str) -> dict[str, Any]:
    rt: Runtime = ctx["runtime"]
    redis = ctx["redis"]
    meta = await load_meta(redis, crawl_id)
    target = Target.parse(key)
    record = TargetRecord(store=target.store, shop=target.shop)
    if meta is None:
        return {"skipped": "unknown crawl"}
    blocked = await rt.blocks.reason(target.store)
    if blocked:
        record.status = "blocked"
        record.message = blocked_text(rt.options.egress, blocked)
        await save_target(redis, crawl_id, record)
        return record.as_json()
    try:
        adapter = rt.adapter(target.store)
        tree = await adapter.categories(_shop(meta.shop_extra, target))
        leaves = plan_categories(tree, list(meta.categories) or None)
    except StoreBlocked as exc:
        await rt.blocks.mark(target.store, why(target.store, exc))
        record.status = "blocked"
        record.message = blocked_text(rt.options.egress, why(target.store, exc))
    except TRANSIENT as exc:
        if ctx.get("job_try", 1) <= rt.options.retries:
            from arq import Retry

            raise Retry(defer=rt.options.backoff_s * ctx.get("job_try", 1)) from exc
        record.status, record.message = "unavailable", why(target.store, exc)
    except (StoreError, KorzinaError) as exc:
        record.status, record.message = "error", why(target.store, exc)
    else:
        units = cut_units(
            crawl_id, target, [c.model_dump(mode="json") for c in leaves], meta.per_unit
        )
        for unit in units:
            await add_unit(redis, unit)
        record.status, record.units, record.categories = "planned", len(units), len(leaves)
        # Recorded before the jobs exist, so a watcher never sees a planned target with
        # fewer units than it will have; enqueuing twice is a no-op (fixed job ids).
        await save_target(redis, crawl_id, record)
        for unit in units:
            await enqueue_unit(redis, unit)
        return record.as_json()
    await save_target(redis, crawl_id, record)
    return record.as_json()


async def _fetch(
    adapter: StoreAdapter,
    category: Category,
    shop: Shop,
    options: WorkerOptions,
    rejected: list[str],
) -> list[Offer] | BaseException:
    """Every believable offer of one category, retried like a local crawl's; else the error.

    A refused connection is not retried, a 429 waits its ``Retry-After`` when it is short.
    Dropped items are added to ``rejected`` (their Russian text), each once.
    """

    async def one_try() -> list[Offer]:
        with collect() as dropped:
            try:
                # Implausible prices are dropped and named, never stored (as a local crawl).
                return screen([o async for o in adapter.category_offers(category, shop)])
            finally:
                for r in dropped:
                    if r.text() not in rejected:
                        rejected.append(r.text())

    def delay_for(exc: BaseException, delay: float) -> float | None:
        if connect_failed(exc):
            return None
        if isinstance(exc, StoreRateLimited) and exc.retry_after is not None:
            return exc.retry_after if exc.retry_after <= options.max_retry_after_s else None
        return delay

    try:
        return await retry_async(
            one_try,
            retry_on=TRANSIENT,
            backoff=Backoff(options.backoff_s, retries=options.retries),
            policy=delay_for,
        )
    except (asyncio.CancelledError, KeyboardInterrupt):
        raise
    except Exception as exc:  # store trouble and adapter bugs end up in the record
        if not isinstance(exc, KorzinaError | httpx.HTTPError):
            log.exception("unit %s/%s failed", adapter.id, category.category_id)
        return exc


async def crawl_unit(ctx: dict[str, Any], unit_json: dict[str, Any]) -> dict[str, Any]:
    rt: Runtime = ctx["runtime"]
    redis = ctx["redis"]
    unit = Unit.from_json(unit_json)
    meta = await load_meta(redis, unit.crawl_id)
    if meta is None:
        return {"skipped": "unknown crawl"}
    record = (await load_units(redis, unit.crawl_id)).get(unit.unit_id) or UnitRecord(
        store=unit.store, shop=unit.shop, categories=list(unit.categories)
    )
    if record.status in ("done", "partial"):
        return record.as_json()  # a duplicate delivery
    started = time.monotonic()
    record.status = "running"
    record.tries += 1
    record.worker, record.egress = rt.name, rt.options.egress
    record.message = None
    await save_unit(redis, unit.crawl_id, unit.unit_id, record)

    target = Target(unit.store, unit.shop)
    shop = _shop(meta.shop_extra, target)
    lake = rt.lake(meta.lake)
    day = crawl_date(unit.crawl_id)
    try:
        adapter = rt.adapter(unit.store)
    except KorzinaError as exc:  # e.g. this worker lacks the store's plugin
        record.status, record.message = "error", f"{rt.name}: {exc.user_message}"
        await save_unit(redis, unit.crawl_id, unit.unit_id, record)
        return record.as_json()
    done = set(record.done)
    consecutive = 0
    outcome = "done"
    for raw in unit.categories:
        category = Category.model_validate(raw)
        if category.category_id in done:
            continue
        blocked = await rt.blocks.reason(unit.store)
        if blocked:
            outcome, record.message = "blocked", blocked_text(rt.options.egress, blocked)
            break
        result = await _fetch(adapter, category, shop, rt.options, record.rejected)
        if isinstance(result, BaseException):
            message = why(unit.store, result)
            if isinstance(result, StoreBlocked):
                await rt.blocks.mark(unit.store, message)
                outcome, record.message = "blocked", blocked_text(rt.options.egress, message)
                break
            record.failed[category.category_id] = message
            consecutive += 1
            await save_unit(redis, unit.crawl_id, unit.unit_id, record)
            if isinstance(result, TRANSIENT) and consecutive >= rt.options.max_consecutive_failures:
                outcome, record.message = "unavailable", message
                break
            continue
        consecutive = 0
        # Off the event loop: other units of this worker keep fetching meanwhile.
        await asyncio.to_thread(
            lake_mod.write_category,
            lake,
            crawl_id=unit.crawl_id,
            day=day,
            store=unit.store,
            shop=unit.shop,
            category_id=category.category_id,
            offers=result,
        )
        # The file is in place before the record says so; dying in between redoes the
        # category, which rewrites the same file.
        record.done.append(category.category_id)
        record.failed.pop(category.category_id, None)
        record.offers += len(result)
        record.updated_at = utcnow().isoformat()
        await save_unit(redis, unit.crawl_id, unit.unit_id, record)
    if outcome == "done" and record.failed:
        outcome = "partial"
    record.status = outcome
    record.seconds += time.monotonic() - started
    record.updated_at = utcnow().isoformat()
    await save_unit(redis, unit.crawl_id, unit.unit_id, record)
    return {"unit": unit.unit_id, "status": record.status, "offers": record.offers}


def worker_settings(
    url: str,
    *,
    settings: Settings | None = None,
    options: WorkerOptions | None = None,
    max_jobs: int = 4,
    job_timeout_s: float = 600.0,
    burst: bool = False,
) -> dict[str, Any]:
    """Keyword arguments for ``arq.worker.Worker``."""
    from arq.connections import RedisSettings

    opts = options or WorkerOptions()

    async def startup(ctx: dict[str, Any]) -> None:
        ctx["runtime"] = Runtime(ctx["redis"], settings or load_settings(), opts)

    async def shutdown(ctx: dict[str, Any]) -> None:
        runtime: Runtime | None = ctx.get("runtime")
        if runtime is not None:
            await runtime.close()

    return {
        "functions": [plan_target, crawl_unit],
        "redis_settings": RedisSettings.from_dsn(url),
        "on_startup": startup,
        "on_shutdown": shutdown,
        "max_jobs": max_jobs,
        "job_timeout": job_timeout_s,
        "max_tries": 5,
        "keep_result": 3600,
        "burst": burst,
        "poll_delay": 0.2,
        "handle_signals": True,
    }


def run_worker(kwargs: dict[str, Any]) -> None:
    from arq.worker import Worker

    Worker(**kwargs).run()
