"""Small builders for matching and basket tests (offers as stores write them)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from korzina.core.matching import OfferIndex, match_items
from korzina.core.matching.pick import Candidate
from korzina.core.models import ListItem, Offer
from korzina.core.units import parse_pack

SEEN = datetime(2026, 9, 28, 9, 0, tzinfo=UTC)


def offer(store: str, pid: str, name: str, price: str, **extra: Any) -> Offer:
    """An offer with the pack read from its title, as adapters do."""
    data: dict[str, Any] = {
        "store": store,
        "product_id": pid,
        "name": name,
        "price": price,
        "pack": parse_pack(name),
        "observed_at": SEEN,
    }
    data.update(extra)
    return Offer.model_validate(data)


def item(name: str, **extra: Any) -> ListItem:
    if "quantity" in extra:
        extra["quantity"] = Decimal(str(extra["quantity"]))
    if "fat_pct" in extra:
        extra["fat_pct"] = Decimal(str(extra["fat_pct"]))
    return ListItem(name=name, **extra)


_SHARED = OfferIndex()


def index_of(*offers: Offer) -> OfferIndex:
    """A fresh index sharing one lemmatizer (pymorphy3 loads once per test session)."""
    idx = OfferIndex(_SHARED.lemmatizer)
    idx.add(offers)
    return idx


def first_match(phrase: str, title: str) -> Candidate | None:
    """The product one list phrase (through the rule parser) takes from a store holding
    only ``title``, or None."""
    from korzina.parser import parse_text

    (item,) = parse_text(phrase).items
    found = match_items(index_of(offer("s", "1", title, "99.99")), [item], ["s"])["s"][0]
    return found[0] if found else None
