"""The ``korzina`` click group and what every command shares (settings, plugins, output).

Commands live in sibling modules, one per feature, and are thin: they parse options,
call core services and render. Plugins add commands through ``register_commands``.

Start-up is kept cheap: this module imports click and the standard library only. A
command's module (and whatever heavy package it needs: DuckDB, aiogram, pymorphy3's
dictionaries, rich) is imported when that command runs, through :class:`LazyGroup`
(click's lazy-subcommand pattern), and the plugin manager is built on first use.
"""

from __future__ import annotations

import functools
import importlib
import json
import logging
import re
import sys
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from gettext import gettext as _
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    import pluggy
    from rich.console import Console

    from korzina.core.settings import Settings

T = TypeVar("T")
ENTRY_POINT_GROUP = "korzina"  # the same group as core.plugins.ENTRY_POINT_GROUP


@dataclass(frozen=True)
class Lazy:
    """Where a built-in command lives, and its one-line help for ``korzina --help``
    (so listing the commands imports none of them; a test keeps the line in step with
    the command's own docstring)."""

    module: str
    help: str


# Every built-in command: its module is imported when the command runs (or its --help is
# asked). The module registers the command on ``cli`` with ``@cli.command`` as it loads.
COMMANDS: dict[str, Lazy] = {
    "basket": Lazy(
        "korzina.cli.basket", "Где дешевле список покупок (ТЕКСТ или stdin): корзины по магазинам."
    ),
    "demo": Lazy(
        "korzina.cli.basket",
        "Пример без сети: сконструированный снимок цен и список покупок (или ваш ТЕКСТ).",
    ),
    "eval-basket": Lazy(
        "korzina.cli.evaluate",
        "Качество корзин на размеченных наборах: сконструированном демонстрационном и на "
        "настоящих названиях товаров магазинов (tests/data/real_*.jsonl).",
    ),
    "bot": Lazy(
        "korzina.cli.bot", "Telegram-бот: токен из KORZINA_BOT_TOKEN, long polling (или --webhook)."
    ),
    "crawl": Lazy("korzina.cli.crawl", "Обойти весь каталог магазина для точки и сохранить цены."),
    "jobs": Lazy(
        "korzina.cli.crawl",
        "Запускать обходы по расписанию из настроек (cron) и записывать каждый запуск.",
    ),
    "history": Lazy(
        "korzina.cli.history", "История цен товаров, которые корзина взяла бы по запросу QUERY."
    ),
    "index": Lazy(
        "korzina.cli.history",
        "Индекс корзины: стоимость одного и того же набора товаров по дням и магазинам.",
    ),
    "export": Lazy(
        "korzina.cli.export", "Выгрузить историю цен в Parquet (каталоги store=…/month=ГГГГ-ММ)."
    ),
    "worker": Lazy(
        "korzina.cli.distributed",
        "Исполнитель распределённого обхода: берёт части обходов из очереди Redis.",
    ),
    "lake": Lazy(
        "korzina.cli.lake",
        "Озеро цен (Parquet по магазинам, дням и точкам): сжатие, обновление базы, SQL.",
    ),
    "import": Lazy(
        "korzina.cli.data", "Загрузить предложения из FILE (.jsonl, .csv или .parquet) в базу."
    ),
    "sql": Lazy("korzina.cli.data", "Выполнить запрос SELECT к базе (только чтение)."),
    "reanalyze": Lazy(
        "korzina.cli.data",
        "Заново разобрать названия товаров в базе (что это за товар, вид, сорт, вкус).",
    ),
    "parse": Lazy("korzina.cli.parse", "Разобрать список покупок (ТЕКСТ или stdin) на товары."),
    "eval-parser": Lazy(
        "korzina.cli.parse",
        "Оценить разборщик на размеченных списках (JSONL): точность, полнота, поля.",
    ),
    "schema": Lazy("korzina.cli.schema", "JSON-схема вывода --json команды (или всех команд)."),
    "stores": Lazy(
        "korzina.cli.stores",
        "Подключённые магазины: возможности, адрес API, транспорт и (с --check) состояние.",
    ),
    "search": Lazy(
        "korzina.cli.stores",
        "Найти товар во всех магазинах сразу; всё найденное сохраняется в базу.",
    ),
}


class PluginsError(click.ClickException):
    """The plugins cannot be loaded as configured: «Ошибка: …», exit code 2 (a usage
    error, like an unknown option), wherever the plugins are first needed."""

    exit_code = 2


# Products whose re-reading is worth a word (about a second), and the rate of that
# re-reading on two cores (benchmarks/bench_import.py reads about 6,000 titles a second).
REANALYSIS_NOTICE_FROM = 5_000
REANALYSIS_RATE = 6_000


class App:
    """Shared state of one CLI invocation, injected into commands via ``click.pass_obj``.

    Each part is made on first use, so a command that needs no plugins loads none.
    Tests pass their own ``pm``, ``settings`` or consoles.
    """

    def __init__(
        self,
        pm: pluggy.PluginManager | None = None,
        settings: Settings | None = None,
        console: Console | None = None,
        err: Console | None = None,
    ) -> None:
        self._pm = pm
        self._settings = settings
        self._console = console
        self._err = err

    @property
    def has_plugins(self) -> bool:
        """Whether the plugin manager is already made (its plugins loaded)."""
        return self._pm is not None

    @property
    def pm(self) -> pluggy.PluginManager:
        if self._pm is None:
            from korzina.core.errors import ConfigError
            from korzina.core.plugins import make_plugin_manager

            try:
                self._pm = make_plugin_manager()
            except ConfigError as exc:  # e.g. KORZINA_LOAD_PLUGINS names a missing plugin
                raise PluginsError(exc.user_message) from exc
        return self._pm

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from korzina.core.settings import Settings

            self._settings = Settings()  # defaults until the group callback loads them
        return self._settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        self._settings = value

    @property
    def console(self) -> Console:
        if self._console is None:
            self._console = make_console()
        return self._console

    @property
    def err(self) -> Console:
        if self._err is None:
            self._err = make_console(stderr=True)
        return self._err

    def announce_reanalysis(self, stale: int) -> None:
        """Said before the first open after an analyzer upgrade reads the stored titles
        again: at a large catalogue that takes seconds, which must not look like a hang."""
        if stale >= REANALYSIS_NOTICE_FROM:
            seconds = max(1, round(stale / REANALYSIS_RATE))
            count = f"{stale:,}".replace(",", "\u00a0")
            self.err.print(
                f"korzina обновилась: названия {count} товаров в базе перечитываются, "
                f"один раз (около {seconds} с)…"
            )


def make_console(*, stderr: bool = False) -> Console:
    """A rich console; when the output is not a terminal (a pipe, a file) lines are not
    cut to 80 columns: tables get room for whole product names."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 10_000
    return Console(stderr=stderr, highlight=False, width=width, soft_wrap=width is not None)


def command_name() -> str:
    """How the user can run korzina again from here: «korzina» when that is on PATH,
    else the path they ran it by («.venv/bin/korzina» after `make demo`)."""
    import os
    import shutil

    ran = sys.argv[0] if sys.argv and sys.argv[0] else "korzina"
    found = shutil.which("korzina")
    if found and Path(ran).name == "korzina" and Path(found).resolve() == Path(ran).resolve():
        return "korzina"
    if Path(ran).name != "korzina":  # python -m korzina, or embedded: the module form
        python = os.path.relpath(sys.executable)
        return f"{python if not python.startswith('..') else sys.executable} -m korzina"
    rel = os.path.relpath(ran)
    return rel if not rel.startswith("..") else str(Path(ran).resolve())


def to_jsonable(obj: Any) -> Any:
    """Python values to JSON: Decimal money as numbers, dates as ISO strings."""
    if hasattr(obj, "model_dump"):  # a pydantic model
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


def list_text(args: tuple[str, ...]) -> str:
    """The shopping list of a command: its TEXT arguments, else standard input.

    Standard input is read up to a bound: a list is capped (``korzina.parser.clean``),
    and a file far over the cap is refused without being read whole.
    """
    from korzina.parser.clean import MAX_LIST_CHARS, check_length

    if args:
        return " ".join(args)
    # Markup and escapes are cleaned away before the cap counts; ten times the cap of raw
    # text is room for them, and bounds what is held in memory.
    text = sys.stdin.read(10 * MAX_LIST_CHARS + 1)
    if len(text) > 10 * MAX_LIST_CHARS:
        check_length(text, truncated=True)  # far over the cap whatever cleaning removes
    return text


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    import asyncio

    # The result is handed over outside the main task: on its way out asyncio.run looks
    # up the SIGINT handler it set, and CPython 3.11 then formats the task's repr, result
    # and all (a whole answer's pydantic repr, tens of milliseconds).
    box: list[T] = []

    async def main() -> None:
        box.append(await coro)

    asyncio.run(main())
    return box[0]


@functools.cache
def third_party_plugins() -> bool:
    """Whether a distribution other than korzina itself registers korzina plugins.

    korzina's own plugins add no commands (a test keeps it so), so only then does
    listing the commands need the plugins loaded.
    """
    return any(
        ep.dist is None or ep.dist.name != "korzina" for ep in entry_points(group=ENTRY_POINT_GROUP)
    )


# Placeholders in «Использование:» lines and option lists, in Russian like the rest.
OPTIONS_METAVAR = "[ПАРАМЕТРЫ]"
TYPE_METAVARS = {
    "text": "ТЕКСТ",
    "integer": "ЧИСЛО",
    "float": "ЧИСЛО",
    "integer range": "ЧИСЛО",
    "float range": "ЧИСЛО",
    "file": "ФАЙЛ",
    "directory": "ПАПКА",
    "path": "ПУТЬ",
}
ARGUMENT_METAVARS = {"text": "ТЕКСТ", "file": "ФАЙЛ", "query": "ЗАПРОС", "directory": "ПАПКА"}


def russian_metavars(command: click.Command) -> None:
    """Placeholders that read in Russian: «--stores ТЕКСТ», «[ТЕКСТ]...» (click's other
    strings come from the gettext catalogue, see ``korzina.cli.i18n``)."""
    for param in command.params:
        if param.metavar is not None:
            continue
        if isinstance(param, click.Argument):
            name = ARGUMENT_METAVARS.get(param.name or "")
            if name is not None and not param.required:
                name = f"[{name}]"
        elif isinstance(param, click.Option) and not param.is_flag:
            name = TYPE_METAVARS.get(param.type.name)
        else:
            continue
        # An explicit metavar is printed as it is: click's own decorations added here.
        if name is not None:
            param.metavar = name + ("..." if param.nargs != 1 else "")


class KorzinaCommand(click.Command):
    """Every korzina command: Russian placeholders in its usage and option lists."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)
        russian_metavars(self)


def lazy_short_help(entry: Lazy, limit: int) -> str:
    """The line click would list for the command, from the help kept in ``COMMANDS``."""
    return click.Command(None, help=entry.help).get_short_help_str(limit)


# An option as people type one: «--json», «-v», «--stores=a,b». Any other argument that
# starts with «-» is shopping-list text: «- молоко», «-хлеб», «—» lines pasted from a chat.
_OPTION_LIKE = re.compile(r"--?[A-Za-z][A-Za-z0-9-]*(=.*)?", re.DOTALL)


class ListCommand(KorzinaCommand):
    """A command whose arguments are a shopping list: text that begins with «-» (a list
    pasted from a chat: «- молоко\n- хлеб») is read as the list, not as an option.

    Known options keep working wherever they stand; a word shaped like an option that
    the command does not have («--jsn») is still the usual «Нет такого параметра».
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options: dict[str, bool] = {}  # option name → takes a value
        for param in self.get_params(ctx):
            if isinstance(param, click.Option):
                for name in (*param.opts, *param.secondary_opts):
                    options[name] = not param.is_flag and not param.count
        kept: list[str] = []
        text: list[str] = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                text.extend(args[i + 1 :])
                break
            name = arg.split("=", 1)[0]
            if name in options or _OPTION_LIKE.fullmatch(arg):
                kept.append(arg)
                if options.get(name) and "=" not in arg and i + 1 < len(args):
                    kept.append(args[i + 1])
                    i += 1
            else:
                text.append(arg)
            i += 1
        return super().parse_args(ctx, [*kept, "--", *text] if text else kept)


class LazyGroup(click.Group):
    """A group whose built-in commands are imported on demand (``lazy``: name → module)
    and whose plugin commands are added the first time a name is not a built-in one."""

    def __init__(self, *args: Any, lazy: Mapping[str, Lazy] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        russian_metavars(self)
        self.lazy: dict[str, Lazy] = dict(lazy or {})
        self._plugins_added = False

    def list_commands(self, ctx: click.Context) -> list[str]:
        app = ctx.find_object(App)
        if (app is not None and app.has_plugins) or third_party_plugins():
            self._add_plugin_commands(ctx)
        return sorted({*self.lazy, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            if cmd_name in self.lazy:
                importlib.import_module(self.lazy[cmd_name].module)
            else:
                self._add_plugin_commands(ctx)
        return self.commands.get(cmd_name)

    def _add_plugin_commands(self, ctx: click.Context) -> None:
        if self._plugins_added:
            return
        self._plugins_added = True
        from korzina.core.plugins import add_plugin_commands

        app = ctx.find_object(App)
        add_plugin_commands(app.pm if app is not None else App().pm, self)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's listing, with the one-line help of a command not imported yet taken
        from ``lazy`` instead of importing it."""
        rows = []
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        for name in self.list_commands(ctx):
            cmd = self.commands.get(name)
            if cmd is not None:
                if cmd.hidden:
                    continue
                rows.append((name, cmd.get_short_help_str(limit)))
            else:
                rows.append((name, lazy_short_help(self.lazy[name], limit)))
        if rows:
            with formatter.section(_("Commands")):
                formatter.write_dl(rows)


class KorzinaGroup(LazyGroup):
    """Turns korzina's own errors into a short Russian message and exit code 1."""

    command_class = KorzinaCommand

    def invoke(self, ctx: click.Context) -> Any:
        from korzina.core.errors import KorzinaError

        try:
            return super().invoke(ctx)
        except KorzinaError as exc:
            from rich.markup import escape

            logging.getLogger("korzina").debug("command failed", exc_info=True)
            err = make_console(stderr=True)
            err.print(f"[red]Ошибка:[/red] {escape(exc.user_message)}")
            # The technical detail is English and for developers: shown with -v only.
            if ctx.params.get("verbose") and str(exc) != exc.user_message:
                err.print(f"[dim]{escape(str(exc))}[/dim]")
            sys.exit(1)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from korzina.core.env import ENVIRONMENT_HELP

        formatter.write_paragraph()
        with formatter.section("Переменные окружения"):
            formatter.write_dl(list(ENVIRONMENT_HELP.items()))


@click.group(
    cls=KorzinaGroup,
    lazy=COMMANDS,
    options_metavar=OPTIONS_METAVAR,
    subcommand_metavar="КОМАНДА [АРГУМЕНТЫ]...",
)
@click.option("--db", type=click.Path(dir_okay=False), help="Файл базы DuckDB (или KORZINA_DB).")
@click.option("-v", "--verbose", is_flag=True, help="Подробный журнал в stderr.")
@click.version_option(
    package_name="korzina", help="Показать версию и выйти.", message="%(prog)s, версия %(version)s"
)
@click.pass_context
def cli(ctx: click.Context, db: str | None, verbose: bool) -> None:
    """korzina: где дешевле ваш список покупок (Пятёрочка, Магнит, Дикси, Перекрёсток)."""
    from korzina.core.errors import KorzinaError
    from korzina.core.settings import load_settings

    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app: App = ctx.ensure_object(App)  # main() puts an App here; tests put their own
    try:
        app.settings = load_settings(db=db)
    except KorzinaError as exc:
        raise click.ClickException(exc.user_message) from exc
