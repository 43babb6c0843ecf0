"""Issue 15's first finding through the installed command: `korzina basket "яйца"` while
Дикси's search page arrives cut in half (HTTP 200, a consistent Content-Length), the cut
falling inside the last card's price «134.<span>99</span>…» right after its «1».

The half-delivered card must not become «Дикси 1,00 ₽»: the page is refused, Дикси's state
is named, nothing of it is stored, and the other stores answer as usual. The same page
delivered whole gives the eggs at their real prices (the control).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from tests.conftest import constructed, recorded
from tests.reliability.faults import PEREKRESTOK_COOKIE
from tests.replay import ReplayServer, Route, run_korzina

EGGS = constructed("dixy", "search_yaytsa.html").read_text(encoding="utf-8")
# Up to and including the «1» of the last card's «134.<span>99</span>».
CUT = EGGS[: EGGS.index('card__price-num">134.') + len('card__price-num">1')]


def _routes(dixy_page: str) -> list[Route]:
    html = "text/html; charset=utf-8"
    return [
        Route("GET", "/catalog/", content_type=html, body=dixy_page),
        Route(
            "POST",
            "/webgate/v2/goods/search",
            body_file=recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json"),
        ),
        Route(
            "GET",
            r"/api/catalog/v3/stores/[^/]+/search",
            regex=True,
            body_file=recorded("pyaterochka", "oi-search-v3-kola.json"),
        ),
        Route(
            "GET",
            "/",
            content_type=html,
            body="<!DOCTYPE html><html><body></body></html>",
            headers={"Set-Cookie": f"session={PEREKRESTOK_COOKIE}; Path=/"},
        ),
        Route(
            "GET",
            "/api/customer/1.4.1.0/catalog/search/all",
            body_file=recorded("perekrestok", "catalog_search_all.json"),
        ),
    ]


def _basket(server: ReplayServer, tmp_path: Path) -> tuple[int, Any, str]:
    config = tmp_path / "config.toml"
    config.write_text(
        "[fanout]\nbackoff_s = 0\n"
        '[stores.magnit]\ndefault_shop_id = "320040"\nmin_interval_s = 0\n'
        'options = { jitter_s = "0-0" }\n'
        "[stores.dixy]\nmin_interval_s = 0\n"
        "[stores.pyaterochka]\nmin_interval_s = 0\n"
        "[stores.perekrestok]\nmin_interval_s = 0\n",
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
    return run_korzina(["basket", "яйца", "--json"], env, tmp_path)


def _stored(tmp_path: Path, store: str) -> dict[str, float]:
    with duckdb.connect(str(tmp_path / "prices.duckdb"), read_only=True) as db:
        rows = db.execute("select name, price from products where store = ?", [store]).fetchall()
    return {name: float(price) for name, price in rows}


def test_a_dixy_search_page_cut_in_half_is_refused_named_and_not_stored(tmp_path: Path) -> None:
    assert CUT.endswith('card__price-num">1') and "</html>" not in CUT
    with ReplayServer(_routes(CUT)) as server:
        code, answer, stderr = _basket(server, tmp_path)
        asked = [r.path for r in server.requests if r.path == "/catalog/"]
    assert code == 0, stderr

    statuses = {s["store"]: s for s in answer["stores"]}
    assert statuses["dixy"]["status"] == "error"
    assert "Магазин прислал неполный ответ" in statuses["dixy"]["message"]
    for store in ("magnit", "pyaterochka", "perekrestok"):
        assert statuses[store]["status"] == "ok", statuses[store]
    assert len(asked) == 3  # one try and the fan-out's two retries, each refused

    prices = [
        line["price"] for b in answer["baskets"] if b["store"] == "dixy" for line in b["lines"]
    ]
    assert 1.0 not in prices and prices == []
    assert _stored(tmp_path, "dixy") == {}
    assert _stored(tmp_path, "magnit")  # the stores that answered were saved


def test_the_same_page_whole_gives_the_eggs_at_their_prices(tmp_path: Path) -> None:
    with ReplayServer(_routes(EGGS)) as server:
        code, answer, stderr = _basket(server, tmp_path)
    assert code == 0, stderr
    statuses = {s["store"]: s["status"] for s in answer["stores"]}
    assert statuses["dixy"] == "ok"
    assert _stored(tmp_path, "dixy") == {
        "Яйцо куриное С1 10 шт": 119.99,
        "Яйцо куриное С0 10 шт": 134.99,
    }
    [dixy] = [b for b in answer["baskets"] if b["store"] == "dixy"]
    assert [line["price"] for line in dixy["lines"]] == [119.99]
