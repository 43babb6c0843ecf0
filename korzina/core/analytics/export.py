"""Parquet export of the price history, partitioned hive-style by store and month.

``DIR/store=magnit/month=2026-08/data_0.parquet``: DuckDB, Spark and Trino read the
tree as one table with ``store`` and ``month`` columns
(``read_parquet('DIR/**/*.parquet', hive_partitioning = true)``).

DuckDB writes the files itself (``COPY … TO``) straight from the database, so the
rows never pass through Python, a read-only connection is enough (no write lock) and
the history is streamed, not held in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from korzina.core.errors import StorageError
from korzina.core.storage.duckdb_repo import DuckDBStorage

# Observations with the product's descriptive columns, so each file stands alone.
EXPORT_SQL = """
SELECT o.store, o.product_id, o.shop_id, p.name, p.brand, p.category_path, p.sold_by,
       o.price, o.regular_price, o.card_price, o.observed_at,
       strftime(o.observed_at, '%Y-%m') AS month
FROM observations o
LEFT JOIN products p ON p.store = o.store AND p.product_id = o.product_id
ORDER BY o.store, o.observed_at
"""

# Files of one partition are replaced on --overwrite, others are left alone.
COPY_OPTIONS = (
    "FORMAT PARQUET, PARTITION_BY (store, month), OVERWRITE_OR_IGNORE true, "
    "FILENAME_PATTERN 'data_{i}'"
)


@dataclass(frozen=True)
class ExportReport:
    directory: Path
    rows: int
    files: list[Path]


def export_parquet(
    storage: DuckDBStorage, directory: str | Path, *, overwrite: bool = False
) -> ExportReport:
    """Write every observation to ``directory`` as Parquet partitioned by store and month.

    A non-empty ``directory`` is refused unless ``overwrite`` (then files of the same
    partitions are replaced and others are left alone).
    """
    out = Path(directory).expanduser()
    if out.exists() and not out.is_dir():
        raise StorageError(f"{out} is not a directory", user_message=f"{out} — не каталог.")
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise StorageError(
            f"{out} is not empty",
            user_message=f"Каталог {out} не пуст; укажите --overwrite, чтобы заменить файлы.",
        )
    out.mkdir(parents=True, exist_ok=True)
    try:
        rows = storage.copy_to(EXPORT_SQL, out, COPY_OPTIONS)
    except StorageError as exc:
        raise StorageError(
            f"parquet export to {out} failed: {exc}",
            user_message=f"Не удалось записать Parquet в {out}: {str(exc).splitlines()[0]}",
        ) from exc
    files = sorted(out.glob("store=*/month=*/*.parquet"))
    return ExportReport(directory=out, rows=rows, files=files)
