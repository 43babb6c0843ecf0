"""korzina: where is my shopping list cheapest?

Plugins import ``hookimpl`` from here::

    from korzina import hookimpl
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from korzina.core.hookspecs import hookimpl

__version__ = "0.1.0"
__all__ = ["__version__", "hookimpl"]


def __getattr__(name: str) -> Any:
    # pluggy is imported when a plugin asks for ``hookimpl``, not by every `korzina --help`.
    if name == "hookimpl":
        from korzina.core.hookspecs import hookimpl

        return hookimpl
    raise AttributeError(f"module 'korzina' has no attribute {name!r}")
