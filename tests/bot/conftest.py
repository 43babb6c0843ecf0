"""Bots over the constructed demo snapshot (real baskets, no network)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from korzina.bot.deps import BotConfig, BotDeps, make_deps
from korzina.core.settings import Settings
from korzina.core.storage import open_memory_storage
from korzina.core.storage.base import Storage
from korzina.data import DEMO_STORES, demo_offers
from tests.bot.recording import Chatter

NOW = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


def demo_storage() -> Storage:
    storage = open_memory_storage()
    storage.offers.save_offers(demo_offers())
    return storage


def demo_deps(storage: Storage | None = None, **config: Any) -> BotDeps:
    """Offline deps over the demo snapshot; ``config`` overrides ``BotConfig`` fields."""
    base = BotConfig(known_stores=DEMO_STORES, progress_interval_s=0.0)
    return make_deps(
        storage or demo_storage(),
        Settings(),
        known_stores=DEMO_STORES,
        config=replace(base, **config),
        clock=lambda: NOW,
    )


@pytest.fixture
def chatter() -> Iterator[Chatter]:
    deps = demo_deps()
    with deps.worker.running():
        yield Chatter(deps)
