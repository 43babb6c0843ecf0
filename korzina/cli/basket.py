"""The main job: `korzina basket`, `korzina demo`, `korzina eval-basket`.

Thin commands over ``korzina.core.baskets.service.BasketService``: they parse the list,
open the database and the stores, call the service and render the answer.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable, Mapping
from datetime import tzinfo
from decimal import Decimal, InvalidOperation
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from korzina.cli.app import App, ListCommand, cli, command_name, list_text, run_async
from korzina.cli.parse import configured_parser, save_words
from korzina.cli.responses import BasketResponse, DemoResponse, dump
from korzina.cli.stores import open_storage_for
from korzina.core.baskets.models import Answer, BasketLine, StoreBasket
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.errors import ConfigError
from korzina.core.fanout import FanOut, no_connection
from korzina.core.models import Intent, ShoppingList, Status
from korzina.core.plugins import opened_stores, store_classes
from korzina.core.present import (
    asked_text,
    cheaper_text,
    nearest_text,
    no_connection_text,
    number,
    rub,
    time_text,
    unit_price_text,
)
from korzina.core.storage import open_storage
from korzina.core.storage.base import Storage
from korzina.core.text import Lemmatizer
from korzina.data import demo_offers, demo_stores
from korzina.parser import parse_text

log = logging.getLogger(__name__)

DEMO_LIST = (
    "молоко 3.2%, хлеб, яйца С0 десяток, масло сливочное, сыр, 1,5 кг картошки, "
    "бананы, чипсы lays, кефир, сметана"
)
DEMO_NOTE = (
    "Это демонстрация: цены из сконструированного снимка (korzina/data/demo_offers.jsonl), "
    "а не из магазинов."
)


def next_step_text() -> str:
    """The demo's last line: the command that answers with real prices, spelled so that
    it runs from here (``korzina`` is not on PATH until the virtualenv is activated)."""
    name = command_name()
    text = f"Настоящие цены: {name} basket «ваш список»"
    if name != "korzina" and name.endswith("bin/korzina"):
        activate = name.removesuffix("korzina") + "activate"
        text += f" (или «source {activate}», и дальше просто korzina basket «ваш список»)"
    return text + "."


NO_ITEMS = "Не нашёл в тексте ни одного товара. Пример: «молоко 3.2%, хлеб, десяток яиц»."


# --- rendering (pure) -----------------------------------------------------------


def amount_text(line: BasketLine) -> str:
    return f"{number(line.packs)} кг" if line.by_weight else f"{number(line.packs)} шт"


def line_note(line: BasketLine, card: bool) -> str:
    notes = []
    if line.promo and line.regular_price is not None:
        notes.append(f"акция, обычно {rub(line.regular_price)}")
    if line.card_price is not None:
        notes.append("по карте" if card and line.price == line.card_price else "есть цена по карте")
    if line.fallback:
        notes.append("замена: другого подходящего нет")
    if line.cheaper is not None:
        notes.append(cheaper_text(line.cheaper))
    return "; ".join(notes)


def seen_text(b: StoreBasket, tz: tzinfo) -> str:
    """When the basket's prices were seen, on the configured clock (the bot's too)."""
    if b.observed_from is None or b.observed_to is None:
        return ""
    lo, hi = time_text(b.observed_from, tz), time_text(b.observed_to, tz)
    return lo if lo == hi else f"{lo} – {hi}"


def render_answer(console: Console, answer: Answer, names: Mapping[str, str], tz: tzinfo) -> None:
    """Tables for people: stores ranked, then the best basket line by line. Items read as
    the shopper wrote them; times are on the ``tz`` clock."""

    def name(store: str) -> str:
        return names.get(store, store)

    n = len(answer.items)
    cheapest = answer.intent is Intent.CHEAPEST
    table = Table(title="Где дешевле всего" if cheapest else "Корзины по магазинам")
    columns = [("Магазин", "left"), ("Итого", "right")]
    if cheapest:
        # Ranked by the price per litre or kilo: the figure it ranks by is shown beside.
        columns.append(("За единицу", "right"))
    columns += [("Найдено", "right"), ("Нет в магазине", "left"), ("Цены от", "left")]
    for col, justify in columns:
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    offline = no_connection(answer.statuses)
    failed = {s.store for s in answer.statuses if not s.ok}
    for b in answer.baskets:
        near = answer.nearest.get(b.store, {})
        missing = ", ".join(
            asked_text(answer.items[i]) + (f" ({nearest_text(near[i])})" if i in near else "")
            for i in b.missing
        )
        if b.store in failed and not b.lines:
            # No prices at all is not "the store does not sell it".
            missing = "нет цен: нет связи" if offline else "нет цен: магазин не ответил"
        row = [
            escape(name(b.store)),
            # No offers at all: no total to compare, not a free basket.
            rub(b.total) if b.lines else "—",
        ]
        if cheapest:
            row.append(", ".join(filter(None, map(unit_price_text, b.lines))) or "—")
        row += [f"{len(b.lines)} из {n}", escape(missing) or "—", seen_text(b, tz)]
        table.add_row(*row)
    console.print(table)
    _render_best(console, answer, name)
    _render_split(console, answer, name)
    if offline:  # one line for all stores, not one per store
        console.print(
            f"[yellow]{escape(no_connection_text(any(b.lines for b in answer.baskets)))}[/]"
        )
    for s in answer.statuses:
        if s.status is not Status.OK and not offline:
            console.print(f"[yellow]{escape(name(s.store))}: {escape(s.message or s.status)}[/]")
    for note in answer.notes:
        console.print(f"[yellow]{escape(note)}[/]")


# --- commands ---------------------------------------------------------------------


def _render_best(console: Console, answer: Answer, name: Callable[[str], str]) -> None:
    """The cheapest complete basket line by line, then what that store lacks."""
    best = next((b for b in answer.baskets if b.lines), None)
    if best is not None:
        lines = Table(title=f"Лучшая корзина: {escape(name(best.store))}")
        right = ("Цена", "За единицу", "Стоимость")
        for col in ("Что искали", "Товар", *right[:2], "Сколько", "Стоимость", "Примечание"):
            lines.add_column(col, justify="right" if col in right else "left")
        for line in best.lines:
            per = "кг" if line.by_weight else None
            lines.add_row(
                escape(asked_text(answer.items[line.item])),
                escape(line.name),
                rub(line.price, per),
                unit_price_text(line),
                amount_text(line),
                rub(line.cost),
                escape(line_note(line, answer.card)),
            )
        console.print(lines)
        if best.missing:
            gone = ", ".join(asked_text(answer.items[i]) for i in best.missing)
            console.print(f"Нет в магазине {escape(name(best.store))}: {escape(gone)}")
            for i, ref in sorted(answer.nearest.get(best.store, {}).items()):
                text = f"  {asked_text(answer.items[i])}: {nearest_text(ref)}"
                console.print(escape(text))


def _render_split(console: Console, answer: Answer, name: Callable[[str], str]) -> None:
    """The plan across stores, when buying in more than one is cheaper."""
    if answer.split is not None and len(answer.split.stores) > 1:
        sp = answer.split
        where = " + ".join(name(s) for s in sp.stores)
        text = f"В {len(sp.stores)} магазинах ({escape(where)}): {rub(sp.total)}"
        if sp.extra_cost:
            text += f" (с поездкой в ещё один магазин: {rub(sp.extra_cost)})"
        if sp.saving is not None and sp.saving > 0:
            text += f", экономия {rub(sp.saving)} против одного магазина"
        console.print(text)
        for sl in sp.lines:
            console.print(
                f"  {escape(name(sl.store))}: {escape(sl.line.name)} — {rub(sl.line.cost)}"
            )


def chosen_stores(app: App, stores_opt: str | None) -> tuple[str, ...]:
    """The stores to answer for: ``--stores`` (known ids only), else the enabled ones.

    Explicit ids may name a store the config disabled, as ``open_stores`` allows.
    """
    classes = store_classes(app.pm)
    known = ", ".join(classes) or "нет"
    if stores_opt:
        wanted = tuple(dict.fromkeys(s.strip() for s in stores_opt.split(",") if s.strip()))
        unknown = [s for s in wanted if s not in classes]
        if unknown or not wanted:
            bad = ", ".join(unknown) or repr(stores_opt)
            raise click.BadParameter(
                f"неизвестный магазин: {bad}. Доступны: {known}.",
                param_hint="--stores",
            )
        return wanted
    enabled = tuple(
        sid
        for sid, cls in classes.items()
        if app.settings.store_settings(sid, cls.default_settings).enabled
    )
    if not enabled:
        raise ConfigError(
            "every store is disabled",
            user_message=f"Все магазины отключены в настройках. Известные: {known}.",
        )
    return enabled


def _money_option(value: str) -> Decimal:
    try:
        amount = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise ConfigError(
            f"bad amount {value!r}", user_message=f"Не похоже на сумму в рублях: {value}"
        ) from None
    if amount < 0:
        raise ConfigError(f"negative amount {value!r}", user_message="Сумма не может быть < 0.")
    return amount


def _store_names(app: App) -> dict[str, str]:
    """Russian store names from the store plugins (a third-party store's too)."""
    try:
        return {sid: cls.display_name for sid, cls in store_classes(app.pm).items()}
    except Exception:  # a broken plugin must not stop the answer; ids still print
        log.warning("store names unavailable", exc_info=True)
        return {}


def _answer_online(app: App, storage: Storage, sl: ShoppingList, options: BasketOptions) -> Answer:
    async def go() -> Answer:
        async with opened_stores(app.pm, app.settings, only=options.stores) as adapters:
            service = BasketService(
                storage,
                fanout=FanOut(app.settings.fanout),
                adapters=adapters,
                fresh_hours=app.settings.fresh_hours,
            )
            return await service.answer(sl, options)

    return run_async(go())


def _parse(app: App, text: str) -> ShoppingList:
    sl: ShoppingList = run_async(configured_parser(app).parse(text))
    return sl


def _output(app: App, answer: Answer, as_json: bool, saved: bool) -> None:
    if as_json:
        click.echo(dump(BasketResponse.of(answer, saved=saved)))
    else:
        render_answer(app.console, answer, _store_names(app), app.settings.tz)


@cli.command("basket", cls=ListCommand)
@click.argument("text", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Вывести JSON.")
@click.option("--offline", is_flag=True, help="Только цены из базы, без запросов к магазинам.")
@click.option("--max-stores", type=click.IntRange(1, 10), default=1, help="Разбить на N магазинов.")
@click.option("--stores", "stores_opt", default=None, help="Только эти магазины: a,b.")
@click.option("--card", is_flag=True, help="Учитывать цены по карте лояльности.")
@click.option(
    "--extra-store-cost", default="0", help="Во сколько рублей обходится ещё один магазин."
)
@click.option("--save", is_flag=True, help="Сохранить ответ в базе под его id (как бот).")
@click.pass_obj
def basket_command(
    app: App,
    text: tuple[str, ...],
    as_json: bool,
    offline: bool,
    max_stores: int,
    stores_opt: str | None,
    card: bool,
    extra_store_cost: str,
    save: bool,
) -> None:
    """Где дешевле список покупок (ТЕКСТ или stdin): корзины по магазинам."""
    stores = chosen_stores(app, stores_opt)  # before parsing: a typo fails at once
    source = list_text(text)
    sl = _parse(app, source)
    if not sl.items:
        app.err.print(NO_ITEMS)
        sys.exit(1)
    options = BasketOptions(
        stores=stores,
        card=card,
        max_stores=max_stores,
        extra_store_cost=_money_option(extra_store_cost),
        offline=offline,
        save=save,
    )
    words = len(Lemmatizer().known())  # the parser's, saved already
    storage = open_storage_for(app.settings, app.announce_reanalysis)
    try:
        if offline:
            service = BasketService(storage, known_stores=stores)
            answer = run_async(service.answer(sl, options))
        else:
            answer = _answer_online(app, storage, sl, options)
    finally:
        storage.close()
    _output(app, answer, as_json, save)
    # The taxonomy's and the titles' words, analysed now, serve the next process.
    save_words(app, words)


def demo_service(storage: Storage) -> BasketService:
    """A service over the demo snapshot loaded into ``storage`` (offline, four stores)."""
    storage.offers.save_offers(demo_offers())
    return BasketService(storage, known_stores=demo_stores())


@cli.command("demo", cls=ListCommand)
@click.argument("text", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Вывести JSON.")
@click.option("--max-stores", type=click.IntRange(1, 4), default=2, help="Разбить на N магазинов.")
@click.option("--card", is_flag=True, help="Учитывать цены по карте лояльности.")
@click.pass_obj
def demo_command(
    app: App, text: tuple[str, ...], as_json: bool, max_stores: int, card: bool
) -> None:
    """Пример без сети: сконструированный снимок цен и список покупок (или ваш ТЕКСТ)."""
    sl = parse_text(" ".join(text) if text else DEMO_LIST)
    if not sl.items:
        app.err.print(NO_ITEMS)
        sys.exit(1)
    # A scratch database: the demo never touches the user's prices.
    with tempfile.TemporaryDirectory(prefix="korzina-demo-") as tmp:
        storage = open_storage(Path(tmp) / "demo.duckdb")
        try:
            service = demo_service(storage)
            answer = run_async(
                service.answer(
                    sl, BasketOptions(offline=True, card=card, max_stores=max_stores, save=False)
                )
            )
        finally:
            storage.close()
    if as_json:
        click.echo(dump(DemoResponse.of(answer, saved=False)))
        return
    app.console.print(f"Список: {escape(' '.join(text) if text else DEMO_LIST)}")
    render_answer(app.console, answer, _store_names(app), app.settings.tz)
    app.console.print(f"[dim]{DEMO_NOTE}[/dim]")
    app.console.print(escape(next_step_text()))
