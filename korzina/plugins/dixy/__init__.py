"""The «Дикси» store plugin: dixy.ru listings, pages and shops (STORES.md section 4)."""

from __future__ import annotations

from collections.abc import Callable

from korzina import hookimpl
from korzina.core.store import StoreAdapter
from korzina.plugins.dixy.client import DixyStore

__all__ = ["DixyStore"]


@hookimpl
def register_stores(register: Callable[[type[StoreAdapter]], None]) -> None:
    register(DixyStore)
