"""The «Магнит» store plugin: magnit.ru's web gateway over plain HTTP (STORES.md section 2)."""

from __future__ import annotations

from collections.abc import Callable

from korzina import hookimpl
from korzina.core.store import StoreAdapter
from korzina.plugins.magnit.client import MagnitStore

__all__ = ["MagnitStore"]


@hookimpl
def register_stores(register: Callable[[type[StoreAdapter]], None]) -> None:
    register(MagnitStore)
