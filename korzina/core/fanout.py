"""Asking several stores at once: every store comes back as offers or a status.

``FanOut.run`` starts one task per store, so the wall time is that of the slowest store,
not the sum. Around each store's call it applies, from the outside in:

1. a **circuit breaker** per store id: after ``breaker_failures`` failed answers in a row
   the store is skipped (status error «временно отключён…») until ``breaker_cooldown_s``
   has passed; then one trial call is let through (half-open) and its outcome closes or
   re-opens the breaker;
2. a **concurrency limit** (a semaphore shared by the run);
3. a **per-store timeout** covering the call and its retries;
4. **retries** with exponential backoff and jitter, on transient errors only
   (``StoreUnavailable``, ``httpx.TransportError``), never on ``StoreBlocked`` or
   ``ShapeChanged``;
5. a polite **rate limit**: ``StoreSettings.min_interval_s`` between requests to one store.
   The limiter belongs to the adapter instance (``rate_limiter(adapter)``). The fan-out
   waits on it before each call; an adapter that makes several requests per call waits on
   the same limiter before every request, and its first wait inside a call is the one the
   fan-out already made (no double pause).

Nothing raises to the caller: store errors become statuses, an unexpected exception in an
adapter becomes status error and is logged with its traceback. Offers pass the
plausibility checks (``korzina.core.plausibility.screen``); items dropped by them or by
the store's parser make the status ``partial`` and are named in it.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import enum
import inspect
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType

import httpx

from korzina.core.errors import (
    KorzinaError,
    ShapeChanged,
    StoreBlocked,
    StoreError,
    StoreUnavailable,
)
from korzina.core.models import Offer, Shop, Status, StoreResult, StoreStatus
from korzina.core.plausibility import screen
from korzina.core.rejects import Rejected, collect, partial_status
from korzina.core.settings import FanOutSettings
from korzina.core.store import StoreAdapter

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
StoreCall = Callable[[StoreAdapter], Awaitable[Sequence[Offer]]]
OnResult = Callable[[StoreResult], Awaitable[None] | None]

# Errors worth another try: the network or the store's servers, not the store's answer.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (StoreUnavailable, httpx.TransportError)


# Statuses are shown to people in tables and chat messages: one short line of detail.
DETAIL_LIMIT = 160


def _detail(exc: BaseException) -> str:
    """The technical part of an error message: no ``store:`` prefix, one line, bounded.

    Browser errors carry a multi-line call log; that stays in the log, not the status.
    """
    text = str(exc)
    if isinstance(exc, StoreError) and text.startswith(f"{exc.store}: "):
        text = text[len(exc.store) + 2 :]
    text = text.strip().splitlines()[0] if text.strip() else ""
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def status_from_error(
    store_id: str, exc: BaseException, *, shop_id: str | None = None
) -> StoreStatus:
    """The status a failed store call gets: blocked, timeout or error.

    ``message`` is the error's Russian ``user_message`` (what a person reads); ``detail``
    is the technical reason, one bounded line (what a developer reads in JSON or logs).
    """
    if isinstance(exc, StoreBlocked):
        status = Status.BLOCKED
    elif (isinstance(exc, StoreUnavailable) and exc.timeout) or isinstance(
        exc, (TimeoutError, httpx.TimeoutException)
    ):
        status = Status.TIMEOUT
    else:
        status = Status.ERROR
    detail = _detail(exc)
    if isinstance(exc, KorzinaError):
        message = exc.user_message
        if detail in {exc.user_message, getattr(exc, "store", "")}:
            detail = ""
    elif isinstance(exc, TimeoutError):
        message = "Магазин не ответил вовремя."
    elif isinstance(exc, httpx.HTTPError):
        message = StoreUnavailable.user_message
        detail = f"{type(exc).__name__}: {detail}"
    else:
        message = "Внутренняя ошибка модуля магазина."
        detail = f"{type(exc).__name__}: {detail}"
    return StoreStatus(
        store=store_id, status=status, message=message, detail=detail or None, shop_id=shop_id
    )


@dataclass
class _Prepaid:
    """A slot the fan-out reserved for a call; the adapter's first wait in the call uses it."""

    limiter: RateLimiter
    used: bool = False


_prepaid: contextvars.ContextVar[_Prepaid | None] = contextvars.ContextVar(
    "korzina_rate_prepaid", default=None
)


class RateLimiter:
    """At least ``min_interval_s`` between the starts of requests to one store.

    Each ``wait()`` reserves the next free slot and sleeps until it, so concurrent callers
    are spaced out in arrival order. Use ``await limiter.wait()`` or ``async with limiter:``.
    ``async with limiter.call():`` (the fan-out) waits once and lets the first ``wait()``
    inside pass at once, so an adapter that waits before every request is not paused twice.
    """

    def __init__(
        self, min_interval_s: float, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep
    ) -> None:
        self.min_interval_s = max(0.0, min_interval_s)
        self._clock = clock
        self._sleep = sleep
        self._next_free = float("-inf")

    async def wait(self) -> None:
        if self.min_interval_s <= 0:
            return
        prepaid = _prepaid.get()
        if prepaid is not None and prepaid.limiter is self and not prepaid.used:
            prepaid.used = True
            return
        now = self._clock()
        # No await between reading and writing the slot: asyncio makes this atomic.
        slot = max(now, self._next_free)
        self._next_free = slot + self.min_interval_s
        if slot > now:
            await self._sleep(slot - now)

    @contextlib.asynccontextmanager
    async def call(self) -> AsyncIterator[None]:
        """One call's worth of pacing: wait now; the first ``wait()`` inside is prepaid."""
        await self.wait()
        token = _prepaid.set(_Prepaid(self))
        try:
            yield
        finally:
            _prepaid.reset(token)

    async def __aenter__(self) -> RateLimiter:
        await self.wait()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


def rate_limiter(
    adapter: StoreAdapter, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep
) -> RateLimiter:
    """The adapter's own limiter (``settings.min_interval_s``), created on first use.

    Shared by the fan-out (one wait per call) and the adapter itself (one wait per extra
    request within a call, e.g. pagination), so the store sees one polite client. It lives
    on the adapter instance, so it goes away with it. ``clock``/``sleep`` apply only when
    the limiter is created (adapters that inject them for tests create it in ``__init__``).
    """
    limiter = getattr(adapter, "_korzina_rate_limiter", None)
    if not isinstance(limiter, RateLimiter):
        limiter = RateLimiter(adapter.settings.min_interval_s, clock=clock, sleep=sleep)
        adapter._korzina_rate_limiter = limiter  # type: ignore[attr-defined]
    return limiter


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
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._sleep = sleep
        self._jitter = jitter
        self._breakers: dict[str, _Breaker] = {}

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

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: base·2^attempt scaled into [0.5, 1) of itself."""
        return self.settings.backoff_s * (2**attempt) * (0.5 + self._jitter() / 2)

    async def _call_with_retries(self, store: StoreAdapter, call: StoreCall) -> Sequence[Offer]:
        limiter = rate_limiter(store, clock=self._clock, sleep=self._sleep)
        attempt = 0
        while True:
            try:
                async with limiter.call():
                    return await call(store)
            except (StoreBlocked, ShapeChanged):
                raise  # the store's answer will not change by asking again
            except TRANSIENT_ERRORS as exc:
                if attempt >= self.settings.retries:
                    raise
                delay = self._backoff(attempt)
                log.info("%s: transient error, retry in %.2fs: %s", store.id, delay, exc)
                await self._sleep(delay)
                attempt += 1

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

        async def one(store: StoreAdapter) -> StoreResult:
            result = await self._one(store, call, semaphore, (shop_ids or {}).get(store.id))
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
        """``store.search(query, shop)`` on every store; ``shops`` maps a store id to its shop."""
        shops = shops or {}

        async def call(store: StoreAdapter) -> Sequence[Offer]:
            return await store.search(query, shops.get(store.id), limit=limit)

        return await self.run(
            stores,
            call,
            on_result=on_result,
            shop_ids={k: shop.shop_id for k, shop in shops.items()},
        )

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
