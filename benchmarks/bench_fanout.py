"""Fan-out wall time over 4 local fake stores that each answer in 300 ms.

Each store is a real HTTP server on 127.0.0.1 (its own thread) that sleeps 300 ms before
answering a small JSON search result; the adapters reach it through real
``httpx.AsyncClient``s built by ``korzina.core.http.build_client`` and are asked through
``FanOut.search``. Asked one after another this would take 4 × 300 ms; the target is the
slowest store: at most 1.25 × 300 ms.

    .venv/bin/python benchmarks/bench_fanout.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import threading
import time
from collections.abc import AsyncIterator, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

from korzina.core.fanout import FanOut
from korzina.core.http import build_client
from korzina.core.models import Category, Location, Offer, Shop
from korzina.core.settings import FanOutSettings
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings

LATENCY_S = 0.300
TARGET_RATIO = 1.25
STORES = 4


def start_store_server(name: str) -> ThreadingHTTPServer:
    offers = [
        {"product_id": str(i), "name": f"Молоко {name} {i}", "price": f"{80 + i}.90"}
        for i in range(30)
    ]
    body = json.dumps(offers, ensure_ascii=False).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like a real store's API
        # Headers and body go out in two writes; with Nagle on, a kept-alive connection
        # adds a ~40 ms delayed-ACK stall that is the test server's, not the fan-out's.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            time.sleep(LATENCY_S)
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class BenchStore(StoreAdapter):
    """A store adapter doing one real HTTP GET per search."""

    id: ClassVar[str] = "bench"
    display_name: ClassVar[str] = "Бенчмарк"
    capabilities: ClassVar[Capabilities] = Capabilities(
        text_search=True, category_crawl=False, per_shop_prices=False, shop_finder=False
    )
    default_settings: ClassVar[StoreSettings] = StoreSettings(base_url="http://127.0.0.1")

    def __init__(self, store_id: str, settings: StoreSettings) -> None:
        super().__init__(build_client(settings), settings)
        self.store_id = store_id

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        response = await self.client.get("/search", params={"q": query, "limit": limit})
        response.raise_for_status()
        return [Offer(store=self.store_id, **row) for row in response.json()][:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        return []

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        for offer in await self.search(category.name, shop):
            yield offer

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        return []

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        return []


async def measure(runs: int) -> list[float]:
    servers = [start_store_server(f"s{i}") for i in range(STORES)]
    adapters = [
        BenchStore(f"s{i}", StoreSettings(base_url=f"http://127.0.0.1:{s.server_address[1]}"))
        for i, s in enumerate(servers)
    ]
    fanout = FanOut(FanOutSettings(timeout_s=5.0, concurrency=STORES))
    times = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            results = await fanout.search(adapters, "молоко")
            times.append(time.perf_counter() - started)
            failed = [r.status for r in results if not r.status.ok]
            if failed or sum(len(r.offers) for r in results) != STORES * 30:
                raise SystemExit(f"a fake store did not answer: {failed}")
    finally:
        for adapter in adapters:
            await adapter.aclose()
        for server in servers:
            server.shutdown()
            server.server_close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    times = asyncio.run(measure(args.runs))
    print(f"fan-out over {STORES} local stores, {LATENCY_S * 1000:.0f} ms latency each")
    for i, t in enumerate(times, 1):
        note = " (cold: new connections)" if i == 1 else ""
        print(f"  run {i}: {t * 1000:7.1f} ms  ratio {t / LATENCY_S:.3f}{note}")
    median = statistics.median(times)
    worst = max(times)
    print(
        f"median {median * 1000:.1f} ms (ratio {median / LATENCY_S:.3f}), "
        f"worst {worst * 1000:.1f} ms (ratio {worst / LATENCY_S:.3f})"
    )
    print(f"sequential would be {STORES * LATENCY_S * 1000:.0f} ms")
    verdict = "met" if worst <= TARGET_RATIO * LATENCY_S else "MISSED"
    print(
        f"target: every run ≤ {TARGET_RATIO} × {LATENCY_S * 1000:.0f} ms = "
        f"{TARGET_RATIO * LATENCY_S * 1000:.0f} ms: {verdict}"
    )


if __name__ == "__main__":
    main()
