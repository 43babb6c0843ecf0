"""`korzina basket` online, end to end: real adapters over HTTP to a local replay server.

Магнит answers with its recorded goods/search reply; the other three stores answer the way
their anti-bot protection does (ServicePipe 403 captcha, Qrator's VPN page, Перекрёсток's
`/exhkqyad` stub). The basket must come from Магнит, name the three blocked stores, and keep
what it saw in the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from tests.conftest import constructed, recorded
from tests.replay import ReplayServer, Route, run_korzina


def _routes() -> list[Route]:
    html = "text/html; charset=utf-8"
    return [
        Route(
            "POST",
            "/webgate/v2/goods/search",
            body_file=recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json"),
        ),
        Route(
            "GET",
            r"/api/catalog/v3/stores/[^/]+/search",
            regex=True,
            status=403,
            content_type=html,
            body_file=constructed("pyaterochka", "servicepipe-captcha.html"),
        ),
        Route(
            "GET",
            r"/catalog/.*",
            regex=True,
            content_type=html,
            body_file=constructed("dixy", "qrator_vpn_200.html"),
        ),
        Route(
            "GET",
            "/",
            content_type=html,
            body_file=constructed("perekrestok", "exhkqyad-stub.html"),
        ),
    ]


def _run_basket(server: ReplayServer, tmp_path: Path, text: str) -> tuple[int, Any, str]:
    config = tmp_path / "config.toml"
    # The recording was made for Магнит shop 320040; Магнит's pacing is off for the test.
    config.write_text(
        '[stores.magnit]\ndefault_shop_id = "320040"\nmin_interval_s = 0\n'
        'options = { jitter_s = "0-0" }\n',
        encoding="utf-8",
    )
    env = {
        "KORZINA_CONFIG": str(config),
        "KORZINA_DB": str(tmp_path / "prices.duckdb"),
        "KORZINA_MAGNIT_BASE_URL": server.url,
        "KORZINA_PYATEROCHKA_BASE_URL": server.url + "/api",
        "KORZINA_DIXY_BASE_URL": server.url,
        "KORZINA_PEREKRESTOK_BASE_URL": server.url + "/api/customer/1.4.1.0",
    }
    for store in ("MAGNIT", "PYATEROCHKA", "DIXY", "PEREKRESTOK"):
        env[f"KORZINA_{store}_TRANSPORT"] = "http"
    return run_korzina(["basket", text, "--json"], env, tmp_path)


def test_live_basket_uses_the_answering_store_and_names_the_blocked_ones(tmp_path: Path) -> None:
    with ReplayServer(_routes()) as server:
        code, answer, stderr = _run_basket(server, tmp_path, "блины с мясом, морс")
    assert code == 0, stderr

    statuses = {s["store"]: s["status"] for s in answer["stores"]}
    assert statuses == {
        "magnit": "ok",
        "pyaterochka": "blocked",
        "dixy": "blocked",
        "perekrestok": "blocked",
    }

    [magnit] = [b for b in answer["baskets"] if b["store"] == "magnit"]
    picked = {line["item"]: line for line in magnit["lines"]}
    # Блины с мясом 180г: 81.99 ₽ in the recording (8199 kopecks).
    assert picked[0]["product_id"] == "1000394738"
    assert picked[0]["price"] == 81.99
    # Two fruit drinks in the reply, both 500 мл at 99.99 ₽.
    assert picked[1]["name"].startswith("Морс")
    assert picked[1]["price"] == 99.99
    assert magnit["complete"] is True
    assert answer["baskets"][0]["store"] == "magnit"

    # Every offer Магнит returned was kept for history.
    with duckdb.connect(str(tmp_path / "prices.duckdb"), read_only=True) as db:
        [(count,)] = db.execute("select count(*) from products where store = 'magnit'").fetchall()
    assert count == 16
