"""`korzina crawl`: a catalog page with an item the parser cannot read and an item at a zero
price stores neither, names both in the report, and keeps every other product."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager
from tests.crawl.catalog import LEAF_SIZES, SHOP, page_routes
from tests.replay import ReplayServer, Route

PAGE = 10
TOTAL = sum(LEAF_SIZES.values())


def _spoiled_routes() -> tuple[list[Route], dict[str, str]]:
    """The replayed catalog with two items of category 65057's first page spoiled."""
    routes = page_routes(PAGE)
    spoiled: dict[str, str] = {}
    for route in routes:
        body: Any = route.json_body
        if not (isinstance(body, dict) and body.get("items")):
            continue
        if route.when is None or body["pagination"]["offset"] != 0:
            continue
        first, second = body["items"][0], body["items"][1]
        if not str(first["id"]).startswith("1000"):  # the recorded items of 65057
            continue
        first["price"] = "81.99"  # roubles as text, not kopecks: cannot be read
        second["price"] = 0  # a zero price: implausible
        spoiled = {str(first["id"]): first["name"], str(second["id"]): second["name"]}
        break
    assert len(spoiled) == 2
    return routes, spoiled


def test_a_crawl_names_the_items_it_drops_and_stores_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "k.duckdb"
    routes, spoiled = _spoiled_routes()
    with ReplayServer(routes) as server:
        config = tmp_path / "config.toml"
        config.write_text(
            "[stores.magnit]\nmin_interval_s = 0\n"
            f'options = {{ page_size = "{PAGE}", jitter_s = "0" }}\n',
            encoding="utf-8",
        )
        monkeypatch.setenv("KORZINA_CONFIG", str(config))
        monkeypatch.setenv("KORZINA_MAGNIT_BASE_URL", server.url)
        monkeypatch.setenv("KORZINA_DB", str(db))
        runner = CliRunner()
        result = runner.invoke(
            cli,
            ["crawl", "--store", "magnit", "--shop", SHOP, "--json"],
            obj=App(pm=make_plugin_manager()),
        )
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.stdout)
    assert report["status"] == "done"
    assert report["rejected"] == 2
    names = [name[:40] for name in spoiled.values()]  # long titles are shortened with «…»
    assert any(names[0] in r and "не читается поле price" in r for r in report["rejected_items"])
    assert any(names[1] in r and "цена 0,00 ₽" in r for r in report["rejected_items"])

    with duckdb.connect(str(db), read_only=True) as con:
        stored = {r[0] for r in con.execute("select product_id from products").fetchall()}
    assert not stored & set(spoiled)
    assert len(stored) == TOTAL - 2
