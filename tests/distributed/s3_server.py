"""A local S3-compatible server for the lake's S3 tests: moto's ``moto_server`` (a dev
dependency, ``moto[s3,server]``) on a free port, started and stopped by the fixture."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.distributed.redis_server import _free_port

MOTO_SERVER = shutil.which("moto_server", path=str(Path(sys.executable).parent)) or shutil.which(
    "moto_server"
)
# moto accepts any keys; the client needs some.
S3_ENV = {
    "AWS_ACCESS_KEY_ID": "korzina-test",
    "AWS_SECRET_ACCESS_KEY": "korzina-test",
    "AWS_REGION": "us-east-1",
}


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1):
            return True
    except OSError:
        return False


@contextmanager
def local_s3() -> Iterator[str]:
    """A running S3-compatible endpoint on 127.0.0.1: its URL; stopped on leaving."""
    if MOTO_SERVER is None:
        raise RuntimeError("moto_server is not installed (pip install 'moto[s3,server]')")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [MOTO_SERVER, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not _answers(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"moto_server did not start on port {port}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
