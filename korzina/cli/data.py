"""Data commands: `korzina import`, `korzina sql`."""

from __future__ import annotations

import base64
import sys
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import click
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from korzina.cli.app import App, cli, echo_json
from korzina.core.plugins import store_classes
from korzina.core.storage import open_storage
from korzina.core.storage.importer import FileImportReport, import_file
from korzina.core.storage.sandbox import (
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT_S,
    open_sandbox,
    run_sql,
)

# Files at least this big get a progress bar (on stderr, so --json output stays clean).
PROGRESS_MIN_BYTES = 1 << 20
SHOWN_SKIPS = 5
# How long `korzina sql` waits while a crawl batch holds the write lock.
SQL_WAIT_S = 10.0


def _unknown_stores(app: App, report: FileImportReport) -> dict[str, int]:
    """Imported rows of store ids no installed store plugin has (a typo, a missing plugin)."""
    known = set(store_classes(app.pm))
    return {s: n for s, n in report.store_rows.items() if s not in known}


def _report_json(app: App, report: FileImportReport, path: Path) -> dict[str, Any]:
    return {
        "file": str(path),
        "rows": report.rows,
        "imported": report.imported,
        "skipped_count": report.rows - report.imported,
        "new_products": report.stats.new_products,
        "new_prices": report.stats.new_prices,
        "skipped": [{"line": s.line, "reason": s.reason} for s in report.skipped],
        "ignored_fields": list(report.ignored_fields),
        "encoding": report.encoding or "utf-8",
        "stores": report.store_rows,
        "unknown_stores": _unknown_stores(app, report),
    }


def _print_report(app: App, report: FileImportReport, path: Path) -> None:
    skipped = report.rows - report.imported
    out = app.console
    out.print(f"Файл: {path}", markup=False)
    if report.encoding:
        out.print(f"Кодировка файла: {report.encoding} (определена автоматически)")
    out.print(f"Импортировано предложений: [bold]{report.imported}[/bold] из {report.rows}")
    out.print(f"Новых товаров: {report.stats.new_products}, новых цен: {report.stats.new_prices}")
    if ignored := report.ignored_fields:
        out.print(f"Неизвестные поля пропущены: {', '.join(ignored)}", markup=False)
    if unknown := _unknown_stores(app, report):
        names = ", ".join(f"{s} ({n} строк)" for s, n in unknown.items())
        out.print(
            f"[yellow]Неизвестные магазины:[/yellow] {escape(names)}: такого магазина нет среди "
            "подключённых (korzina stores), цены сохранены, но в ответах их не будет."
        )
    if skipped:
        out.print(f"[yellow]Пропущено строк: {skipped}[/yellow]")
        for s in report.skipped[:SHOWN_SKIPS]:
            out.print(f"  строка {s.line}: {s.reason}", markup=False)
        if skipped > SHOWN_SKIPS:
            out.print(f"  … и ещё {skipped - SHOWN_SKIPS} (полный список: --json)")


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Отчёт в формате JSON.")
@click.pass_obj
def import_command(app: App, file: Path, as_json: bool) -> None:
    """Загрузить предложения из FILE (.jsonl, .csv или .parquet) в базу.

    Обязательные поля: store, product_id, name, price. Необязательные: regular_price,
    card_price, unit («шт» или «кг»), category, brand, url, image_url, shop_id, pack,
    promo_until, observed_at; а также поля Offer из `korzina search --json`: sold_by,
    category_path, pack как объект, unit_price, unit_price_unit, available. Ошибочные
    строки пропускаются с указанием номера; неизвестные поля перечисляются в отчёте.
    """
    size = file.stat().st_size if file.is_file() else 0
    with open_storage(app.settings.db_path, on_reanalysis=app.announce_reanalysis) as db:
        if size >= PROGRESS_MIN_BYTES:
            with Progress(
                TextColumn("Загрузка"),
                BarColumn(),
                DownloadColumn(),
                TimeRemainingColumn(),
                console=app.err,
                transient=True,
            ) as bar:
                task = bar.add_task("import", total=None)
                report = import_file(
                    db,
                    file,
                    progress=lambda done, total: bar.update(task, completed=done, total=total),
                )
        else:
            report = import_file(db, file)
    if as_json:
        echo_json(_report_json(app, report, file))
    else:
        _print_report(app, report, file)
    if report.imported == 0:
        app.err.print("[red]Ничего не импортировано.[/red]")
        sys.exit(1)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return f"<{len(data)} байт> {data[:16].hex(' ')}" + (" …" if len(data) > 16 else "")
    if isinstance(value, (list, tuple)):
        return " > ".join(_cell(v) for v in value)
    return str(value)


def _json_value(value: Any) -> Any:
    """A DuckDB value for JSON: BLOBs as base64 text, UUIDs and intervals as text."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, (UUID, time, timedelta)):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return value


@cli.command("sql")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Вывести список строк в формате JSON.")
@click.option(
    "--files",
    "allow_files",
    is_flag=True,
    help="Разрешить запросу читать файлы и адреса (read_csv, read_parquet…). "
    "Без неё запрос видит только базу.",
)
@click.option(
    "--limit",
    "max_rows",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_ROWS,
    show_default=True,
    help="Сколько строк вывести самое большее.",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    help="Предел времени запроса, секунд.",
)
@click.pass_obj
def sql_command(
    app: App, query: str, as_json: bool, allow_files: bool, max_rows: int, timeout_s: float
) -> None:
    """Выполнить запрос SELECT к базе (только чтение).

    Таблицы: stores, shops, products, observations, kv, schema_version, data_version.
    Запрос видит только базу: файлы, адреса и расширения DuckDB недоступны (свои файлы:
    --files). Выводится не больше --limit строк (о том, что строк больше, сказано в
    stderr); запрос дольше --timeout секунд останавливается. В --json значения BLOB
    даны в base64.

    Пример: korzina sql "select store, count(*) from products group by store"
    """
    con = open_sandbox(app.settings.db_path, allow_files=allow_files, wait_s=SQL_WAIT_S)
    try:
        result = run_sql(con, query, max_rows=max_rows, timeout_s=timeout_s)
    finally:
        con.close()
    if as_json:
        echo_json([_json_value(dict(zip(result.names, row, strict=True))) for row in result.rows])
    else:
        table = Table(*result.names, show_lines=False)
        for row in result.rows:
            table.add_row(*(_cell(v) for v in row))
        app.console.print(table)
        app.console.print(f"[dim]Строк: {len(result.rows)}[/dim]")
    if result.truncated:
        app.err.print(
            f"[yellow]Выведено строк: {max_rows}, это предел; остальные не выведены "
            "(больше: --limit ЧИСЛО).[/yellow]"
        )


@cli.command("reanalyze")
@click.option("--all", "everything", is_flag=True, help="Разобрать заново все названия.")
@click.option("--json", "as_json", is_flag=True, help="Отчёт в формате JSON.")
@click.pass_obj
def reanalyze_command(app: App, everything: bool, as_json: bool) -> None:
    """Заново разобрать названия товаров в базе (что это за товар, вид, сорт, вкус).

    Названия разбираются один раз, при сохранении; после обновления korzina или её
    словаря видов товаров эта команда разбирает те, что разобраны старой версией
    (с --all: все).
    """
    from korzina.core.matching.analyze import analyzer_version
    from korzina.core.storage.analysis import reanalyze

    with open_storage(app.settings.db_path, on_reanalysis=app.announce_reanalysis) as db:
        done = reanalyze(db, everything=everything)
    version = analyzer_version()
    if as_json:
        echo_json({"analyzed": done, "analyzer_version": version})
    else:
        app.console.print(f"Разобрано названий: {done} (версия разбора {version})")
