"""The bot's database: opened per unit of work, never held while the bot waits.

DuckDB lets one process open a file for writing, and while it does no other process may
open it at all. A bot that kept the file open for as long as it runs would lock out
``korzina sql``, ``korzina import`` and ``korzina crawl`` (the README's one-writer
design). ``SessionStorage`` is a ``Storage`` whose every call (or transaction) opens the
file, waiting a bounded time while another process holds it, and lets it go again:

* Calls that overlap share one connection (a burst of lists opens the file once).
* The connection is closed once nobody has used it for ``linger_s`` (opening a DuckDB
  file costs about 20–30 ms of CPU, so a list arriving right after another reuses it).
* ``offers.data_version()``, asked before every answer to know whether the in-memory
  offer index is still current, is answered from the files' size and modification time
  while they are unchanged: an idle bot's answers do not open the file at all.

What the bot keeps in memory (the offer index, the pending group commit of saved
answers) is unaffected: the ``BasketService`` above it is the same one.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import duckdb

from korzina.core.errors import StorageError
from korzina.core.storage import DuckDBStorage, is_lock_error, open_storage
from korzina.core.storage.base import (
    KeyValueRepository,
    OfferRepository,
    ShopRepository,
    Storage,
    StoreRepository,
)
from korzina.core.storage.duckdb_repo import storage_error

log = logging.getLogger(__name__)


class _Forward:
    """A repository whose every method runs in a session of its ``SessionStorage``."""

    def __init__(self, owner: SessionStorage, name: str) -> None:
        self._owner = owner
        self._name = name

    def __getattr__(self, method: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            with self._owner.session() as db:
                return getattr(getattr(db, self._name), method)(*args, **kwargs)

        return call


class _Offers(_Forward):
    def data_version(self) -> int:
        return self._owner.data_version()


class SessionStorage:
    """``Storage`` over a DuckDB file opened per unit of work (see the module doc)."""

    def __init__(
        self,
        path: str | Path,
        *,
        wait_s: float = 10.0,
        linger_s: float = 0.25,
        memory_limit: str | None = None,
        prepared: bool = False,
    ) -> None:
        self.path = Path(path).expanduser()
        self.wait_s = wait_s
        self.linger_s = linger_s
        self._config: dict[str, Any] = {"memory_limit": memory_limit} if memory_limit else {}
        self._lock = threading.Lock()
        self._db: DuckDBStorage | None = None
        self._users = 0
        self._closer: threading.Timer | None = None
        self._version: tuple[tuple[int, ...], int] | None = None  # (file signature, version)
        # (the open session, its commits then, version): while this process holds the
        # file nobody else can write it, so only a commit of ours can change the version.
        self._open_version: tuple[DuckDBStorage, int, int] | None = None
        self.opens = 0  # how often the file was opened (the benchmark prints it)
        self.read_only = False
        # Create and migrate once, then let it go: sessions skip the migration check.
        # ``prepared``: the caller just did (``korzina bot`` does it before importing
        # aiogram, so a database it cannot use is reported at once).
        if not prepared:
            open_storage(self.path, wait_s=wait_s, memory_limit=memory_limit).close()
        self.offers = cast(OfferRepository, _Offers(self, "offers"))
        self.shops = cast(ShopRepository, _Forward(self, "shops"))
        self.stores = cast(StoreRepository, _Forward(self, "stores"))
        self.kv = cast(KeyValueRepository, _Forward(self, "kv"))

    # --- sessions -------------------------------------------------------------------

    def _connect(self) -> DuckDBStorage:
        deadline = time.monotonic() + self.wait_s
        delay = 0.02
        while True:
            try:
                con = duckdb.connect(str(self.path), config=self._config)
                con.execute("SET TimeZone = 'UTC'")
            except duckdb.Error as exc:
                # A crawl's batch or an import holds the file: wait for it, bounded.
                if is_lock_error(exc) and time.monotonic() + delay <= deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.5)
                    continue
                raise storage_error(exc) from exc
            self.opens += 1
            return DuckDBStorage(con, path=self.path)

    @contextmanager
    def session(self) -> Iterator[DuckDBStorage]:
        """The open database for one unit of work (shared by overlapping ones)."""
        with self._lock:
            if self._closer is not None:
                self._closer.cancel()
                self._closer = None
            if self._db is None:
                self._db = self._connect()
            self._users += 1
            db = self._db
        try:
            yield db
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    if self.linger_s > 0:
                        self._closer = threading.Timer(self.linger_s, self._close_idle)
                        self._closer.daemon = True
                        self._closer.start()
                    else:
                        self._close_now()

    def _close_idle(self) -> None:
        with self._lock:
            if self._users == 0:
                self._close_now()

    def _close_now(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            try:
                db.close()
            except StorageError:
                log.warning("closing the database failed", exc_info=True)

    @property
    def is_open(self) -> bool:
        """Whether this process holds the file now."""
        return self._db is not None

    # --- Storage --------------------------------------------------------------------

    def _signature(self) -> tuple[int, ...]:
        sig: list[int] = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = os.stat(path)
            except FileNotFoundError:
                sig += [-1, -1]
            else:
                sig += [st.st_mtime_ns, st.st_size]
        return tuple(sig)

    def data_version(self) -> int:
        """The data version; read again only when the files changed since last time."""
        held = self._open_version
        if held is not None and held[0] is self._db and held[1] == held[0].commits:
            return held[2]
        sig = self._signature()
        known = self._version
        if known is not None and known[0] == sig and not self.is_open:
            return known[1]
        with self.session() as db:
            commits = db.commits  # before the read: a commit meanwhile means read again
            version = db.offers.data_version()
        self._version = (sig, version)
        self._open_version = (db, commits, version)
        return version

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.session() as db, db.transaction():
            yield

    def query(self, sql: str, params: Any = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
        with self.session() as db:
            return db.query(sql, params)

    def iter_query(self, sql: str, params: Any = ()) -> Iterator[tuple[Any, ...]]:
        with self.session() as db:
            yield from db.iter_query(sql, params)

    def close(self) -> None:
        with self._lock:
            if self._closer is not None:
                self._closer.cancel()
                self._closer = None
            self._close_now()

    def __enter__(self) -> SessionStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def session_storage(path: str | Path, **options: Any) -> Storage:
    """A ``SessionStorage`` typed as the ``Storage`` protocol."""
    return cast(Storage, SessionStorage(path, **options))
