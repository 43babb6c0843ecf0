"""The table each tests/plugins/<store>/test_recorded_coverage.py keeps of its recorded files.

Every file in tests/fixtures/<store>/recorded/ (except INDEX.md and the ``*.source.txt``
notes) must be either ``Consumed``: read by a named function of the adapter, run on the
file with real values checked, or ``Unused``: not read by the adapter, with a one-line
reason, and still parsed with one real field checked so a corrupt file fails. A file in
neither table fails, so a newly recorded response cannot be skipped silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Consumed:
    """A recorded file the adapter reads: ``parse`` is the adapter's function (run on what
    ``load`` returns); ``check`` asserts real values of its result."""

    parse: Callable[[Any], Any]
    check: Callable[[Any], None]
    load: Callable[[Path], Any] = read_json


@dataclass(frozen=True)
class Unused:
    """A recorded file the adapter does not read: why, and a check of one real field."""

    reason: str
    check: Callable[[Any], None]
    load: Callable[[Path], Any] = read_json


def recorded_files(store: str) -> list[str]:
    """Every recorded response of ``store``: the directory, minus INDEX.md and the notes."""
    folder = FIXTURES / store / "recorded"
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.is_file() and p.name != "INDEX.md" and not p.name.endswith(".source.txt")
    )


def check_accounted(
    store: str,
    name: str,
    consumed: Mapping[str, Consumed],
    unused: Mapping[str, Unused],
) -> None:
    """Fail unless ``name`` is in exactly one table; then run that entry on the file."""
    if name in consumed and name in unused:
        pytest.fail(f"{store}/recorded/{name} is both consumed and listed as unused")
    path = FIXTURES / store / "recorded" / name
    if name in consumed:
        entry = consumed[name]
        entry.check(entry.parse(entry.load(path)))
    elif name in unused:
        reason = unused[name]
        assert reason.reason.strip(), f"{name}: an unused file needs a reason"
        reason.check(reason.load(path))
    else:
        pytest.fail(
            f"{store}/recorded/{name} is in neither table of "
            f"tests/plugins/{store}/test_recorded_coverage.py: parse it with the adapter "
            "(CONSUMED) or say why the adapter does not use it (UNUSED)"
        )


def stale_entries(
    store: str, consumed: Mapping[str, Consumed], unused: Mapping[str, Unused]
) -> list[str]:
    """Table entries that name no recorded file (renamed or deleted fixtures)."""
    present = set(recorded_files(store))
    return sorted((set(consumed) | set(unused)) - present)
