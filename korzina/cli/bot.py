"""`korzina bot`: the Telegram bot (long polling by default, or a webhook)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from korzina.bot.preflight import checked_api_base, checked_database, checked_token
from korzina.cli.app import App, cli
from korzina.core.errors import ConfigError, KorzinaError, TokenError

if TYPE_CHECKING:
    from korzina.bot.deps import BotDeps

log = logging.getLogger(__name__)

EXIT_CONFIG = 2


def parse_listen(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter("нужно ХОСТ:ПОРТ, например 0.0.0.0:8080", param_hint="--listen")
    return host or "0.0.0.0", int(port)


@contextlib.contextmanager
def bot_deps(app: App, *, offline: bool, demo: bool) -> Iterator[BotDeps]:
    """The bot's dependencies over the user's database (or a scratch demo database),
    opened per request (``SessionStorage``), with the inbox of unanswered lists beside it."""
    from korzina.bot.database import session_storage
    from korzina.bot.deps import make_deps
    from korzina.bot.inbox import Inbox, inbox_path
    from korzina.cli.parse import configured_parser
    from korzina.core.plugins import open_stores, store_classes
    from korzina.core.storage import ANSWERING_MEMORY, open_storage
    from korzina.data import DEMO_STORES, demo_offers

    parser = configured_parser(app)
    classes = store_classes(app.pm)
    names = {sid: cls.display_name for sid, cls in classes.items()}
    with contextlib.ExitStack() as stack:
        if demo:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="korzina-bot-demo-"))
            path = Path(tmp) / "demo.duckdb"
            with open_storage(path) as scratch:
                scratch.offers.save_offers(demo_offers())
            known = list(DEMO_STORES)
        else:
            path = app.settings.db_path
            known = [
                sid
                for sid, cls in classes.items()
                if app.settings.store_settings(sid, cls.default_settings).enabled
            ]
        storage = session_storage(path, wait_s=10.0, memory_limit=ANSWERING_MEMORY)
        stack.callback(storage.close)
        inbox = Inbox(inbox_path(Path(path)))
        stack.callback(inbox.close)
        adapters = [] if offline or demo else open_stores(app.pm, app.settings)
        yield make_deps(
            storage,
            app.settings,
            known_stores=known,
            adapters=adapters,
            store_names=names,
            parse_list=parser.parse,
            inbox=inbox,
        )


@cli.command("bot")
@click.option("--webhook", "webhook_url", default=None, help="Режим webhook: публичный URL.")
@click.option("--listen", default="0.0.0.0:8080", help="Где слушать webhook: ХОСТ:ПОРТ.")
@click.option(
    "--api-base", default=None, help="Свой сервер Bot API, например http://127.0.0.1:8081."
)
@click.option("--offline", is_flag=True, help="Только цены из базы, без запросов к магазинам.")
@click.option("--demo", is_flag=True, help="Сконструированный снимок цен вместо базы (без сети).")
@click.pass_obj
def bot_command(
    app: App,
    webhook_url: str | None,
    listen: str,
    api_base: str | None,
    offline: bool,
    demo: bool,
) -> None:
    """Telegram-бот: токен из KORZINA_BOT_TOKEN, long polling (или --webhook)."""
    # The settings first, with the standard library only: a wrong one is reported at
    # once, not after seconds of imports (aiogram, DuckDB) and the warm-up.
    try:
        token = checked_token(app.settings.bot_token)
        api_base = checked_api_base(api_base)
        if not demo:
            checked_database(app.settings.db_path)
    except KorzinaError as exc:
        app.err.print(f"[red]Ошибка:[/red] {exc.user_message}")
        sys.exit(EXIT_CONFIG)
    host, port = parse_listen(listen)
    # aiogram takes seconds to import: only `korzina bot` pays for it, not every command.
    from korzina.bot.app import RunOptions, run_bot

    options = RunOptions(
        token=token,
        api_base=api_base,
        webhook_url=webhook_url,
        listen_host=host,
        listen_port=port,
    )
    try:
        with bot_deps(app, offline=offline, demo=demo) as deps:
            asyncio.run(run_bot(options, deps))
    except TokenError as exc:
        app.err.print(f"[red]Ошибка:[/red] {exc.user_message}")
        sys.exit(EXIT_CONFIG)
    except ConfigError:
        raise  # KorzinaGroup prints it
    except KeyboardInterrupt:
        app.err.print("Бот остановлен.")
