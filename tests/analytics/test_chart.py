"""Price charts: drawn into memory by a pyplot-free Figure, on many threads at once;
without matplotlib (the optional ``charts`` extra) a chart request says how to get it."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.analytics.chart import NO_CHARTS, chart_png
from korzina.core.analytics.queries import ProductRow, product_history
from korzina.core.errors import ConfigError
from korzina.core.models import Offer
from korzina.core.plugins import make_plugin_manager
from korzina.core.storage import open_memory_storage, open_storage

T0 = datetime(2026, 11, 1, 9, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n"


def _offer(price: str, day: int) -> Offer:
    return Offer(
        store="magnit",
        product_id="m1",
        name="Молоко 3,2% 930 мл",
        price=Decimal(price),
        observed_at=T0 + timedelta(days=day),
    )


def test_charts_are_drawn_on_several_threads_at_once() -> None:
    db = open_memory_storage()
    for day, price in enumerate(["80", "82", "70", "800"]):
        db.offers.save_offers([_offer(price, day)])
    row = ProductRow("magnit", "m1", "Молоко 3,2% 930 мл", Decimal("800"), None, "piece", None)
    history = product_history(db, row)

    def draw(n: int) -> bytes:
        return chart_png([history], title=f"Цена {n}", store_names={}, until=T0 + timedelta(9))

    alone = {n: draw(n) for n in (0, 1)}
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(draw, [0, 1] * 4))
    assert alone[0].startswith(PNG) and alone[0] != alone[1]
    # Drawn side by side, each chart is exactly the one drawn alone: no shared state.
    assert together == [alone[n] for n in [0, 1] * 4]


def test_without_matplotlib_a_chart_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_storage(tmp_path / "k.duckdb") as db:
        db.offers.save_offers([_offer("80", 0), _offer("82", 1)])
    for name in [m for m in sys.modules if m.startswith("matplotlib")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib fails
    with pytest.raises(ConfigError):
        chart_png([], title="", store_names={}, until=T0)

    png = tmp_path / "milk.png"
    result = CliRunner().invoke(
        cli,
        ["--db", str(tmp_path / "k.duckdb"), "history", "молоко", "--png", str(png)],
        obj=App(pm=make_plugin_manager()),
    )
    assert result.exit_code == 1
    assert NO_CHARTS in " ".join(result.output.split())
    assert not png.exists()
