"""The third-party example store under examples/ is found through its entry point and answers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from korzina.core.plugins import make_plugin_manager, open_stores, store_classes
from korzina.core.settings import load_settings

EXAMPLE = Path(__file__).parent.parent / "examples" / "korzina-example-store"


@pytest.fixture
def installed_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the example importable with its entry point, as `pip install` would."""
    dist = tmp_path / "korzina_example_store-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: korzina-example-store\nVersion: 0.1.0\n"
    )
    # The entry point exactly as examples/korzina-example-store/pyproject.toml declares it.
    pyproject = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    assert 'example_market = "korzina_example_store"' in pyproject
    (dist / "entry_points.txt").write_text("[korzina]\nexample_market = korzina_example_store\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(EXAMPLE))


def test_example_store_is_discovered_through_the_entry_point(installed_example: None) -> None:
    pm = make_plugin_manager()
    classes = store_classes(pm)
    assert "example_market" in classes
    assert classes["example_market"].display_name == "Рынок у дома (пример)"


async def test_example_store_answers_a_search_through_an_injected_transport(
    installed_example: None,
) -> None:
    csv_body = (EXAMPLE / "korzina_example_store" / "prices.csv").read_bytes()
    seen: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, content=csv_body, headers={"content-type": "text/csv"})

    pm = make_plugin_manager()
    [store] = open_stores(
        pm,
        load_settings(),
        only=["example_market"],
        transports={"example_market": httpx.MockTransport(serve)},
    )
    try:
        offers = await store.search("молоко")
    finally:
        await store.aclose()
    assert seen == ["https://market.example.org/prices.csv"]
    assert [o.name for o in offers] == ["Молоко фермерское 3.2% 1 л"]
    assert offers[0].price == Decimal("119.00")
    assert offers[0].unit_price == Decimal("119.00")
