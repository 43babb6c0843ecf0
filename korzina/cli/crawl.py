"""``korzina crawl`` and ``korzina jobs``.

Thin: the crawl engine is ``korzina.core.crawl``, the scheduler ``korzina.core.jobs``.
The database is opened per unit of work (see the design in ``korzina.core.jobs``):
``db_opener`` gives writers a connection per batch.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from korzina.cli.app import App, cli, echo_json, run_async
from korzina.core.crawl import (
    CrawlOptions,
    CrawlReport,
    DbOpener,
    crawl_store,
    session_opener,
)
from korzina.core.errors import ConfigError
from korzina.core.jobs import JobRun, JobSpec, RunCrawl, RunLog, Scheduler, next_fire, parse_jobs
from korzina.core.jobs import run_job as run_one_job
from korzina.core.models import Category, utcnow
from korzina.core.plugins import close_stores, open_stores
from korzina.core.settings import Settings
from korzina.core.store import StoreAdapter

STATUS_TEXT = {
    "done": "готово",
    "partial": "с ошибками",
    "blocked": "закрыл доступ",
    "unavailable": "недоступен",
    "interrupted": "прерван",
    "running": "идёт",
    "error": "ошибка",
}
FAILED = {"blocked", "unavailable", "error"}
REJECTED_SHOWN_CLI = 3  # dropped items named under the table; the count is complete


# --- edges (tests replace these) ------------------------------------------------


def db_opener(settings: Settings) -> DbOpener:
    """Writers open the file per batch and close it, so readers get in between."""
    return session_opener(settings.db_path, wait_s=30.0)


# --- korzina crawl ----------------------------------------------------------------


class BarProgress:
    """A rich progress bar row per store: categories done, offers seen."""

    def __init__(self, progress: Progress, label: str) -> None:
        self.progress = progress
        self.task: TaskID = progress.add_task(label, total=None, offers=0)
        self.offers = 0

    def planned(self, total: int, already_done: int) -> None:
        self.progress.update(self.task, total=total, completed=already_done)

    def category_started(self, category: Category) -> None:
        self.progress.update(self.task, category=category.name)

    def offers_seen(self, count: int) -> None:
        self.offers += count
        self.progress.update(self.task, offers=self.offers)

    def category_finished(self, category: Category, offers: int, ok: bool) -> None:
        self.progress.advance(self.task)


def _crawl_adapters(app: App, stores: Sequence[str]) -> list[StoreAdapter]:
    adapters = open_stores(app.pm, app.settings, only=list(stores) or None)
    crawlable = [a for a in adapters if a.capabilities.category_crawl]
    for a in adapters:
        if a not in crawlable:
            app.err.print(f"{escape(a.display_name)}: магазин не умеет обходить каталог, пропущен.")
    if not crawlable:
        raise ConfigError(
            "no crawlable stores", user_message="Нет магазинов, каталог которых можно обойти."
        )
    return crawlable


async def _crawl_all(
    app: App, adapters: Sequence[StoreAdapter], shop: str | None, options: CrawlOptions
) -> list[CrawlReport]:
    opener = db_opener(app.settings)
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("товаров: {task.fields[offers]}"),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=app.err, transient=True) as progress:
            # Stores are independent (each has its own pace), so they are crawled at once.
            return list(
                await asyncio.gather(
                    *(
                        crawl_store(
                            a,
                            opener,
                            shop_id=shop,
                            options=options,
                            progress=BarProgress(progress, a.display_name),
                        )
                        for a in adapters
                    )
                )
            )
    finally:
        await close_stores(adapters)


def print_failures(console: Console, r: CrawlReport) -> None:
    """The categories that failed and the items dropped at ingest, under a crawl's row."""
    for e in r.errors:
        console.print(f"  {escape(e.name)} ({e.category_id}): {escape(e.message)}")
    if r.rejected:
        # Items not read whole or with implausible prices: not stored (issue 15).
        shown = "; ".join(r.rejected[:REJECTED_SHOWN_CLI])
        more = len(r.rejected) - REJECTED_SHOWN_CLI
        console.print(
            f"  [yellow]Отброшено товаров: {len(r.rejected)}[/yellow] ({escape(shown)}"
            + (f" и ещё {more}" if more > 0 else "")
            + ")"
        )


def _summary_table(reports: Sequence[CrawlReport], names: dict[str, str]) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    for title, justify in (
        ("Магазин", "left"),
        ("Точка", "left"),
        ("Статус", "left"),
        ("Категорий", "right"),
        ("Товаров", "right"),
        ("Новых цен", "right"),
        ("Ошибок", "right"),
        ("Время", "right"),
    ):
        table.add_column(title, justify=justify)  # type: ignore[arg-type]
    for r in reports:
        done = r.categories_done + r.categories_skipped
        table.add_row(
            escape(names.get(r.store, r.store)),
            escape(r.shop_id or "—"),
            STATUS_TEXT.get(r.status, r.status),
            f"{done}/{r.categories_total}",
            str(r.offers),
            str(r.new_prices),
            str(len(r.errors)),
            f"{r.seconds:.1f} с",
        )
    return table


@cli.command()
@click.option(
    "--store", "stores", multiple=True, help="Магазин (можно несколько); все — без опции."
)
@click.option("--shop", help="Код магазина-точки (по умолчанию — точка магазина из настроек).")
@click.option("--category", "categories", multiple=True, help="Категория (id); вложенные — тоже.")
@click.option("--resume", is_flag=True, help="Продолжить прерванный обход с того места.")
@click.option("--batch", "batch_size", default=500, show_default=True, help="Товаров в пакете.")
@click.option("--json", "as_json", is_flag=True, help="Итог в JSON.")
@click.option(
    "--distributed", is_flag=True, help="Поставить обход в очередь Redis для korzina worker."
)
@click.option("--wait", is_flag=True, help="С --distributed: дождаться, обновить базу, итог.")
@click.option("--redis", help="С --distributed: адрес Redis (или KORZINA_REDIS_URL).")
@click.option("--lake", help="С --distributed: озеро цен, каталог или s3://… (или KORZINA_LAKE).")
@click.option("--target", "targets", multiple=True, help="С --distributed: магазин:точка.")
@click.option("--crawl-id", help="С --distributed: продолжить или дождаться этого обхода.")
@click.option("--unit-size", default=8, show_default=True, help="Категорий в части обхода.")
@click.pass_obj
def crawl(
    app: App,
    stores: tuple[str, ...],
    shop: str | None,
    categories: tuple[str, ...],
    resume: bool,
    batch_size: int,
    as_json: bool,
    distributed: bool,
    wait: bool,
    redis: str | None,
    lake: str | None,
    targets: tuple[str, ...],
    crawl_id: str | None,
    unit_size: int,
) -> None:
    """Обойти весь каталог магазина для точки и сохранить цены.

    С --distributed обход делят исполнители korzina worker (см. docs/distributed.md).
    """
    # Just over 80 lines: click hands in every option of both crawls; the body only
    # routes them to the local crawl or to the distributed one.
    if distributed:
        from korzina.cli.distributed import crawl_distributed

        crawl_distributed(
            app,
            stores=stores,
            shop=shop,
            targets=targets,
            categories=categories,
            redis=redis,
            lake=lake,
            crawl_id=crawl_id,
            per_unit=unit_size,
            wait=wait,
            as_json=as_json,
        )
        return
    if wait or targets or crawl_id or redis or lake:
        raise click.UsageError(
            "--wait, --target, --crawl-id, --redis, --lake: только с --distributed."
        )
    if shop and len(stores) != 1:
        raise click.UsageError("--shop указывается вместе с одним --store.")
    if batch_size < 1:
        raise click.UsageError("--batch должен быть больше нуля.")
    adapters = _crawl_adapters(app, stores)
    options = CrawlOptions(categories=categories or None, resume=resume, batch_size=batch_size)
    try:
        reports = run_async(_crawl_all(app, adapters, shop, options))
    except KeyboardInterrupt:
        app.err.print(
            "[yellow]Обход прерван.[/yellow] Сохранённое не потеряно; продолжить: "
            "korzina crawl --resume"
        )
        sys.exit(130)
    names = {a.id: a.display_name for a in adapters}
    if as_json:
        echo_json([r.as_json() for r in reports])
    else:
        app.console.print(_summary_table(reports, names))
        for r in reports:
            name = escape(names.get(r.store, r.store))
            if r.message:
                app.console.print(f"[bold]{name}[/bold]: {escape(r.message)}")
            print_failures(app.console, r)
            if r.status in ("partial", "blocked", "unavailable"):
                app.console.print(
                    f"  продолжить: korzina crawl --store {r.store}"
                    + (f" --shop {shop}" if shop else "")
                    + " --resume"
                )
    if all(r.status in FAILED for r in reports):
        sys.exit(1)


# --- korzina jobs -----------------------------------------------------------------


def job_crawler(app: App) -> RunCrawl:
    opener = db_opener(app.settings)

    async def run(spec: JobSpec) -> CrawlReport:
        adapters = open_stores(app.pm, app.settings, only=[spec.store])
        try:
            return await crawl_store(
                adapters[0],
                opener,
                shop_id=spec.shop,
                # A job continues its own interrupted crawl; a finished one starts afresh.
                options=CrawlOptions(categories=spec.categories or None, resume=True),
            )
        finally:
            await close_stores(adapters)

    return run


def _run_line(run: JobRun) -> str:
    text = (
        f"[bold]{escape(run.job)}[/bold]: {STATUS_TEXT.get(run.status, run.status)}, "
        f"товаров {run.offers}, новых цен {run.new_prices}"
    )
    if run.error:
        text += f" — {escape(run.error)}"
    return text


async def _serve(scheduler: Scheduler, console: Console) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, scheduler.stop)
    try:
        await scheduler.run()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def _list_jobs(app: App, specs: Sequence[JobSpec], runs: RunLog, as_json: bool) -> None:
    """`korzina jobs --list`: schedules and each job's last run."""
    now = utcnow()
    rows = [
        {
            "name": s.name,
            "cron": s.cron,
            "store": s.store,
            "shop": s.shop,
            "categories": list(s.categories),
            "distributed": s.distributed,
            "shops": list(s.shops),
            "next": next_fire(s, now),
            "last": runs.last(s.name).__dict__ if runs.last(s.name) else None,
        }
        for s in specs
    ]
    if as_json:
        echo_json(rows)
        return
    if not rows:
        app.console.print(
            "Заданий нет: добавьте [jobs.ИМЯ] с cron и store в настройки.", markup=False
        )
        return
    table = Table(show_edge=False, pad_edge=False)
    for title in ("Задание", "Расписание", "Магазин", "Следующий", "Последний", "Итог"):
        table.add_column(title)
    for r in rows:
        last = cast(dict[str, Any] | None, r["last"])
        table.add_row(
            escape(str(r["name"])),
            escape(str(r["cron"])),
            escape(
                f"{r['store']}"
                + (f" / {r['shop']}" if r["shop"] else "")
                + (f" / точек {len(r['shops'])}" if r["shops"] else "")  # type: ignore[arg-type]
                + (" (очередь Redis)" if r["distributed"] else "")
            ),
            cast(datetime, r["next"]).strftime("%d.%m.%Y %H:%M UTC"),
            escape(str(last["started_at"])[:16].replace("T", " ")) if last else "—",
            (
                f"{STATUS_TEXT.get(last['status'], last['status'])}, товаров {last['offers']}"
                + (f" — {escape(str(last['error']))}" if last.get("error") else "")
            )
            if last
            else "—",
        )
    app.console.print(table)


def _jobs_crawler(
    app: App, specs: Sequence[JobSpec], everything: bool, redis: str | None, lake: str | None
) -> RunCrawl:
    """Local crawls, and for distributed jobs (or all, with ``--distributed``) the queue.

    The distributed part (arq, Redis) is loaded only when some job needs it, so the
    single-machine schedule works with neither installed."""
    local = job_crawler(app)
    if not everything and not any(s.distributed for s in specs):
        if redis or lake:
            raise click.UsageError("--redis, --lake: только для заданий с distributed = true.")
        return local
    from korzina.cli.distributed import job_crawler_distributed

    queued = job_crawler_distributed(app, redis, lake)

    async def run(spec: JobSpec) -> CrawlReport:
        return await (queued if everything or spec.distributed else local)(spec)

    return run


@cli.command()
@click.option("--list", "list_jobs", is_flag=True, help="Показать задания и последние запуски.")
@click.option("--once", "once", metavar="ИМЯ", help="Выполнить одно задание сейчас и выйти.")
@click.option("--json", "as_json", is_flag=True, help="Вывод в JSON (для --list и --once).")
@click.option(
    "--distributed",
    is_flag=True,
    help="Ставить все обходы в очередь Redis для korzina worker "
    "(иначе — только задания с distributed = true).",
)
@click.option("--redis", help="Адрес Redis для распределённых заданий (или KORZINA_REDIS_URL).")
@click.option("--lake", help="Озеро цен для распределённых заданий (или KORZINA_LAKE).")
@click.pass_obj
def jobs(
    app: App,
    list_jobs: bool,
    once: str | None,
    as_json: bool,
    distributed: bool,
    redis: str | None,
    lake: str | None,
) -> None:
    """Запускать обходы по расписанию из настроек (cron) и записывать каждый запуск."""
    specs = parse_jobs(app.settings.jobs)
    runs = RunLog(db_opener(app.settings))
    if list_jobs:
        _list_jobs(app, specs, runs, as_json)
        return
    crawler = _jobs_crawler(app, specs, distributed, redis, lake)
    if once is not None:
        by_name = {s.name: s for s in specs}
        if once not in by_name:
            known = ", ".join(by_name) or "нет"
            raise ConfigError(
                f"unknown job {once}", user_message=f"Нет задания {once}. Есть: {known}."
            )
        try:
            run = run_async(run_one_job(by_name[once], crawler, runs))
        except KeyboardInterrupt:
            app.err.print("[yellow]Задание прервано;[/yellow] следующий запуск продолжит обход.")
            sys.exit(130)
        if as_json:
            echo_json(run.__dict__)
        else:
            app.console.print(_run_line(run))
        if run.status in FAILED:
            sys.exit(1)
        return
    scheduler = Scheduler(specs, crawler, runs)
    app.console.print(
        "Задания: "
        + ", ".join(f"{escape(s.name)} ({escape(s.cron)})" for s in specs)
        + ". Остановить: Ctrl+C."
    )

    class _Echo(list[JobRun]):
        def append(self, run: JobRun) -> None:
            app.console.print(_run_line(run))
            super().append(run)

    scheduler.completed = _Echo()
    run_async(_serve(scheduler, app.console))
    app.console.print("Задания остановлены.")
