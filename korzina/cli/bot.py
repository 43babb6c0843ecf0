"""`korzina bot`: the Telegram bot (long polling by default, or a webhook)."""

from __future__ import annotations

import contextlib
import gc
import logging
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from korzina.bot.preflight import (
    checked_api_base,
    checked_database,
    checked_token,
    telegram_me,
)
from korzina.cli.app import App, cli
from korzina.core.errors import ConfigError, KorzinaError, TokenError

if TYPE_CHECKING:
    from korzina.bot.deps import BotDeps

log = logging.getLogger(__name__)

EXIT_CONFIG = 2
# How long the bot waits for the database while another process writes it.
DATABASE_WAIT_S = 10.0


def parse_listen(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise click.BadParameter("нужно ХОСТ:ПОРТ, например 0.0.0.0:8080", param_hint="--listen")
    return host or "0.0.0.0", int(port)


def prepare_database(path: Path, on_reanalysis: Callable[[int], None] | None = None) -> None:
    """Create or migrate the database once, before aiogram is imported: a file korzina
    cannot use (a newer schema, a broken DuckDB file, held by another writer for
    longer than the wait) is reported at once, not after seconds of imports."""
    from korzina.core.storage import ANSWERING_MEMORY, open_storage

    open_storage(
        path, wait_s=DATABASE_WAIT_S, memory_limit=ANSWERING_MEMORY, on_reanalysis=on_reanalysis
    ).close()


@contextlib.contextmanager
def bot_deps(app: App, *, offline: bool, demo: bool, prepared: bool = False) -> Iterator[BotDeps]:
    """The bot's dependencies over the user's database (or a scratch demo database),
    opened per request (``SessionStorage``), with the inbox of unanswered lists beside it.
    ``prepared``: the user's database was just created or migrated (``prepare_database``)."""
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
            prepared = True
        else:
            path = app.settings.db_path
            known = [
                sid
                for sid, cls in classes.items()
                if app.settings.store_settings(sid, cls.default_settings).enabled
            ]
        storage = session_storage(
            path, wait_s=DATABASE_WAIT_S, memory_limit=ANSWERING_MEMORY, prepared=prepared
        )
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


def config_failure(exc: KorzinaError) -> NoReturn:
    """«Ошибка: …» and exit code 2: the bot cannot start as configured. Written with
    click (already loaded), not rich: this path is timed in tenths of a second."""
    click.echo(f"{click.style('Ошибка:', fg='red')} {exc.user_message}", err=True)
    sys.exit(EXIT_CONFIG)


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
    # Start-up allocates much and frees little; the cyclic GC's passes over it cost about
    # a tenth of the time to the first poll. Off until the warm-up collects once after
    # polling has started (korzina.bot.app), or until the command ends.
    gc.disable()
    try:
        _bot(app, webhook_url, listen, api_base, offline=offline, demo=demo)
    finally:
        gc.enable()


def _bot(
    app: App,
    webhook_url: str | None,
    listen: str,
    api_base: str | None,
    *,
    offline: bool,
    demo: bool,
) -> None:
    # The configuration first, cheapest checks first: a wrong setting is reported in
    # well under a second, not after the seconds of importing aiogram.
    try:
        token = checked_token(app.settings.bot_token)
        api_base = checked_api_base(api_base)
        if not demo:
            checked_database(app.settings.db_path)
    except KorzinaError as exc:
        config_failure(exc)
    host, port = parse_listen(listen)
    try:
        telegram_me(token, api_base)  # the token refused, the server unreachable
    except KorzinaError as exc:
        config_failure(exc)
    try:
        if not demo:
            prepare_database(app.settings.db_path, app.announce_reanalysis)
    except KorzinaError as exc:
        config_failure(exc)
    app.pm  # noqa: B018 - the plugins load now: one that cannot is said at once (exit 2)
    # aiogram takes seconds to import: only `korzina bot` pays for it, not every command.
    import asyncio

    from korzina.bot.app import RunOptions, run_bot

    options = RunOptions(
        token=token,
        api_base=api_base,
        webhook_url=webhook_url,
        listen_host=host,
        listen_port=port,
    )
    try:
        with bot_deps(app, offline=offline, demo=demo, prepared=not demo) as deps:
            asyncio.run(run_bot(options, deps))
    except TokenError as exc:
        config_failure(exc)
    except ConfigError:
        raise  # KorzinaGroup prints it
    except KeyboardInterrupt:
        app.err.print("Бот остановлен.")
