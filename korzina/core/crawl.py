"""Crawling a store's whole catalog for one shop: resumable, batched, rate-limited.

``crawl_store`` walks the leaf categories one by one through the adapter's
``category_offers`` (which follows the store's pagination to the end) and writes what it
gets in batches: every ``batch_size`` offers and at the end of each category, each batch in
one transaction together with the crawl's progress record. So:

- a crash or a kill loses at most the batch in flight; everything committed stays;
- the progress record (kv namespace ``crawl``, key ``<store>:<shop>``) lists the finished
  categories, and a resumed crawl (``resume=True``) skips them and redoes the rest;
- redoing part of a category is harmless: an unchanged price adds no observation.

A blocked store (``StoreBlocked``) stops that store's crawl with a Russian message and a
resumable state. Transient failures are retried per category (``korzina.core.retry``:
exponential backoff with jitter; a 429's ``Retry-After`` is honoured; a refused connection
is not retried); a category that still
fails is recorded and the crawl goes on, until ``max_consecutive_failures`` in a row
stop it as unavailable.

The database is reached through ``open_db``: a callable giving a context manager of a
``Storage``. ``session_opener(path)`` opens the DuckDB file for one unit of work and
closes it after, so other processes (the bot) can open the file between batches (see
``korzina.core.jobs`` for the whole design). The crawl's writer keeps a session open
only while batches follow each other quickly: it closes it once no batch came for
``CrawlOptions.linger_s`` (0.2 s) or after holding it ``max_hold_s`` (1 s), and at the
end. A real crawl waits ≥ 0.5 s per page, so the file is closed between its batches as
before; a replay with no network delay no longer reopens the file for every batch
(opening and closing it cost more than writing the batch).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from pathlib import Path
from typing import Any, cast

import httpx

from korzina.core.crawl_types import (
    REJECTED_SHOWN,
    CategoryFailure,
    CrawlOptions,
    CrawlProgress,
    CrawlReport,
    CrawlStatus,
    NoProgress,
    category_dump,
    plan_categories,
)
from korzina.core.errors import (
    KorzinaError,
    StoreBlocked,
    StoreError,
    StoreRateLimited,
    StoreUnavailable,
)
from korzina.core.http import Sleep
from korzina.core.models import Category, Offer, Shop, utcnow
from korzina.core.plausibility import screen
from korzina.core.rejects import collect
from korzina.core.retry import Backoff, retry_async
from korzina.core.storage.base import Storage, WriteStats
from korzina.core.store import StoreAdapter, status_from_error
from korzina.core.store_http import connect_failed

__all__ = [
    "REJECTED_SHOWN",
    "TRANSIENT",
    "CategoryFailure",
    "CrawlOptions",
    "CrawlProgress",
    "CrawlReport",
    "CrawlStatus",
    "DbOpener",
    "NoProgress",
    "crawl_store",
    "load_state",
    "plan_categories",
    "session_opener",
    "shared_opener",
    "state_key",
]

log = logging.getLogger(__name__)

STATE_NAMESPACE = "crawl"

# States a resumed crawl continues from; "done" starts afresh.
UNFINISHED: frozenset[str] = frozenset(
    {"running", "partial", "blocked", "unavailable", "interrupted"}
)

DbOpener = Callable[[], AbstractContextManager[Storage]]

TRANSIENT: tuple[type[BaseException], ...] = (StoreUnavailable, httpx.TransportError)


def session_opener(path: str | Path, *, wait_s: float = 30.0) -> DbOpener:
    """Open the DuckDB file for one unit of work and close it right after.

    ``wait_s``: how long to wait while another process holds the file (DuckDB lets one
    process at a time open it for writing).
    """
    from korzina.core.storage import open_storage

    @contextmanager
    def session() -> Iterator[Storage]:
        # DuckDBStorage implements the Storage protocol; mypy reads the protocol's
        # repository attributes as invariant, hence the cast.
        # One DuckDB thread: a batch is a few hundred rows, where the thread pool's
        # hand-offs cost more CPU than they save (about 10 % of a crawl's CPU).
        storage = cast(Storage, open_storage(path, wait_s=wait_s, threads=1))
        try:
            yield storage
        finally:
            storage.close()

    return session


def shared_opener(storage: Storage) -> DbOpener:
    """Use one already-open storage for every batch (tests, in-process callers)."""
    return lambda: nullcontext(storage)


def state_key(store: str, shop_id: str | None) -> str:
    return f"{store}:{shop_id or 'default'}"


def _why(store_id: str, exc: BaseException) -> str:
    """A crawl failure for the report: the Russian message, then the technical detail.

    Whoever runs a crawl needs the reason (a disk, a block page), not just that it failed.
    """
    status = status_from_error(store_id, exc)
    message = status.message or str(exc)
    return f"{message} ({status.detail})" if status.detail else message


class _Writer:
    """Buffers offers and commits them with the crawl state, a batch per transaction.

    The session ``open_db`` gives is kept between batches that follow within
    ``linger_s`` (a timer on the event loop closes it once the crawl waits longer) and
    closed after ``max_hold_s``; ``release`` closes it at once.
    """

    def __init__(
        self,
        open_db: DbOpener,
        key: str,
        report: CrawlReport,
        state: dict[str, Any],
        *,
        linger_s: float = 0.0,
        max_hold_s: float = 0.0,
    ):
        self.open_db = open_db
        self.key = key
        self.report = report
        self.state = state
        self.buffer: list[Offer] = []
        self.linger_s = linger_s
        self.max_hold_s = max_hold_s
        self._session: ExitStack | None = None
        self._storage: Storage | None = None
        self._opened_at = 0.0
        self._idle: asyncio.TimerHandle | None = None

    def _open(self) -> Storage:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._storage is None:
            session = ExitStack()
            self._storage = session.enter_context(self.open_db())
            self._session = session
            self._opened_at = time.monotonic()
        return self._storage

    def _linger(self) -> None:
        """After a commit: keep the session for a next batch, or close it now."""
        if self.linger_s <= 0 or time.monotonic() - self._opened_at >= self.max_hold_s:
            self.release()
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop to close it later
            self.release()
            return
        self._idle = loop.call_later(self.linger_s, self._release_idle)

    def _release_idle(self) -> None:
        try:
            self.release()
        except Exception:  # a timer callback has no caller to raise to
            log.exception("crawl %s: closing the idle database session failed", self.key)

    def release(self) -> None:
        """Close the session now (the crawl ends or is about to wait)."""
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        session, self._session, self._storage = self._session, None, None
        if session is not None:
            session.close()

    def _commit(self, mark_done: str | None = None) -> WriteStats:
        offers, self.buffer = self.buffer, []
        stats = WriteStats()
        storage = self._open()
        try:
            with storage.transaction():
                if offers:
                    stats = storage.offers.save_offers(offers)
                if mark_done is not None:
                    self.state["done"].append(mark_done)
                    self.state["failed"].pop(mark_done, None)
                self.state["offers"] += stats.offers
                self.state["new_prices"] += stats.new_prices
                self.state["new_products"] += stats.new_products
                self.state["updated_at"] = utcnow().isoformat()
                storage.kv.put(STATE_NAMESPACE, self.key, self.state)
        except BaseException:
            self.release()
            raise
        self._linger()
        self.report.offers += stats.offers
        self.report.new_prices += stats.new_prices
        self.report.new_products += stats.new_products
        self.report.batches += 1 if offers else 0
        return stats

    def add(self, offer: Offer, batch_size: int) -> None:
        self.buffer.append(offer)
        if len(self.buffer) >= batch_size:
            self._commit()

    def flush(self) -> None:
        if self.buffer:
            self._commit()

    def finish_category(self, category_id: str) -> None:
        self._commit(mark_done=category_id)

    def save_state(self) -> None:
        """Whatever is buffered plus the state (status, failures) in one transaction."""
        self._commit()


def load_state(open_db: DbOpener, store: str, shop_id: str | None) -> dict[str, Any] | None:
    with open_db() as storage:
        value = storage.kv.get(STATE_NAMESPACE, state_key(store, shop_id))
    return value if isinstance(value, dict) else None


def _resolve_shop(adapter: StoreAdapter, shop_id: str | None, open_db: DbOpener) -> Shop | None:
    """A known shop from the database (it may carry store-specific details), else a bare one."""
    if shop_id is None:
        return None
    with open_db() as storage:
        known = storage.shops.get_shop(adapter.id, shop_id)
    return known or Shop(store=adapter.id, shop_id=shop_id)


async def crawl_store(
    adapter: StoreAdapter,
    open_db: DbOpener,
    *,
    shop_id: str | None = None,
    options: CrawlOptions | None = None,
    progress: CrawlProgress | None = None,
    sleep: Sleep = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> CrawlReport:
    """Crawl ``adapter``'s catalog at ``shop_id`` (None: the store's default shop).

    Never raises for store trouble: the report's ``status`` and ``message`` say what
    happened. Cancellation (SIGINT, the jobs process stopping) saves the state as
    «interrupted» and re-raises. A storage failure raises ``StorageError``.
    """
    opts = options or CrawlOptions()
    show = progress or NoProgress()
    effective_shop = shop_id or adapter.settings.default_shop_id
    key = state_key(adapter.id, effective_shop)
    report = CrawlReport(store=adapter.id, shop_id=effective_shop)
    started = clock()

    if not adapter.capabilities.category_crawl:
        report.status = "unavailable"
        report.message = "Магазин не отдаёт каталог целиком: обход невозможен."
        return _finish(report, started, clock)
    previous = load_state(open_db, adapter.id, effective_shop) if opts.resume else None
    shop = _resolve_shop(adapter, shop_id, open_db)
    resuming = (
        previous is not None
        and previous.get("status") in UNFINISHED
        and (not opts.categories or set(opts.categories) == set(previous.get("requested") or []))
    )
    try:
        if resuming and previous is not None:
            plan = [Category.model_validate(c) for c in previous["categories"]]
            state = previous
            state["status"] = "running"
            report.resumed = True
        else:
            tree = await adapter.categories(shop)
            plan = plan_categories(tree, opts.categories)
            state = {
                "store": adapter.id,
                "shop_id": effective_shop,
                "started_at": report.started_at.isoformat(),
                "status": "running",
                "requested": list(opts.categories or []),
                "categories": [category_dump(c) for c in plan],
                "done": [],
                "failed": {},
                "offers": 0,
                "new_prices": 0,
                "new_products": 0,
                "message": None,
            }
    except StoreError as exc:
        report.status = "blocked" if isinstance(exc, StoreBlocked) else "unavailable"
        report.message = _why(adapter.id, exc)
        return _finish(report, started, clock)

    writer = _Writer(
        open_db, key, report, state, linger_s=opts.linger_s, max_hold_s=opts.max_hold_s
    )
    try:
        await _crawl_plan(adapter, plan, state, shop, writer, report, opts, show, sleep)
    finally:
        writer.release()
    return _finish(report, started, clock)


async def _crawl_plan(
    adapter: StoreAdapter,
    plan: list[Category],
    state: dict[str, Any],
    shop: Shop | None,
    writer: _Writer,
    report: CrawlReport,
    opts: CrawlOptions,
    show: CrawlProgress,
    sleep: Sleep,
) -> None:
    """The categories not done yet, one by one; the report and the state say how it went."""
    done = set(state["done"])
    todo = [c for c in plan if c.category_id not in done]
    report.categories_total = len(plan)
    report.categories_skipped = len(plan) - len(todo)
    show.planned(len(plan), report.categories_skipped)
    writer.save_state()

    consecutive = 0
    try:
        for category in todo:
            show.category_started(category)
            outcome = await _crawl_category(adapter, category, shop, writer, opts, show, sleep)
            if outcome is None:
                writer.finish_category(category.category_id)
                report.categories_done += 1
                consecutive = 0
                continue
            error, count = outcome
            message = _why(adapter.id, error)
            show.category_finished(category, count, ok=False)
            if isinstance(error, StoreBlocked):
                report.status = "blocked"
                report.message = message
                break
            report.errors.append(CategoryFailure(category.category_id, category.name, message))
            state["failed"][category.category_id] = message
            writer.save_state()
            consecutive += 1
            if isinstance(error, TRANSIENT) and consecutive >= opts.max_consecutive_failures:
                report.status = "unavailable"
                report.message = message
                break
        else:
            report.status = "partial" if state["failed"] else "done"
    except (asyncio.CancelledError, KeyboardInterrupt):
        report.status = "interrupted"
        report.message = "Обход прерван; продолжить: korzina crawl --resume."
        state["status"] = report.status
        state["message"] = report.message
        writer.save_state()
        raise
    state["status"] = report.status
    state["message"] = report.message
    writer.save_state()


def _finish(report: CrawlReport, started: float, clock: Callable[[], float]) -> CrawlReport:
    report.finished_at = utcnow()
    report.seconds = clock() - started
    return report


async def _crawl_category(
    adapter: StoreAdapter,
    category: Category,
    shop: Shop | None,
    writer: _Writer,
    opts: CrawlOptions,
    show: CrawlProgress,
    sleep: Sleep,
    jitter: Callable[[], float] = random.random,
) -> tuple[BaseException, int] | None:
    """Every page of one category into the writer; None when it finished, else the error.

    Offers of a failed attempt are kept (they are real prices); a retry starts the
    category over and the repeated offers add no observations.
    """
    count = 0

    async def one_try() -> None:
        nonlocal count
        count = 0
        with collect() as rejected:
            try:
                async for offer in adapter.category_offers(category, shop):
                    # Implausible prices are dropped and named, never stored.
                    for kept in screen((offer,)):
                        writer.add(kept, opts.batch_size)
                    count += 1
                    show.offers_seen(1)
            finally:
                writer.report.note_rejected(rejected)

    def before_retry(exc: BaseException, attempt: int, delay: float) -> None:
        writer.flush()
        writer.release()  # not held through the backoff
        log.info(
            "crawl %s/%s: retry %d in %.1fs after %s",
            adapter.id,
            category.category_id,
            attempt,
            delay,
            exc,
        )

    def delay_for(exc: BaseException, delay: float) -> float | None:
        if connect_failed(exc):
            return None  # refused or no DNS: fail fast, the next category will tell
        if isinstance(exc, StoreRateLimited) and exc.retry_after is not None:
            return exc.retry_after if exc.retry_after <= opts.max_retry_after_s else None
        return delay

    try:
        await retry_async(
            one_try,
            retry_on=TRANSIENT,
            backoff=Backoff(opts.backoff_s, retries=opts.retries, jitter=jitter),
            policy=delay_for,
            sleep=sleep,
            on_retry=before_retry,
        )
    except TRANSIENT as exc:
        writer.flush()
        return exc, count
    except (StoreError, KorzinaError) as exc:
        writer.flush()
        return exc, count
    except (asyncio.CancelledError, KeyboardInterrupt):
        raise
    except Exception as exc:  # an adapter bug must not end the whole crawl silently
        log.exception("crawl %s/%s failed", adapter.id, category.category_id)
        writer.flush()
        return exc, count
    show.category_finished(category, count, ok=True)
    return None
