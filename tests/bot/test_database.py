"""The bot's database is opened per unit of work: let go when idle, waited for (a bounded
time) while another process holds it, and its data version read again after a write."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from korzina.bot.database import SessionStorage
from korzina.core.errors import StorageError
from korzina.core.storage import open_storage
from korzina.data import demo_offers

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    with open_storage(tmp_path / "k.duckdb") as db:
        db.offers.save_offers(demo_offers())
    return tmp_path / "k.duckdb"


def hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_the_file_is_let_go_once_idle(path: Path) -> None:
    storage = SessionStorage(path, linger_s=0.05)
    storage.kv.put("t", "k", {"v": 1})
    assert storage.is_open  # lingering for the next request
    time.sleep(0.5)
    assert not storage.is_open
    # Now anyone may open it for writing.
    duckdb.connect(str(path)).close()
    assert storage.kv.get("t", "k") == {"v": 1}
    storage.close()


def test_another_process_holding_the_file_is_waited_for(path: Path) -> None:
    storage = SessionStorage(path, linger_s=0, wait_s=30)
    holder = hold(path, 1.5)
    started = time.monotonic()
    storage.kv.put("t", "k", {"v": 2})
    assert time.monotonic() - started > 0.5  # it did wait
    assert holder.wait(timeout=30) == 0
    assert storage.kv.get("t", "k") == {"v": 2}


def test_the_wait_is_bounded_with_a_russian_message(path: Path) -> None:
    storage = SessionStorage(path, linger_s=0, wait_s=0.3)
    holder = hold(path, 3)
    try:
        with pytest.raises(StorageError) as err:
            storage.kv.get("t", "k")
        assert "База занята другим процессом" in err.value.user_message
    finally:
        holder.kill()
        holder.wait()


def test_the_data_version_follows_a_write_by_another_process(path: Path) -> None:
    storage = SessionStorage(path, linger_s=0)
    before = storage.offers.data_version()
    assert storage.offers.data_version() == before  # unchanged files: not opened again
    opens = storage.opens
    assert storage.offers.data_version() == before and storage.opens == opens
    with open_storage(path) as other:  # another writer (a crawl's batch)
        other.offers.save_offers(demo_offers()[:1])
    assert storage.offers.data_version() == before + 1


def test_while_the_file_is_held_the_version_follows_our_own_writes(path: Path) -> None:
    """A burst keeps the file open: the version is not read again per answer, but a write
    through the bot's own session (a live search's offers) is seen at once."""
    storage = SessionStorage(path, linger_s=30)
    try:
        before = storage.offers.data_version()
        assert storage.is_open
        assert storage.offers.data_version() == before
        storage.offers.save_offers(demo_offers()[:1])
        assert storage.is_open
        assert storage.offers.data_version() == before + 1
        storage.kv.put("t", "k", {"v": 1})  # a commit that leaves the version alone
        assert storage.offers.data_version() == before + 1
    finally:
        storage.close()
