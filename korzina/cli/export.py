"""``korzina export``: the price history as Parquet files."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from korzina.cli.app import App, cli, echo_json
from korzina.core.analytics.export import export_parquet
from korzina.core.storage import open_storage


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--overwrite", is_flag=True, help="Заменять файлы в непустом каталоге.")
@click.option("--json", "as_json", is_flag=True, help="Итог в JSON.")
@click.pass_obj
def export(app: App, directory: str, overwrite: bool, as_json: bool) -> None:
    """Выгрузить историю цен в Parquet (каталоги store=…/month=ГГГГ-ММ)."""
    # Read-only; waits while a crawl batch holds the write lock.
    with open_storage(app.settings.db_path, read_only=True, wait_s=10.0) as storage:
        report = export_parquet(storage, directory, overwrite=overwrite)
    if as_json:
        echo_json({"directory": report.directory, "rows": report.rows, "files": report.files})
        return
    app.console.print(
        f"Записано наблюдений: {report.rows}, файлов: {len(report.files)} в {escape(directory)}"
    )
    pattern = str(Path(directory) / "**" / "*.parquet")
    app.console.print(
        f"Чтение: SELECT * FROM read_parquet('{escape(pattern)}', hive_partitioning = true)"
    )
