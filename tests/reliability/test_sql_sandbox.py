"""`korzina sql` sees the database and nothing else: escape attempts read and write nothing.

Each attempt tries to read a planted secret (a file, the process environment) or to
write a file, load an extension or unlock the settings. The figure in the README's
Reliability table is the number of attempts below (all refused, 0 reads or writes
outside the database). Every attempt runs through the click command in-process (about
50 ms each); the most dangerous ones also run through the installed ``korzina`` process
(``run_korzina``), where ``/proc/self/environ`` holds a real token.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from click.testing import CliRunner

import korzina.data
from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager
from korzina.core.storage import open_storage
from korzina.core.storage.importer import import_file
from tests.replay import run_korzina

MARKER = "SECRET-7f3a9c"
DEMO = Path(korzina.data.__file__).parent / "demo_offers.jsonl"

# {secret} is a CSV file holding MARKER ({json}, {parquet}: the same in those formats);
# {dir} their directory; {out} a path to write to. Without the sandbox (``--files``) most
# of READS print MARKER, /proc/self/environ or /etc/passwd.
READS = [
    "select * from read_text('{secret}')",
    "select * from read_blob('{secret}')",
    "select * from read_csv('{secret}')",
    "select * from read_csv_auto('{secret}')",
    "select * from read_csv('{secret}', header = false, columns = {{'a': 'VARCHAR'}})",
    "select * from read_json('{json}')",
    "select * from read_json_auto('{json}')",
    "select * from read_ndjson('{json}')",
    "select * from read_parquet('{parquet}')",
    "select * from parquet_metadata('{parquet}')",
    "select * from parquet_schema('{parquet}')",
    "select * from sniff_csv('{secret}')",
    "select * from glob('{dir}/*')",
    "select * from glob('**')",
    "select * from '{secret}'",
    'select * from "{secret}"',
    "select * from read_text(['{secret}'])",
    "select * from read_text('file://{secret}')",
    "select * from read_text('{dir}/../' || 'x/../secret.csv')",
    "select * from read_text('/proc/self/environ')",
    "select * from read_text('/proc/self/cmdline')",
    "select * from read_text('/etc/passwd')",
    "with t as (select * from read_text('{secret}')) select content from t",
    "select (select content from read_text('{secret}')) as c",
    "select 1 where exists (select * from read_text('{secret}'))",
    "select * from query('select * from read_text(''{secret}'')')",
    "describe select * from read_csv('{secret}')",
    "summarize select * from read_csv('{secret}')",
    "select * from read_text('http://127.0.0.1:9/x.csv')",
    "select * from read_csv('https://127.0.0.1:9/x.csv')",
    "select * from 'http://127.0.0.1:9/x.parquet'",
    "select * from read_parquet('s3://bucket/x.parquet')",
    "select * from duckdb_extensions()",
]
# Writes, extensions and settings: refused as statements that are not SELECT, as
# functions of extensions that are not loaded, or as file access.
OTHERS = [
    "select * from sqlite_scan('{secret}', 't')",
    "copy (select 1) to '{out}'",
    "copy products to '{out}'",
    "export database '{dir}/exported'",
    "attach '{out}' as other",
    "install httpfs",
    "load httpfs",
    "set enable_external_access = true",
    "set autoinstall_known_extensions = true",
    "reset enable_external_access",
    "pragma enable_profiling",
    "create table t as select 1",
    "insert into products (store) values ('x')",
    "update products set price = 0",
    "delete from observations",
    "drop table products",
    "checkpoint",
    "select 1; select * from read_text('{secret}')",
    "select 1; copy (select 1) to '{out}'",
]
ATTEMPTS = READS + OTHERS


def _tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its content hash."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sandbox")
    with open_storage(root / "k.duckdb") as db:
        import_file(db, DEMO)
    (root / "files").mkdir()
    (root / "files" / "secret.csv").write_text(f"a\n{MARKER}\n", encoding="utf-8")
    (root / "files" / "secret.json").write_text(json.dumps({"a": MARKER}), encoding="utf-8")
    pq.write_table(pa.table({"a": [MARKER]}), root / "files" / "secret.parquet")
    return root


def _sql(db: Path, query: str, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--db", str(db), "sql", query, *extra], obj=App(pm=make_plugin_manager())
    )
    return result.exit_code, result.output


@pytest.mark.parametrize("template", ATTEMPTS)
def test_an_escape_attempt_reads_and_writes_nothing_outside_the_database(
    world: Path, template: str
) -> None:
    files = world / "files"
    query = template.format(
        secret=files / "secret.csv",
        json=files / "secret.json",
        parquet=files / "secret.parquet",
        dir=files,
        out=files / "out.csv",
    )
    before = _tree(world)
    code, output = _sql(world / "k.duckdb", query, "--json")
    assert MARKER not in output
    assert code == 1, output
    assert "Ошибка:" in output
    if template in READS:
        assert "вне базы" in " ".join(output.split())  # refused as file access
    assert _tree(world) == before  # nothing written, the database file unchanged


def test_sql_still_answers_queries_on_the_database(world: Path) -> None:
    code, output = _sql(
        world / "k.duckdb", "select count(*) as n from products where store = 'magnit'", "--json"
    )
    assert code == 0, output
    assert json.loads(output)[0]["n"] > 0


def test_files_flag_lets_an_analyst_join_their_own_file(world: Path) -> None:
    secret = world / "files" / "secret.csv"
    code, output = _sql(world / "k.duckdb", f"select a from read_csv('{secret}')", "--files")
    assert code == 0, output
    assert MARKER in output
    # Even with --files no extension is installed or loaded by a query.
    code, output = _sql(world / "k.duckdb", "install httpfs", "--files")
    assert code == 1


def test_refusal_says_in_russian_how_to_allow_files(world: Path) -> None:
    code, output = _sql(world / "k.duckdb", f"select * from read_csv('{world}/files/secret.csv')")
    assert code == 1
    assert "вне базы" in output
    assert "--files" in output


# --- the installed command, as a process --------------------------------------------


def _env(world: Path, tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "KORZINA_DB": str(world / "k.duckdb"),
        "KORZINA_BOT_TOKEN": MARKER,
        # DuckDB installs extensions under $HOME/.duckdb: it must stay empty.
        "HOME": str(home),
    }


@pytest.mark.parametrize(
    "query",
    [
        "select * from read_text('/proc/self/environ')",
        "select * from read_blob('/proc/self/environ')",
        "select * from read_csv('/proc/self/environ', header = false, sep = '\x01')",
        "select * from read_text('http://127.0.0.1:9/x.csv')",
        "select getenv('KORZINA_BOT_TOKEN')",
        "install httpfs",
        "set enable_external_access = true",
    ],
)
def test_the_installed_command_does_not_print_the_bot_token(
    world: Path, tmp_path: Path, query: str
) -> None:
    env = _env(world, tmp_path)
    code, data, err = run_korzina(["sql", query, "--json"], env, tmp_path)
    assert code == 1
    assert data is None
    assert MARKER not in err
    assert "Ошибка:" in err
    assert list((tmp_path / "home").rglob("*")) == []  # no extension downloaded


def test_a_blob_prints_as_base64_in_json(world: Path, tmp_path: Path) -> None:
    code, data, err = run_korzina(
        ["sql", "select 'abc'::BLOB as b, NULL::BLOB as n", "--json"],
        _env(world, tmp_path),
        tmp_path,
    )
    assert code == 0, err
    assert data == [{"b": "YWJj", "n": None}]


def test_the_row_limit_keeps_the_first_rows_and_says_so(world: Path, tmp_path: Path) -> None:
    code, data, err = run_korzina(
        ["sql", "select * from range(50) t(i)", "--json", "--limit", "20"],
        _env(world, tmp_path),
        tmp_path,
    )
    assert code == 0, err
    assert [r["i"] for r in data] == list(range(20))
    assert "--limit" in err


def test_a_long_query_is_stopped_at_the_timeout(world: Path, tmp_path: Path) -> None:
    code, data, err = run_korzina(
        [
            "sql",
            "select count(*) from range(1000000000000) a, range(1000) b",
            "--timeout",
            "0.5",
        ],
        _env(world, tmp_path),
        tmp_path,
    )
    assert code == 1
    assert data is None
    assert "остановлен" in err
