"""`korzina bot`: a missing, malformed or refused token is a clear message and exit code 2."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager
from tests.bot.loopback import LoopbackBotAPI, LoopbackThread


def run(*args: str) -> Result:
    app = App(
        pm=make_plugin_manager(),
        console=Console(width=200, highlight=False),
        err=Console(width=200, highlight=False, stderr=True),
    )
    return CliRunner().invoke(cli, list(args), obj=app)


def test_a_missing_token_is_exit_2_with_a_russian_message() -> None:
    result = run("bot", "--demo")
    assert result.exit_code == 2
    assert "Не задан токен бота" in result.output
    assert "KORZINA_BOT_TOKEN" in result.output


@pytest.mark.parametrize("token", ["abc", "123456:ABC DEF", "token-without-colon"])
def test_a_malformed_token_is_exit_2(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    monkeypatch.setenv("KORZINA_BOT_TOKEN", token)
    result = run("bot", "--demo")
    assert result.exit_code == 2
    assert "Токен бота не похож на настоящий" in result.output


def test_a_token_telegram_refuses_is_exit_2_saying_so(monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackThread(LoopbackBotAPI(token="1:the-right-one")) as api:
        monkeypatch.setenv("KORZINA_BOT_TOKEN", "1:a-wrong-one")
        result = run("bot", "--demo", "--api-base", api.base_url)
        assert [c.method for c in api.calls] == []  # 401 before any recorded method
    assert result.exit_code == 2
    assert "Telegram отклонил токен (Unauthorized)" in result.output


def test_listen_must_be_host_and_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORZINA_BOT_TOKEN", "1:abc")
    result = run("bot", "--demo", "--webhook", "https://example.org/hook", "--listen", "nope")
    assert result.exit_code == 2
    assert "ХОСТ:ПОРТ" in result.output
