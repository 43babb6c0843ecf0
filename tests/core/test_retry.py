"""The one retry helper: backoff with jitter, a per-error delay, a deadline, a try limit."""

from __future__ import annotations

import pytest

from korzina.core.retry import Backoff, retry_async, retry_sync


class Flaky:
    """Fails with ``errors`` one per call, then answers "ok"."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


@pytest.mark.parametrize(("jitter", "factor"), [(0.0, 0.5), (0.5, 0.75), (0.999, 0.9995)])
def test_delay_doubles_and_jitter_scales_it_into_half_to_whole(
    jitter: float, factor: float
) -> None:
    backoff = Backoff(1.0, cap_s=3.0, jitter=lambda: jitter)
    assert [backoff.delay(n) for n in range(4)] == pytest.approx(
        [1.0 * factor, 2.0 * factor, 3.0 * factor, 3.0 * factor]
    )


def test_retries_only_the_given_errors_and_gives_up_after_the_count() -> None:
    slept: list[float] = []
    flaky = Flaky(OSError("1"), OSError("2"))
    backoff = Backoff(1.0, retries=2, jitter=lambda: 1.0)
    assert retry_sync(flaky, retry_on=(OSError,), backoff=backoff, sleep=slept.append) == "ok"
    assert slept == [1.0, 2.0]

    with pytest.raises(OSError, match="3"):
        retry_sync(Flaky(*(OSError(str(i)) for i in range(1, 4))), retry_on=(OSError,),
                   backoff=backoff, sleep=slept.append)  # fmt: skip
    with pytest.raises(ValueError):
        retry_sync(Flaky(ValueError()), retry_on=(OSError,), backoff=backoff, sleep=slept.append)


def test_the_policy_can_refuse_a_retry_or_set_the_delay() -> None:
    slept: list[float] = []

    def policy(exc: BaseException, delay: float) -> float | None:
        return None if "refused" in str(exc) else 7.0

    backoff = Backoff(1.0, retries=5)
    with pytest.raises(OSError, match="refused"):
        retry_sync(Flaky(OSError("refused")), retry_on=(OSError,), backoff=backoff,
                   policy=policy, sleep=slept.append)  # fmt: skip
    assert slept == []
    assert retry_sync(Flaky(OSError("busy")), retry_on=(OSError,), backoff=backoff,
                      policy=policy, sleep=slept.append) == "ok"  # fmt: skip
    assert slept == [7.0]


def test_no_retry_whose_wait_would_end_past_the_deadline() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    flaky = Flaky(*(OSError() for _ in range(10)))
    backoff = Backoff(1.0, retries=None, deadline_s=5.0, jitter=lambda: 1.0)
    with pytest.raises(OSError):
        retry_sync(flaky, retry_on=(OSError,), backoff=backoff, clock=lambda: now[0], sleep=sleep)
    assert slept == [1.0, 2.0]  # a third wait of 4 s would end at 7 s > 5 s
    assert flaky.calls == 3


async def test_async_retries_report_each_retry() -> None:
    slept: list[float] = []
    seen: list[tuple[str, int, float]] = []
    flaky = Flaky(OSError("a"), OSError("b"))

    async def call() -> str:
        return flaky()

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    result = await retry_async(
        call,
        retry_on=(OSError,),
        backoff=Backoff(0.5, retries=3, jitter=lambda: 1.0),
        sleep=sleep,
        on_retry=lambda exc, attempt, delay: seen.append((str(exc), attempt, delay)),
    )
    assert result == "ok"
    assert seen == [("a", 1, 0.5), ("b", 2, 1.0)]
    assert slept == [0.5, 1.0]
