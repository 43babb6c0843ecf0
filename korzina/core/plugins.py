"""Finding plugins and asking them things, through typed functions.

Nothing outside this module calls ``pm.hook`` directly: ask ``store_classes(pm)``,
``id_families(pm)``, ``brand_names(pm)`` or ``add_plugin_commands(pm, cli)`` instead.

``KORZINA_LOAD_PLUGINS`` (like llm's ``LLM_LOAD_PLUGINS``) limits which installed plugins
load: a comma-separated list of entry-point names (``pyaterochka,magnit``); unset loads
all, an empty value loads none. Plugins passed in code (tests) always load.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import logging
import os
from collections.abc import AsyncIterator, Iterable, Mapping
from types import ModuleType

import click
import httpx
import pluggy

from korzina.core import hookspecs
from korzina.core.errors import ConfigError
from korzina.core.http import build_client, probe_address
from korzina.core.settings import Settings
from korzina.core.store import StoreAdapter

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "korzina"
LOAD_PLUGINS_ENV = "KORZINA_LOAD_PLUGINS"


def allowed_plugins(env: Mapping[str, str] | None = None) -> set[str] | None:
    """The plugin names ``KORZINA_LOAD_PLUGINS`` allows, or None when it is not set."""
    value = (os.environ if env is None else env).get(LOAD_PLUGINS_ENV)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _load_allowed(pm: pluggy.PluginManager, allowed: set[str]) -> None:
    """Register only the allowed entry points; a name no installed plugin has is an error
    (a typo must not silently leave a store out)."""
    points = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    unknown = sorted(allowed - {ep.name for ep in points})
    if unknown:
        known = ", ".join(sorted(ep.name for ep in points)) or "нет"
        raise ConfigError(
            f"{LOAD_PLUGINS_ENV}: no installed plugin named {unknown}",
            user_message=f"{LOAD_PLUGINS_ENV}: нет таких модулей: {', '.join(unknown)}. "
            f"Установлены: {known}.",
        )
    for ep in points:
        if ep.name in allowed and pm.get_plugin(ep.name) is None:
            pm.register(ep.load(), name=ep.name)


def make_plugin_manager(
    *, load_entrypoints: bool = True, plugins: Iterable[ModuleType | object] = ()
) -> pluggy.PluginManager:
    """A plugin manager with the installed plugins (all, or those ``KORZINA_LOAD_PLUGINS``
    allows) and ``plugins`` (for tests) loaded."""
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    if load_entrypoints:
        allowed = allowed_plugins()
        if allowed is None:
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        else:
            _load_allowed(pm, allowed)
    for plugin in plugins:
        pm.register(plugin)
    # A hook implementation with a misspelled name or wrong arguments fails here, at start-up.
    pm.check_pending()
    return pm


def store_classes(pm: pluggy.PluginManager) -> dict[str, type[StoreAdapter]]:
    """Every registered store adapter class by its id, in registration order."""
    found: dict[str, type[StoreAdapter]] = {}

    def register(cls: type[StoreAdapter]) -> None:
        if not (isinstance(cls, type) and issubclass(cls, StoreAdapter)):
            raise ConfigError(f"register_stores: {cls!r} is not a StoreAdapter subclass")
        if cls.id in found and found[cls.id] is not cls:
            raise ConfigError(f"two plugins register the store id {cls.id!r}")
        found[cls.id] = cls

    pm.hook.register_stores(register=register)
    return found


def id_families(pm: pluggy.PluginManager) -> dict[str, str]:
    """The id family of every registered store that has one (``StoreAdapter.id_family``)."""
    return {sid: cls.id_family for sid, cls in store_classes(pm).items() if cls.id_family}


def brand_names(pm: pluggy.PluginManager) -> set[str]:
    """Brand names that plugins contribute to the list parser."""
    names: set[str] = set()
    pm.hook.register_brands(register=names.add)
    return names


def add_plugin_commands(pm: pluggy.PluginManager, cli: click.Group) -> None:
    """Let plugins add their commands to the CLI group."""
    pm.hook.register_commands(cli=cli)


def plugin_names(pm: pluggy.PluginManager) -> list[str]:
    """Names of the loaded plugins, for `korzina stores` and diagnostics."""
    return sorted(name for name, _ in pm.list_name_plugin() if name)


def open_stores(
    pm: pluggy.PluginManager,
    settings: Settings,
    *,
    only: Iterable[str] | None = None,
    transports: Mapping[str, httpx.AsyncBaseTransport] | None = None,
) -> list[StoreAdapter]:
    """Adapters for the enabled stores (or just ``only``), each with its own HTTP client.

    ``transports`` injects a transport per store id (tests, replay servers).
    Raises ``ConfigError`` for an unknown store id in ``only``.
    """
    classes = store_classes(pm)
    wanted = list(only) if only is not None else list(classes)
    unknown = [s for s in wanted if s not in classes]
    if unknown:
        known = ", ".join(classes) or "нет"
        raise ConfigError(
            f"unknown store(s): {unknown}",
            user_message=f"Неизвестный магазин: {', '.join(unknown)}. Доступны: {known}.",
        )
    adapters: list[StoreAdapter] = []
    for store_id in wanted:
        cls = classes[store_id]
        store_settings = settings.store_settings(store_id, cls.default_settings)
        if only is None and not store_settings.enabled:
            continue
        injected = (transports or {}).get(store_id)
        client = build_client(
            store_settings, transport=injected, chromium_path=settings.chromium_path
        )
        adapter = cls(client, store_settings)
        if injected is None:
            adapter.network_address = probe_address(store_settings)
        adapters.append(adapter)
    return adapters


@contextlib.asynccontextmanager
async def opened_stores(
    pm: pluggy.PluginManager,
    settings: Settings,
    *,
    only: Iterable[str] | None = None,
    transports: Mapping[str, httpx.AsyncBaseTransport] | None = None,
) -> AsyncIterator[list[StoreAdapter]]:
    """``open_stores`` as an async context manager: the adapters are closed on the way out,
    whatever happens inside (``async with opened_stores(pm, settings) as adapters:``)."""
    adapters = open_stores(pm, settings, only=only, transports=transports)
    try:
        yield adapters
    finally:
        await close_stores(adapters)


async def close_stores(adapters: Iterable[StoreAdapter]) -> None:
    """Close every adapter ``open_stores`` made; one failing close neither stops the others
    nor hides the error that is already on its way up (it is logged)."""
    for adapter in adapters:
        try:
            await adapter.aclose()
        except Exception:
            log.warning("closing %s failed", adapter.id, exc_info=True)
