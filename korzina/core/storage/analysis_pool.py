"""Title analysis of a large batch on every core.

``korzina import`` of a catalogue spends about two thirds of its time reading titles
(``analyze_title``), one at a time, in pure Python. On a machine with more than one
core, a batch of at least ``MIN_TITLES`` distinct titles is read by worker processes
instead, one per core. They are started with ``spawn``, never forked, since the parent
runs DuckDB's threads. They start at the first large batch of a write and serve the
rest of it.

A worker's reading equals the parent's: same function, same taxonomy and dictionary.
A pool that cannot start, or breaks midway, is logged and left; the batch is then read
in the parent, as on one core.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Sequence
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

    def analyze(self, products: Sequence[Product]) -> list[TitleAnalysis] | None:
        """The analyses of ``products`` in their order, read by the workers."""
        if self._failed or self.workers < 2 or len(products) < self.min_titles:
            return None
        tasks = [products[i : i + TASK_TITLES] for i in range(0, len(products), TASK_TITLES)]
        try:
            if self._pool is None:
                # Imported here: every cold basket imports this module, only large
                # writes start workers.
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn")
                )
            return [a for part in self._pool.map(_analyze_task, tasks) for a in part]
        except (OSError, RuntimeError, pickle.PickleError) as error:
            # BrokenProcessPool is a RuntimeError: a worker died or could not start.
            log.warning("title analysis workers failed, analysing in this process: %s", error)
            self._failed = True
            self.close()
            return None

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
