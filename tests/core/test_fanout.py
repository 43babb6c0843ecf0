"""The fan-out: every store answers with offers or a status, at once, politely."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence

import httpx
import pytest

from korzina.core.errors import (
    NoConnection,
    ShapeChanged,
    StoreBlocked,
    StoreError,
    StoreRateLimited,
    StoreUnavailable,
)
from korzina.core.fanout import BreakerState, FanOut, no_connection, status_from_error
from korzina.core.models import Offer, Shop, Status, StoreResult
from korzina.core.settings import FanOutSettings
from korzina.core.store import StoreAdapter
from tests.fakes import FakeStore, FakeTime, fake_store_class, offer


def store(store_id: str, **kwargs: object) -> FakeStore:
    return fake_store_class(store_id)(**kwargs)  # type: ignore[arg-type]


def settings(**kwargs: float) -> FanOutSettings:
    base: dict[str, float] = {"timeout_s": 5.0, "retries": 2, "backoff_s": 0.01}
    return FanOutSettings.model_validate({**base, **kwargs})


async def test_slow_failing_and_blocked_stores_do_not_hold_back_the_fast_one() -> None:
    fast = store("fast", offers=[offer("fast", "1", "Молоко 3,2% 930 мл", "89.99")])
    slow = store("slow", delay=2.0, offers=[offer("slow", "2", "Молоко", "79.90")])
    failing = store("failing", error=StoreError("failing", "HTTP 404 on /search"))
    blocked = store("blocked", error=StoreBlocked("blocked", "ServicePipe captcha"))
    fanout = FanOut(settings(timeout_s=0.5))

    started = time.monotonic()
    results = await fanout.search([slow, failing, blocked, fast], "молоко")
    elapsed = time.monotonic() - started

    assert [r.status.store for r in results] == ["slow", "failing", "blocked", "fast"]
    assert [r.status.status for r in results] == [
        Status.TIMEOUT,
        Status.ERROR,
        Status.BLOCKED,
        Status.OK,
    ]
    assert [o.name for o in results[3].offers] == ["Молоко 3,2% 930 мл"]
    assert all(not r.offers for r in results[:3])
    assert "0.5" in (results[0].status.message or "")
    assert results[1].status.message == "Магазин не ответил."
    assert "404" in (results[1].status.detail or "")
    assert results[2].status.message == "Магазин закрыл доступ для программ."
    assert "ServicePipe" in (results[2].status.detail or "")
    # Bounded by the timeout, not by the slow store's 2 s (generous margin for busy CI).
    assert elapsed < 1.6


async def test_stores_are_asked_at_once_so_wall_time_is_the_slowest_not_the_sum() -> None:
    stores = [store(f"s{i}", delay=0.3) for i in range(4)]
    started = time.monotonic()
    results = await FanOut(settings()).search(stores, "хлеб")
    elapsed = time.monotonic() - started
    assert all(r.status.ok for r in results)
    assert elapsed < 1.0  # the sum would be 1.2 s


@pytest.mark.parametrize(
    "transient",
    [StoreUnavailable("s", "HTTP 503"), httpx.ReadError("connection reset by peer")],
    ids=["store-unavailable", "httpx-transport-error"],
)
async def test_transient_errors_are_retried_with_growing_backoff(transient: Exception) -> None:
    clock = FakeTime()
    s = store("s", failures=[transient, transient], offers=[offer("s", "1", "Хлеб", "45")])
    fanout = FanOut(
        settings(retries=2, backoff_s=1.0), clock=clock.clock, sleep=clock.sleep, jitter=lambda: 1.0
    )
    [result] = await fanout.search([s], "хлеб")
    assert result.status.ok
    assert s.calls == 3
    assert clock.sleeps == [pytest.approx(1.0), pytest.approx(2.0)]


async def test_backoff_jitter_shortens_the_delay_at_most_by_half() -> None:
    clock = FakeTime()
    s = store("s", failures=[StoreUnavailable("s", "503")])
    fanout = FanOut(
        settings(retries=1, backoff_s=1.0), clock=clock.clock, sleep=clock.sleep, jitter=lambda: 0.0
    )
    await fanout.search([s], "хлеб")
    assert clock.sleeps == [pytest.approx(0.5)]


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (StoreBlocked("s", "captcha"), Status.BLOCKED),
        (ShapeChanged("s", "products[0].prices"), Status.ERROR),
    ],
    ids=["blocked", "shape-changed"],
)
async def test_blocked_and_shape_changed_are_never_retried(
    error: Exception, status: Status
) -> None:
    clock = FakeTime()
    s = store("s", error=error)
    fanout = FanOut(settings(retries=3), clock=clock.clock, sleep=clock.sleep)
    [result] = await fanout.search([s], "хлеб")
    assert result.status.status is status
    assert s.calls == 1
    assert clock.sleeps == []


async def test_retries_give_up_after_the_configured_count() -> None:
    clock = FakeTime()
    s = store("s", error=StoreUnavailable("s", "HTTP 502"))
    fanout = FanOut(settings(retries=2), clock=clock.clock, sleep=clock.sleep)
    [result] = await fanout.search([s], "хлеб")
    assert result.status.status is Status.ERROR
    assert "502" in (result.status.detail or "")
    assert s.calls == 3


async def test_breaker_opens_after_consecutive_failures_and_skips_the_store() -> None:
    clock = FakeTime()
    s = store("s", error=StoreError("s", "HTTP 500"))
    fanout = FanOut(
        settings(retries=0, breaker_failures=2, breaker_cooldown_s=60),
        clock=clock.clock,
        sleep=clock.sleep,
    )
    for _ in range(2):
        [result] = await fanout.search([s], "хлеб")
        assert result.status.status is Status.ERROR
    assert fanout.breaker_state("s") is BreakerState.OPEN

    clock.now += 59
    [skipped] = await fanout.search([s], "хлеб")
    assert s.calls == 2  # not asked while open
    assert skipped.status.status is Status.ERROR
    assert skipped.status.message == "временно отключён после 2 ошибок подряд"


async def test_breaker_half_open_trial_success_closes_it() -> None:
    clock = FakeTime()
    s = store("s", failures=[StoreError("s", "500"), StoreError("s", "500")])
    s.offers = [offer("s", "1", "Хлеб", "45")]
    fanout = FanOut(
        settings(retries=0, breaker_failures=2, breaker_cooldown_s=60),
        clock=clock.clock,
        sleep=clock.sleep,
    )
    await fanout.search([s], "хлеб")
    await fanout.search([s], "хлеб")
    assert fanout.breaker_state("s") is BreakerState.OPEN

    clock.now += 60
    [trial] = await fanout.search([s], "хлеб")
    assert trial.status.ok and s.calls == 3
    assert fanout.breaker_state("s") is BreakerState.CLOSED
    [after] = await fanout.search([s], "хлеб")
    assert after.status.ok and s.calls == 4


async def test_breaker_half_open_trial_failure_reopens_it_for_another_cooldown() -> None:
    clock = FakeTime()
    s = store("s", error=StoreError("s", "500"))
    fanout = FanOut(
        settings(retries=0, breaker_failures=1, breaker_cooldown_s=60),
        clock=clock.clock,
        sleep=clock.sleep,
    )
    await fanout.search([s], "хлеб")
    clock.now += 60
    [trial] = await fanout.search([s], "хлеб")
    assert trial.status.status is Status.ERROR and s.calls == 2
    assert fanout.breaker_state("s") is BreakerState.OPEN
    clock.now += 30
    [skipped] = await fanout.search([s], "хлеб")
    assert s.calls == 2
    assert "временно отключён" in (skipped.status.message or "")


async def test_half_open_lets_only_one_trial_call_through() -> None:
    clock = FakeTime()
    s = store("s", failures=[StoreError("s", "500")], delay=0.05)
    fanout = FanOut(
        settings(retries=0, breaker_failures=1, breaker_cooldown_s=60),
        clock=clock.clock,
        sleep=clock.sleep,
    )
    await fanout.search([s], "хлеб")
    clock.now += 60
    first, second = await asyncio.gather(fanout.search([s], "a"), fanout.search([s], "b"))
    assert s.calls == 2  # the first failure plus a single trial
    assert {first[0].status.status, second[0].status.status} == {Status.OK, Status.ERROR}


async def test_concurrency_limit_is_respected() -> None:
    active = 0
    peak = 0

    async def call(_store: StoreAdapter) -> Sequence[Offer]:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.02)
        active -= 1
        return []

    stores = [store(f"s{i}") for i in range(6)]
    results = await FanOut(settings(concurrency=2)).run(stores, call)
    assert peak == 2
    assert all(r.status.ok for r in results)


async def test_on_result_is_called_as_each_store_finishes_and_results_keep_store_order() -> None:
    finished: list[str] = []

    async def on_result(result: StoreResult) -> None:
        finished.append(result.status.store)

    stores = [store("a", delay=0.2), store("b"), store("c", delay=0.1)]
    results = await FanOut(settings()).search(stores, "хлеб", on_result=on_result)
    assert finished == ["b", "c", "a"]
    assert [r.status.store for r in results] == ["a", "b", "c"]


async def test_a_failing_on_result_callback_loses_no_result(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def on_result(result: StoreResult) -> None:
        raise RuntimeError("progress message could not be edited")

    with caplog.at_level(logging.ERROR, logger="korzina.core.fanout"):
        results = await FanOut(settings()).search(
            [store("a"), store("b")], "хлеб", on_result=on_result
        )
    assert [r.status.ok for r in results] == [True, True]
    assert "on_result callback failed" in caplog.text


async def test_an_unexpected_adapter_exception_becomes_an_error_status_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    buggy = store("buggy", error=KeyError("prices"))
    with caplog.at_level(logging.ERROR, logger="korzina.core.fanout"):
        [result] = await FanOut(settings()).search([buggy], "хлеб")
    assert result.status.status is Status.ERROR
    assert result.status.message == "Внутренняя ошибка модуля магазина."
    assert "KeyError" in (result.status.detail or "")
    assert "unexpected error in the adapter" in caplog.text


async def test_search_passes_each_store_its_shop_and_the_limit() -> None:
    many = [offer("a", str(i), f"Хлеб {i}", "45") for i in range(5)]
    a, b = store("a", offers=many), store("b")
    shop = Shop(store="a", shop_id="35XY")
    results = await FanOut(settings()).search([a, b], "хлеб", shops={"a": shop}, limit=2)
    assert a.queries == [("хлеб", shop)] and b.queries == [("хлеб", None)]
    assert len(results[0].offers) == 2
    assert results[0].status.shop_id == "35XY" and results[1].status.shop_id is None


async def test_price_asks_only_stores_with_product_ids() -> None:
    a = store("a", offers=[offer("a", "1", "Хлеб", "45"), offer("a", "2", "Батон", "50")])
    b = store("b", offers=[offer("b", "9", "Хлеб", "40")])
    results = await FanOut(settings()).price([a, b], {"a": ["2"]})
    assert [r.status.store for r in results] == ["a"]
    assert [o.product_id for o in results[0].offers] == ["2"]
    assert b.calls == 0


@pytest.mark.parametrize(
    ("error", "status", "fragment"),
    [
        (StoreBlocked("x", "HTTP 403"), Status.BLOCKED, "403"),
        (StoreUnavailable("x", "read timeout", timeout=True), Status.TIMEOUT, "read timeout"),
        (TimeoutError(), Status.TIMEOUT, "не ответил"),
        (httpx.ReadTimeout("slow"), Status.TIMEOUT, "slow"),
        (StoreUnavailable("x", "HTTP 503"), Status.ERROR, "503"),
        (ShapeChanged("x", "products"), Status.ERROR, "products"),
        (ValueError("bad"), Status.ERROR, "bad"),
    ],
)
def test_status_from_error_maps_each_error_kind(
    error: Exception, status: Status, fragment: str
) -> None:
    result = status_from_error("x", error, shop_id="7")
    assert result.status is status
    assert result.store == "x" and result.shop_id == "7"
    assert fragment in f"{result.message} {result.detail}"


def test_status_from_error_gives_people_russian_and_developers_the_detail() -> None:
    result = status_from_error("x", StoreBlocked("x", "HTTP 403"))
    assert result.message == "Магазин закрыл доступ для программ."
    assert result.detail == "HTTP 403"


def test_status_detail_is_one_bounded_line() -> None:
    long = "Page.goto: net::ERR_NAME_NOT_RESOLVED\nCall log:\n  - navigating" + "x" * 500
    result = status_from_error("x", httpx.ConnectError(long))
    assert "\n" not in (result.detail or "")
    assert len(result.detail or "") <= 200
    assert "Call log" not in (result.detail or "")


@pytest.mark.parametrize(
    "refused",
    [
        httpx.ConnectError("[Errno 111] Connection refused"),
        StoreUnavailable("s", "ConnectError: Name or service not known", connect_failed=True),
    ],
    ids=["httpx-connect-error", "store-connect-failed"],
)
async def test_a_refused_connection_fails_fast_without_retries(refused: Exception) -> None:
    clock = FakeTime()
    s = store("s", error=refused)
    fanout = FanOut(settings(retries=3, backoff_s=1.0), clock=clock.clock, sleep=clock.sleep)
    [result] = await fanout.search([s], "хлеб")
    assert result.status.status is Status.ERROR
    assert s.calls == 1
    assert clock.sleeps == []


async def test_a_429_is_retried_after_its_retry_after_when_it_fits_the_timeout() -> None:
    clock = FakeTime()
    s = store(
        "s",
        failures=[StoreRateLimited("s", "HTTP 429", retry_after=3.0)],
        offers=[offer("s", "1", "Хлеб", "45")],
    )
    fanout = FanOut(settings(timeout_s=10.0), clock=clock.clock, sleep=clock.sleep)
    [result] = await fanout.search([s], "хлеб")
    assert result.status.ok
    assert s.calls == 2
    assert clock.sleeps == [3.0]


async def test_a_429_whose_retry_after_exceeds_the_timeout_says_too_many_requests() -> None:
    clock = FakeTime()
    s = store("s", error=StoreRateLimited("s", "HTTP 429", retry_after=60.0))
    fanout = FanOut(settings(timeout_s=10.0), clock=clock.clock, sleep=clock.sleep)
    [result] = await fanout.search([s], "хлеб")
    assert s.calls == 1 and clock.sleeps == []
    # Not a block: a distinct status text that says what happened.
    assert result.status.status is Status.ERROR
    assert result.status.message == "Слишком много запросов к магазину; он просит подождать."


async def test_a_store_that_found_nothing_is_not_asked_again_for_the_same_query() -> None:
    clock = FakeTime()
    empty = store("empty")
    full = store("full", offers=[offer("full", "1", "Хлеб", "45")])
    fanout = FanOut(settings(), clock=clock.clock, sleep=clock.sleep)
    first = await fanout.search([empty, full], "хлеб")
    second = await fanout.search([empty, full], "Хлеб ")
    assert empty.calls == 1 and full.calls == 2
    assert [r.status.store for r in second] == ["empty", "full"]
    assert second[0].status.ok and second[0].offers == ()
    assert [o.product_id for o in second[1].offers] == ["1"]
    assert first[0].status.detail is None
    assert "remembered" in (second[0].status.detail or "")
    # Another query, another shop or an expired memory asks the store again.
    await fanout.search([empty], "молоко")
    await fanout.search([empty], "хлеб", shops={"empty": Shop(store="empty", shop_id="7")})
    assert empty.calls == 3
    clock.now += fanout.not_found_ttl_s + 1
    await fanout.search([empty], "хлеб")
    assert empty.calls == 4


async def test_failures_are_not_remembered_as_not_found() -> None:
    clock = FakeTime()
    s = store("s", failures=[StoreBlocked("s", "captcha")])
    fanout = FanOut(settings(), clock=clock.clock, sleep=clock.sleep)
    await fanout.search([s], "хлеб")
    await fanout.search([s], "хлеб")
    assert s.calls == 2


async def test_no_network_is_detected_once_and_every_store_says_so_without_being_asked() -> None:
    probes: list[list[tuple[str, int]]] = []

    async def offline(addresses: Sequence[tuple[str, int]]) -> bool:
        probes.append(list(addresses))
        await asyncio.sleep(0)
        return False

    a, b = store("a"), store("b")
    a.network_address, b.network_address = ("a.example", 443), ("b.example", 443)
    fanout = FanOut(settings(), probe=offline)
    # Items of a list are searched at once: they share one check.
    runs = await asyncio.gather(*(fanout.search([a, b], q) for q in ("хлеб", "молоко")))
    assert probes == [[("a.example", 443), ("b.example", 443)]]
    assert a.calls == b.calls == 0
    statuses = [r.status for results in runs for r in results]
    assert all(s.message == NoConnection.user_message for s in statuses)
    assert no_connection(statuses)


async def test_stores_without_a_network_address_are_asked_even_when_offline() -> None:
    async def offline(addresses: Sequence[tuple[str, int]]) -> bool:
        return False

    replayed = store("replayed", offers=[offer("replayed", "1", "Хлеб", "45")])
    real = store("real")
    real.network_address = ("real.example", 443)
    [r1, r2] = await FanOut(settings(), probe=offline).search([replayed, real], "хлеб")
    assert r1.status.ok and replayed.calls == 1
    assert r2.status.message == NoConnection.user_message and real.calls == 0
    # The one failure is the missing network: that is what is said, once.
    assert no_connection([r1.status, r2.status])
    assert not no_connection([r1.status])
    blocked = status_from_error("real", StoreBlocked("real", "captcha"))
    assert not no_connection([r2.status, blocked])


async def test_a_store_without_text_search_is_not_asked_to_search() -> None:
    from korzina.core.store import Capabilities

    class NoSearch(fake_store_class("nosearch")):  # type: ignore[misc]
        capabilities = Capabilities(
            text_search=False, category_crawl=True, per_shop_prices=True, shop_finder=False
        )

    s = NoSearch()
    [result] = await FanOut(settings()).search([s], "хлеб")
    assert s.calls == 0
    assert result.status.status is Status.ERROR
    assert result.status.message == "Магазин не умеет искать по названию."


async def test_a_stale_online_verdict_is_refreshed_without_making_the_run_wait() -> None:
    from korzina.core.fanout import ONLINE_TTL_S

    clock = FakeTime()
    checks: list[float] = []
    release = asyncio.Event()

    async def probe(addresses: Sequence[tuple[str, int]]) -> bool:
        checks.append(clock.now)
        if len(checks) > 1:
            await release.wait()  # the refresh hangs: the run must not wait for it
        return True

    s = store("s", offers=[offer("s", "1", "Хлеб", "45")])
    s.network_address = ("s.example", 443)
    fanout = FanOut(settings(), clock=clock.clock, sleep=clock.sleep, probe=probe)
    await fanout.search([s], "хлеб")
    await fanout.search([s], "молоко")
    assert len(checks) == 1  # fresh verdict reused
    clock.now += ONLINE_TTL_S + 1
    [result] = await fanout.search([s], "сыр")
    assert result.status.ok and len(checks) == 2
    release.set()
    await asyncio.sleep(0)
