"""Title analysis in worker processes (``korzina.core.storage.analysis_pool``): a large
batch read on every core is stored exactly as the parent would have read it, and a pool
that breaks leaves the batch to the parent, never a batch unread."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from korzina.core.matching.analyze import TitleAnalysis
from korzina.core.storage import analysis, analysis_pool, open_memory_storage
from korzina.core.storage.analysis_pool import Product, TitlePool, analyze_product
from korzina.core.storage.importer import import_file, load
from korzina.core.text import Lemmatizer
from tests.core.test_title_analysis_storage import _stored_against_direct

REAL = Path(__file__).resolve().parents[1] / "data" / "real_offers.jsonl"


def _real_products(n: int) -> list[Product]:
    """The first ``n`` real offers as ``Product`` tuples (no pack: the title's is read)."""
    out: list[Product] = []
    with REAL.open(encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            out.append(
                (
                    o["name"],
                    o.get("brand"),
                    tuple(o["category_path"] or ()),
                    o["sold_by"],
                    None,
                    None,
                    None,
                )
            )
            if len(out) == n:
                break
    return out


def _read(pool: TitlePool, products: list[Product]) -> list[TitleAnalysis] | None:
    """The workers' analyses of ``products`` (None: the parent is to read them)."""
    analyses = pool.submit(products)
    return None if analyses is None else analyses()


def test_workers_read_real_titles_exactly_as_the_parent_does() -> None:
    products = _real_products(900)
    lemmatizer = Lemmatizer()
    with TitlePool(workers=2, min_titles=1) as pool:
        read = _read(pool, products)
    assert read == [analyze_product(p, lemmatizer) for p in products]


def test_a_small_batch_or_one_core_stays_in_the_parent() -> None:
    products = _real_products(50)
    with TitlePool(workers=2, min_titles=51) as pool:
        assert _read(pool, products) is None
    with TitlePool(workers=1, min_titles=1) as pool:
        assert _read(pool, products) is None


class _KillsTheWorker:
    """Unpickled in a worker, it ends that process: a worker that dies midway."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


def test_a_broken_pool_is_logged_and_the_parent_reads_the_batch(
    caplog: pytest.LogCaptureFixture,
) -> None:
    products: list[Product] = [("Молоко 3,2%", _KillsTheWorker(), (), None, None, None, None)]
    with TitlePool(workers=2, min_titles=1) as pool, caplog.at_level(logging.WARNING):
        assert _read(pool, products) is None
        # Failed once: later batches go straight to the parent.
        assert _read(pool, _real_products(5)) is None
    assert "workers failed" in caplog.text


def _workers_on_every_batch(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int]]:
    """Workers for any batch on two cores, no title read by an earlier test, and a log of
    the pool's batches: ("submit", batch number, titles sent) when one is sent, ("wait",
    batch number, analyses read) when the parent waits for it."""
    events: list[tuple[str, int, int]] = []
    submit = TitlePool.submit

    def logged(self: TitlePool, products: Any) -> Any:
        analyses = submit(self, products)
        if analyses is None:
            return None
        n = sum(e[0] == "submit" for e in events)
        events.append(("submit", n, len(products)))

        def waited() -> Any:
            out = analyses()
            events.append(("wait", n, 0 if out is None else len(out)))
            return out

        return waited

    monkeypatch.setattr(analysis_pool, "cores", lambda: 2)
    monkeypatch.setattr(analysis_pool, "MIN_TITLES", 1)
    monkeypatch.setattr(analysis, "_RECENT", {})
    monkeypatch.setattr(TitlePool, "submit", logged)
    return events


def test_an_import_analysed_by_workers_stores_what_analyze_title_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every real offer imported with the workers on (any batch is large enough) is stored
    with ``analyze_title``'s own reading, sister chains' titles included."""
    events = _workers_on_every_batch(monkeypatch)
    db = open_memory_storage()
    import_file(db, REAL)
    stored, direct = _stored_against_direct(db)
    assert len(stored) > 4000
    assert stored == direct
    # the workers, not the parent, read the titles
    assert sum(size for what, _, size in events if what == "wait") > 4000


def test_an_import_in_many_chunks_reads_each_ahead_and_stores_what_analyze_title_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large import starts the workers before its first chunk; they read chunk k + 1
    while chunk k is written, and every product (a sister pair split between two chunks
    too) is stored with ``analyze_title``'s own reading."""
    events = _workers_on_every_batch(monkeypatch)
    warm = TitlePool.warm

    def logged_warm(self: TitlePool) -> None:
        events.append(("warm", 0, 0))
        warm(self)

    monkeypatch.setattr(analysis, "_CHUNK", 700)
    monkeypatch.setattr(load, "_LARGE_FILE_BYTES", 1)
    monkeypatch.setattr(TitlePool, "warm", logged_warm)
    db = open_memory_storage()
    import_file(db, REAL)
    stored, direct = _stored_against_direct(db)
    assert len(stored) > 4000
    assert stored == direct
    # Warmed first; then each chunk is sent before the one before it is waited for.
    steps = [(what, n) for what, n, _ in events]
    assert steps[:4] == [("warm", 0), ("submit", 0), ("submit", 1), ("wait", 0)]
    chunks = sum(what == "submit" for what, _ in steps)
    assert chunks >= 6
    assert steps.index(("submit", chunks - 1)) < steps.index(("wait", chunks - 2))
