"""The README's `korzina sql`, `history`, `index` and `export` examples run on the demo data
(through the click command)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

import korzina.data
from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager
from korzina.core.storage import open_storage
from korzina.core.storage.importer import import_file

README = Path(__file__).parents[2] / "README.md"
DEMO = Path(korzina.data.__file__).parent / "demo_offers.jsonl"
# `    korzina sql "…"` in an indented block; the query may go on over indented lines.
EXAMPLE = re.compile(r'^ {4}korzina sql "([^"]*)"', re.MULTILINE)
EXAMPLES = [" ".join(m.group(1).split()) for m in EXAMPLE.finditer(README.read_text())]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readme") / "k.duckdb"
    with open_storage(path) as db:
        import_file(db, DEMO)
    return path


def test_the_readme_has_sql_examples() -> None:
    assert len(EXAMPLES) >= 6


@pytest.mark.parametrize("query", EXAMPLES)
def test_a_readme_sql_example_runs_on_the_demo_data(demo_db: Path, query: str) -> None:
    result = CliRunner().invoke(
        cli, ["--db", str(demo_db), "sql", query, "--json"], obj=App(pm=make_plugin_manager())
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    if "fat_pct = 3.2" in query:  # «молоко 3,2%» is in every store of the demo
        assert [r["store"] for r in rows] == ["dixy", "magnit", "perekrestok", "pyaterochka"]


# The price-history examples: `    korzina history|index|export …` lines of the README.
HISTORY_EXAMPLE = re.compile(r"^ {4}korzina ((?:history|index|export) .*)$", re.MULTILINE)
HISTORY_EXAMPLES = [m.group(1) for m in HISTORY_EXAMPLE.finditer(README.read_text())]


@pytest.mark.parametrize("command", HISTORY_EXAMPLES)
def test_a_readme_history_example_runs_on_the_demo_data(
    demo_db: Path, command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where --png and export write
    args = shlex.split(command, comments=True)
    result = CliRunner().invoke(
        cli, ["--db", str(demo_db), *args], obj=App(pm=make_plugin_manager())
    )
    assert result.exit_code == 0, result.output
    assert "нет товаров по запросу" not in result.output
    assert "В базе нет цен" not in result.output
