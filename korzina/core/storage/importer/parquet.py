"""Parquet: the file's known columns as a table ``_src(line_no, …)`` in DuckDB."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from korzina.core.storage.importer.fields import FIELDS, REQUIRED, count, duckdb_path, unreadable


def load_parquet(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[int, set[str], set[str]]:
    """The file's known columns as ``_src(line_no, …)``.

    Returns the rows, the nested (list or struct) columns and the unknown columns.
    """
    name = duckdb_path(path)
    try:
        if name is None:
            # A glob-like name: pyarrow reads the one file and DuckDB scans the table.
            table = pq.read_table(path)
            numbers = pa.array(range(1, table.num_rows + 1), type=pa.int64())
            con.register("_parquet", table.add_column(0, "line_no", numbers))
            source, params = "_parquet", []
        else:
            source = "(SELECT file_row_number + 1 AS line_no, * EXCLUDE (file_row_number)"
            source += " FROM read_parquet(?, file_row_number = true))"
            params = [name]
        described = con.execute(
            f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {source})", params
        ).fetchall()
        types = {str(col): str(kind) for col, kind in described}
        missing = [f for f in REQUIRED if f not in types]
        if missing:
            raise unreadable(
                path,
                f"schema lacks {missing}",
                f"В Parquet-файле нет обязательных столбцов: {', '.join(missing)}.",
            )
        wanted = [f for f in FIELDS if f in types]
        # The names are FIELDS entries, fixed identifiers; the path is a parameter.
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _src AS SELECT line_no, "
            + ", ".join(f'"{col}"' for col in wanted)
            + f" FROM {source}",
            params,
        )
    except (duckdb.IOException, duckdb.InvalidInputException, pa.ArrowException) as exc:
        raise unreadable(path, str(exc), f"Файл {path.name} не читается как Parquet.") from exc
    finally:
        if name is None:
            con.unregister("_parquet")
    nested = {col for col in wanted if types[col].endswith("]") or types[col].startswith("STRUCT")}
    ignored = {col for col in types if col not in FIELDS and col != "line_no"}
    return count(con, "SELECT count(*) FROM _src"), nested, ignored
