"""`korzina lake`: the price lake's compaction, the serving refresh and SQL over it."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from korzina.cli.app import App, cli, echo_json
from korzina.cli.distributed import LAKE_HELP, lake_path
from korzina.core.errors import ConfigError
from korzina.distributed.units import Target


@cli.group()
def lake() -> None:
    """Озеро цен (Parquet по магазинам, дням и точкам): сжатие, обновление базы, SQL."""


def _targets_option(values: Sequence[str]) -> list[Target] | None:
    if not values:
        return None
    out = []
    for raw in values:
        store, sep, shop = raw.partition(":")
        if not sep or not store or not shop:
            raise click.UsageError(f"--target {raw}: нужен вид магазин:точка.")
        out.append(Target(store, shop))
    return out


@lake.command("compact")
@click.option("--lake", "lake_dir", help=LAKE_HELP)
@click.option("--target", "targets", multiple=True, help="Только эта точка, магазин:точка.")
@click.option(
    "--changes-only",
    is_flag=True,
    help="Оставить только изменения цен (и относительно прошлых дней): меньше места.",
)
@click.option("--json", "as_json", is_flag=True, help="Итог в JSON.")
@click.pass_obj
def lake_compact(
    app: App, lake_dir: str | None, targets: tuple[str, ...], changes_only: bool, as_json: bool
) -> None:
    """Сжать озеро: файлы частей обхода в один файл на магазин, день и точку."""
    from korzina.distributed.maintenance import compact

    report = compact(
        lake_path(app.settings, lake_dir),
        targets=_targets_option(targets),
        changes_only=changes_only,
    )
    data = {
        "partitions": report.partitions,
        "files_in": report.files_in,
        "rows_in": report.rows_in,
        "rows_out": report.rows_out,
        "seconds": round(report.seconds, 3),
    }
    if as_json:
        echo_json(data)
        return
    app.console.print(
        f"Сжато разделов: {report.partitions} (файлов {report.files_in}); "
        f"строк {report.rows_in} → {report.rows_out}; {report.seconds:.1f} с"
    )


@lake.command("refresh")
@click.option("--lake", "lake_dir", help=LAKE_HELP)
@click.option("--target", "targets", multiple=True, help="Точка, магазин:точка (все — без опции).")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Только дни с этого.")
@click.option("--json", "as_json", is_flag=True, help="Итог в JSON.")
@click.pass_obj
def lake_refresh(
    app: App,
    lake_dir: str | None,
    targets: tuple[str, ...],
    since: datetime | None,
    as_json: bool,
) -> None:
    """Обновить базу (KORZINA_DB) из озера цен для обслуживаемых точек."""
    from korzina.core.storage import open_storage
    from korzina.distributed.maintenance import refresh_serving

    root = lake_path(app.settings, lake_dir)
    storage = open_storage(app.settings.db_path, wait_s=30.0, on_reanalysis=app.announce_reanalysis)
    try:
        report = refresh_serving(
            storage,
            root,
            _targets_option(targets),
            since=since.date() if since else None,
        )
    finally:
        storage.close()
    rows = [
        {
            "target": key,
            "rows": report.rows[key],
            "new_products": report.new_products.get(key, 0),
            "new_prices": report.new_prices.get(key, 0),
        }
        for key in sorted(report.rows)
    ]
    if as_json:
        echo_json({"targets": rows, "seconds": round(report.seconds, 3)})
        return
    table = Table(show_edge=False, pad_edge=False)
    for title in ("Точка", "Строк", "Новых товаров", "Новых цен"):
        table.add_column(title)
    for r in rows:
        table.add_row(
            escape(str(r["target"])), str(r["rows"]), str(r["new_products"]), str(r["new_prices"])
        )
    app.console.print(table)


@lake.command("sql")
@click.argument("query")
@click.option("--lake", "lake_dir", help=LAKE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Строки в JSON.")
@click.pass_obj
def lake_sql(app: App, query: str, lake_dir: str | None, as_json: bool) -> None:
    """Запрос к озеру цен: представления lake_rows и lake_observations.

    Запрос читает только файлы озера (другие файлы и сеть недоступны).
    Пример: korzina lake sql "select store, count(*) from lake_observations group by store"
    """
    import duckdb

    from korzina.cli.data import _cell
    from korzina.distributed.lake import attach, lake_views_sql, open_lake

    root = open_lake(lake_path(app.settings, lake_dir))
    if not root.is_s3 and not Path(root.root).is_dir():
        raise ConfigError(f"no lake at {root}", user_message=f"Нет озера цен в {root}.")
    con = duckdb.connect()
    try:
        attach(con, root)
        for statement in lake_views_sql(root):
            con.execute(statement)
        # DuckDB draws a progress bar on stdout after 2 s: it would cut into --json output.
        con.execute("SET enable_progress_bar = false")
        # The query reads the lake and nothing else: no other file, no network.
        con.execute("SET allowed_directories = [?]", [root.uri + "/"])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        started = time.monotonic()
        try:
            cursor = con.execute(query)
        except duckdb.Error as exc:
            raise ConfigError(str(exc), user_message=f"Ошибка в запросе: {exc}") from exc
        names = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
        seconds = time.monotonic() - started
    finally:
        con.close()
    if as_json:
        echo_json([dict(zip(names, row, strict=True)) for row in rows])
        return
    table = Table(*names, show_lines=False)
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    app.console.print(table)
    app.console.print(f"[dim]Строк: {len(rows)}, {seconds:.2f} с[/dim]")
