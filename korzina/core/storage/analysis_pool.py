"""Title analysis of a large batch on every core.

``korzina import`` of a catalogue spends about two thirds of its time reading titles
(``analyze_title``), one at a time, in pure Python. On a machine with more than one
core, a batch of at least ``MIN_TITLES`` distinct titles is read by worker processes
instead, one per core. They are started with ``spawn``, never forked, since the parent
runs DuckDB's threads. They start at the first large batch of a write (``korzina
import`` of a large file starts them before reading it: ``warm``) and serve the rest of
it. ``submit`` returns at once, so the parent writes one chunk's analyses while the
workers read the next (``analysis.analyze_pending``).

A worker's reading equals the parent's: same function, same taxonomy and dictionary.
A pool that cannot start, or breaks midway, is logged and left; the batch is then read
in the parent, as on one core.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError
from types import TracebackType
from typing import TYPE_CHECKING, Any

from korzina.core.matching.analyze import TitleAnalysis, analyze_title
from korzina.core.storage.rows import pack_of
from korzina.core.text import Lemmatizer

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)

# What one product's analysis reads: name, brand, category path, sold_by, and the
# offer's pack (value, unit, count), in ``analysis._PRODUCT``'s order.
Product = tuple[Any, ...]

# Below this many distinct titles, starting the workers (about a second of CPU each,
# to load the dictionary and the taxonomy) costs more than it saves.
MIN_TITLES = 20_000
# Titles per task: small enough to keep every worker busy to the end of a batch.
TASK_TITLES = 2_000
MAX_WORKERS = 8
# A worker that died or could not start (BrokenProcessPool is a RuntimeError), a task
# that could not be sent, or one cancelled when a failure closed the pool.
_POOL_ERRORS = (OSError, RuntimeError, pickle.PickleError, CancelledError)


def analyze_product(product: Product, lemmatizer: Lemmatizer) -> TitleAnalysis:
    """The analysis of one product's stored fields (see ``Product``)."""
    name, brand, path, sold_by, p_value, p_unit, p_count = product
    return analyze_title(
        name,
        brand,
        tuple(path or ()),
        pack=pack_of(p_value, p_unit, p_count),
        sold_by_kg=sold_by == "kg",
        lemmatizer=lemmatizer,
    )


def _analyze_task(products: Sequence[Product]) -> list[TitleAnalysis]:
    """A worker's task: with the worker's own word cache, kept across its tasks."""
    from korzina.core.storage.analysis import shared_lemmatizer

    lemmatizer = shared_lemmatizer()
    return [analyze_product(p, lemmatizer) for p in products]


def _warm_task() -> None:
    """A worker's start: its dictionary and taxonomy loaded before the first title."""
    from korzina.core.storage.analysis import shared_lemmatizer

    analyze_title("Молоко 3,2%, 1 л", lemmatizer=shared_lemmatizer())


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class TitlePool:
    """Worker processes for the large batches of one write, started when first needed.

    Use as a context manager; ``analyze`` returns None when the batch is better read
    in the parent (too small, one core, or a pool that failed)."""

    def __init__(self, workers: int | None = None, min_titles: int | None = None) -> None:
        self.workers = min(workers or cores(), MAX_WORKERS)
        self.min_titles = MIN_TITLES if min_titles is None else min_titles
        self._pool: ProcessPoolExecutor | None = None
        self._failed = False

    def submit(
        self, products: Sequence[Product]
    ) -> Callable[[], list[TitleAnalysis] | None] | None:
        """Start the workers on ``products`` and return at once: the returned call waits
        for their analyses, in order (None: the pool failed; read them in the parent).
        None instead of a call when the batch is better read in the parent (too small,
        one core, or a pool that failed). The caller does its own work meanwhile."""
        if self._failed or self.workers < 2 or len(products) < self.min_titles:
            return None
        tasks = [products[i : i + TASK_TITLES] for i in range(0, len(products), TASK_TITLES)]
        try:
            pool = self._started()
            futures = [pool.submit(_analyze_task, task) for task in tasks]
        except _POOL_ERRORS as error:
            self._fail(error)
            return None

        def analyses() -> list[TitleAnalysis] | None:
            try:
                return [a for future in futures for a in future.result()]
            except _POOL_ERRORS as error:
                self._fail(error)
                return None

        return analyses

    def warm(self) -> None:
        """Start the workers now, in the background (each loads its dictionary and
        taxonomy, about a second of CPU), for a write that knows its batch is large
        while it still reads its file."""
        if self._failed or self.workers < 2:
            return
        try:
            pool = self._started()
            for _ in range(self.workers):
                pool.submit(_warm_task)
        except _POOL_ERRORS as error:
            self._fail(error)

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # Imported here: every cold basket imports this module, only large writes
            # start workers.
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self._pool

    def _fail(self, error: BaseException) -> None:
        log.warning("title analysis workers failed, analysing in this process: %s", error)
        self._failed = True
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> TitlePool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
