"""Asking several stores at once: every store comes back as offers or a status.

``FanOut.run`` starts one task per store, so the wall time is that of the slowest store,
not the sum. Around each store's call it applies, from the outside in:

1. a **connection check**, once for all stores: when no store's host (or proxy) accepts a
   TCP connection within ``CONNECT_PROBE_S`` (DNS failure, refused, no route), this
   computer has no network; every store then says «Нет подключения к сети.» at once
   instead of failing one by one (``korzina.core.http.can_connect``). The verdict is
   kept ``ONLINE_TTL_S`` (or ``OFFLINE_TTL_S``) seconds and concurrent runs share it; a
   stale "online" is checked again in the background, so a warm bot never waits for it;
2. a **circuit breaker** per store id: after ``breaker_failures`` failed answers in a row
   the store is skipped (status error «временно отключён…») until ``breaker_cooldown_s``
   has passed; then one trial call is let through (half-open) and its outcome closes or
   re-opens the breaker;
3. a **concurrency limit** (a semaphore shared by the run);
4. a **per-store timeout** covering the call and its retries;
5. **retries** (``korzina.core.retry``) with exponential backoff and jitter, on transient
   errors only (``StoreUnavailable``, ``httpx.TransportError``), never on ``StoreBlocked``
   or ``ShapeChanged``; a refused connection or a DNS failure is not retried (it fails
   fast); a 429 is retried after its ``Retry-After`` when that fits in the timeout, and
   otherwise reported as «слишком много запросов», which is not a block.

Pacing is not done here: every request of a store waits for its ``min_interval_s`` in
the store's transport (``korzina.core.http.PacedTransport``).

``search`` remembers, for ``NOT_FOUND_TTL_S`` (5 minutes, in memory, per ``FanOut``),
which (store, shop, query) found nothing, and answers those from memory: a store that
does not carry an item is not asked again for it on every list.

Nothing raises to the caller: store errors become statuses, an unexpected exception in an
adapter becomes status error and is logged with its traceback. Offers pass the
plausibility checks (``korzina.core.plausibility.screen``); items dropped by them or by
the store's parser make the status ``partial`` and are named in it.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

import httpx

from korzina.core.errors import (
    KorzinaError,
    NoConnection,
    StoreRateLimited,
    StoreUnavailable,
)
from korzina.core.http import Clock, Sleep, can_connect
from korzina.core.models import Offer, Shop, Status, StoreResult, StoreStatus
from korzina.core.plausibility import screen
from korzina.core.rejects import Rejected, collect, partial_status
from korzina.core.retry import Backoff, retry_async
from korzina.core.settings import FanOutSettings
from korzina.core.store import StoreAdapter, status_from_error
from korzina.core.store_http import connect_failed

__all__ = ["Clock", "FanOut", "Sleep", "no_connection", "status_from_error"]

log = logging.getLogger(__name__)

StoreCall = Callable[[StoreAdapter], Awaitable[Sequence[Offer]]]
OnResult = Callable[[StoreResult], Awaitable[None] | None]
Probe = Callable[[Sequence[tuple[str, int]]], Awaitable[bool]]

# Errors worth another try: the network or the store's servers, not the store's answer.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (StoreUnavailable, httpx.TransportError)

# The connection check: how long it may take, and how long its verdict holds.
CONNECT_PROBE_S = 1.5
ONLINE_TTL_S = 60.0
OFFLINE_TTL_S = 10.0

# How long "this store has nothing for this query" is remembered, and for how many queries.
NOT_FOUND_TTL_S = 300.0
NOT_FOUND_MAX = 10_000


def no_connection(statuses: Sequence[StoreStatus]) -> bool:
    """True when stores failed, and every one of them for want of a network connection
    (the message may carry a note after it: «Нет подключения к сети; …»)."""
    head = NoConnection.user_message.rstrip(".")
    failed = [s for s in statuses if not s.ok]
    return bool(failed) and all(
        s.message is not None and s.message.startswith(head) for s in failed
    )


class BreakerState(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


@dataclass
class _Breaker:
    failures: int = 0
    opened_at: float = 0.0
    state: BreakerState = BreakerState.CLOSED


class FanOut:
    """Runs one call against many stores at once; created by the app and injected.

    It keeps the circuit breakers between runs, so one instance should live as long as
    the process (the bot) or the command (the CLI).
    """

    def __init__(
        self,
        settings: FanOutSettings,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        jitter: Callable[[], float] = random.random,
        probe: Probe | None = None,
        not_found_ttl_s: float = NOT_FOUND_TTL_S,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._breakers: dict[str, _Breaker] = {}
        self._probe: Probe = probe or (lambda addrs: can_connect(addrs, timeout_s=CONNECT_PROBE_S))
        # The connection check's last verdict, when it was reached, and a check running.
        self._verdict: bool | None = None
        self._checked_at = 0.0
        self._checking: asyncio.Task[bool] | None = None
        self.not_found_ttl_s = not_found_ttl_s
        # (store, shop, query, limit) → when the empty answer stops counting.
        self._not_found: dict[tuple[str, str | None, str, int], float] = {}

    # --- circuit breaker ------------------------------------------------------

    def breaker_state(self, store_id: str) -> BreakerState:
        return self._breakers.get(store_id, _Breaker()).state

    def _admit(self, store_id: str) -> bool:
        """May this store be called now? Moves an open breaker to half-open after cooldown."""
        breaker = self._breakers.setdefault(store_id, _Breaker())
        if breaker.state is BreakerState.CLOSED:
            return True
        if breaker.state is BreakerState.OPEN and (
            self._clock() - breaker.opened_at >= self.settings.breaker_cooldown_s
        ):
            breaker.state = BreakerState.HALF_OPEN
            return True  # the one trial call
        return False  # open, or half-open with its trial call still running

    def _record(self, store_id: str, ok: bool) -> None:
        breaker = self._breakers.setdefault(store_id, _Breaker())
        if ok:
            breaker.failures = 0
            breaker.state = BreakerState.CLOSED
            return
        breaker.failures += 1
        if (
            breaker.state is BreakerState.HALF_OPEN
            or breaker.failures >= self.settings.breaker_failures
        ):
            breaker.state = BreakerState.OPEN
            breaker.opened_at = self._clock()

    def _skipped(self, store_id: str, shop_id: str | None) -> StoreResult:
        failures = self._breakers[store_id].failures
        return StoreResult(
            status=StoreStatus(
                store=store_id,
                status=Status.ERROR,
                message=f"временно отключён после {failures} ошибок подряд",
                shop_id=shop_id,
            )
        )

    # --- one store ------------------------------------------------------------

    def _retry_delay(self, exc: BaseException, delay: float) -> float | None:
        """How long to wait before asking again after ``exc``; None: do not ask again."""
        if connect_failed(exc):
            return None  # refused or no DNS: another try now would fail the same way
        if isinstance(exc, StoreRateLimited) and exc.retry_after is not None:
            return exc.retry_after  # the retry gives up if this ends past the timeout
        return delay

    async def _call_with_retries(self, store: StoreAdapter, call: StoreCall) -> Sequence[Offer]:
        def note(exc: BaseException, attempt: int, delay: float) -> None:
            log.info("%s: transient error, retry %d in %.2fs: %s", store.id, attempt, delay, exc)

        return await retry_async(
            lambda: call(store),
            retry_on=TRANSIENT_ERRORS,
            backoff=Backoff(
                self.settings.backoff_s,
                retries=self.settings.retries,
                deadline_s=self.settings.timeout_s,
                jitter=self._jitter,
            ),
            policy=self._retry_delay,
            clock=self._clock,
            sleep=self._sleep,
            on_retry=note,
        )

    # --- the connection check -------------------------------------------------

    async def _connected(self, stores: Sequence[StoreAdapter]) -> bool:
        """Whether any store can be reached; one check shared by concurrent runs.

        A fresh verdict is reused. A stale "online" is refreshed in the background while
        this run goes ahead (a lost network then shows in the stores' own fast failures);
        with no verdict yet, or a stale "offline", the run waits for the check.
        """
        addresses = [s.network_address for s in stores if s.network_address is not None]
        if not addresses:
            return True  # injected transports (tests, replays): nothing to check
        now = self._clock()
        if self._verdict is not None:
            ttl = ONLINE_TTL_S if self._verdict else OFFLINE_TTL_S
            if now - self._checked_at < ttl:
                return self._verdict
        if self._checking is None or self._checking.done():
            self._checking = asyncio.ensure_future(self._probe_safely(addresses))
        if self._verdict:
            return True
        return await asyncio.shield(self._checking)

    async def _probe_safely(self, addresses: Sequence[tuple[str, int]]) -> bool:
        try:
            online = await self._probe(addresses)
        except Exception:  # a broken check must not stop the stores being asked
            log.warning("the connection check failed; asking the stores anyway", exc_info=True)
            online = True
        if not online:
            log.info("no connection: none of %s accepted a TCP connection", addresses)
        self._verdict, self._checked_at = online, self._clock()
        return online

    def _offline(self, store: StoreAdapter, shop_id: str | None) -> StoreResult:
        status = status_from_error(store.id, NoConnection(store.id), shop_id=shop_id)
        return StoreResult(status=status)

    async def _one(
        self,
        store: StoreAdapter,
        call: StoreCall,
        semaphore: asyncio.Semaphore,
        shop_id: str | None,
    ) -> StoreResult:
        if not self._admit(store.id):
            return self._skipped(store.id, shop_id)
        try:
            result = await self._guarded(store, call, semaphore, shop_id)
        except asyncio.CancelledError:
            # A cancelled trial call proves nothing: let the next run try again.
            breaker = self._breakers[store.id]
            if breaker.state is BreakerState.HALF_OPEN:
                breaker.state = BreakerState.OPEN
            raise
        self._record(store.id, result.status.ok)
        return result

    async def _guarded(
        self,
        store: StoreAdapter,
        call: StoreCall,
        semaphore: asyncio.Semaphore,
        shop_id: str | None,
    ) -> StoreResult:
        """One store's call with the concurrency limit and timeout; never raises an error."""
        rejected: list[Rejected] = []

        async def screened(adapter: StoreAdapter) -> Sequence[Offer]:
            # Items the parser could not read whole and implausible offers are dropped
            # and named in the status (issue 15); only the answering attempt's count.
            with collect() as found:
                offers = screen(await call(adapter))
            rejected[:] = found
            return offers

        async with semaphore:
            try:
                async with asyncio.timeout(self.settings.timeout_s):
                    offers = await self._call_with_retries(store, screened)
            except TimeoutError:
                status = StoreStatus(
                    store=store.id,
                    status=Status.TIMEOUT,
                    message=f"Магазин не ответил за {self.settings.timeout_s:g} с.",
                    shop_id=shop_id,
                )
                result = StoreResult(status=status)
            except (KorzinaError, httpx.HTTPError) as exc:
                # Blocked, down or changed is a normal state of a store: the status says
                # it; the log keeps the detail for -v.
                log.info("%s failed: %s", store.id, exc)
                result = StoreResult(status=status_from_error(store.id, exc, shop_id=shop_id))
            except Exception as exc:
                # A bug in an adapter must not take the other stores down with it.
                log.exception("%s: unexpected error in the adapter", store.id)
                result = StoreResult(status=status_from_error(store.id, exc, shop_id=shop_id))
            else:
                result = StoreResult(
                    status=partial_status(
                        StoreStatus(store=store.id, status=Status.OK, shop_id=shop_id), rejected
                    ),
                    offers=tuple(offers),
                )
        return result

    async def _notify(self, on_result: OnResult | None, result: StoreResult) -> None:
        if on_result is None:
            return
        try:
            maybe = on_result(result)
            if inspect.isawaitable(maybe):
                await maybe
        except Exception:
            # A progress display failing must not lose the answer.
            log.exception("on_result callback failed for %s", result.status.store)

    # --- public ---------------------------------------------------------------

    async def run(
        self,
        stores: Sequence[StoreAdapter],
        call: StoreCall,
        *,
        on_result: OnResult | None = None,
        shop_ids: Mapping[str, str] | None = None,
    ) -> list[StoreResult]:
        """``call`` every store at once; one result per store, in the stores' order.

        ``on_result`` is called as each store finishes (sync or async). ``shop_ids`` only
        labels the statuses with the shop each store was asked about.
        """
        semaphore = asyncio.Semaphore(max(1, self.settings.concurrency))
        online = await self._connected(stores)

        async def one(store: StoreAdapter) -> StoreResult:
            shop_id = (shop_ids or {}).get(store.id)
            if not online and store.network_address is not None:
                result = self._offline(store, shop_id)
            else:
                result = await self._one(store, call, semaphore, shop_id)
            await self._notify(on_result, result)
            return result

        return list(await asyncio.gather(*(one(store) for store in stores)))

    async def search(
        self,
        stores: Sequence[StoreAdapter],
        query: str,
        *,
        shops: Mapping[str, Shop] | None = None,
        limit: int = 30,
        on_result: OnResult | None = None,
    ) -> list[StoreResult]:
        """``store.search(query, shop)`` on every store; ``shops`` maps a store id to its shop.

        A store that found nothing for this query at this shop in the last
        ``not_found_ttl_s`` seconds answers "nothing" from memory, without a request.
        """
        shops = shops or {}
        shop_ids = {k: shop.shop_id for k, shop in shops.items()}
        now = self._clock()

        def key(store: StoreAdapter) -> tuple[str, str | None, str, int]:
            return (store.id, shop_ids.get(store.id), query.casefold().strip(), limit)

        remembered = {s.id for s in stores if self._not_found.get(key(s), 0.0) > now}
        # A store without text search is not asked to search (its capability flags say).
        unable = {s.id for s in stores if not s.capabilities.text_search}

        async def call(store: StoreAdapter) -> Sequence[Offer]:
            return await store.search(query, shops.get(store.id), limit=limit)

        live = await self.run(
            [s for s in stores if s.id not in remembered and s.id not in unable],
            call,
            on_result=on_result,
            shop_ids=shop_ids,
        )
        by_store = {r.status.store: r for r in live}
        results: list[StoreResult] = []
        for store in stores:
            if store.id in unable:
                result = StoreResult(
                    status=StoreStatus(
                        store=store.id,
                        status=Status.ERROR,
                        message="Магазин не умеет искать по названию.",
                        shop_id=shop_ids.get(store.id),
                    )
                )
                await self._notify(on_result, result)
            elif store.id in remembered:
                status = StoreStatus(
                    store=store.id,
                    status=Status.OK,
                    shop_id=shop_ids.get(store.id),
                    detail="nothing found a moment ago (remembered, not asked again)",
                )
                result = StoreResult(status=status)
                await self._notify(on_result, result)
            else:
                result = by_store[store.id]
                if result.status.ok and not result.offers and self.not_found_ttl_s > 0:
                    self._remember_not_found(key(store), now)
            results.append(result)
        return results

    def _remember_not_found(self, key: tuple[str, str | None, str, int], now: float) -> None:
        if len(self._not_found) >= NOT_FOUND_MAX:
            # Expired entries first; if none, the oldest insertions (dicts keep order).
            self._not_found = {k: t for k, t in self._not_found.items() if t > now}
            while len(self._not_found) >= NOT_FOUND_MAX:
                del self._not_found[next(iter(self._not_found))]
        self._not_found[key] = now + self.not_found_ttl_s

    async def price(
        self,
        stores: Sequence[StoreAdapter],
        product_ids: Mapping[str, Sequence[str]],
        *,
        shops: Mapping[str, Shop] | None = None,
        on_result: OnResult | None = None,
    ) -> list[StoreResult]:
        """Current offers of known products; stores with no ids in ``product_ids`` are not
        asked and not in the result."""
        shops = shops or {}
        asked = [s for s in stores if product_ids.get(s.id)]

        async def call(store: StoreAdapter) -> Sequence[Offer]:
            return await store.price(list(product_ids[store.id]), shops.get(store.id))

        return await self.run(
            asked,
            call,
            on_result=on_result,
            shop_ids={k: shop.shop_id for k, shop in shops.items()},
        )
