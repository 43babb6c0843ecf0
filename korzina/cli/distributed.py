"""``korzina worker``, ``korzina lake …`` and ``korzina crawl --distributed`` (its body).

Thin: the queue, the worker and the lake live in ``korzina.distributed``; arq and redis are
imported only when one of these runs (the optional extra ``korzina[distributed]``).
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.markup import escape

from korzina.cli.app import App, cli, echo_json, run_async
from korzina.core.crawl_types import CrawlReport
from korzina.core.errors import ConfigError
from korzina.core.models import utcnow
from korzina.core.settings import Settings
from korzina.distributed.units import Target

if TYPE_CHECKING:  # croniter and the crawl engine are not needed by korzina lake sql
    from korzina.core.jobs import JobSpec, RunCrawl

LAKE_HELP = (
    "Озеро цен: каталог или s3://бакет/префикс (или KORZINA_LAKE; по умолчанию — lake "
    "рядом с базой)."
)
REDIS_HELP = "Адрес Redis, redis://хост:порт/база (или KORZINA_REDIS_URL)."


def lake_path(settings: Settings, given: str | None) -> str | Path:
    """The lake: ``--lake``, ``KORZINA_LAKE`` (a directory or ``s3://bucket/prefix``), or
    ``lake`` beside the database."""
    import os

    from korzina.distributed.queue import LAKE_ENV

    return given or os.environ.get(LAKE_ENV) or settings.db_path.parent / "lake"


# --- korzina crawl --distributed ------------------------------------------------------


def parse_targets(
    app: App, stores: Sequence[str], shop: str | None, targets: Sequence[str]
) -> list[Target]:
    """``--target store:shop`` pairs, or each ``--store`` at ``--shop`` or its default shop."""
    from korzina.core.plugins import store_classes

    classes = store_classes(app.pm)
    out: list[Target] = []
    for raw in targets:
        store, sep, shop_id = raw.partition(":")
        if not sep or not store or not shop_id:
            raise click.UsageError(
                f"--target {raw}: нужен вид магазин:точка, например magnit:992301."
            )
        out.append(Target(store, shop_id))
    if not targets:
        for store in stores or [s for s, c in classes.items() if c.capabilities.category_crawl]:
            cls = classes.get(store)
            default = cls.default_settings if cls else None
            chosen = shop or (
                app.settings.store_settings(store, default).default_shop_id if default else None
            )
            if not chosen:
                raise click.UsageError(f"{store}: укажите точку (--shop или --target {store}:КОД).")
            out.append(Target(store, chosen))
    unknown = sorted({t.store for t in out} - set(classes))
    if unknown:
        raise ConfigError(
            f"unknown store(s): {unknown}",
            user_message=(
                f"Неизвестный магазин: {', '.join(unknown)}. Доступны: {', '.join(classes)}."
            ),
        )
    return list(dict.fromkeys(out))


def _shop_extra(settings: Settings, targets: Sequence[Target]) -> dict[str, dict[str, str]]:
    """Store-specific shop details known to the local database (e.g. Магнит's storeType)."""
    if not settings.db_path.exists():
        return {}
    from korzina.core.storage import open_storage

    out: dict[str, dict[str, str]] = {}
    storage = open_storage(settings.db_path, read_only=True, wait_s=10.0)
    try:
        for t in targets:
            shop = storage.shops.get_shop(t.store, t.shop)
            if shop is not None and shop.extra:
                out[t.key] = dict(shop.extra)
    finally:
        storage.close()
    return out


def _raise_if_cancelled() -> None:
    """Stop waiting once Ctrl+C cancelled the task, even where a Redis call swallowed the
    cancellation (the wait would otherwise poll on until a second Ctrl+C)."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


async def _enqueue_and_wait(
    app: App,
    url: str,
    meta: Any,
    *,
    wait: bool,
    poll_s: float = 0.5,
) -> tuple[Any, tuple[list[Any], list[Any]] | None]:
    from korzina.distributed import queue

    redis = await queue.connect(url)
    try:
        known = await queue.load_meta(redis, meta.crawl_id)
        if known is not None:
            meta = known  # resuming: the crawl's own lake, categories and targets
            await queue.requeue_lost(redis, meta, retry_blocked=True)
        elif not meta.targets:
            raise ConfigError(
                f"no crawl {meta.crawl_id}", user_message=f"Нет обхода {meta.crawl_id} в Redis."
            )
        await queue.enqueue_crawl(redis, meta)
        if not wait:
            return meta, None
        last_line = ""
        last_check = time.monotonic()
        while True:
            targets, units = await queue.load_records(redis, meta.crawl_id)
            from korzina.distributed.units import is_finished

            if is_finished(targets, units):
                return meta, (targets, units)
            line = queue.progress_line(targets, units)
            if line != last_line:
                app.err.print(f"[dim]{escape(line)}[/dim]")
                last_line = line
            if time.monotonic() - last_check > 10:
                await queue.requeue_lost(redis, meta)
                last_check = time.monotonic()
            _raise_if_cancelled()
            await asyncio.sleep(poll_s)
    finally:
        await redis.aclose()


def crawl_distributed(
    app: App,
    *,
    stores: Sequence[str],
    shop: str | None,
    targets: Sequence[str],
    categories: Sequence[str],
    redis: str | None,
    lake: str | None,
    crawl_id: str | None,
    per_unit: int,
    wait: bool,
    as_json: bool,
) -> None:
    """Enqueue a crawl for the workers; with ``wait``, refresh the database and summarise."""
    from korzina.distributed import lake as lake_mod
    from korzina.distributed import queue
    from korzina.distributed.units import new_crawl_id

    url = queue.redis_url(redis)
    queue.need_arq()
    chosen = parse_targets(app, stores, shop, targets) if not crawl_id or targets or stores else []
    root = lake_mod.ensure_lake(lake_path(app.settings, lake))
    started = utcnow()
    meta = queue.CrawlMeta(
        crawl_id=crawl_id or new_crawl_id(started),
        started_at=started.isoformat(),
        lake=root.uri,
        targets=tuple(t.key for t in chosen),
        categories=tuple(categories),
        per_unit=per_unit,
        shop_extra=_shop_extra(app.settings, chosen),
    )
    clock = time.monotonic()
    try:
        meta, finished = run_async(_enqueue_and_wait(app, url, meta, wait=wait))
    except KeyboardInterrupt:
        app.err.print(
            "[yellow]Ожидание прервано;[/yellow] обход продолжается на исполнителях. "
            f"Дождаться: korzina crawl --distributed --crawl-id {meta.crawl_id} --wait"
        )
        sys.exit(130)
    if finished is None:
        if as_json:
            echo_json({"crawl_id": meta.crawl_id, "targets": list(meta.targets), "queued": True})
        else:
            app.console.print(
                f"Обход {meta.crawl_id} поставлен в очередь: точек {len(meta.targets)}. "
                f"Дождаться: korzina crawl --distributed --crawl-id {meta.crawl_id} --wait"
            )
        return
    done = _finish(app.settings, meta, finished, started, clock)
    _print(app, done, meta.crawl_id, as_json)


def _finish(
    settings: Settings,
    meta: Any,
    finished: tuple[list[Any], list[Any]],
    started: datetime,
    clock: float,
) -> list[CrawlReport]:
    """A finished crawl's reports, its shops merged from the lake into the database."""
    from korzina.distributed.units import reports

    target_records, unit_records = finished
    done = reports(target_records, unit_records, started)
    crawled = [Target(r.store, r.shop_id or "") for r in done]
    refresh = _refresh(settings, meta.lake, crawled)
    seconds = time.monotonic() - clock
    for r in done:
        key = Target(r.store, r.shop_id or "").key
        r.new_products = refresh.new_products.get(key, 0)
        r.new_prices = refresh.new_prices.get(key, 0)
        r.seconds = seconds
        r.finished_at = utcnow()
    return done


def _refresh(settings: Settings, root: str, targets: Sequence[Target]) -> Any:
    from korzina.core.storage import open_storage
    from korzina.distributed.maintenance import refresh_serving

    storage = open_storage(settings.db_path, wait_s=30.0)
    try:
        return refresh_serving(storage, root, targets)
    finally:
        storage.close()


def _print(app: App, done: list[CrawlReport], crawl_id: str, as_json: bool) -> None:
    from korzina.cli.crawl import FAILED, _summary_table, print_failures
    from korzina.core.plugins import store_classes

    names = {sid: cls.display_name for sid, cls in store_classes(app.pm).items()}
    if as_json:
        echo_json([{**r.as_json(), "crawl_id": crawl_id} for r in done])
    else:
        app.console.print(_summary_table(done, names))
        for r in done:
            if r.message:
                name = escape(names.get(r.store, r.store))
                where = escape(r.shop_id or "")
                app.console.print(f"[bold]{name}[/bold] {where}: {escape(r.message)}")
            print_failures(app.console, r)
        if any(r.status != "done" for r in done):
            app.console.print(
                f"  продолжить: korzina crawl --distributed --crawl-id {crawl_id} --wait"
            )
    if done and all(r.status in FAILED for r in done):
        sys.exit(1)


# --- korzina jobs, distributed jobs ------------------------------------------------------


def job_crawler_distributed(app: App, redis: str | None, lake: str | None) -> RunCrawl:
    """A job's crawl enqueued for ``korzina worker``: waited for, merged from the lake
    into the database, and summed up as one report (the job's run record)."""
    from korzina.distributed import lake as lake_mod
    from korzina.distributed import queue
    from korzina.distributed.units import new_crawl_id

    url = queue.redis_url(redis)
    queue.need_arq()
    root = lake_path(app.settings, lake)

    async def run(spec: JobSpec) -> CrawlReport:
        chosen = (
            [Target(spec.store, shop) for shop in spec.shops]
            if spec.shops
            else parse_targets(app, [spec.store], spec.shop, [])
        )
        started = utcnow()
        # The job's crawl id is kept in Redis until the crawl is merged: a run interrupted
        # while waiting (Ctrl+C, a restart) is continued by the next run, like a local job.
        key = f"korzina:job:{spec.name}"
        redis = await queue.connect(url)
        try:
            unfinished = await redis.get(key)
            crawl_id = unfinished.decode() if unfinished else new_crawl_id(started)
            await redis.set(key, crawl_id)
        finally:
            await redis.aclose()
        meta = queue.CrawlMeta(
            crawl_id=crawl_id,
            started_at=started.isoformat(),
            lake=lake_mod.ensure_lake(root).uri,
            targets=tuple(t.key for t in chosen),
            categories=spec.categories,
            per_unit=8,
            shop_extra=_shop_extra(app.settings, chosen),
        )
        clock = time.monotonic()
        meta, finished = await _enqueue_and_wait(app, url, meta, wait=True)
        assert finished is not None  # waited for
        report = combine_reports(
            spec.store, _finish(app.settings, meta, finished, started, clock), meta.crawl_id
        )
        redis = await queue.connect(url)
        try:
            await redis.delete(key)
        finally:
            await redis.aclose()
        return report

    return run


def combine_reports(store: str, done: Sequence[CrawlReport], crawl_id: str) -> CrawlReport:
    """One report for a job's shops: counts summed, the worst status, each shop's message."""
    from korzina.cli.crawl import FAILED

    shops = [r.shop_id or "" for r in done]
    out = CrawlReport(
        store=store,
        shop_id=shops[0] if len(shops) == 1 else None,
        started_at=min((r.started_at for r in done), default=utcnow()),
    )
    for r in done:
        out.categories_total += r.categories_total
        out.categories_done += r.categories_done
        out.offers += r.offers
        out.new_products += r.new_products
        out.new_prices += r.new_prices
        out.errors.extend(r.errors)
        out.rejected.extend(r.rejected)
        out.seconds = max(out.seconds, r.seconds)
    statuses = {r.status for r in done}
    if statuses <= {"done"}:
        out.status = "done"
    elif statuses <= FAILED:
        out.status = done[0].status
    else:
        out.status = "partial"
    messages = [f"{r.shop_id}: {r.message}" for r in done if r.message]
    if out.status != "done":
        messages.append(f"обход {crawl_id}")
    out.message = "; ".join(messages) or None
    out.finished_at = utcnow()
    return out


# --- korzina worker ---------------------------------------------------------------------


@cli.command()
@click.option("--redis", "redis", help=REDIS_HELP)
@click.option("--lake", help="Каталог озера цен на этой машине (иначе — путь из обхода).")
@click.option(
    "--egress",
    envvar="KORZINA_EGRESS",
    help="Имя исходящего адреса этого исполнителя (или KORZINA_EGRESS; по умолчанию — имя машины).",
)
@click.option("--jobs", "max_jobs", default=4, show_default=True, help="Задач одновременно.")
@click.option(
    "--job-timeout", default=600.0, show_default=True, help="Предел одной задачи, секунд."
)
@click.option(
    "--block-cooldown",
    default=900.0,
    show_default=True,
    help="Сколько секунд не обращаться к магазину с адреса, где он закрыл доступ.",
)
@click.option("--burst", is_flag=True, help="Выйти, когда очередь опустеет.")
@click.pass_obj
def worker(
    app: App,
    redis: str | None,
    lake: str | None,
    egress: str | None,
    max_jobs: int,
    job_timeout: float,
    block_cooldown: float,
    burst: bool,
) -> None:
    """Исполнитель распределённого обхода: берёт части обходов из очереди Redis."""
    from korzina.distributed import queue
    from korzina.distributed.worker import WorkerOptions, run_worker, worker_settings

    url = queue.redis_url(redis)
    queue.need_arq()
    options = WorkerOptions(lake=lake, block_cooldown_s=block_cooldown)
    if egress:
        options.egress = egress
    kwargs = worker_settings(
        url,
        settings=app.settings,
        options=options,
        max_jobs=max_jobs,
        job_timeout_s=job_timeout,
        burst=burst,
    )
    app.err.print(
        f"Исполнитель: Redis {escape(url)}, адрес {escape(options.egress)}, задач {max_jobs}."
    )
    from redis.exceptions import RedisError

    try:
        run_worker(kwargs)
    except (RedisError, OSError) as exc:
        raise ConfigError(
            f"redis {url}: {exc}", user_message=f"Redis недоступен по адресу {url}: {exc}"
        ) from exc


# --- korzina lake -----------------------------------------------------------------------
