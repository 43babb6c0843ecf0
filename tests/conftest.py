"""Shared test helpers: fixture paths and a plugin manager without entry points."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def recorded(store: str, name: str) -> Path:
    """A verbatim recorded response of ``store`` (tests/fixtures/<store>/recorded/<name>)."""
    return FIXTURES / store / "recorded" / name


def constructed(store: str, name: str) -> Path:
    """A response we built (tests/fixtures/<store>/constructed/<name>), labelled as such."""
    return FIXTURES / store / "constructed" / name


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "korzina.duckdb"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read the developer's config, database or store overrides."""
    import os

    for var in list(os.environ):
        if var.startswith("KORZINA_") or var == "OLLAMA_HOST":
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("KORZINA_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("KORZINA_DB", str(tmp_path / "default.duckdb"))
