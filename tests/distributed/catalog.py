"""Two stores' catalogs for many shops, served by ``ReplayServer``: CONSTRUCTED from records.

- Магнит: ``tests.crawl.catalog`` (4 leaves, 68 goods, pages of ``MAGNIT_PAGE``), the items'
  ``storeCode`` set to each shop's code (the adapter checks that the prices are the shop's);
- Пятёрочка: the first group of the RECORDED category tree
  (``oi-categories-tree-v2.json``) cut to its first ``PYAT_LEAVES`` subcategories; each leaf
  answers the RECORDED products page (``oi-category-products-v2.json``, 30 products) with
  product ids prefixed by the leaf id, so every product of the catalog is distinct. The
  page is shorter than the adapter's page limit, so one request per leaf.

Every shop of a store has the same goods; the shop is in the path (Пятёрочка) or the body
(Магнит), and the stored observations carry it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from tests.conftest import load_json, recorded
from tests.crawl.catalog import CATEGORY_TREE, FILTERS, catalog_items
from tests.replay import RecordedRequest, Route

MAGNIT_PAGE = 10
PYAT_LEAVES = 4
PYAT_TREE = recorded("pyaterochka", "oi-categories-tree-v2.json")
PYAT_PRODUCTS = recorded("pyaterochka", "oi-category-products-v2.json")


def magnit_shops(n: int) -> list[str]:
    return [str(320040 + i) for i in range(n)]


def pyat_shops(n: int) -> list[str]:
    return [f"35X{i:02d}" for i in range(n)]


def pyat_tree() -> list[dict[str, Any]]:
    group = copy.deepcopy(load_json(PYAT_TREE)[0])
    group["categories"] = group["categories"][:PYAT_LEAVES]
    return [group]


def pyat_leaf_ids() -> list[str]:
    return [str(c["id"]) for c in pyat_tree()[0]["categories"]]


def pyat_page(leaf: str) -> dict[str, Any]:
    page = copy.deepcopy(load_json(PYAT_PRODUCTS))
    for p in page["products"]:
        p["plu"] = f"{leaf}{p['plu']}"
    return page


def offers_per_shop() -> dict[str, int]:
    magnit = sum(len(items) for items in catalog_items().values())
    pyat = sum(len(pyat_page(leaf)["products"]) for leaf in pyat_leaf_ids())
    return {"magnit": magnit, "pyaterochka": pyat}


def _magnit_page(shop: str, cid: str, offset: int) -> Any:
    def when(req: RecordedRequest) -> bool:
        body = req.json()
        return (
            body.get("storeCode") == shop
            and body.get("categories") == [int(cid)]
            and body["pagination"]["offset"] == offset
        )

    return when


def routes(magnit: list[str], pyaterochka: list[str]) -> list[Route]:
    out = [
        Route("GET", r"/webgate/v3/categories/store/\d+", regex=True, body_file=CATEGORY_TREE),
        Route("POST", "/webgate/v1/goods/filters", body_file=FILTERS),
        Route("GET", r"/api/catalog/v2/stores/[^/]+/categories", regex=True, json_body=pyat_tree()),
    ]
    for leaf in pyat_leaf_ids():
        out.append(
            Route(
                "GET",
                rf"/api/catalog/v2/stores/[^/]+/categories/{re.escape(leaf)}/products",
                regex=True,
                json_body=pyat_page(leaf),
            )
        )
    items = catalog_items()
    for shop in magnit:
        for cid, goods in items.items():
            for offset in range(0, len(goods), MAGNIT_PAGE):
                chunk = copy.deepcopy(goods[offset : offset + MAGNIT_PAGE])
                for item in chunk:
                    item["storeCode"] = shop
                more = offset + len(chunk) < len(goods)
                body = {
                    "items": chunk,
                    "pagination": {
                        "hasMore": more,
                        "limit": MAGNIT_PAGE,
                        "offset": offset,
                        "nextOffset": offset + len(chunk) if more else None,
                        "totalCount": len(goods),
                    },
                }
                out.append(
                    Route(
                        "POST",
                        "/webgate/v2/goods/search",
                        json_body=body,
                        when=_magnit_page(shop, cid, offset),
                    )
                )
    return out


def config_toml(interval_s: float) -> str:
    return (
        f"[stores.magnit]\nmin_interval_s = {interval_s}\n"
        f'options = {{ page_size = "{MAGNIT_PAGE}", jitter_s = "0" }}\n'
        f"[stores.pyaterochka]\nmin_interval_s = {interval_s}\n"
    )


def env_for(server_url: str) -> dict[str, str]:
    return {
        "KORZINA_MAGNIT_BASE_URL": server_url,
        "KORZINA_PYATEROCHKA_BASE_URL": server_url + "/api",
        # Its default is the browser transport (anti-bot); the replay speaks plain HTTP.
        "KORZINA_PYATEROCHKA_TRANSPORT": "http",
    }
