"""Crawl ingest rate: 100,000 offers through the real Магнит adapter into a DuckDB file.

No network and no delay: an ``httpx.MockTransport`` answers the gateway's real paths with
recorded-shaped replies (the category tree, the brand facet, goods/search pages of 50
items built from the 16 RECORDED items of
``tests/fixtures/magnit/recorded/noen51-webgate-v2-goods-search-category-65057.json``
with unique ids). ``korzina.core.crawl.crawl_store`` drives it exactly as ``korzina crawl``
does: the adapter's request building and normalization, batches of 500 written in one
transaction each, the database file opened and closed per batch (the production mode
that lets other processes in between; ``--shared`` keeps one connection instead).

Prints offers per second (target ≥ 5,000/s) for a first crawl (every price new) and a
second one (prices unchanged: no observation rows), and the database size.

    .venv/bin/python benchmarks/bench_ingest.py [--offers 100000] [--batch 500]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from korzina.core.crawl import (
    CrawlOptions,
    CrawlReport,
    crawl_store,
    session_opener,
    shared_opener,
)
from korzina.core.storage import open_storage
from korzina.plugins.magnit import MagnitStore

ROOT = Path(__file__).resolve().parent.parent
RECORDED = ROOT / "tests/fixtures/magnit/recorded"
GOODS = RECORDED / "noen51-webgate-v2-goods-search-category-65057.json"
FILTERS = RECORDED / "shoptv-webgate-v1-goods-filters.json"
SHOP = "320040"
PER_CATEGORY = 5_000
PAGE = 50  # the gateway's maximum


def build_handler(total: int) -> Any:
    items = json.loads(GOODS.read_text(encoding="utf-8"))["items"]
    categories = max(1, total // PER_CATEGORY)
    sizes = {10_000 + c: PER_CATEGORY for c in range(categories)}
    sizes[10_000 + categories - 1] += total - categories * PER_CATEGORY
    tree = {
        "items": [
            {"id": cid, "name": f"Категория {cid}", "children": [], "seoCode": str(cid)}
            for cid in sizes
        ]
    }
    filters = FILTERS.read_bytes()

    def page(cid: int, offset: int, limit: int) -> bytes:
        size = sizes[cid]
        chunk = []
        for j in range(offset, min(size, offset + limit)):
            item = copy.copy(items[j % len(items)])
            item["id"] = f"{cid}{j:05d}"
            chunk.append(item)
        more = offset + len(chunk) < size
        body = {
            "items": chunk,
            "pagination": {
                "hasMore": more,
                "limit": limit,
                "offset": offset,
                "nextOffset": offset + len(chunk) if more else None,
                "totalCount": size,
            },
        }
        return json.dumps(body, ensure_ascii=False).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if request.url.path.startswith("/webgate/v3/categories/store/"):
            return httpx.Response(200, content=json.dumps(tree).encode(), headers=headers)
        if request.url.path == "/webgate/v1/goods/filters":
            return httpx.Response(200, content=filters, headers=headers)
        body = json.loads(request.content)
        p = body["pagination"]
        return httpx.Response(
            200, content=page(body["categories"][0], p["offset"], p["limit"]), headers=headers
        )

    return handler


async def crawl_once(
    db: Path, total: int, batch: int, shared: bool = False
) -> tuple[CrawlReport, float]:
    settings = MagnitStore.default_settings.model_copy(
        update={
            "min_interval_s": 0.0,
            "options": {**MagnitStore.default_settings.options, "page_size": str(PAGE)},
        }
    )
    client = httpx.AsyncClient(
        base_url="https://magnit.ru", transport=httpx.MockTransport(build_handler(total))
    )
    adapter = MagnitStore(client, settings)
    storage = open_storage(db) if shared else None
    opener = shared_opener(storage) if storage is not None else session_opener(db)
    started = time.perf_counter()
    report = await crawl_store(
        adapter, opener, shop_id=SHOP, options=CrawlOptions(batch_size=batch)
    )
    elapsed = time.perf_counter() - started
    await adapter.aclose()
    if storage is not None:
        storage.close()
    return report, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument(
        "--shared",
        action="store_true",
        help="keep one connection open for the whole crawl instead of one per batch",
    )
    args = parser.parse_args()
    mode = "one connection" if args.shared else "a connection per batch"
    print(f"{args.offers} offers, batches of {args.batch}, {mode}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        for label in ("first crawl (all prices new)", "second crawl (prices unchanged)"):
            report, elapsed = asyncio.run(crawl_once(db, args.offers, args.batch, args.shared))
            assert report.status == "done", report.as_json()
            rate = report.offers / elapsed
            print(
                f"{label}: {report.offers} offers in {elapsed:.1f} s = {rate:,.0f} offers/s "
                f"(new products {report.new_products}, new prices {report.new_prices}, "
                f"batches {report.batches}) {'OK' if rate >= 5000 else 'BELOW TARGET'} (≥ 5,000/s)"
            )
        size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + ".wal"))
        print(f"database size: {size / 1e6:.1f} MB ({size / args.offers:.0f} bytes per offer)")


if __name__ == "__main__":
    main()
