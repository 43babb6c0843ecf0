"""Bundled data: the constructed demo snapshot used by ``korzina demo`` and the basket eval.

``demo_offers.jsonl`` is *constructed*: realistic titles written the way each chain
writes them, with invented prices, look-alikes and promos. It is not a recording of
any store; every row says ``"source": "constructed"``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from korzina.core.errors import ParseError
from korzina.core.models import Offer

DEMO_FILE = "demo_offers.jsonl"


@cache
def demo_stores() -> tuple[str, ...]:
    """The store ids of the demo snapshot, in the file's order (read from it: nothing
    here names a store; names come from the store plugins)."""
    return tuple(dict.fromkeys(o.store for o in demo_offers()))


def __getattr__(name: str) -> tuple[str, ...]:
    # ``DEMO_STORES`` stays importable, computed from the snapshot on first use.
    if name == "DEMO_STORES":
        return demo_stores()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def demo_offers() -> list[Offer]:
    """The demo snapshot's offers (about 50 per store for the four stores)."""
    text = resources.files(__name__).joinpath(DEMO_FILE).read_text(encoding="utf-8")
    offers: list[Offer] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            offers.append(Offer.model_validate(json.loads(line)))
        except ValueError as exc:
            raise ParseError(f"{DEMO_FILE}: {exc}", line=n) from exc
    return offers
