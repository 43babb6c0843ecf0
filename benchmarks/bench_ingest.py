"""Crawl ingest rate: 100,000 offers through the real Магнит adapter into a DuckDB file.

No network and no delay: an ``httpx.MockTransport`` answers the gateway's real paths with
recorded-shaped replies (the category tree, the brand facet, goods/search pages of 50
items built from the 16 RECORDED items of
``tests/fixtures/magnit/recorded/noen51-webgate-v2-goods-search-category-65057.json``
with unique ids). ``korzina.core.crawl.crawl_store`` drives it exactly as ``korzina crawl``
does: the adapter's request building and normalization, batches of 500 written in one
transaction each, the database file opened and closed per batch (the production mode
that lets other processes in between; ``--shared`` keeps one connection instead).

Prints offers per second (target ≥ 5,000/s), wall and CPU seconds (this process, all its
threads: DuckDB's included) for a first crawl (every price new) and a second one (prices
unchanged: no observation rows), and the database size. The same-run baseline is a plain
DuckDB script over the same replies: ``json.loads`` of each page, the fields korzina keeps
for a product copied as they are into an Arrow table, one ``INSERT OR REPLACE`` per batch
into a table keyed by product, one connection; no checks, no normalization, no price
history, no title analysis. The ratio is korzina's CPU seconds over the script's.

The replies repeat the 16 recorded items, so a crawl has 16 distinct titles (a real
category has as many as offers): title analysis is cheap here; ``bench_catalog.py``
measures ingest of distinct realistic titles. The fake gateway writes each page from the
items encoded once (string joins), so its own work is a small part of the figures.

    .venv/bin/python benchmarks/bench_ingest.py [--offers 100000] [--batch 500]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
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

    # Each recorded item encoded once with its id cut out: a page is string joins, so the
    # gateway's own JSON encoding does not count against the crawl it serves.
    templates = []
    for item in items:
        head, tail = json.dumps({**item, "id": "\x00"}, ensure_ascii=False).split('"\\u0000"')
        templates.append((head, tail))

    def page(cid: int, offset: int, limit: int) -> bytes:
        size = sizes[cid]
        end = min(size, offset + limit)
        chunk = ",".join(
            f'{head}"{cid}{j:05d}"{tail}'
            for j in range(offset, end)
            for head, tail in (templates[j % len(templates)],)
        )
        more = end < size
        pagination = {
            "hasMore": more,
            "limit": limit,
            "offset": offset,
            "nextOffset": end if more else None,
            "totalCount": size,
        }
        return f'{{"items": [{chunk}], "pagination": {json.dumps(pagination)}}}'.encode()

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


def plain_script(db: Path, total: int, batch: int) -> int:
    """The baseline: the same replies into a plain DuckDB table, a batch per statement."""
    import duckdb
    import pyarrow as pa  # type: ignore[import-untyped]

    handler = build_handler(total)
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE IF NOT EXISTS products (store VARCHAR, product_id VARCHAR, "
        "name VARCHAR, price BIGINT, old_price BIGINT, weighted BOOLEAN, seo VARCHAR, "
        "image_url VARCHAR, quantity DOUBLE, shop_id VARCHAR, "
        "PRIMARY KEY (store, product_id))"
    )
    cids = [10_000 + c for c in range(max(1, total // PER_CATEGORY))]
    rows: list[dict[str, Any]] = []
    saved = 0

    def write() -> None:
        nonlocal saved
        table = pa.Table.from_pylist(rows)
        con.execute("BEGIN TRANSACTION")
        con.register("_incoming", table)
        con.execute("INSERT OR REPLACE INTO products SELECT * FROM _incoming")
        con.unregister("_incoming")
        con.execute("COMMIT")
        saved += len(rows)
        rows.clear()

    for cid in cids:
        offset: int | None = 0
        while offset is not None:
            request = httpx.Request(
                "POST",
                "https://magnit.ru/webgate/v2/goods/search",
                content=json.dumps(
                    {"categories": [cid], "pagination": {"offset": offset, "limit": PAGE}}
                ).encode(),
            )
            body = json.loads(handler(request).content)
            for item in body["items"]:
                promo = item.get("promotion") or {}
                gallery = item.get("gallery") or [{}]
                rows.append(
                    {
                        "store": "magnit",
                        "product_id": str(item["id"]),
                        "name": item["name"],
                        "price": item["price"],
                        "old_price": promo.get("oldPrice"),
                        "weighted": (item.get("weighted") or {}).get("isWeighted", False),
                        "seo": item.get("seoCode"),
                        "image_url": gallery[0].get("url"),
                        "quantity": item.get("quantity"),
                        "shop_id": SHOP,
                    }
                )
                if len(rows) >= batch:
                    write()
            offset = body["pagination"]["nextOffset"]
    if rows:
        write()
    con.close()
    return saved


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
        plain = Path(tmp) / "plain.duckdb"
        baselines = []
        for label in ("first", "second"):
            wall, cpu = time.perf_counter(), time.process_time()
            saved = plain_script(plain, args.offers, args.batch)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            assert saved == args.offers, saved
            baselines.append(cpu)
            print(
                f"baseline, plain DuckDB script, {label} run: {saved} offers in {wall:.1f} s "
                f"wall, {cpu:.1f} s CPU = {saved / wall:,.0f} offers/s"
            )
        for label, baseline in zip(
            ("first crawl (all prices new)", "second crawl (prices unchanged)"),
            baselines,
            strict=True,
        ):
            cpu = time.process_time()
            report, elapsed = asyncio.run(crawl_once(db, args.offers, args.batch, args.shared))
            cpu = time.process_time() - cpu
            assert report.status == "done", report.as_json()
            rate = report.offers / elapsed
            print(
                f"{label}: {report.offers} offers in {elapsed:.1f} s wall, {cpu:.1f} s CPU "
                f"= {rate:,.0f} offers/s ({report.offers / cpu:,.0f} per CPU second; "
                f"new products {report.new_products}, new prices {report.new_prices}, "
                f"batches {report.batches}) {'OK' if rate >= 5000 else 'BELOW TARGET'} "
                f"(≥ 5,000/s); CPU ratio to the plain script {cpu / baseline:.2f}"
            )
        size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + ".wal"))
        print(f"database size: {size / 1e6:.1f} MB ({size / args.offers:.0f} bytes per offer)")
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
