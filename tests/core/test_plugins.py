"""The plugin contract: one test per hook, through the typed functions of core/plugins.py.

The built-in stores are left out on purpose (``load_entrypoints=False``): small in-test
plugins show the mechanism without depending on the adapters.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import click
import httpx
import pluggy
import pytest
from click.testing import CliRunner

from korzina.core.errors import ConfigError
from korzina.core.hookspecs import hookimpl
from korzina.core.plugins import (
    add_plugin_commands,
    allowed_plugins,
    brand_names,
    make_plugin_manager,
    open_stores,
    opened_stores,
    plugin_names,
    store_classes,
)
from korzina.core.settings import Settings
from korzina.core.store import StoreAdapter
from tests.fakes import HttpFakeStore, fake_store_class

Alpha = fake_store_class("alpha", "Альфа", base=HttpFakeStore)
Beta = fake_store_class("beta", "Бета", base=HttpFakeStore)


class StoresPlugin:
    def __init__(self, *classes: type[StoreAdapter]) -> None:
        self.classes = classes

    @hookimpl
    def register_stores(self, register: Callable[[type[StoreAdapter]], None]) -> None:
        for cls in self.classes:
            register(cls)


def manager(*plugins: object) -> pluggy.PluginManager:
    return make_plugin_manager(load_entrypoints=False, plugins=plugins)


def test_register_stores_gives_the_adapter_classes_by_id_in_order() -> None:
    pm = manager(StoresPlugin(Alpha), StoresPlugin(Beta))
    classes = store_classes(pm)
    assert set(classes) == {"alpha", "beta"}
    assert classes["alpha"] is Alpha and classes["beta"] is Beta


def test_register_stores_rejects_something_that_is_not_an_adapter() -> None:
    class NotAStore:
        id = "fake"

    pm = manager(StoresPlugin(NotAStore))  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="not a StoreAdapter"):
        store_classes(pm)


def test_two_plugins_claiming_one_store_id_is_a_config_error() -> None:
    Impostor = fake_store_class("alpha", "Самозванец", base=HttpFakeStore)
    pm = manager(StoresPlugin(Alpha), StoresPlugin(Impostor))
    with pytest.raises(ConfigError, match="alpha"):
        store_classes(pm)


def test_register_commands_adds_a_plugin_command_to_the_cli() -> None:
    class CommandsPlugin:
        @hookimpl
        def register_commands(self, cli: click.Group) -> None:
            @cli.command("hello")
            def hello() -> None:
                click.echo("привет из плагина")

    group = click.Group("korzina")
    add_plugin_commands(manager(CommandsPlugin()), group)
    result = CliRunner().invoke(group, ["hello"])
    assert result.exit_code == 0
    assert result.output.strip() == "привет из плагина"


def test_register_brands_collects_names_from_every_plugin() -> None:
    class Brands:
        def __init__(self, *names: str) -> None:
            self.names = names

        @hookimpl
        def register_brands(self, register: Callable[[str], None]) -> None:
            for name in self.names:
                register(name)

    pm = manager(Brands("Простоквашино", "Домик в деревне"), Brands("Lay's", "Простоквашино"))
    assert brand_names(pm) == {"Простоквашино", "Домик в деревне", "Lay's"}


def test_a_misspelled_hook_implementation_is_rejected_at_start_up() -> None:
    class Misspelled:
        @hookimpl
        def register_store(self, register: Callable[[type[StoreAdapter]], None]) -> None:
            register(Alpha)

    with pytest.raises(pluggy.PluginValidationError, match="register_store"):
        manager(Misspelled())


def test_a_hook_implementation_with_unknown_arguments_is_rejected() -> None:
    class WrongArgs:
        @hookimpl
        def register_brands(self, add: Callable[[str], None]) -> None:
            add("x")

    with pytest.raises(pluggy.PluginValidationError):
        manager(WrongArgs())


def test_plugin_names_list_the_registered_plugins() -> None:
    pm = pluggy.PluginManager("korzina")
    pm.register(StoresPlugin(Alpha), name="alpha-plugin")
    assert plugin_names(pm) == ["alpha-plugin"]


async def test_open_stores_builds_adapters_on_the_injected_transports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KORZINA_ALPHA_BASE_URL", "http://127.0.0.1:8765/api")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"product_id": 7, "name": "Кефир 1%", "price": "59.90"}])

    async with opened_stores(
        manager(StoresPlugin(Alpha, Beta)),
        Settings(),
        transports={"alpha": httpx.MockTransport(answer)},
    ) as adapters:
        assert [a.id for a in adapters] == ["alpha", "beta"]
        alpha = adapters[0]
        assert alpha.settings.base_url == "http://127.0.0.1:8765/api"
        # An injected transport is not the network: no connection check for it.
        assert alpha.network_address is None
        assert adapters[1].network_address == ("beta.invalid", 80)
        offers = await alpha.search("кефир", limit=3)
    assert all(a.client.is_closed for a in adapters)
    assert [(o.store, o.product_id, o.name, o.price) for o in offers] == [
        ("alpha", "7", "Кефир 1%", Decimal("59.90"))
    ]
    url = seen[0].url
    assert (url.host, url.port, url.path) == ("127.0.0.1", 8765, "/api/search")
    assert url.params["q"] == "кефир" and url.params["limit"] == "3"


def test_open_stores_rejects_an_unknown_store_id_in_russian() -> None:
    with pytest.raises(ConfigError) as info:
        open_stores(manager(StoresPlugin(Alpha, Beta)), Settings(), only=["alpha", "lenta"])
    assert info.value.user_message == "Неизвестный магазин: lenta. Доступны: alpha, beta."


def test_open_stores_skips_disabled_stores_unless_asked_for_by_name() -> None:
    pm = manager(StoresPlugin(Alpha, Beta))
    settings = Settings(disabled_stores=("beta",))
    assert [a.id for a in open_stores(pm, settings)] == ["alpha"]
    assert [a.id for a in open_stores(pm, settings, only=["beta"])] == ["beta"]


async def test_close_stores_closes_every_adapter_even_when_one_fails(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from korzina.core.plugins import close_stores

    closed: list[str] = []

    class Closing:
        def __init__(self, id: str, fail: bool) -> None:
            self.id, self.fail = id, fail

        async def aclose(self) -> None:
            closed.append(self.id)
            if self.fail:
                raise RuntimeError("socket already gone")

    await close_stores([Closing("a", True), Closing("b", False)])  # type: ignore[list-item]
    assert closed == ["a", "b"]
    assert "closing a failed" in caplog.text


async def test_an_adapter_is_an_async_context_manager_that_closes_its_client(
    caplog: pytest.LogCaptureFixture,
) -> None:
    [alpha] = open_stores(manager(StoresPlugin(Alpha)), Settings())
    async with alpha as entered:
        assert entered is alpha and not alpha.client.is_closed
    assert alpha.client.is_closed

    class FailingClose(Alpha):  # type: ignore[misc, valid-type]
        async def aclose(self) -> None:
            raise RuntimeError("socket already gone")

    broken = FailingClose(alpha.client, alpha.settings)
    with pytest.raises(ValueError, match="the real error"):
        async with broken:
            raise ValueError("the real error")  # not hidden by the failing close
    assert "closing alpha failed" in caplog.text


def test_load_plugins_env_is_an_allow_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KORZINA_LOAD_PLUGINS", raising=False)
    assert allowed_plugins() is None
    assert {"pyaterochka", "magnit", "dixy", "perekrestok"} <= set(
        store_classes(make_plugin_manager())
    )
    monkeypatch.setenv("KORZINA_LOAD_PLUGINS", " dixy ,magnit,")
    assert allowed_plugins() == {"dixy", "magnit"}
    assert set(store_classes(make_plugin_manager())) == {"magnit", "dixy"}
    # Plugins given in code (tests) load whatever the allow-list says.
    with_test_plugin = make_plugin_manager(plugins=[StoresPlugin(Alpha)])
    assert set(store_classes(with_test_plugin)) == {"magnit", "dixy", "alpha"}
    monkeypatch.setenv("KORZINA_LOAD_PLUGINS", "magnit,lenta")
    with pytest.raises(ConfigError) as info:
        make_plugin_manager()
    assert "lenta" in info.value.user_message
