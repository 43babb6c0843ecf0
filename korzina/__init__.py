"""korzina: where is my shopping list cheapest?

Plugins import ``hookimpl`` from here::

    from korzina import hookimpl
"""

from korzina.core.hookspecs import hookimpl

__version__ = "0.1.0"
__all__ = ["__version__", "hookimpl"]
