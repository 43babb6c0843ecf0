"""CSV: records split by Python's ``csv`` module, fed one decoded line at a time.

The module handles quoting, ragged rows and multi-line fields exactly; what it cannot
do is stop. A field whose opening quote is never closed swallows the rest of the file
into one record, and a field over ``csv.field_size_limit()`` raises for the whole file.
So the lines of each record are kept while it is read: a record that runs past
``MAX_RECORD_LINES`` lines or to the end of the file inside a quote, or that the module
refuses, is reported at its first line, and reading starts again on the line after it.
Every good record is kept.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from korzina.core.storage.importer.encoding import Line, decoded_lines, detect_encoding
from korzina.core.storage.importer.fields import FIELDS, MAX_RECORD_LINES, REQUIRED, unreadable

Chunk = tuple[pa.Table, int, int]  # the columns, bytes done, bytes in all


class _Runaway(Exception):
    """A record went on for more lines than a real one can."""


class _Unterminated(Exception):
    """The file ended inside a quoted field that began lines ago."""

    def __init__(self, lines: list[Line]) -> None:
        super().__init__()
        self.lines = lines


class _Source:
    """Lines for ``csv.reader``, remembering those of the record being read."""

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self._replay: deque[Line] = deque()
        self.record: list[Line] = []
        self.ended_inside = False  # the file ended while a record was still open

    def __iter__(self) -> _Source:
        return self

    def __next__(self) -> str:
        if len(self.record) >= MAX_RECORD_LINES:
            raise _Runaway
        line = self._replay.popleft() if self._replay else next(self._lines, None)
        if line is None:
            # Every line ends in a newline, so a complete record never asks for more.
            self.ended_inside = bool(self.record)
            raise StopIteration
        self.record.append(line)
        return line.text

    def take(self) -> list[Line]:
        lines, self.record = self.record, []
        return lines

    def again(self, lines: list[Line]) -> None:
        """Read ``lines`` again, before the rest of the file."""
        self._replay.extendleft(reversed(lines))
        self.ended_inside = False


def _records(source: _Source, delimiter: str) -> Iterator[tuple[int, list[str], str | None]]:
    """(first line, cells, problem) of each record; a broken one has no cells."""
    while True:
        try:
            for cells in csv.reader(source, delimiter=delimiter):
                lines = source.take()
                if source.ended_inside and len(lines) > 1:
                    raise _Unterminated(lines)
                problem = next((x.problem for x in lines if x.problem), None)
                if source.ended_inside:
                    problem = problem or "незакрытая кавычка в конце файла"
                yield lines[0].no, cells, problem
            return
        except _Unterminated as exc:
            lines = exc.lines
            broken = "незакрытая кавычка: поле в кавычках не закончено до конца файла"
        except _Runaway:
            lines = source.take()
            broken = f"незакрытая кавычка: поле в кавычках длиннее {MAX_RECORD_LINES} строк"
        except csv.Error as exc:
            lines = source.take()
            text = str(exc)
            broken = (
                f"поле длиннее {csv.field_size_limit()} символов"
                if "field larger" in text
                else f"строка не читается как CSV ({text})"
            )
        if not lines:
            return
        # The first line is the bad one; reading starts again on the line after it.
        yield lines[0].no, [], broken
        source.again(lines[1:])


def _header(path: Path, first: Line | None) -> tuple[str, list[str]]:
    if first is None or not first.text.strip():
        raise unreadable(path, "no header line", "В CSV-файле нет строки заголовка.")
    if first.problem:
        raise unreadable(path, first.problem, f"Заголовок CSV не читается: {first.problem}.")
    try:
        delimiter = csv.Sniffer().sniff(first.text, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    header = [h.strip().lower() for h in next(csv.reader([first.text], delimiter=delimiter))]
    missing = [f for f in REQUIRED if f not in header]
    if missing:
        raise unreadable(
            path,
            f"header lacks {missing}",
            f"В заголовке CSV нет обязательных столбцов: {', '.join(missing)}.",
        )
    return delimiter, header


def read_csv(
    path: Path, chunk_rows: int, ignored: set[str], encodings: list[str]
) -> Iterator[Chunk]:
    """Chunks of the known columns plus ``_problem``; unknown header names go to
    ``ignored``, the file's encoding to ``encodings``."""
    total = path.stat().st_size
    encoding = detect_encoding(path)
    encodings.append(encoding)
    with path.open("rb") as raw:
        lines = decoded_lines(raw, encoding, lone_cr=True)
        delimiter, header = _header(path, next(lines, None))
        index = {name: i for i, name in enumerate(header) if name in FIELDS}
        ignored.update(name for name in header if name and name not in FIELDS)

        def empty() -> dict[str, list[Any]]:
            return {"line_no": [], "_problem": [], **{name: [] for name in index}}

        cols = empty()
        for line_no, cells, problem in _records(_Source(lines), delimiter):
            if problem is None and not any(cell.strip() for cell in cells):
                continue
            cols["line_no"].append(line_no)
            cols["_problem"].append(problem)
            for name, i in index.items():
                cols[name].append(cells[i] if i < len(cells) else None)
            if len(cols["line_no"]) >= chunk_rows:
                yield _table(cols), raw.tell(), total
                cols = empty()
        if cols["line_no"]:
            yield _table(cols), total, total


def _table(cols: dict[str, list[Any]]) -> pa.Table:
    types = {k: pa.int64() if k == "line_no" else pa.string() for k in cols}
    return pa.table({k: pa.array(v, type=types[k]) for k, v in cols.items()})
