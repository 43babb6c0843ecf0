"""The crawl's records in Redis and the queue calls: enqueue a crawl, watch it finish.

Keys (all JSON values):

- ``korzina:crawl:<id>``: the crawl (id, start, lake, categories asked, units' size);
- ``korzina:crawl:<id>:targets``: a hash (store:shop → ``TargetRecord``);
- ``korzina:crawl:<id>:units``: a hash (store:shop:nnnnn → ``UnitRecord``);
- ``korzina:crawls``: the crawl ids by start time.

The queue is arq's (``arq:queue`` and its job keys). Job ids are fixed by the crawl and
the unit, so enqueuing a unit that is queued or running already is a no-op (a duplicate
``korzina crawl --distributed --crawl-id ID`` changes nothing); a unit whose job ended
without a final record (its worker hit the job timeout or ran out of tries) is enqueued
again by ``requeue_lost``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from korzina.core.errors import ConfigError
from korzina.distributed.units import (
    TERMINAL,
    Target,
    TargetRecord,
    Unit,
    UnitRecord,
    plan_job_id,
)

REDIS_ENV = "KORZINA_REDIS_URL"
LAKE_ENV = "KORZINA_LAKE"
QUEUE = "arq:queue"


def redis_url(given: str | None) -> str:
    url = given or os.environ.get(REDIS_ENV)
    if not url:
        raise ConfigError(
            "no redis url",
            user_message=f"Не указан адрес Redis: --redis URL или {REDIS_ENV}.",
        )
    return url


def need_arq() -> None:
    """A clear message when the optional extra is missing."""
    try:
        import arq  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "arq is not installed",
            user_message=(
                "Для распределённого обхода нужен пакет arq: pip install 'korzina[distributed]'."
            ),
        ) from exc


async def connect(url: str) -> Any:
    """An ``ArqRedis`` pool for ``url`` (redis://host:port/db)."""
    need_arq()
    from arq.connections import RedisSettings, create_pool

    try:
        return await create_pool(RedisSettings.from_dsn(url), retry=1)
    except Exception as exc:  # redis raises its own ConnectionError family
        raise ConfigError(
            f"redis {url}: {exc}", user_message=f"Redis недоступен по адресу {url}: {exc}"
        ) from exc


def crawl_key(crawl_id: str) -> str:
    return f"korzina:crawl:{crawl_id}"


def targets_key(crawl_id: str) -> str:
    return f"korzina:crawl:{crawl_id}:targets"


def units_key(crawl_id: str) -> str:
    return f"korzina:crawl:{crawl_id}:units"


@dataclass(frozen=True)
class CrawlMeta:
    crawl_id: str
    started_at: str
    lake: str
    targets: tuple[str, ...]
    categories: tuple[str, ...] = ()
    per_unit: int = 8
    shop_extra: dict[str, dict[str, str]] | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "crawl_id": self.crawl_id,
            "started_at": self.started_at,
            "lake": self.lake,
            "targets": list(self.targets),
            "categories": list(self.categories),
            "per_unit": self.per_unit,
            "shop_extra": self.shop_extra or {},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlMeta:
        return cls(
            crawl_id=data["crawl_id"],
            started_at=data["started_at"],
            lake=data["lake"],
            targets=tuple(data["targets"]),
            categories=tuple(data.get("categories") or ()),
            per_unit=int(data.get("per_unit") or 8),
            shop_extra=data.get("shop_extra") or {},
        )


def _load(value: Any) -> Any:
    return json.loads(value.decode() if isinstance(value, bytes) else value)


async def load_meta(redis: Any, crawl_id: str) -> CrawlMeta | None:
    raw = await redis.get(crawl_key(crawl_id))
    return None if raw is None else CrawlMeta.from_json(_load(raw))


async def load_records(redis: Any, crawl_id: str) -> tuple[list[TargetRecord], list[UnitRecord]]:
    targets = await redis.hgetall(targets_key(crawl_id))
    units = await redis.hgetall(units_key(crawl_id))
    return (
        [TargetRecord.from_json(_load(v)) for _, v in sorted(targets.items())],
        [UnitRecord.from_json(_load(v)) for _, v in sorted(units.items())],
    )


async def load_units(redis: Any, crawl_id: str) -> dict[str, UnitRecord]:
    units = await redis.hgetall(units_key(crawl_id))
    return {
        (k.decode() if isinstance(k, bytes) else k): UnitRecord.from_json(_load(v))
        for k, v in units.items()
    }


async def save_target(redis: Any, crawl_id: str, record: TargetRecord) -> None:
    key = f"{record.store}:{record.shop}"
    await redis.hset(targets_key(crawl_id), key, json.dumps(record.as_json()))


async def save_unit(redis: Any, crawl_id: str, unit_id: str, record: UnitRecord) -> None:
    await redis.hset(units_key(crawl_id), unit_id, json.dumps(record.as_json()))


async def add_unit(redis: Any, unit: Unit) -> bool:
    """Record a planned unit unless it is recorded already (a plan redone keeps progress)."""
    record = UnitRecord(store=unit.store, shop=unit.shop, categories=list(unit.categories))
    return bool(
        await redis.hsetnx(units_key(unit.crawl_id), unit.unit_id, json.dumps(record.as_json()))
    )


async def enqueue_crawl(redis: Any, meta: CrawlMeta) -> int:
    """Record the crawl and enqueue a plan job per target not planned yet; returns how many."""
    await redis.set(crawl_key(meta.crawl_id), json.dumps(meta.as_json()), nx=True)
    started = datetime.fromisoformat(meta.started_at).timestamp()
    await redis.zadd("korzina:crawls", {meta.crawl_id: started})
    existing, _ = await load_records(redis, meta.crawl_id)
    planned = {f"{t.store}:{t.shop}" for t in existing if t.status == "planned"}
    enqueued = 0
    for key in meta.targets:
        if key in planned:
            continue
        target = Target.parse(key)
        await redis.hsetnx(
            targets_key(meta.crawl_id),
            key,
            json.dumps(TargetRecord(store=target.store, shop=target.shop).as_json()),
        )
        job = await redis.enqueue_job(
            "plan_target", meta.crawl_id, key, _job_id=plan_job_id(meta.crawl_id, target)
        )
        enqueued += job is not None
    return enqueued


async def enqueue_unit(redis: Any, unit: Unit) -> bool:
    job = await redis.enqueue_job("crawl_unit", unit.as_json(), _job_id=unit.job_id)
    return job is not None


async def _job_gone(redis: Any, job_id: str) -> bool:
    """The job is neither queued nor running (it ended, or never was)."""
    from arq.jobs import Job, JobStatus

    status = await Job(job_id, redis).status()
    return status in (JobStatus.complete, JobStatus.not_found)


async def requeue_lost(redis: Any, meta: CrawlMeta, *, retry_blocked: bool = False) -> int:
    """Enqueue again the units whose jobs ended without a final record; returns how many.

    A worker killed mid-unit needs nothing from here (arq runs the job again once its
    in-progress mark expires); this catches jobs that arq gave up on (job timeout, too
    many tries). ``retry_blocked`` also re-enqueues units that ended blocked (after the
    block's cooldown, from another egress address).
    """
    from arq.constants import result_key_prefix

    units = await load_units(redis, meta.crawl_id)
    count = 0
    for unit_id, record in units.items():
        unfinished = record.status not in TERMINAL
        again = unfinished or (retry_blocked and record.status in ("blocked", "unavailable"))
        if not again:
            continue
        store, shop, index = unit_id.rsplit(":", 2)
        unit = Unit(meta.crawl_id, store, shop, int(index), tuple(record.categories))
        if unfinished and not await _job_gone(redis, unit.job_id):
            continue
        if not unfinished:
            record.status = "queued"
            await save_unit(redis, meta.crawl_id, unit_id, record)
        await redis.delete(result_key_prefix + unit.job_id)
        count += await enqueue_unit(redis, unit)
    targets, _ = await load_records(redis, meta.crawl_id)
    for t in targets:
        target = Target(t.store, t.shop)
        lost = t.status == "planning" and await _job_gone(redis, plan_job_id(meta.crawl_id, target))
        if lost or (retry_blocked and t.status in ("blocked", "unavailable")):
            await redis.delete(result_key_prefix + plan_job_id(meta.crawl_id, target))
            job = await redis.enqueue_job(
                "plan_target", meta.crawl_id, target.key, _job_id=plan_job_id(meta.crawl_id, target)
            )
            count += job is not None
    return count


def progress_line(targets: Sequence[TargetRecord], units: Sequence[UnitRecord]) -> str:
    done = sum(1 for u in units if u.status in TERMINAL)
    offers = sum(u.offers for u in units)
    planned = sum(1 for t in targets if t.status != "planning")
    return (
        f"точек спланировано {planned}/{len(targets)}, частей готово {done}/{len(units)}, "
        f"товаров {offers}"
    )
