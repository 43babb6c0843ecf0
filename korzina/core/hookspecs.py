"""The whole plugin contract of korzina.

A plugin is a module or package registered under the ``korzina`` entry-point group
(the four built-in stores are registered the same way, in korzina's pyproject.toml).
It implements any of these hooks with ``@korzina.hookimpl``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from korzina.core.store import StoreAdapter

hookspec = pluggy.HookspecMarker("korzina")
hookimpl = pluggy.HookimplMarker("korzina")


@hookspec
def register_stores(register: Callable[[type[StoreAdapter]], None]) -> None:
    """Register store adapter classes by calling ``register(AdapterClass)``."""


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add commands to the ``korzina`` command-line group."""


@hookspec
def register_brands(register: Callable[[str], None]) -> None:
    """Add brand names the list parser should recognise, by calling ``register(name)``."""
