"""A real Redis for the distributed tests: Debian's ``redis-server`` on a free port.

Started per test in its own temporary directory, with persistence off, and stopped after.
Where the binary is missing the tests are skipped with the reason (``make test`` installs
it as root through ``scripts/install-redis``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from tests.distributed.redis_server import REDIS_SERVER, local_redis
from tests.distributed.s3_server import MOTO_SERVER, S3_ENV, local_s3

KORZINA = Path(sys.executable).parent / "korzina"


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (scripts/install-redis installs it as root)")
    data = tmp_path / "redis"
    data.mkdir()
    with local_redis(data) as url:
        yield url


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    if MOTO_SERVER is None:
        pytest.skip("moto_server is not installed (the dev extra installs moto[s3,server])")
    with local_s3() as url:
        yield url


@pytest.fixture
def s3_lake(
    s3_endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, dict[str, str]]]:
    """A fresh bucket on the local S3 server: the lake's ``s3://`` location and the
    environment that reaches it (set here too, for code run in the test's process)."""
    import uuid

    import pyarrow.fs as pafs  # type: ignore[import-untyped]

    env = {**S3_ENV, "AWS_ENDPOINT_URL": s3_endpoint}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    bucket = f"lake-{uuid.uuid4().hex[:12]}"
    pafs.S3FileSystem(
        endpoint_override=s3_endpoint, region="us-east-1", allow_bucket_creation=True
    ).create_dir(bucket)
    yield f"s3://{bucket}/prices", env


def korzina_env(tmp_path: Path, extra: Mapping[str, str]) -> dict[str, str]:
    """The environment ``run_korzina`` gives: no developer settings leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    env.update(
        KORZINA_DB=str(tmp_path / "korzina.duckdb"),
        KORZINA_CONFIG=str(tmp_path / "no-config.toml"),
    )
    env.update(extra)
    return env


class Workers:
    """``korzina worker`` processes started as a user would; all stopped at the end."""

    def __init__(self, env: Mapping[str, str], args: Sequence[str], logs: Path) -> None:
        self.env = dict(env)
        self.args = list(args)
        self.logs = logs
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, n: int = 1) -> list[subprocess.Popen[bytes]]:
        started = []
        for _ in range(n):
            log = (self.logs / f"worker-{len(self.procs)}.log").open("wb")
            proc = subprocess.Popen(
                [str(KORZINA), "worker", *self.args],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            self.procs.append(proc)
            started.append(proc)
        return started

    def banners(self) -> int:
        """How many started workers have printed their start-up line."""
        return sum(
            "Исполнитель" in (self.logs / f"worker-{i}.log").read_text(errors="replace")
            for i in range(len(self.procs))
        )

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
