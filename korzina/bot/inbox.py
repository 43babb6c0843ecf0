"""The bot's inbox: every list is recorded before work on it starts, and forgotten once
its answer is shown, so a bot killed mid-answer answers the rest after its restart.

Telegram forgets an update as soon as the next ``getUpdates`` confirms it, which aiogram
does while the handlers are still running: without a record, a list in flight when the
process dies is gone, and its user is left on «🔎 Ищу…».

Why a small SQLite file beside the database and not a table in DuckDB: the DuckDB file
belongs to one writer at a time (a crawl's batch, an import) and the bot opens it only
per request, so recording a list there could wait seconds for someone else's write,
and every DuckDB commit costs milliseconds. SQLite (standard library) records a list in
one short transaction well under a millisecond, never waits for a crawl, and its WAL
journal keeps every committed row through a kill -9 (``synchronous=NORMAL`` gives up
only the last commits on a power loss, not on a process death).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from korzina.core.errors import StorageError
from korzina.core.models import utcnow

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,     -- the user's message with the list
    text TEXT NOT NULL,
    received_at TEXT NOT NULL,       -- ISO, UTC
    progress_id INTEGER              -- the bot's «🔎 Ищу…» message, once sent
)
"""


@dataclass(frozen=True)
class Entry:
    """One list not yet answered."""

    id: int
    chat_id: int
    user_id: int
    message_id: int
    text: str
    received_at: datetime
    progress_id: int | None


def inbox_path(db_path: Path) -> Path:
    """Where the inbox of the bot over ``db_path`` lives: beside it."""
    return db_path.with_name(db_path.name + ".bot-inbox.sqlite")


class Inbox:
    """Lists received and not yet answered, in a SQLite file (see the module doc)."""

    def __init__(self, path: Path | str, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.path = path
        self.clock = clock
        self._lock = threading.Lock()
        try:
            if isinstance(path, Path):
                path.parent.mkdir(parents=True, exist_ok=True)
            # Handlers on the bot's loop and the restart's recovery share it: one lock.
            self._con = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._con.execute("PRAGMA journal_mode=WAL")
            self._con.execute("PRAGMA synchronous=NORMAL")
            self._con.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                f"cannot open the bot's inbox {path}: {exc}",
                user_message=f"Не удаётся открыть журнал списков бота: {path} ({exc}).",
            ) from exc

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._con.execute(sql, params)

    def record(self, *, chat_id: int, user_id: int, message_id: int, text: str) -> int:
        """Record a list as received; its entry id."""
        cur = self._run(
            "INSERT INTO pending (chat_id, user_id, message_id, text, received_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (chat_id, user_id, message_id, text, self.clock().isoformat()),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def progress(self, entry_id: int, progress_id: int) -> None:
        """The progress message shown for an entry (edited to the answer after a restart)."""
        self._run("UPDATE pending SET progress_id = ? WHERE id = ?", (progress_id, entry_id))

    def done(self, entry_id: int) -> None:
        """The list was answered (or refused with a reason): forget it."""
        self._run("DELETE FROM pending WHERE id = ?", (entry_id,))

    def pending(self) -> list[Entry]:
        """Every list not answered yet, oldest first."""
        rows = self._run(
            "SELECT id, chat_id, user_id, message_id, text, received_at, progress_id "
            "FROM pending ORDER BY id"
        ).fetchall()
        return [
            Entry(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]), r[6]) for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            self._con.close()
