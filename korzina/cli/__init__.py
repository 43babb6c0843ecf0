"""The ``korzina`` command. Each feature's commands live in a module of this package,
imported only when one of its commands runs (see ``korzina.cli.app.COMMANDS``)."""

from __future__ import annotations

from korzina.cli.app import App, cli
from korzina.cli.i18n import localize_click

__all__ = ["cli", "main"]


def main() -> None:
    localize_click()
    cli(obj=App(), prog_name="korzina")
