"""One way to try again: exponential backoff with jitter, for async and blocking code.

The fan-out (a store's call), the crawler (a category) and the storage (DuckDB's file
lock) all retry through ``retry_async`` / ``retry_sync`` with a ``Backoff``: the delay
before try ``n + 1`` is ``base_s · 2ⁿ``, capped at ``cap_s``, then scaled by a random
factor in [0.5, 1) so clients that failed together do not come back together.

A small helper of our own rather than ``stamina``/``tenacity``: the callers need an
injected clock, sleep and jitter source (tests run in fake time), a per-error delay (a
store's ``Retry-After``) and a deadline, and each of those is a line here.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Backoff:
    """How long to wait before each next try, and how many extra tries there are.

    ``retries``: extra tries after the first (None: no limit, only the deadline).
    ``deadline_s``: no retry whose wait would end later than this many seconds after the
    first try started (None: no deadline).
    """

    base_s: float
    retries: int | None = 2
    cap_s: float = float("inf")
    deadline_s: float | None = None
    jitter: Callable[[], float] = field(default=random.random, compare=False)

    def delay(self, attempt: int) -> float:
        """The wait after failed try number ``attempt`` (0-based): base·2^attempt, capped,
        scaled into [0.5, 1) of itself."""
        return min(self.cap_s, self.base_s * 2**attempt) * (0.5 + self.jitter() / 2)


# Decides, for an error, whether to retry and after how long: None means "do not retry",
# a number overrides the backoff's delay (a server's Retry-After); ``default`` is the
# backoff's own delay for this try.
RetryPolicy = Callable[[BaseException, float], float | None]


def _next_delay(
    backoff: Backoff,
    policy: RetryPolicy,
    exc: BaseException,
    attempt: int,
    elapsed: float,
) -> float | None:
    if backoff.retries is not None and attempt >= backoff.retries:
        return None
    delay = policy(exc, backoff.delay(attempt))
    if delay is None:
        return None
    if backoff.deadline_s is not None and elapsed + delay > backoff.deadline_s:
        return None
    return delay


async def retry_async(
    call: Callable[[], Awaitable[T]],
    *,
    retry_on: tuple[type[BaseException], ...],
    backoff: Backoff,
    policy: RetryPolicy = lambda _exc, delay: delay,
    clock: Clock = time.monotonic,
    sleep: Sleep = asyncio.sleep,
    on_retry: Callable[[BaseException, int, float], None] | None = None,
) -> T:
    """``await call()``, tried again after errors of ``retry_on`` types while ``backoff``
    and ``policy`` allow; the last error is raised as it is."""
    started = clock()
    attempt = 0
    while True:
        try:
            return await call()
        except retry_on as exc:
            delay = _next_delay(backoff, policy, exc, attempt, clock() - started)
            if delay is None:
                raise
            if on_retry is not None:
                on_retry(exc, attempt + 1, delay)
            await sleep(delay)
            attempt += 1


def retry_sync(
    call: Callable[[], T],
    *,
    retry_on: tuple[type[BaseException], ...],
    backoff: Backoff,
    policy: RetryPolicy = lambda _exc, delay: delay,
    clock: Clock = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``retry_async`` for blocking code (opening a locked DuckDB file)."""
    started = clock()
    attempt = 0
    while True:
        try:
            return call()
        except retry_on as exc:
            delay = _next_delay(backoff, policy, exc, attempt, clock() - started)
            if delay is None:
                raise
            sleep(delay)
            attempt += 1
