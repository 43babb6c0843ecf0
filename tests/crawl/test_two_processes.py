"""The reader/writer design across two real processes (DuckDB allows one writing process).

A writer process saves batches the way the crawler does (open the file, one transaction,
close); this process meanwhile opens the file read-only again and again, as the bot does
per request. Both must get through: no lock error reaches either side.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from korzina.core.crawl import session_opener
from korzina.core.storage import open_storage

WRITER = textwrap.dedent(
    """
    import sys
    from decimal import Decimal
    from korzina.core.crawl import session_opener
    from korzina.core.models import Offer

    opener = session_opener(sys.argv[1], wait_s=30)
    for batch in range(int(sys.argv[2])):
        offers = [
            Offer(store="magnit", product_id=f"{batch}-{i}", name="Молоко", price=Decimal("80.00"))
            for i in range(200)
        ]
        with opener() as storage, storage.transaction():
            storage.offers.save_offers(offers)
    print("writer done")
    """
)


def test_a_crawler_process_writes_batches_while_this_process_keeps_reading(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    open_storage(db).close()  # created and migrated
    batches = 40
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(batches)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    counts: list[int] = []
    deadline = time.monotonic() + 120
    while writer.poll() is None and time.monotonic() < deadline:
        reader = open_storage(db, read_only=True, wait_s=30)
        try:
            _, rows = reader.query("SELECT count(*) FROM products")
            counts.append(rows[0][0])
        finally:
            reader.close()
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert "writer done" in out
    # The reads interleaved with the writes: several distinct states, never going back.
    assert len(set(counts)) >= 2, counts
    assert counts == sorted(counts)
    with session_opener(db)() as storage:
        _, rows = storage.query("SELECT count(*) FROM products")
    assert rows[0][0] == batches * 200
