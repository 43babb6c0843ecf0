"""Parquet export of the price history, partitioned hive-style by store and month.

``DIR/store=magnit/month=2026-08/data_0.parquet``: DuckDB, Spark and Trino read the
tree as one table with ``store`` and ``month`` columns
(``read_parquet('DIR/**/*.parquet', hive_partitioning = true)``).

Rows stream from the storage through Arrow batches into a private in-memory DuckDB
that writes the files, so the export works on either backend, never needs the
database's write lock, and does not hold the whole history in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

from korzina.core.errors import StorageError
from korzina.core.storage.base import Storage
from korzina.core.storage.rows import MONEY, TIMESTAMP

# Observations with the product's descriptive columns, so each file stands alone.
EXPORT_SQL = """
SELECT o.store, o.product_id, o.shop_id, p.name, p.brand, p.category_path, p.sold_by,
       o.price, o.regular_price, o.card_price, o.observed_at,
       strftime(o.observed_at, '%Y-%m') AS month
FROM observations o
LEFT JOIN products p ON p.store = o.store AND p.product_id = o.product_id
ORDER BY o.store, o.observed_at
"""

EXPORT_SCHEMA = pa.schema(
    [
        ("store", pa.string()),
        ("product_id", pa.string()),
        ("shop_id", pa.string()),
        ("name", pa.string()),
        ("brand", pa.string()),
        ("category_path", pa.list_(pa.string())),
        ("sold_by", pa.string()),
        ("price", MONEY),
        ("regular_price", MONEY),
        ("card_price", MONEY),
        ("observed_at", TIMESTAMP),
        ("month", pa.string()),
    ]
)

BATCH_ROWS = 50_000


@dataclass(frozen=True)
class ExportReport:
    directory: Path
    rows: int
    files: list[Path]


def _batches(storage: Storage, counter: list[int]) -> Iterator[pa.RecordBatch]:
    chunk: list[tuple[object, ...]] = []

    def flush() -> pa.RecordBatch:
        columns = list(zip(*chunk, strict=True))
        counter[0] += len(chunk)
        return pa.RecordBatch.from_arrays(
            [pa.array(list(c), type=f.type) for c, f in zip(columns, EXPORT_SCHEMA, strict=True)],
            schema=EXPORT_SCHEMA,
        )

    for row in storage.iter_query(EXPORT_SQL):
        chunk.append(row)
        if len(chunk) >= BATCH_ROWS:
            yield flush()
            chunk = []
    if chunk:
        yield flush()


def export_parquet(
    storage: Storage, directory: str | Path, *, overwrite: bool = False
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
    counter = [0]
    reader = pa.RecordBatchReader.from_batches(EXPORT_SCHEMA, _batches(storage, counter))
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.register("_export", reader)
        # The path is ours (not user SQL); quotes are doubled so any directory name works.
        target = str(out).replace("'", "''")
        con.execute(
            f"COPY (SELECT * FROM _export) TO '{target}' "
            "(FORMAT PARQUET, PARTITION_BY (store, month), OVERWRITE_OR_IGNORE true, "
            "FILENAME_PATTERN 'data_{i}')"
        )
    except duckdb.Error as exc:
        raise StorageError(
            f"parquet export to {out} failed: {exc}",
            user_message=f"Не удалось записать Parquet в {out}: {str(exc).splitlines()[0]}",
        ) from exc
    finally:
        con.close()
    files = sorted(out.glob("store=*/month=*/*.parquet"))
    return ExportReport(directory=out, rows=counter[0], files=files)
