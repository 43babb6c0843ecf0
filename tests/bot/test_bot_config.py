"""`korzina bot` with a bad configuration, run as the user runs it (a whole process):
exit code 2 and a Russian message naming what is wrong, found before aiogram (seconds
of imports) is loaded. How fast is measured by benchmarks/bench_startup.py (row
``bot_config``); here, what the user reads and what the process had to import."""

from __future__ import annotations

import contextlib
import http.server
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from korzina.core.storage import open_storage
from tests.bot.loopback import TOKEN, LoopbackBotAPI, LoopbackThread
from tests.cli.test_startup import imported_by, packages
from tests.replay import run_korzina_text

GOOD_TOKEN = "123456:AAE-well-formed"


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bot(tmp_path: Path, *args: str, **env: str) -> tuple[int, str]:
    """``korzina bot ARGS`` with ``env``; the exit code and stderr. Every case that gets
    past the token is pointed at a closed port: a bot that failed to stop would still
    exit, and not reach the network."""
    env = {"KORZINA_BOT_TOKEN": GOOD_TOKEN, **env}
    if "--api-base" not in args:
        args = (*args, "--api-base", f"http://127.0.0.1:{closed_port()}")
    code, out, err = run_korzina_text(["bot", *args], env, tmp_path)
    return code, out + err


def one_line(text: str) -> str:
    return " ".join(text.split())  # rich wraps long lines at the terminal width


@contextlib.contextmanager
def answering(status: int) -> Iterator[str]:
    """A web server answering every POST with ``status`` and no Bot API reply."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_error(status)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_missing_token_is_named(tmp_path: Path) -> None:
    code, text = bot(tmp_path, KORZINA_BOT_TOKEN="")
    assert code == 2
    assert "Не задан токен бота" in one_line(text) and "KORZINA_BOT_TOKEN" in text


@pytest.mark.parametrize("token", ["abc", "123456:ABC DEF", "token-without-colon", ":abc"])
def test_a_malformed_token_is_named(tmp_path: Path, token: str) -> None:
    code, text = bot(tmp_path, KORZINA_BOT_TOKEN=token)
    assert code == 2
    assert "Токен бота не похож на настоящий" in one_line(text)


def test_a_token_the_bot_api_refuses_is_named_before_anything_is_sent(tmp_path: Path) -> None:
    with LoopbackThread(LoopbackBotAPI(token=TOKEN)) as api:
        code, text = bot(tmp_path, "--api-base", api.base_url, KORZINA_BOT_TOKEN="1:a-wrong-one")
        assert api.calls == []  # refused (401) before any method is recorded
    assert code == 2
    assert "Telegram отклонил токен (Unauthorized)" in one_line(text)


def test_an_unreachable_bot_api_server_is_named_with_its_address(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    code, text = bot(tmp_path, "--api-base", base)
    assert code == 2
    assert f"Не удаётся связаться с Telegram ({base}): соединение отклонено" in one_line(text)


def test_a_server_that_is_not_a_bot_api_server_is_named(tmp_path: Path) -> None:
    with answering(404) as base:
        code, text = bot(tmp_path, "--api-base", base)
    assert code == 2
    assert f"Сервер Bot API {base} ответил ошибкой 404 на getMe" in one_line(text)


def test_a_bot_api_server_failing_for_now_is_named_as_such(tmp_path: Path) -> None:
    with answering(502) as base:
        code, text = bot(tmp_path, "--api-base", base)
    assert code == 2
    assert f"Сервер Bot API {base} сейчас не отвечает (HTTP 502): попробуйте" in one_line(text)


@pytest.mark.parametrize("base", ["ftp://example.org", "127.0.0.1:8081", "http://host:99999"])
def test_a_malformed_api_base_is_named(tmp_path: Path, base: str) -> None:
    code, text = bot(tmp_path, "--api-base", base)
    assert code == 2
    assert "--api-base" in text and base in one_line(text)


def test_a_listen_address_without_a_port_is_named(tmp_path: Path) -> None:
    code, text = bot(tmp_path, "--webhook", "https://example.org/hook", "--listen", "nope")
    assert code == 2
    assert "ХОСТ:ПОРТ" in text


def test_a_database_path_that_is_a_directory_is_named(tmp_path: Path) -> None:
    code, text = bot(tmp_path, KORZINA_DB=str(tmp_path))
    assert code == 2
    assert f"База {tmp_path} — не файл" in one_line(text)


def test_a_file_that_is_not_a_duckdb_database_is_named_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("мои заметки, не база\n", encoding="utf-8")
    code, text = bot(tmp_path, KORZINA_DB=str(path))
    assert code == 2
    assert f"Файл {path} — не база korzina (DuckDB)" in one_line(text)
    assert path.read_text(encoding="utf-8") == "мои заметки, не база\n"  # left as it was


def test_a_database_of_a_newer_korzina_is_named(tmp_path: Path) -> None:
    path = tmp_path / "newer.duckdb"
    open_storage(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'from the future')")
    con.close()
    with LoopbackThread() as api:  # the Bot API server takes the token: the database is next
        code, text = bot(
            tmp_path, "--api-base", api.base_url, KORZINA_DB=str(path), KORZINA_BOT_TOKEN=api.token
        )
        assert [c.method for c in api.calls] == ["getMe"]  # the check; no polling
    assert code == 2
    assert "База создана более новой версией korzina (схема 999" in one_line(text)


def test_a_database_under_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    path = tmp_path / "file" / "korzina.duckdb"
    code, text = bot(tmp_path, KORZINA_DB=str(path))
    assert code == 2
    assert f"Не могу создать базу {path}: {tmp_path / 'file'} — файл, а не каталог" in one_line(
        text
    )


def test_a_database_in_a_directory_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("this user (root) may write to any directory: nothing to refuse")
        code, text = bot(tmp_path, KORZINA_DB=str(locked / "sub" / "korzina.duckdb"))
    finally:
        locked.chmod(0o700)
    assert code == 2
    assert "каталог недоступен для записи" in one_line(text)


def test_an_unknown_time_zone_is_named(tmp_path: Path) -> None:
    code, text = bot(tmp_path, KORZINA_TIMEZONE="Mars/Olympus")
    assert code == 1  # a setting every command reads: the group's own error
    assert "неизвестный часовой пояс «Mars/Olympus»" in one_line(text)


def test_a_broken_config_file_is_named(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("bot_token = \n", encoding="utf-8")
    code, text = bot(tmp_path, KORZINA_CONFIG=str(config))
    assert code == 1
    assert f"Не читается файл настроек {config}" in one_line(text)


def test_an_unknown_plugin_to_load_is_named(tmp_path: Path) -> None:
    with LoopbackThread() as api:  # the Bot API server takes the token: the plugins are next
        code, text = bot(
            tmp_path,
            "--api-base",
            api.base_url,
            KORZINA_BOT_TOKEN=api.token,
            KORZINA_LOAD_PLUGINS="magnit,nosuchstore",
        )
        assert [c.method for c in api.calls] == ["getMe"]  # the check; no polling
    assert code == 2
    assert "KORZINA_LOAD_PLUGINS: нет таких модулей: nosuchstore" in one_line(text)


@pytest.mark.parametrize(
    ("env", "spared"),
    [
        ({"KORZINA_BOT_TOKEN": ""}, {"aiogram", "aiohttp", "duckdb", "pymorphy3"}),
        ({"KORZINA_BOT_TOKEN": "abc"}, {"aiogram", "aiohttp", "duckdb", "pymorphy3"}),
        # Reaching the Bot API server comes before the plugins and the database.
        ({}, {"aiogram", "aiohttp", "duckdb", "pymorphy3", "httpx"}),
    ],
    ids=["no token", "malformed token", "unreachable server"],
)
def test_a_bad_configuration_is_found_before_the_heavy_imports(
    tmp_path: Path, env: dict[str, str], spared: set[str]
) -> None:
    env = {"KORZINA_BOT_TOKEN": GOOD_TOKEN, **env}
    args = ["bot", "--api-base", f"http://127.0.0.1:{closed_port()}"]
    imported = packages(imported_by(args, tmp_path, env))
    assert "korzina" in imported
    assert not imported & spared


def test_an_unknown_plugin_is_found_before_aiogram(tmp_path: Path) -> None:
    """The plugins load after the database is opened (DuckDB imported), before aiogram."""
    with LoopbackThread() as api:
        env = {"KORZINA_BOT_TOKEN": api.token, "KORZINA_LOAD_PLUGINS": "nosuchstore"}
        imported = packages(imported_by(["bot", "--api-base", api.base_url], tmp_path, env))
    assert {"korzina", "duckdb"} <= imported
    assert not imported & {"aiogram", "aiohttp"}


def test_a_database_problem_is_found_before_aiogram(tmp_path: Path) -> None:
    """The database is opened (DuckDB imported) before aiogram, and its refusal ends
    the start there."""
    path = tmp_path / "newer.duckdb"
    open_storage(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'from the future')")
    con.close()
    with LoopbackThread() as api:
        env = {"KORZINA_BOT_TOKEN": api.token, "KORZINA_DB": str(path)}
        imported = packages(imported_by(["bot", "--api-base", api.base_url], tmp_path, env))
    assert "duckdb" in imported
    assert not imported & {"aiogram", "aiohttp"}
