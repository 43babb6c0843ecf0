"""The ``korzina`` click group and what every command shares (settings, plugins, output).

Commands live in sibling modules, one per feature, and are thin: they parse options,
call core services and render. Plugins add commands through ``register_commands``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import click
import pluggy
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape

from korzina.core.errors import KorzinaError
from korzina.core.settings import ENVIRONMENT_HELP, Settings, load_settings

T = TypeVar("T")


@dataclass
class App:
    """Shared state of one CLI invocation, injected into commands via ``click.pass_obj``."""

    pm: pluggy.PluginManager
    # Defaults until the group callback loads the config file and environment.
    settings: Settings = field(default_factory=Settings)
    console: Console = field(default_factory=lambda: Console(highlight=False))
    err: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))


def to_jsonable(obj: Any) -> Any:
    """Python values to JSON: Decimal money as numbers, dates as ISO strings."""
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, Decimal):
        # Money is exact in Python; JSON gets the shortest number that reads back the same.
        # No arithmetic happens on the float: it is only the JSON spelling of the Decimal.
        return int(obj) if obj == obj.to_integral_value() else float(obj)
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in obj]
    return obj


def echo_json(obj: Any) -> None:
    """Print a stable JSON document on stdout (UTF-8, not ASCII-escaped)."""
    click.echo(json.dumps(to_jsonable(obj), ensure_ascii=False, indent=2))


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


class KorzinaGroup(click.Group):
    """Turns korzina's own errors into a short Russian message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KorzinaError as exc:
            logging.getLogger("korzina").debug("command failed", exc_info=True)
            err = Console(stderr=True, highlight=False)
            err.print(f"[red]Ошибка:[/red] {escape(exc.user_message)}")
            # The technical detail is English and for developers: shown with -v only.
            if ctx.params.get("verbose") and str(exc) != exc.user_message:
                err.print(f"[dim]{escape(str(exc))}[/dim]")
            sys.exit(1)


_ENV_EPILOG = "Переменные окружения:\n\n" + "\n\n".join(
    f"  {k}: {v}" for k, v in ENVIRONMENT_HELP.items()
)


@click.group(cls=KorzinaGroup, epilog=_ENV_EPILOG)
@click.option("--db", type=click.Path(dir_okay=False), help="Файл базы DuckDB (или KORZINA_DB).")
@click.option("-v", "--verbose", is_flag=True, help="Подробный журнал в stderr.")
@click.version_option(package_name="korzina")
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: bool) -> None:
    """korzina: где дешевле ваш список покупок (Пятёрочка, Магнит, Дикси, Перекрёсток)."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app: App = ctx.ensure_object(App)  # main() puts an App with the plugin manager here
    try:
        app.settings = load_settings(db=db)
    except KorzinaError as exc:
        raise click.ClickException(exc.user_message) from exc
