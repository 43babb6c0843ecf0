"""What the bot's handlers are given: built once per bot, injected by aiogram.

``BotDeps.workflow_data()`` becomes the dispatcher's workflow data: a handler takes the
one ``deps: BotDeps`` and uses what it needs (``deps.service``, ``deps.config``…).
Nothing here is a module-level singleton: tests build fresh ones.

Off the event loop: basket answers (matching, DuckDB, live store searches) run on the
``Worker``'s own thread and loop; smaller storage calls go through ``asyncio.to_thread``.
The bot's loop only talks to Telegram.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from korzina.bot.flood import FloodControl
from korzina.bot.inbox import Inbox
from korzina.core.baskets.service import BasketService
from korzina.core.fanout import FanOut, status_from_error
from korzina.core.models import (
    Location,
    Shop,
    ShoppingList,
    Status,
    StoreResult,
    StoreStatus,
    utcnow,
)
from korzina.core.plugins import close_stores, make_plugin_manager, store_classes
from korzina.core.settings import Settings
from korzina.core.storage.base import Storage
from korzina.core.store import StoreAdapter
from korzina.parser import parse_text

log = logging.getLogger(__name__)

T = TypeVar("T")

USERS_NAMESPACE = "bot_users"
WARM_UP_LIST = "молоко 3,2%, хлеб, 1,5 кг картошки"


def plugin_store_names() -> dict[str, str]:
    """Russian store names by id from the installed store plugins (a third-party store's
    too): the default when none are injected."""
    return {sid: cls.display_name for sid, cls in store_classes(make_plugin_manager()).items()}


ListParser = Callable[[str], Coroutine[Any, Any, ShoppingList]]


@dataclass(frozen=True)
class BotConfig:
    """Limits and presentation; defaults suit a public bot."""

    known_stores: tuple[str, ...]
    store_names: Mapping[str, str] = field(default_factory=plugin_store_names)
    max_items: int = 40
    max_text: int = 2000  # characters of a list message
    rate_limit: int = 6  # lists per user per window
    rate_window_s: float = 60.0
    progress_interval_s: float = 1.0  # Telegram frowns on faster edits of one message
    max_stores: int = 2  # the split plan may use this many stores
    extra_store_cost: Decimal = Decimal(0)
    tz: tzinfo = field(default_factory=lambda: ZoneInfo("Europe/Moscow"))
    shop_timeout_s: float = 15.0
    # A list left unanswered by a stopped bot is answered after its restart if it is
    # younger than this; an older one gets «пришлите ещё раз» (prices may have moved on).
    resume_max_age_s: float = 30 * 60


class RateLimiter:
    """A sliding window per user: at most ``limit`` hits in ``window_s`` seconds."""

    def __init__(
        self, limit: int, window_s: float, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._hits: dict[int, collections.deque[float]] = {}
        self._next_prune = clock() + window_s

    def hit(self, user_id: int) -> float | None:
        """Record a hit; None when allowed, else the seconds until the next one is."""
        now = self.clock()
        if now >= self._next_prune:
            self.prune(now)
        hits = self._hits.setdefault(user_id, collections.deque())
        while hits and hits[0] <= now - self.window_s:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.window_s - now
        hits.append(now)
        return None

    def prune(self, now: float | None = None) -> None:
        """Forget users with no hit inside the window, so memory follows the active users,
        not every user ever seen. ``hit`` calls it at most once a window (amortised O(1))."""
        now = self.clock() if now is None else now
        horizon = now - self.window_s
        # A deque's last hit is its newest: older than the window means it is all expired.
        for user_id in [u for u, hits in self._hits.items() if not hits or hits[-1] <= horizon]:
            del self._hits[user_id]
        self._next_prune = now + self.window_s

    def __len__(self) -> int:
        """Users currently remembered."""
        return len(self._hits)


class Worker:
    """A thread with its own event loop for basket work (CPU, DuckDB, store HTTP clients).

    Store adapters and their HTTP clients live on this loop only, so they keep their
    connection pools; the bot's loop awaits results through futures.
    """

    def __init__(self, name: str = "korzina-baskets") -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = False

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    def start(self) -> None:
        if not self._started:
            self._thread.start()
            self._started = True

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the worker's loop and await its result here."""
        if not self._started:
            coro.close()
            raise RuntimeError("worker not started")
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    def stop(self, *, cleanup: Coroutine[Any, Any, None] | None = None) -> None:
        """Run ``cleanup`` (closing HTTP clients) on the worker's loop, then stop it."""
        if not self._started:
            if cleanup is not None:
                cleanup.close()
            return
        if cleanup is not None:
            try:
                asyncio.run_coroutine_threadsafe(cleanup, self._loop).result(timeout=10)
            except Exception:
                log.warning("worker cleanup failed", exc_info=True)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        self._started = False

    @contextlib.contextmanager
    def running(self) -> Iterator[Worker]:
        self.start()
        try:
            yield self
        finally:
            self.stop()


def on_loop(
    loop: asyncio.AbstractEventLoop, callback: Callable[[StoreResult], Coroutine[Any, Any, None]]
) -> Callable[[StoreResult], None]:
    """A store-result callback for the worker that runs ``callback`` on the bot's ``loop``."""

    def schedule(result: StoreResult) -> None:
        asyncio.run_coroutine_threadsafe(callback(result), loop)

    return schedule


class UserPrefs(BaseModel):
    """One user's settings, kept in the kv store (they survive a restart)."""

    model_config = ConfigDict(frozen=True)

    shops: dict[str, Shop] = Field(default_factory=dict)
    disabled: tuple[str, ...] = ()


class PrefsRepo:
    """User settings by Telegram user id (``bot_users`` namespace of the kv store).

    The bot is their only writer, so the recently used ones are kept in memory too: a
    list's answer then need not open the database just to read its user's settings.
    """

    def __init__(self, storage: Storage, *, cached: int = 10_000) -> None:
        self.storage = storage
        self.cached = cached
        self._cache: collections.OrderedDict[int, UserPrefs] = collections.OrderedDict()
        self._lock = threading.Lock()

    def _remember(self, user_id: int, prefs: UserPrefs) -> None:
        with self._lock:
            self._cache[user_id] = prefs
            self._cache.move_to_end(user_id)
            while len(self._cache) > self.cached:
                self._cache.popitem(last=False)

    def load(self, user_id: int) -> UserPrefs:
        with self._lock:
            known = self._cache.get(user_id)
        if known is not None:
            return known
        raw = self.storage.kv.get(USERS_NAMESPACE, str(user_id))
        prefs = UserPrefs() if raw is None else UserPrefs.model_validate(raw)
        self._remember(user_id, prefs)
        return prefs

    def save(self, user_id: int, prefs: UserPrefs) -> None:
        self.storage.kv.put(USERS_NAMESPACE, str(user_id), prefs.model_dump(mode="json"))
        self._remember(user_id, prefs)


class ShopFinder(Protocol):
    async def nearest(
        self, location: Location, stores: Sequence[str]
    ) -> tuple[dict[str, Shop], list[StoreStatus]]:
        """The nearest shop per store, and a status for each store that failed."""
        ...


class AdapterShopFinder:
    """Asks each store's adapter for shops near a point, all at once, each with a timeout."""

    def __init__(self, adapters: Sequence[StoreAdapter], *, timeout_s: float = 15.0) -> None:
        self.adapters = {a.id: a for a in adapters}
        self.timeout_s = timeout_s

    async def _one(self, adapter: StoreAdapter, location: Location) -> Shop | StoreStatus:
        try:
            async with asyncio.timeout(self.timeout_s):
                shops = await adapter.find_shops(location, limit=1)
        except TimeoutError:
            return StoreStatus(store=adapter.id, status=Status.TIMEOUT)
        except Exception as exc:
            log.warning("%s: find_shops failed: %s", adapter.id, exc)
            return status_from_error(adapter.id, exc)
        if not shops:
            return StoreStatus(store=adapter.id, status=Status.ERROR, message="нет магазинов")
        return shops[0]

    async def nearest(
        self, location: Location, stores: Sequence[str]
    ) -> tuple[dict[str, Shop], list[StoreStatus]]:
        wanted = [self.adapters[s] for s in stores if s in self.adapters]
        results = await asyncio.gather(*(self._one(a, location) for a in wanted))
        found = {a.id: r for a, r in zip(wanted, results, strict=True) if isinstance(r, Shop)}
        failed = [r for r in results if isinstance(r, StoreStatus)]
        return found, failed


@dataclass
class BotDeps:
    """Everything the handlers need; ``workflow_data()`` hands it to aiogram by name."""

    service: BasketService
    storage: Storage
    settings: Settings
    config: BotConfig
    parse_list: ListParser
    worker: Worker
    limiter: RateLimiter
    shop_finder: ShopFinder | None = None
    # Lists received and not yet answered (answered after a restart); None: not kept.
    inbox: Inbox | None = None
    flood: FloodControl = field(default_factory=FloodControl)
    clock: Callable[[], datetime] = utcnow
    # Run on the worker at shutdown (closing the stores' HTTP clients).
    on_close: Callable[[], Coroutine[Any, Any, None]] | None = None
    prefs: PrefsRepo = field(init=False)
    # Set once the warm-up is done (polling starts before it: see ``run_bot``).
    warmed: asyncio.Event = field(init=False, default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        self.prefs = PrefsRepo(self.storage)

    async def warm_up(self) -> None:
        """Build once, before the first user, what the first list would otherwise pay for
        (the offer index, the parser's dictionaries) on the worker: in a burst that first
        cost delays every list queued behind it."""
        await self.worker.run(_warm(self.service))

    def workflow_data(self) -> dict[str, Any]:
        """What handlers are given: this one object, as ``deps``."""
        return {"deps": self}


async def _warm(service: BasketService) -> None:
    # The parser's dictionaries, and the stored products of the commonest kinds.
    service.prepare(parse_text(WARM_UP_LIST).items)


async def rules_parser(text: str) -> ShoppingList:
    """The rules parser (pure, fast): the default when no LLM is configured."""
    return parse_text(text)


def make_deps(
    storage: Storage,
    settings: Settings,
    *,
    known_stores: Sequence[str],
    adapters: Sequence[StoreAdapter] = (),
    store_names: Mapping[str, str] | None = None,
    parse_list: ListParser = rules_parser,
    config: BotConfig | None = None,
    clock: Callable[[], datetime] = utcnow,
    inbox: Inbox | None = None,
) -> BotDeps:
    """The bot's dependencies: live store searches when ``adapters`` are given, else the
    database only."""
    names = dict(store_names) if store_names is not None else plugin_store_names()
    config = config or BotConfig(
        known_stores=tuple(known_stores), store_names=names, tz=settings.tz
    )
    service = BasketService(
        storage,
        fanout=FanOut(settings.fanout) if adapters else None,
        adapters=adapters,
        known_stores=known_stores,
        fresh_hours=settings.fresh_hours,
        clock=clock,
        keep_answers_days=settings.keep_answers_days,
    )

    async def close_adapters() -> None:
        await close_stores(adapters)

    return BotDeps(
        service=service,
        storage=storage,
        settings=settings,
        config=config,
        parse_list=parse_list,
        worker=Worker(),
        limiter=RateLimiter(config.rate_limit, config.rate_window_s),
        shop_finder=AdapterShopFinder(adapters, timeout_s=config.shop_timeout_s)
        if adapters
        else None,
        inbox=inbox,
        clock=clock,
        on_close=close_adapters if adapters else None,
    )
