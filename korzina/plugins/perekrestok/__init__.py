"""The Перекрёсток store plugin (registered through the ``korzina`` entry-point group)."""

from __future__ import annotations

from collections.abc import Callable

from korzina import hookimpl
from korzina.core.store import StoreAdapter
from korzina.plugins.perekrestok.client import PerekrestokStore

__all__ = ["PerekrestokStore"]


@hookimpl
def register_stores(register: Callable[[type[StoreAdapter]], None]) -> None:
    register(PerekrestokStore)
