"""`korzina eval-basket` scores every labelled set in tests/data, each under one name."""

from __future__ import annotations

from pathlib import Path

from korzina.cli.evaluate import EVAL_SETS

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_fresh_set_is_evaluated_once() -> None:
    # A set registered under a name already taken would silently replace the older one.
    on_disk = sorted(p.name for p in DATA.glob("fresh_basket_eval_*.jsonl"))
    evaluated = sorted(
        labels.name for labels, _ in EVAL_SETS.values() if labels.name.startswith("fresh_")
    )
    assert evaluated == on_disk
