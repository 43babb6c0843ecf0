"""Dropped items are named in the store's status: the per-item loop of the normalizers,
the partial status, and the fan-out (live searches) and the crawl that collect them."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from korzina.core.baskets.service import BasketService
from korzina.core.crawl import CrawlOptions, crawl_store, shared_opener
from korzina.core.errors import ShapeChanged, StoreUnavailable
from korzina.core.fanout import FanOut
from korzina.core.models import Category, Offer, Shop, Status, StoreResult, StoreStatus
from korzina.core.rejects import Rejected, collect, each, partial_status, reject
from korzina.core.settings import FanOutSettings
from korzina.core.storage import open_memory_storage
from tests.fakes import CRAWLABLE, FakeStore, offer

FAST = FanOutSettings(timeout_s=5, retries=1, backoff_s=0)


def _build(i: int, item: dict[str, Any]) -> Offer | None:
    if "price" not in item:
        raise ShapeChanged("s", f"items.{i}.price", "missing")
    if item["price"] == "0":
        return None  # no price shown: skipped on purpose, not rejected
    return offer("s", item["id"], item["name"], item["price"])


def _label(i: int, item: dict[str, Any]) -> str:
    return str(item.get("name") or f"items.{i}")


def test_each_drops_and_names_an_item_it_cannot_read_and_keeps_the_rest() -> None:
    items = [
        {"id": "1", "name": "Молоко", "price": "89.99"},
        {"id": "2", "name": "Кефир"},
        {"id": "3", "name": "Сметана", "price": "0"},
    ]
    with collect() as rejected:
        offers = each("s", items, _build, label=_label)
    assert [o.product_id for o in offers] == ["1"]
    assert rejected == [Rejected("s", "Кефир", "не читается поле items.1.price")]


def test_each_raises_when_no_item_can_be_read() -> None:
    with pytest.raises(ShapeChanged) as info, collect():
        each("s", [{"id": "1"}, {"id": "2"}], _build, label=_label)
    assert info.value.field == "items.0.price"
    assert each("s", [], _build, label=_label) == []


def test_a_rejection_outside_collect_is_only_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger="korzina.core.rejects"):
        reject("s", "Молоко", "цена 0,00 ₽")
    assert "dropped Молоко" in caplog.text


def test_partial_status_names_up_to_three_items_and_counts_all() -> None:
    ok = StoreStatus(store="s", status=Status.OK)
    dropped = [Rejected("s", f"Товар {n}", "цена 0,00 ₽") for n in range(5)]
    status = partial_status(ok, dropped)
    assert status.status is Status.PARTIAL and status.ok and status.rejected == 5
    assert status.message == (
        "Отброшено товаров: 5 («Товар 0»: цена 0,00 ₽; «Товар 1»: цена 0,00 ₽; "
        "«Товар 2»: цена 0,00 ₽ и ещё 2)."
    )
    assert partial_status(ok, []) is ok
    failed = StoreStatus(store="s", status=Status.ERROR, message="Магазин не ответил.")
    assert partial_status(failed, dropped) is failed


class DroppingStore(FakeStore):
    """Answers with its offers after the parser dropped one item (as a normalizer does),
    failing transiently first when told to."""

    capabilities = CRAWLABLE

    def __init__(self, offers: Sequence[Offer], *, flaky: bool = False) -> None:
        super().__init__(offers=offers)
        self.flaky = flaky

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        self.calls += 1
        reject(self.id, f"карточка {self.calls}", "не читается поле price")
        if self.flaky and self.calls == 1:
            raise StoreUnavailable(self.id, "HTTP 503")
        return list(self.offers)

    async def category_offers(self, category: Category, shop: Shop | None = None) -> Any:
        reject(self.id, "карточка", "не читается поле price")
        for o in self.offers:
            yield o


async def test_the_fan_out_drops_implausible_offers_and_names_every_dropped_item() -> None:
    good = offer("fake", "1", "Яйцо куриное С1 10 шт", "119.99")
    wrong = offer("fake", "2", "Яйцо куриное С0 10 шт", "1.00")
    [result] = await FanOut(FAST).search([DroppingStore([good, wrong])], "яйца")
    assert result.offers == (good,)
    assert result.status.status is Status.PARTIAL and result.status.rejected == 2
    assert result.status.message is not None
    assert "«карточка 1»: не читается поле price" in result.status.message
    assert "«Яйцо куриное С0 10 шт»: цена 1,00 ₽ ниже 2,00 ₽" in result.status.message


async def test_only_the_answering_attempt_counts_after_a_retry() -> None:
    good = offer("fake", "1", "Яйцо куриное С1 10 шт", "119.99")
    store = DroppingStore([good], flaky=True)
    [result] = await FanOut(FAST).search([store], "яйца")
    assert store.calls == 2
    assert result.status.rejected == 1
    assert "карточка 2" in (result.status.message or "")


async def test_concurrent_searches_of_one_store_collect_their_own() -> None:
    store = DroppingStore([offer("fake", "1", "Молоко 1л", "89.99")])
    fanout = FanOut(FAST)
    a, b = await asyncio.gather(fanout.search([store], "молоко"), fanout.search([store], "кефир"))
    assert a[0].status.rejected == 1 and b[0].status.rejected == 1


def test_the_basket_service_keeps_every_searchs_dropped_items() -> None:
    ok = StoreResult(status=StoreStatus(store="s", status=Status.OK))
    one = StoreResult(status=partial_status(ok.status, [Rejected("s", "А", "цена 0,00 ₽")]))
    two = StoreResult(status=partial_status(ok.status, [Rejected("s", "Б", "цена 0,00 ₽")]))
    status, failed = BasketService._merge_status("s", [ok, one, two])
    assert not failed and status.status is Status.PARTIAL and status.rejected == 2
    assert "«А»" in (status.message or "") and "«Б»" in (status.message or "")


async def test_a_crawl_stores_no_implausible_offer_and_reports_the_dropped_ones(
    tmp_path: Path,
) -> None:
    good = offer("fake", "1", "Яйцо куриное С1 10 шт", "119.99")
    wrong = offer("fake", "2", "Яйцо куриное С0 10 шт", "0.50")
    store = DroppingStore([good, wrong])
    storage = open_memory_storage()
    report = await crawl_store(store, shared_opener(storage), options=CrawlOptions())
    _, rows = storage.query("select product_id, price from products")
    assert [r[0] for r in rows] == ["1"]
    assert report.as_json()["rejected"] == 2
    assert "«Яйцо куриное С0 10 шт»: цена 0,50 ₽ ниже 2,00 ₽" in report.rejected


def test_each_drops_an_item_whose_values_the_models_refuse() -> None:
    def build(i: int, item: dict[str, Any]) -> Offer:
        return Offer.model_validate({"store": "s", "product_id": str(i), **item})

    items = [{"name": "Молоко", "price": "89.99"}, {"name": "Кефир", "price": "много"}]
    with collect() as rejected:
        offers = each("s", items, build, label=_label)
    assert [o.name for o in offers] == ["Молоко"]
    assert rejected == [Rejected("s", "Кефир", "значения не читаются")]
