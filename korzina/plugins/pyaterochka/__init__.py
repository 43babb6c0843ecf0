"""The Пятёрочка store plugin (registered through the ``korzina`` entry-point group)."""

from __future__ import annotations

from collections.abc import Callable

from korzina import hookimpl
from korzina.core.store import StoreAdapter
from korzina.plugins.pyaterochka.client import PyaterochkaStore

__all__ = ["PyaterochkaStore"]


@hookimpl
def register_stores(register: Callable[[type[StoreAdapter]], None]) -> None:
    register(PyaterochkaStore)
