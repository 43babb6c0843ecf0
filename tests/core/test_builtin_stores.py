"""The four built-in stores are ordinary plugins, found through the `korzina` entry-point group."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

from korzina.core.plugins import (
    ENTRY_POINT_GROUP,
    id_families,
    make_plugin_manager,
    store_classes,
)
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings

BUILT_IN = {
    "pyaterochka": "Пятёрочка",
    "magnit": "Магнит",
    "dixy": "Дикси",
    "perekrestok": "Перекрёсток",
}


def test_built_in_stores_are_declared_as_entry_points_like_third_party_ones() -> None:
    declared = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    for store_id in BUILT_IN:
        assert declared.get(store_id) == f"korzina.plugins.{store_id}"


@pytest.mark.parametrize(("store_id", "display_name"), sorted(BUILT_IN.items()))
def test_built_in_store_registers_a_complete_adapter(store_id: str, display_name: str) -> None:
    cls = store_classes(make_plugin_manager())[store_id]
    assert issubclass(cls, StoreAdapter)
    assert cls.id == store_id
    assert cls.display_name == display_name
    assert isinstance(cls.capabilities, Capabilities)
    assert isinstance(cls.default_settings, StoreSettings)
    assert cls.default_settings.base_url.startswith("https://")
    # No abstract method is left unimplemented.
    assert not getattr(cls, "__abstractmethods__", frozenset())


def test_plugin_manager_loads_only_what_entry_points_provide_when_asked() -> None:
    assert store_classes(make_plugin_manager(load_entrypoints=False)) == {}


def test_the_x5_chains_declare_one_id_family_and_the_others_none() -> None:
    # Пятёрочка and Перекрёсток number products by X5's one PLU (STORES.md).
    assert id_families(make_plugin_manager()) == {"pyaterochka": "x5", "perekrestok": "x5"}
