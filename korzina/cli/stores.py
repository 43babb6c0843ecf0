"""``korzina stores`` (what is registered and whether it answers) and ``korzina search``.

Both are thin: plugins come from ``korzina.core.plugins``, the asking from
``korzina.core.fanout.FanOut``, saving from the storage repositories.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from korzina.cli.app import App, ListCommand, cli, echo_json, run_async
from korzina.core.errors import ConfigError, KorzinaError, NoConnection
from korzina.core.fanout import CONNECT_PROBE_S, FanOut, no_connection, status_from_error
from korzina.core.http import can_connect
from korzina.core.models import Offer, Shop, Status, StoreResult, StoreStatus
from korzina.core.plugins import opened_stores, store_classes
from korzina.core.present import STATUS_WORDS, pack_text, rub
from korzina.core.settings import Settings
from korzina.core.storage import ANSWERING_MEMORY, open_storage
from korzina.core.storage.base import Storage
from korzina.core.store import Capabilities, StoreAdapter

log = logging.getLogger(__name__)

STATUS_TEXT = {status: words.state for status, words in STATUS_WORDS.items()}
STATUS_STYLE = {
    Status.OK: "green",
    Status.PARTIAL: "yellow",
    Status.BLOCKED: "red",
    Status.TIMEOUT: "yellow",
    Status.ERROR: "red",
}
CAPABILITY_TEXT = {
    "text_search": "поиск",
    "category_crawl": "каталог",
    "per_shop_prices": "цены магазина",
    "shop_finder": "поиск магазинов",
}


def open_storage_for(
    settings: Settings, on_reanalysis: Callable[[int], None] | None = None
) -> Storage:
    """The database of ``settings``: the command's one edge to storage (tests replace it)."""
    # Wait a little if another korzina process (the bot, an import) is writing.
    # The DuckDB backend's concrete repositories satisfy the protocols; cast as crawl does.
    storage = open_storage(
        settings.db_path,
        wait_s=5.0,
        memory_limit=ANSWERING_MEMORY,
        on_reanalysis=on_reanalysis,
    )
    return cast(Storage, storage)


# --- formatting (pure) --------------------------------------------------------


def capabilities_text(caps: Capabilities, sep: str = ", ") -> str:
    return sep.join(text for name, text in CAPABILITY_TEXT.items() if getattr(caps, name))


def status_line(name: str, status: StoreStatus, found: int) -> str:
    style = STATUS_STYLE[status.status]
    text = f"[bold]{escape(name)}[/bold]: [{style}]{STATUS_TEXT[status.status]}[/{style}]"
    if status.ok:
        text += f", товаров: {found}" if found else ", ничего не нашлось"
    if status.message:
        text += f" — {escape(status.message)}"
    return text


def offers_table(offers: Sequence[Offer]) -> Table:
    table = Table(show_edge=False, pad_edge=False)
    table.add_column("Товар", overflow="fold")
    table.add_column("Цена", justify="right", no_wrap=True)
    table.add_column("Обычная", justify="right", no_wrap=True)
    table.add_column("За единицу", justify="right", no_wrap=True)
    table.add_column("Упаковка", no_wrap=True)
    for o in offers:
        per_kg = "кг" if o.sold_by.value == "kg" else None
        unit = o.unit_price_unit.value if o.unit_price_unit is not None else None
        table.add_row(
            escape(o.name),
            rub(o.price, per_kg),
            rub(o.regular_price, per_kg) if o.is_promo else "",
            rub(o.unit_price, unit),
            pack_text(o.pack),
        )
    return table


# --- korzina stores -----------------------------------------------------------


@dataclass(frozen=True)
class StoreInfo:
    id: str
    display_name: str
    capabilities: Capabilities
    base_url: str
    transport: str
    enabled: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "display_name": self.display_name,
            "capabilities": self.capabilities.model_dump(),
            "base_url": self.base_url,
            "transport": self.transport,
            "enabled": self.enabled,
        }


def describe_stores(app: App) -> list[StoreInfo]:
    """Registered stores with their effective settings (config and environment applied)."""
    infos = []
    for store_id, cls in store_classes(app.pm).items():
        settings = app.settings.store_settings(store_id, cls.default_settings)
        infos.append(
            StoreInfo(
                id=store_id,
                display_name=cls.display_name,
                capabilities=cls.capabilities,
                base_url=settings.base_url,
                transport=settings.transport,
                enabled=settings.enabled,
            )
        )
    return infos


async def _health(adapter: StoreAdapter, timeout_s: float) -> StoreStatus:
    try:
        async with asyncio.timeout(timeout_s):
            return await adapter.health()
    except Exception as exc:  # health() should not raise; a broken plugin still gets a row
        log.debug("health check of %s failed", adapter.id, exc_info=True)
        return status_from_error(adapter.id, exc)


async def check_health(app: App, store_ids: Sequence[str]) -> dict[str, StoreStatus]:
    """Each store's live status; with no network at all, every store says so at once
    (one quick connection check instead of a failed search per store)."""
    async with opened_stores(app.pm, app.settings, only=store_ids) as adapters:
        addresses = [a.network_address for a in adapters if a.network_address is not None]
        online = not addresses or await can_connect(addresses, timeout_s=CONNECT_PROBE_S)
        offline = {
            a.id: status_from_error(a.id, NoConnection(a.id))
            for a in adapters
            if not online and a.network_address is not None
        }
        timeout = app.settings.fanout.timeout_s
        asked = [a for a in adapters if a.id not in offline]
        statuses = await asyncio.gather(*(_health(a, timeout) for a in asked))
    return {**offline, **{s.store: s for s in statuses}}


@cli.command("stores")
@click.option("--check", is_flag=True, help="Проверить вживую, отвечает ли каждый магазин.")
@click.option("--json", "as_json", is_flag=True, help="Вывод в JSON.")
@click.pass_obj
def stores_command(app: App, check: bool, as_json: bool) -> None:
    """Подключённые магазины: возможности, адрес API, транспорт и (с --check) состояние."""
    infos = describe_stores(app)
    health: dict[str, StoreStatus] = {}
    if check:
        enabled = [i.id for i in infos if i.enabled]
        with app.err.status("Проверяю магазины…"):
            health = run_async(check_health(app, enabled)) if enabled else {}
    # Exit 1 when stores were checked and none answered: scripts can tell.
    none_answered = check and bool(health) and not any(s.ok for s in health.values())
    if as_json:
        entries = []
        for info in infos:
            entry = info.as_json()
            if check:
                status = health.get(info.id)
                entry["health"] = (
                    {
                        "status": status.status.value,
                        "message": status.message,
                        "detail": status.detail,
                    }
                    if status
                    else None
                )
            entries.append(entry)
        echo_json({"stores": entries})
        if none_answered:
            sys.exit(1)
        return
    if not infos:
        app.console.print("Не подключено ни одного магазина.")
        return
    table = Table(title="Магазины")
    table.add_column("Магазин", no_wrap=True)
    table.add_column("Название")
    table.add_column("Возможности", no_wrap=True)
    table.add_column("Адрес API", overflow="fold")
    table.add_column("Транспорт")
    table.add_column("Вкл.")
    if check:
        table.add_column("Состояние")
    for info in infos:
        row = [
            info.id,
            escape(info.display_name),
            capabilities_text(info.capabilities, "\n"),
            escape(info.base_url),
            info.transport,
            "да" if info.enabled else "нет",
        ]
        if check:
            status = health.get(info.id)
            if status is None:
                row.append("не проверялся (отключён)")
            else:
                style = STATUS_STYLE[status.status]
                text = STATUS_TEXT[status.status]
                if status.message:
                    text += ": " + escape(status.message)
                row.append(f"[{style}]{text}[/{style}]")
        table.add_row(*row)
    app.console.print(table)
    if none_answered:
        if no_connection(list(health.values())):
            app.err.print("[red]Нет подключения к сети: ни один магазин не проверен.[/red]")
        else:
            app.err.print("[red]Ни один магазин не ответил.[/red]")
        sys.exit(1)


# --- korzina search -----------------------------------------------------------


def parse_shops(specs: Sequence[str], store_ids: Sequence[str]) -> dict[str, str]:
    """``--shop`` values to {store: shop id}: ``STORE=ID``, or a bare ``ID`` with one --store."""
    shops: dict[str, str] = {}
    for spec in specs:
        store, sep, shop_id = spec.partition("=")
        if not sep:
            if len(store_ids) != 1:
                raise click.UsageError(
                    "--shop без имени магазина можно указать только вместе с одним --store; "
                    "иначе пишите --shop магазин=номер (например, --shop magnit=12345)."
                )
            store, shop_id = store_ids[0], spec
        if not store or not shop_id:
            raise click.UsageError(f"Не понимаю --shop {spec!r}: нужно магазин=номер.")
        shops[store] = shop_id
    return shops


def _known_shop(storage: Storage, store: str, shop_id: str) -> Shop:
    """The saved shop (its extra fields matter to some adapters) or just its id."""
    try:
        found = storage.shops.get_shop(store, shop_id)
    except KorzinaError:
        found = None
    return found or Shop(store=store, shop_id=shop_id)


async def _search(
    app: App,
    only: Sequence[str] | None,
    query: str,
    shops: Mapping[str, Shop],
    limit: int,
    console: Console,
) -> list[StoreResult]:
    async with opened_stores(app.pm, app.settings, only=only) as adapters:
        if not adapters:
            raise ConfigError(
                "no enabled stores", user_message="Нет включённых магазинов: проверьте настройки."
            )
        done = 0
        with console.status(f"Спрашиваю магазины: 0 из {len(adapters)}…") as progress:

            def on_result(result: StoreResult) -> None:
                nonlocal done
                done += 1
                progress.update(f"Спрашиваю магазины: {done} из {len(adapters)}…")

            return await FanOut(app.settings.fanout).search(
                adapters, query, shops=shops, limit=limit, on_result=on_result
            )


def _save(storage: Storage, results: Sequence[StoreResult], names: Mapping[str, str]) -> int:
    offers = [o for r in results for o in r.offers]
    with storage.transaction():
        for store_id in {o.store for o in offers}:
            storage.stores.save_store(store_id, names.get(store_id, store_id))
        storage.offers.save_offers(offers)
    return len(offers)


def search_json(query: str, results: Sequence[StoreResult]) -> dict[str, Any]:
    return {
        "query": query,
        "offers": [o for r in results for o in r.offers],
        "stores": [
            {
                "store": r.status.store,
                "status": r.status.status.value,
                "message": r.status.message,
                "detail": r.status.detail,
                "shop_id": r.status.shop_id,
            }
            for r in results
        ],
    }


@cli.command("search", cls=ListCommand)
@click.argument("query")
@click.option(
    "--store",
    "store_ids",
    multiple=True,
    metavar="МАГАЗИН",
    help="Только этот магазин (можно несколько).",
)
@click.option(
    "--shop",
    "shop_specs",
    multiple=True,
    metavar="[МАГАЗИН=]НОМЕР",
    help="Цены этого магазина сети: magnit=12345, или просто номер вместе с одним --store.",
)
@click.option(
    "--limit",
    type=click.IntRange(1, 500),
    default=30,
    show_default=True,
    help="Сколько товаров показать с каждого магазина.",
)
@click.option("--json", "as_json", is_flag=True, help="Вывод в JSON.")
@click.pass_obj
def search_command(
    app: App,
    query: str,
    store_ids: tuple[str, ...],
    shop_specs: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    """Найти товар во всех магазинах сразу; всё найденное сохраняется в базу.

    Код выхода 0, если ответил хотя бы один магазин, иначе 1.
    """
    # «- молоко» pasted from a chat: the list's dash is not part of the query.
    query = query.lstrip("-–—• ").strip() or query
    shop_ids = parse_shops(shop_specs, store_ids)
    names = {sid: cls.display_name for sid, cls in store_classes(app.pm).items()}
    if stray := sorted(set(shop_ids) - set(store_ids or names)):
        raise click.UsageError(f"--shop для магазина, который не опрашивается: {', '.join(stray)}.")
    storage = open_storage_for(app.settings, app.announce_reanalysis)
    saved_error: KorzinaError | None = None
    try:
        shops = {sid: _known_shop(storage, sid, shop_id) for sid, shop_id in shop_ids.items()}
        results = run_async(_search(app, store_ids or None, query, shops, limit, app.err))
        try:
            _save(storage, results, names)
        except KorzinaError as exc:
            log.debug("saving offers failed", exc_info=True)
            saved_error = exc
    finally:
        storage.close()

    if as_json:
        echo_json(search_json(query, results))
    elif no_connection([r.status for r in results]) and not any(r.offers for r in results):
        app.console.print(
            "Нет подключения к сети: магазины не опрошены. "
            "Цены из базы: korzina basket --offline «список»."
        )
    else:
        for result in results:
            name = names.get(result.status.store, result.status.store)
            app.console.print(status_line(name, result.status, len(result.offers)))
            if result.offers:
                app.console.print(offers_table(result.offers))
                app.console.print()
    if saved_error is not None:
        app.err.print(f"[red]Цены не сохранены в базу:[/red] {saved_error.user_message}")
    if saved_error is not None or not any(r.status.ok for r in results):
        sys.exit(1)
