"""When the crawl's writer opens and closes the database between batches.

Batches that follow each other at once share one session (opening the file per batch
cost more than the batch); while the crawl waits for the store longer than
``linger_s`` the file is closed, so other processes can open it; it is closed after
``max_hold_s`` at the latest, and always when the crawl ends, even on an error.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import cast

from korzina.core.crawl import CrawlOptions, crawl_store
from korzina.core.errors import StorageError
from korzina.core.models import Category, Offer, Shop
from korzina.core.storage import Storage, open_memory_storage
from tests.fakes import CRAWLABLE, FakeStore

SHOP = "1"
OFFERS = 40
PAGE = 5


class _Opener:
    """A DbOpener over one in-memory database that records its sessions."""

    def __init__(self) -> None:
        self.storage = open_memory_storage()
        self.sessions = 0
        self.is_open = False

    @contextmanager
    def __call__(self) -> Iterator[Storage]:
        assert not self.is_open, "two sessions at once"
        self.sessions += 1
        self.is_open = True
        try:
            yield self.storage
        finally:
            self.is_open = False


class _PagedStore(FakeStore):
    """Offers in pages of PAGE, ``pause`` seconds before each page (the network)."""

    capabilities = CRAWLABLE

    def __init__(self, opener: _Opener, pause: float) -> None:
        offers = [
            Offer(store="fake", product_id=str(i), name="Молоко", price=Decimal("80.00"))
            for i in range(OFFERS)
        ]
        super().__init__(offers=offers)
        self.opener = opener
        self.pause = pause
        self.open_while_waiting: list[bool] = []

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        for start in range(0, len(self.offers), PAGE):
            if self.pause:
                await asyncio.sleep(self.pause)
            # After the wait, before the page: was the file held while waiting?
            self.open_while_waiting.append(self.opener.is_open)
            for offer in self.offers[start : start + PAGE]:
                yield offer


async def test_batches_that_follow_at_once_share_one_session_closed_at_the_end() -> None:
    opener = _Opener()
    store = _PagedStore(opener, pause=0.0)
    report = await crawl_store(
        store,
        opener,
        shop_id=SHOP,
        options=CrawlOptions(batch_size=PAGE, linger_s=60.0, max_hold_s=60.0),
    )
    assert (report.status, report.offers, report.batches) == ("done", OFFERS, OFFERS // PAGE)
    # One session to look the shop up, one for every batch and the state.
    assert opener.sessions == 2
    assert not opener.is_open
    saved = opener.storage.offers.get_offers(("fake", str(i)) for i in range(OFFERS))
    assert len(saved) == OFFERS


async def test_the_file_is_closed_while_the_crawl_waits_for_the_store() -> None:
    opener = _Opener()
    store = _PagedStore(opener, pause=0.05)
    report = await crawl_store(
        store,
        opener,
        shop_id=SHOP,
        options=CrawlOptions(batch_size=PAGE, linger_s=0.01, max_hold_s=60.0),
    )
    assert report.status == "done"
    # A batch is written after every page; the wait for the next page outlasts linger_s.
    assert store.open_while_waiting == [False] * (OFFERS // PAGE)
    # Shop, the initial state, then a session per batch (the last one also ends the crawl).
    assert opener.sessions == 1 + 1 + OFFERS // PAGE
    assert not opener.is_open


async def test_max_hold_zero_closes_the_file_after_every_transaction() -> None:
    opener = _Opener()
    store = _PagedStore(opener, pause=0.0)
    report = await crawl_store(
        store,
        opener,
        shop_id=SHOP,
        options=CrawlOptions(batch_size=PAGE, linger_s=60.0, max_hold_s=0.0),
    )
    assert report.status == "done"
    # Shop, initial state, each batch, the category's end, the final state.
    assert opener.sessions == 1 + 1 + OFFERS // PAGE + 1 + 1
    assert not opener.is_open


class _BrokenOffers:
    def save_offers(self, offers: object) -> None:
        raise StorageError("disk full")


class _BrokenStorage:
    """The storage with every offer write failing (the state still saves)."""

    def __init__(self, inner: Storage) -> None:
        self._inner = inner
        self.offers = _BrokenOffers()

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


class _BreakingOpener(_Opener):
    @contextmanager
    def __call__(self) -> Iterator[Storage]:
        with super().__call__() as storage:
            yield cast(Storage, _BrokenStorage(storage))


async def test_a_session_whose_transaction_failed_is_closed_not_reused() -> None:
    opener = _BreakingOpener()
    store = _PagedStore(opener, pause=0.0)
    report = await crawl_store(
        store,
        opener,
        shop_id=SHOP,
        options=CrawlOptions(batch_size=PAGE, linger_s=60.0, max_hold_s=60.0),
    )
    assert report.status == "partial"
    assert len(report.errors) == 1
    assert "disk full" in report.errors[0].message
    # Shop; the initial state and the failed batch; the failure's state and the end.
    assert opener.sessions == 3
    assert not opener.is_open
