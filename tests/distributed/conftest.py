"""A real Redis for the distributed tests: Debian's ``redis-server`` on a free port.

Started per test in its own temporary directory, with persistence off, and stopped after.
Where the binary is missing the tests are skipped with the reason (``make test`` installs
it as root through ``scripts/install-redis``).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

REDIS_SERVER = shutil.which("redis-server")
KORZINA = Path(sys.executable).parent / "korzina"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (scripts/install-redis installs it as root)")
    port = _free_port()
    data = tmp_path / "redis"
    data.mkdir()
    proc = subprocess.Popen(
        [
            REDIS_SERVER,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(data),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not _ping(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {port}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


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
