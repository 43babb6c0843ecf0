"""Ctrl+C stops a job that waits for its distributed crawl, even where a Redis call
swallowed the cancellation (redis/redis-py#2028, #2551): the wait must not poll on."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from korzina.cli.distributed import _raise_if_cancelled


async def test_a_swallowed_cancellation_still_ends_the_wait() -> None:
    polls = 0

    async def wait_like_a_poll_loop() -> None:
        nonlocal polls
        while True:
            polls += 1
            # A library call that swallows the cancellation:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.sleep(0.01)
            _raise_if_cancelled()

    task = asyncio.ensure_future(wait_like_a_poll_loop())
    await asyncio.sleep(0.03)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=2)
    assert polls < 50  # it stopped at once, not after the timeout
