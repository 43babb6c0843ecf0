"""`korzina search` with one item of Магнит's reply unreadable and one at 1,00 ₽: the store
answers `partial`, the message names both, neither is printed or stored, the rest is."""

from __future__ import annotations

import copy
from pathlib import Path

import duckdb

from tests.conftest import load_json, recorded
from tests.replay import ReplayServer, Route, run_korzina

GOODS = load_json(recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json"))


def test_search_names_the_items_it_dropped_and_stores_the_rest(tmp_path: Path) -> None:
    reply = copy.deepcopy(GOODS)
    items = reply["items"]
    unreadable, cheap = items[0], items[1]
    unreadable["price"] = "81.99"  # roubles as text: not kopecks
    cheap["price"] = 100  # 1,00 ₽
    cheap["promotion"] = {"isPromotion": False}
    config = tmp_path / "config.toml"
    config.write_text(
        '[stores.magnit]\ndefault_shop_id = "320040"\nmin_interval_s = 0\n'
        'options = { jitter_s = "0-0" }\n',
        encoding="utf-8",
    )
    routes = [Route("POST", "/webgate/v2/goods/search", json_body=reply)]
    with ReplayServer(routes) as server:
        code, data, stderr = run_korzina(
            ["search", "блины", "--store", "magnit", "--json"],
            {
                "KORZINA_CONFIG": str(config),
                "KORZINA_MAGNIT_BASE_URL": server.url,
                "KORZINA_MAGNIT_TRANSPORT": "http",
            },
            tmp_path,
        )
    assert code == 0, stderr
    [status] = data["stores"]
    assert status["status"] == "partial"
    assert status["message"].startswith("Отброшено товаров: 2 (")
    # A long title is shortened to 60 characters with «…».
    assert f"«{unreadable['name'][:59]}…»: не читается поле price" in status["message"]
    assert f"«{cheap['name']}»: цена 1,00 ₽ ниже 2,00 ₽" in status["message"]
    shown = {o["product_id"] for o in data["offers"]}
    assert len(shown) == len(items) - 2
    assert not shown & {str(unreadable["id"]), str(cheap["id"])}

    with duckdb.connect(str(tmp_path / "korzina.duckdb"), read_only=True) as db:
        stored = {r[0] for r in db.execute("select product_id from products").fetchall()}
    assert stored == shown
