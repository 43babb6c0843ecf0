"""Start-up: commands load lazily, heavy packages only where used, click speaks Russian.

Times are measured by benchmarks/bench_startup.py, not here; these tests check what
makes start-up cheap (which modules a process imports) and what the user reads.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from korzina import hookimpl
from korzina.cli import cli
from korzina.cli.app import COMMANDS, App, lazy_short_help
from korzina.core.plugins import add_plugin_commands, brand_names, make_plugin_manager
from tests.replay import run_korzina_text

HEAVY = ("duckdb", "aiogram", "matplotlib", "playwright", "pymorphy3", "pyarrow", "ollama")

# What a process imported after running korzina's main() with the given arguments.
PROBE = """
import json, sys
from korzina.cli import main
sys.argv = ["korzina", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)))
"""


def imported_by(args: list[str], tmp_path: Path, extra: dict[str, str] | None = None) -> set[str]:
    """Every module a ``korzina ARGS`` process imported (full dotted names)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    env.update(KORZINA_DB=str(tmp_path / "none.duckdb"), KORZINA_CONFIG=str(tmp_path / "n"))
    env.update(extra or {})
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return set(json.loads(proc.stderr.rsplit("MODULES ", 1)[1]))


def packages(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_help_imports_no_command_module_and_no_heavy_package(tmp_path: Path) -> None:
    modules = imported_by(["--help"], tmp_path)
    assert not packages(modules) & {*HEAVY, "rich", "httpx", "pydantic", "pluggy"}
    commands = {m for m in modules if m.startswith("korzina.cli.")}
    assert commands <= {"korzina.cli.app", "korzina.cli.i18n"}


def test_parse_imports_neither_the_database_nor_the_bot_nor_the_browser(tmp_path: Path) -> None:
    modules = packages(imported_by(["parse", "--json", "молоко"], tmp_path))
    assert "korzina" in modules and "click" in modules
    assert not modules & {"duckdb", "aiogram", "matplotlib", "playwright", "pyarrow", "ollama"}


def test_word_analyses_are_kept_so_a_second_parse_needs_no_dictionaries(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"KORZINA_CACHE_DIR": str(cache)}
    first = imported_by(["parse", "--json", "молоко"], tmp_path, env)
    assert "pymorphy3" in packages(first)  # a cold cache: the index is analysed once
    (saved,) = cache.glob("words-*.json")
    assert json.loads(saved.read_text(encoding="utf-8"))["молоко"][0] == "молоко"
    second = imported_by(["parse", "--json", "молоко"], tmp_path, env)
    assert "pymorphy3" not in packages(second)
    code, out, err = run_korzina_text(
        ["parse", "--json", "2 пачки масла, десяток яиц"], env, tmp_path
    )
    assert code == 0, err
    got = [(i["name"], i["quantity"], i["unit"]) for i in json.loads(out)["items"]]
    assert got == [("масло", 2, "шт"), ("яйцо", 10, "шт")]


def test_typo_forms_are_kept_so_a_later_process_need_not_make_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from korzina.parser import Vocabulary, wordcache

    cache = tmp_path / "cache"
    code, out, err = run_korzina_text(
        ["parse", "--json", "малоко"], {"KORZINA_CACHE_DIR": str(cache)}, tmp_path
    )
    assert code == 0, err
    assert [i["name"] for i in json.loads(out)["items"]] == ["молоко"]
    (kept,) = cache.glob("typos-*.json")
    vocab = Vocabulary()
    vocab.ready()
    made = Vocabulary()
    made.ready()
    expected = made.fix_typo("малоко")
    assert kept == wordcache.typo_forms_path(cache, vocab.typo_forms_key())
    forms = wordcache.load_forms(kept)
    assert forms is not None and "молока" in forms

    def never(self: Vocabulary) -> list[str]:
        raise AssertionError("typo forms made again")

    monkeypatch.setattr(Vocabulary, "_build_typo_forms", never)
    vocab.use_typo_forms(forms)
    fixed = vocab.fix_typo("малоко")
    assert fixed == expected and fixed is not None
    assert vocab.product_of_word(fixed).name == "молоко"  # type: ignore[union-attr]


def test_a_broken_word_cache_is_ignored(tmp_path: Path) -> None:
    from korzina.parser import wordcache

    cache = tmp_path / "cache"
    cache.mkdir()
    wordcache.cache_path(cache).write_text("{not json", encoding="utf-8")
    code, out, err = run_korzina_text(
        ["parse", "--json", "молоко"], {"KORZINA_CACHE_DIR": str(cache)}, tmp_path
    )
    assert code == 0, err
    assert [i["name"] for i in json.loads(out)["items"]] == ["молоко"]


def test_help_is_russian_and_lists_every_command(tmp_path: Path) -> None:
    code, out, err = run_korzina_text(["--help"], {}, tmp_path)
    assert code == 0, err
    assert out.startswith("Использование: korzina [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]...")
    for english in ("Usage:", "Options:", "Commands:", "Show this message", "Show the version"):
        assert english not in out
    assert "Показать эту справку и выйти." in out
    assert "KORZINA_TIMEZONE" in out  # the environment variables are listed too
    commands = out.split("Команды:")[1].split("Переменные окружения:")[0]
    listed = {line.split()[0] for line in commands.splitlines() if line.strip()}
    assert listed == set(COMMANDS)


def test_click_errors_and_defaults_are_russian(tmp_path: Path) -> None:
    code, _, err = run_korzina_text(["basket", "--bogus"], {}, tmp_path)
    assert code == 2
    assert "Ошибка: Нет такого параметра: '--bogus'." in err
    assert "Справка: «korzina basket --help»." in err
    code, _, err = run_korzina_text(["nosuch"], {}, tmp_path)
    assert code == 2 and "Нет такой команды: 'nosuch'." in err
    code, out, _ = run_korzina_text(["history", "--help"], {}, tmp_path)
    assert code == 0 and "[по умолчанию: 90]" in out and "default" not in out


def test_the_help_line_kept_for_each_command_is_its_docstrings() -> None:
    # `korzina --help` lists COMMANDS' lines without importing the commands: they must say
    # what the commands themselves say.
    for name, entry in COMMANDS.items():
        importlib.import_module(entry.module)
        command = cli.commands[name]
        for limit in (45, 200):
            assert lazy_short_help(entry, limit) == command.get_short_help_str(limit), name


def test_builtin_plugins_add_no_commands_and_no_brands() -> None:
    # What lets `korzina --help` and `korzina parse` skip loading plugins unless a
    # third-party one is installed.
    builtin = make_plugin_manager(load_entrypoints=False, plugins=builtin_plugins())
    assert len(builtin.get_plugins()) == 4  # the four stores
    group = click.Group("probe")
    add_plugin_commands(builtin, group)
    assert group.commands == {}
    assert brand_names(builtin) == set()


def builtin_plugins() -> list[object]:
    from importlib.metadata import entry_points

    return [
        ep.load() for ep in entry_points(group="korzina") if ep.dist and ep.dist.name == "korzina"
    ]


class HelloPlugin:
    @hookimpl
    def register_commands(self, cli: click.Group) -> None:
        @cli.command("hello-plugin")
        def hello() -> None:
            """Привет от плагина."""
            click.echo("привет из плагина")


def test_a_plugin_command_runs_and_is_listed_through_the_lazy_group() -> None:
    app = App(pm=make_plugin_manager(load_entrypoints=False, plugins=[HelloPlugin()]))
    result = CliRunner().invoke(cli, ["hello-plugin"], obj=app)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "привет из плагина"
    listing = CliRunner().invoke(cli, ["--help"], obj=app)
    assert "hello-plugin" in listing.output and "Привет от плагина." in listing.output


@pytest.mark.parametrize("command", ["parse", "basket"])
def test_a_list_pasted_from_a_chat_with_dashes_is_the_list(command: str, tmp_path: Path) -> None:
    code, out, err = run_korzina_text(
        [command, "--json", "- молоко\n- хлеб", *(["--offline"] if command == "basket" else [])],
        {},
        tmp_path,
    )
    assert "Нет такого параметра" not in err
    if command == "parse":
        assert code == 0, err
        assert [i["name"] for i in json.loads(out)["items"]] == ["молоко", "хлеб"]
    else:  # an empty database: the list is read, and answered with «no prices»
        assert [i["name"] for i in json.loads(out)["items"]] == ["молоко", "хлеб"], err


def test_dash_words_are_list_items_and_a_mistyped_option_is_still_an_error(tmp_path: Path) -> None:
    code, out, err = run_korzina_text(["parse", "-молоко", "-кефир", "--json"], {}, tmp_path)
    assert code == 0, err
    assert [i["name"] for i in json.loads(out)["items"]] == ["молоко", "кефир"]
    code, _, err = run_korzina_text(["parse", "--jsn", "молоко"], {}, tmp_path)
    assert code == 2 and "Нет такого параметра: '--jsn'." in err
