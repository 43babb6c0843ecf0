"""`korzina history` and `korzina index` find what `korzina basket` finds, on the demo data.

Through the installed command (``run_korzina``). The demo titles write fat both ways
(«3,2%» and «3.2%») and eggs as «Яйцо куриное»: a substring search found nothing for
«молоко 3,2%» in some stores and no «яйца» anywhere; the basket matcher finds them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import korzina.data
from korzina.core.analytics.queries import DEFAULT_BASKET
from korzina.core.storage import open_storage
from korzina.core.storage.importer import import_file
from tests.replay import run_korzina

DEMO = Path(korzina.data.__file__).parent / "demo_offers.jsonl"
STORES = {"dixy", "magnit", "perekrestok", "pyaterochka"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "k.duckdb"
    with open_storage(path) as db:
        import_file(db, DEMO)
    return path


def test_history_reads_the_query_as_a_list_item(demo_db: Path, tmp_path: Path) -> None:
    code, found, err = run_korzina(
        ["history", "молоко 3,2%", "--limit", "12", "--json"],
        {"KORZINA_DB": str(demo_db)},
        tmp_path,
    )
    assert code == 0, err
    assert {h["store"] for h in found} == STORES
    names = [h["name"] for h in found]
    assert any("3.2%" in n for n in names) and any("3,2%" in n for n in names)
    assert all(n.startswith("Молоко") for n in names)  # no kefir, no chocolate milk drink
    assert all(h["points"] for h in found)


def test_history_of_a_product_no_store_has_is_empty(demo_db: Path, tmp_path: Path) -> None:
    code, found, err = run_korzina(
        ["history", "рис басмати", "--json"], {"KORZINA_DB": str(demo_db)}, tmp_path
    )
    assert (code, found) == (0, []), err


def test_index_misses_exactly_what_the_basket_misses(demo_db: Path, tmp_path: Path) -> None:
    env = {"KORZINA_DB": str(demo_db)}
    code, index, err = run_korzina(["index", "--days", "3", "--json"], env, tmp_path)
    assert code == 0, err
    code, answer, err = run_korzina(
        ["basket", "--offline", "\n".join(DEFAULT_BASKET), "--json"], env, tmp_path
    )
    assert code == 0, err
    assert len(answer["items"]) == len(DEFAULT_BASKET)
    basket_missing = {
        b["store"]: [DEFAULT_BASKET[i] for i in sorted(b["missing"])] for b in answer["baskets"]
    }
    assert index["missing"] == {s: m for s, m in basket_missing.items() if m}
    chosen = {(c["store"], c["item"]) for c in index["choices"]}
    for item in ("молоко 3,2%", "яйца", "гречка"):
        assert {s for s, i in chosen if i == item} == STORES
    # What some store lacks is left out of every store's cost, so each day has a cost.
    assert set(index["left_out"]) == {i for m in basket_missing.values() for i in m}
    assert all(p["cost"] is not None for p in index["points"])
