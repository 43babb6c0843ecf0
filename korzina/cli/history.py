"""``korzina history`` and ``korzina index``: price history and the basket index.

Thin: the analytics are ``korzina.core.analytics``. Both only read, through a read-only
connection that waits while a crawl batch is being written.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from decimal import Decimal
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from korzina.cli.app import App, cli, echo_json
from korzina.core.analytics.queries import (
    DEFAULT_BASKET,
    HistoryRow,
    ProductHistory,
    find_products,
    index_report,
    product_history,
)
from korzina.core.models import utcnow
from korzina.core.plugins import store_classes
from korzina.core.present import rub
from korzina.core.storage import DuckDBStorage, open_storage

# How long a reader waits while a crawl batch holds the write lock.
READ_WAIT_S = 10.0


def read_storage(app: App) -> DuckDBStorage:
    """A read-only connection for one command (use it in a ``with`` block)."""
    return open_storage(app.settings.db_path, read_only=True, wait_s=READ_WAIT_S)


# --- korzina history ----------------------------------------------------------------


def _marks(row: HistoryRow, median: Decimal | None) -> str:
    marks: list[str] = []
    check = row.discount
    if check is not None:
        if check.is_real is None:
            marks.append("акция: нет истории за 30 дней")
        elif check.is_real:
            marks.append(f"реальная скидка (мин. обычная за 30 дн. {rub(check.min_regular)})")
        else:
            marks.append(f"скидка не настоящая (мин. обычная за 30 дн. {rub(check.min_regular)})")
    if row.outlier:
        marks.append(f"выброс (медиана {rub(median)}), не идёт в корзины")
    return "; ".join(marks)


def _history_json(h: ProductHistory) -> dict[str, Any]:
    return {
        "store": h.product.store,
        "product_id": h.product.product_id,
        "name": h.product.name,
        "median": h.median,
        "points": [
            {
                "observed_at": r.point.observed_at,
                "shop_id": r.point.shop_id,
                "price": r.point.price,
                "regular_price": r.point.regular_price,
                "card_price": r.point.card_price,
                "promo": r.discount is not None,
                "real_discount": None if r.discount is None else r.discount.is_real,
                "min_regular_30d": None if r.discount is None else r.discount.min_regular,
                "outlier": r.outlier,
            }
            for r in h.rows
        ],
    }


@cli.command()
@click.argument("query")
@click.option("--store", "stores", multiple=True, help="Только этот магазин (можно несколько).")
@click.option("--days", default=90, show_default=True, help="За сколько дней.")
@click.option("--limit", default=10, show_default=True, help="Сколько товаров показать.")
@click.option("--png", "png", type=click.Path(dir_okay=False), help="Сохранить график в PNG.")
@click.option("--json", "as_json", is_flag=True, help="Вывод в JSON.")
@click.pass_obj
def history(
    app: App,
    query: str,
    stores: tuple[str, ...],
    days: int,
    limit: int,
    png: str | None,
    as_json: bool,
) -> None:
    """История цен товаров, которые корзина взяла бы по запросу QUERY.

    Запрос читается как строка списка покупок («молоко 3,2%», «яйца С0»); товары
    подбираются так же, как в korzina basket, в каждом магазине — лучшие первыми.
    """
    since = utcnow() - timedelta(days=days)
    with read_storage(app) as storage:
        products = find_products(storage, query, stores=list(stores) or None, limit=limit)
        histories = [product_history(storage, p, since=since) for p in products]
    names = {sid: cls.display_name for sid, cls in store_classes(app.pm).items()}
    if png and histories:
        from korzina.core.analytics.chart import price_chart

        price_chart(
            histories,
            png,
            title=f"Цены: «{query}» за {days} дн.",
            store_names=names,
            until=utcnow(),
        )
    if as_json:
        echo_json([_history_json(h) for h in histories])
        return
    if not histories:
        app.console.print(f"В базе нет товаров по запросу «{escape(query)}».")
        return
    for h in histories:
        p = h.product
        app.console.print(
            f"\n[bold]{escape(names.get(p.store, p.store))}[/bold] · {escape(p.name)} "
            f"[dim]({escape(p.product_id)})[/dim]"
        )
        if not h.rows:
            app.console.print(f"  цена не менялась за {days} дн.: {rub(p.price)}")
            continue
        table = Table(show_edge=False, pad_edge=False)
        for title in ("Дата", "Точка", "Цена", "Обычная", "По карте", "Отметки"):
            table.add_column(title)
        for r in h.rows:
            pt = r.point
            table.add_row(
                pt.observed_at.astimezone(UTC).strftime("%d.%m.%Y %H:%M"),
                escape(pt.shop_id or "—"),
                rub(pt.price),
                rub(pt.regular_price) if pt.regular_price != pt.price else "",
                rub(pt.card_price),
                _marks(r, h.median),
            )
        app.console.print(table)
    if png:
        app.console.print(f"\nГрафик: {escape(png)}")


# --- korzina index -----------------------------------------------------------------


@cli.command()
@click.option("--days", default=30, show_default=True, help="За сколько дней.")
@click.option("--store", "stores", multiple=True, help="Только этот магазин (можно несколько).")
@click.option("--json", "as_json", is_flag=True, help="Вывод в JSON.")
@click.pass_obj
def index(app: App, days: int, stores: tuple[str, ...], as_json: bool) -> None:
    """Индекс корзины: стоимость одного и того же набора товаров по дням и магазинам.

    Товары набора подбираются так же, как в korzina basket; товар, которого нет хотя бы
    в одном магазине, в стоимость не входит (иначе магазины не сравнить).
    """
    basket = list(app.settings.index_basket or DEFAULT_BASKET)
    with read_storage(app) as storage:
        report = index_report(
            storage, basket, today=utcnow().date(), days=days, stores=list(stores) or None
        )
    if as_json:
        echo_json(
            {
                "basket": basket,
                "choices": [c.__dict__ for c in report.choices],
                "missing": report.missing,
                "left_out": report.left_out,
                "points": [p.__dict__ for p in report.points],
            }
        )
        return
    names = {sid: cls.display_name for sid, cls in store_classes(app.pm).items()}
    store_ids = sorted({p.store for p in report.points})
    if not store_ids:
        app.console.print("В базе нет цен для индекса: сначала korzina crawl.")
        return
    table = Table(show_edge=False, pad_edge=False, title="Стоимость корзины, ₽ (индекс)")
    table.add_column("Дата")
    for s in store_ids:
        table.add_column(escape(names.get(s, s)), justify="right")
    by_key = {(p.day, p.store): p for p in report.points}
    for day in report.days:
        cells = []
        for s in store_ids:
            p = by_key[(day, s)]
            cells.append(
                f"{rub(p.cost)} ({p.index})" if p.cost is not None else f"— {p.priced}/{p.items}"
            )
        table.add_row(day.strftime("%d.%m.%Y"), *cells)
    app.console.print(table)
    if report.left_out:
        app.console.print(
            "Не вошли в индекс (нет хотя бы в одном магазине): "
            + f"«{escape('», «'.join(report.left_out))}»"
        )
    for s in store_ids:
        missing = report.missing.get(s)
        if missing:
            app.console.print(
                f"{escape(names.get(s, s))}: нет товаров для «{escape('», «'.join(missing))}»"
            )
