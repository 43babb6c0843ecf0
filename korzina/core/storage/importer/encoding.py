"""A text file's encoding, and its lines decoded one by one with what is wrong with each.

Most files are UTF-8, checked in one streaming pass. A file that is not is looked at
line by line: if some of its lines are UTF-8 with non-ASCII text, the file is UTF-8 and
the other lines are bad rows (a Latin-1 «café» pasted into it is reported, not stored
as «caf�»). If none is, the file is in a legacy encoding (cp1251 from Excel, usually),
which ``charset_normalizer`` names among ``LEGACY_ENCODINGS``; when it cannot, the
file is refused with a message.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from korzina.core.storage.importer.fields import MAX_LINE_BYTES, unreadable

_LONE_CR = re.compile(r"(?<=\r)(?!\n)")

UTF8 = "utf-8"
_BLOCK = 1 << 20
_SAMPLE_BYTES = 256 * 1024  # of the lines that are not UTF-8, for the detector
# The encodings a Russian price file that is not UTF-8 comes in (Excel's cp1251 first
# of all). Left to itself the detector reads a short cp1251 line as Chinese.
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "cp866", "cp1252", "latin_1"]


@dataclass(frozen=True)
class Line:
    """One physical line: its 1-based number, its text (ending in a newline), a problem."""

    no: int
    text: str
    problem: str | None = None


def is_utf8(path: Path) -> bool:
    """True when the whole file is valid UTF-8 (streamed: memory stays one block)."""
    decoder = codecs.getincrementaldecoder(UTF8)()
    try:
        with path.open("rb") as raw:
            while block := raw.read(_BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _raw_lines(raw: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """The file's lines as bytes, each cut at MAX_LINE_BYTES; True for a cut one."""
    while line := raw.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            # Skip the rest of an oversized line without holding it in memory.
            while (rest := raw.readline(_BLOCK)) and not rest.endswith(b"\n"):
                pass
            yield line[:MAX_LINE_BYTES], True
        else:
            yield line, False


def detect_encoding(path: Path) -> str:
    """The encoding to read ``path`` in: UTF-8, or the legacy one the file is in."""
    with path.open("rb") as raw:
        if raw.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            # Excel's «Unicode text»: lines are not split on a newline byte.
            raise unreadable(
                path,
                "UTF-16 text",
                f"Файл {path.name} в кодировке UTF-16; сохраните его в UTF-8.",
            )
    if is_utf8(path):
        return UTF8
    sample = bytearray()
    with path.open("rb") as raw:
        for line, _ in _raw_lines(raw):
            try:
                line.decode(UTF8)
            except UnicodeDecodeError:
                if len(sample) < _SAMPLE_BYTES:
                    sample += line
                continue
            if not line.isascii():
                return UTF8  # UTF-8 text beside lines that are not: those are bad rows
    from charset_normalizer import from_bytes

    best = from_bytes(bytes(sample), cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise unreadable(
            path,
            "unknown text encoding",
            f"Не удалось определить кодировку файла {path.name}; сохраните его в UTF-8.",
        )
    return str(best.encoding)


def decoded_lines(raw: BinaryIO, encoding: str, *, lone_cr: bool = False) -> Iterator[Line]:
    """The lines of ``raw`` decoded from ``encoding``; a line that is not is a problem.

    Every text ends in a newline (the last line's too), a UTF-8 BOM is dropped, and an
    oversized line is replaced by an empty one carrying its problem. ``lone_cr``: a CR
    not followed by LF ends a line too (CSV saved by old Mac Excel), and lines are
    numbered as an editor shows them.
    """
    no = 0
    for line, cut in _raw_lines(raw):
        no += 1
        if cut:
            yield Line(no, "\n", f"строка длиннее {MAX_LINE_BYTES // 1024} КБ")
            continue
        try:
            text = line.decode(encoding)
            problem = None
        except UnicodeDecodeError as exc:
            text = line.decode(encoding, errors="replace")
            bad = line[exc.start : exc.start + 1].hex()
            problem = (
                f"строка не в кодировке {encoding}: неверный байт 0x{bad}"
                f" ({exc.start + 1}-й байт строки)"
            )
        if no == 1:
            text = text.removeprefix("\ufeff")
        pieces = _LONE_CR.split(text) if lone_cr and "\r" in text else [text]
        for i, piece in enumerate(p for p in pieces if p):
            no += i > 0
            yield Line(no, piece if piece.endswith(("\n", "\r")) else piece + "\n", problem)
