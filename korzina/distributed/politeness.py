"""Politeness for all workers together: one pace and one block flag per store and egress.

A store sees requests by address, not by process: 50 workers behind one egress address must
together keep the store's ``min_interval_s``. So the pace lives in Redis, keyed by
(store, egress): a Lua script reserves the next free slot atomically (``slot = max(now,
next); next = slot + interval``, Redis's own clock, so the workers' clocks do not matter)
and the caller sleeps until its slot, in arrival order, like the local ``RateLimiter``.
``SharedPaceTransport`` does this before every HTTP request; ``build_client`` wraps it in
the store's local ``PacedTransport`` (pace and jitter) as for any client, so one worker
alone is exactly as polite as a local crawl and any number of workers together are no
faster than one.

A block (``StoreBlocked``: a captcha page, a 403) seen by any worker sets
``korzina:block:<store>:<egress>`` with the reason for ``block_cooldown_s``; every worker
behind that address checks it before each category and stops that store's units there,
recording the reason, instead of asking again and deepening the ban. Workers behind other
addresses are not affected.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

PACE_KEY = "korzina:pace:{store}:{egress}"
BLOCK_KEY = "korzina:block:{store}:{egress}"

# KEYS[1]: the pace key; ARGV[1]: the interval in ms. Returns the ms to wait for the slot.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nxt)
redis.call('SET', KEYS[1], slot + interval, 'PX', slot - now + interval + 60000)
return slot - now
"""


class SharedPace:
    """Reserves request slots for (store, egress) in Redis; ``wait()`` sleeps until one."""

    def __init__(
        self,
        redis: Any,
        store: str,
        egress: str,
        interval_s: float,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.key = PACE_KEY.format(store=store, egress=egress)
        self.interval_ms = max(0, round(interval_s * 1000))
        self._redis = redis
        self._script = redis.register_script(_RESERVE)
        self._sleep = sleep

    async def wait(self) -> float:
        """Wait for this caller's slot; returns the seconds waited."""
        if self.interval_ms <= 0:
            return 0.0
        wait_ms = int(await self._script(keys=[self.key], args=[self.interval_ms]))
        if wait_ms > 0:
            await self._sleep(wait_ms / 1000)
        return wait_ms / 1000


class SharedPaceTransport(httpx.AsyncBaseTransport):
    """An httpx transport that waits for a shared slot before every request."""

    def __init__(self, inner: httpx.AsyncBaseTransport, pace: SharedPace) -> None:
        self.inner = inner
        self.pace = pace

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.pace.wait()
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class BlockBoard:
    """Blocks per (store, egress), shared through Redis with a cooldown."""

    def __init__(self, redis: Any, egress: str, cooldown_s: float) -> None:
        self._redis = redis
        self.egress = egress
        self.cooldown_s = cooldown_s

    def _key(self, store: str) -> str:
        return BLOCK_KEY.format(store=store, egress=self.egress)

    async def reason(self, store: str) -> str | None:
        """Why ``store`` is blocked for this egress address, or None when it is not."""
        value = await self._redis.get(self._key(store))
        if value is None:
            return None
        return value.decode() if isinstance(value, bytes) else str(value)

    async def mark(self, store: str, reason: str) -> None:
        await self._redis.set(self._key(store), reason, px=max(1, round(self.cooldown_s * 1000)))
