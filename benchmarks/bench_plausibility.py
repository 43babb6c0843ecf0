"""What the ingest checks cost: ``plausibility.screen`` beside the normalizer it follows.

Every offer a live search or a crawl brings passes ``korzina.core.plausibility.screen``
(issue 15). This measures its CPU per offer over offers built by the real Магнит and
Пятёрочка normalizers from their RECORDED replies (copies with unique ids), beside the
same run's CPU per offer of the normalizers themselves (the baseline), and the ratio.
A last line measures the slow path: offers cheap enough per unit that the title analysis
runs (eggs at 13 ₽ a ten, each dropped), which only implausible prices take.

    .venv/bin/python benchmarks/bench_plausibility.py [--offers 100000]
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from korzina.core.models import Offer, SoldBy
from korzina.core.plausibility import screen
from korzina.core.rejects import collect
from korzina.core.units import parse_pack, unit_price
from korzina.plugins.magnit import normalize as magnit
from korzina.plugins.pyaterochka import normalize as pyaterochka

ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def _copies(items: list[dict[str, Any]], n: int, key: str) -> list[dict[str, Any]]:
    out = []
    for j in range(n):
        item = copy.deepcopy(items[j % len(items)])
        item[key] = f"{item[key]}{j}"
        out.append(item)
    return out


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    args = parser.parse_args()
    half = args.offers // 2

    goods = json.loads(
        (ROOT / "magnit/recorded/noen51-webgate-v2-goods-search-category-65057.json").read_text()
    )["items"]
    kola = json.loads((ROOT / "pyaterochka/recorded/oi-search-v3-kola.json").read_text())
    m_items = _copies(goods, half, "id")
    p_data = {"products": _copies(kola["products"], half, "plu")}

    def normalize() -> list[Offer]:
        return magnit.offers(m_items, shop_id="320040") + pyaterochka.offers_from_products(
            p_data, shop_id="35XY"
        )

    offers, n_wall, n_cpu = _timed(normalize)
    with collect() as rejected:
        kept, s_wall, s_cpu = _timed(lambda: screen(offers))
    assert len(kept) == len(offers) and not rejected

    n = len(offers)
    print(f"offers: {n:,} (Магнит and Пятёрочка, recorded items)")
    for label, wall, cpu in (("normalize (baseline)", n_wall, n_cpu), ("screen", s_wall, s_cpu)):
        print(f"{label:<21} {wall:.2f} s wall, {cpu:.2f} s CPU, {cpu / n * 1e6:.1f} µs CPU/offer")
    print(f"CPU ratio screen/normalize: {s_cpu / n_cpu:.3f}")

    title = "Яйцо куриное С0 10 шт"
    pack = parse_pack(title)
    up = unit_price(Decimal("13"), SoldBy.PIECE, pack)
    assert up is not None
    cheap = [
        Offer(
            store="dixy",
            product_id=str(i),
            name=title,
            price="13",
            pack=pack,
            unit_price=up[0],
            unit_price_unit=up[1],
        )
        for i in range(2_000)
    ]
    with collect() as rejected:
        _, _, c_cpu = _timed(lambda: screen(cheap))
    assert len(rejected) == len(cheap)
    print(
        f"slow path (title analysis, {len(cheap):,} implausible eggs): "
        f"{c_cpu / len(cheap) * 1e6:.1f} µs CPU/offer"
    )


if __name__ == "__main__":
    main()
