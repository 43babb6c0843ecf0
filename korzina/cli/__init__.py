"""The ``korzina`` command. Each feature's commands live in a module of this package."""

from __future__ import annotations

import sys

# Importing a command module registers its commands on `cli`; one module per feature.
from korzina.cli import (  # noqa: F401
    basket,
    bot,
    crawl,
    data,
    export,
    history,
    parse,
    stores,
)
from korzina.cli.app import App, cli
from korzina.core.errors import ConfigError
from korzina.core.plugins import add_plugin_commands, make_plugin_manager

__all__ = ["cli", "main"]


def main() -> None:
    try:
        pm = make_plugin_manager()
    except ConfigError as exc:  # e.g. KORZINA_LOAD_PLUGINS names a plugin not installed
        print(f"Ошибка: {exc.user_message}", file=sys.stderr)
        sys.exit(2)
    add_plugin_commands(pm, cli)
    cli(obj=App(pm=pm), prog_name="korzina")
