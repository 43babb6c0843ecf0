"""A replayed Магнит catalog for crawl tests: CONSTRUCTED from recorded replies.

- the category tree is the labelled constructed reply
  ``tests/fixtures/magnit/constructed/webgate-v3-categories-store.json`` (4 leaves);
- goods pages are built here from the 16 RECORDED items of
  ``tests/fixtures/magnit/recorded/noen51-webgate-v2-goods-search-category-65057.json``:
  category 65057 gets those items verbatim; the other leaves get copies of them with new
  ids (``<category><nnn>``) so every product of the catalog is distinct;
- each page is the gateway's ``pagination`` block (``hasMore``/``nextOffset``/``totalCount``)
  cut at the requested ``offset``/``limit``, served by ``ReplayServer`` routes;
- goods/filters is the recorded facet reply.
"""

from __future__ import annotations

import copy
from typing import Any

from tests.conftest import constructed, load_json, recorded
from tests.replay import RecordedRequest, Route

SHOP = "320040"  # the storeCode the recorded items echo
CATEGORY_TREE = constructed("magnit", "webgate-v3-categories-store.json")
GOODS = recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json")
FILTERS = recorded("magnit", "shoptv-webgate-v1-goods-filters.json")

# Leaf id -> number of goods; in the order the flattened tree lists the leaves.
LEAF_SIZES: dict[str, int] = {"107727": 23, "107728": 17, "65057": 16, "113985": 12}


def catalog_items() -> dict[str, list[dict[str, Any]]]:
    recorded_items: list[dict[str, Any]] = load_json(GOODS)["items"]
    out: dict[str, list[dict[str, Any]]] = {}
    for cid, size in LEAF_SIZES.items():
        if cid == "65057":
            out[cid] = recorded_items[:size]
            continue
        items = []
        for j in range(size):
            item = copy.deepcopy(recorded_items[j % len(recorded_items)])
            item["id"] = f"{cid}{j:03d}"
            items.append(item)
        out[cid] = items
    return out


def all_ids() -> set[str]:
    return {str(i["id"]) for items in catalog_items().values() for i in items}


def _is_page(cid: str, offset: int) -> Any:
    def when(req: RecordedRequest) -> bool:
        body = req.json()
        return body.get("categories") == [int(cid)] and body["pagination"]["offset"] == offset

    return when


def page_routes(page_size: int) -> list[Route]:
    routes = [
        Route("GET", f"/webgate/v3/categories/store/{SHOP}", body_file=CATEGORY_TREE),
        Route("POST", "/webgate/v1/goods/filters", body_file=FILTERS),
    ]
    for cid, items in catalog_items().items():
        for offset in range(0, len(items), page_size):
            chunk = items[offset : offset + page_size]
            more = offset + len(chunk) < len(items)
            body = {
                "items": chunk,
                "pagination": {
                    "hasMore": more,
                    "limit": page_size,
                    "offset": offset,
                    "nextOffset": offset + len(chunk) if more else None,
                    "totalCount": len(items),
                },
            }
            routes.append(
                Route(
                    "POST", "/webgate/v2/goods/search", json_body=body, when=_is_page(cid, offset)
                )
            )
    return routes


def blocked_once(cid: str, offset: int) -> Route:
    """Qrator's answer once for one page, then the page itself (later routes)."""
    return Route(
        "POST",
        "/webgate/v2/goods/search",
        status=403,
        body="<html><title>403</title>qrator</html>",
        content_type="text/html",
        when=_is_page(cid, offset),
        times=1,
    )


def requested_categories(requests: list[RecordedRequest]) -> list[int]:
    return [
        r.json()["categories"][0]
        for r in requests
        if r.path == "/webgate/v2/goods/search" and r.method == "POST"
    ]
