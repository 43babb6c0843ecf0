"""Items of a store's answer that were dropped, so the store's status can name them.

A parser that cannot read an item whole (a card cut short, a price that does not parse,
a required field missing in one item) and the plausibility checks at ingest
(``korzina.core.plausibility``) drop the item instead of keeping a guess, and call
``reject``. Whoever asks a store (the fan-out for live searches, the crawl per category)
wraps the call in ``collect()`` and turns what was collected into a ``partial`` status
(``partial_status``). The collector is a context variable, so concurrent calls to one
adapter (one search per list item) each collect their own; outside ``collect()`` a
rejection is only logged.

``each`` is the per-item loop every normalizer uses: one bad item is dropped and named;
a reply whose every item fails is not a reply we know, and its first error is raised.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import ValidationError

from korzina.core.errors import ShapeChanged
from korzina.core.models import Offer, Status, StoreStatus

log = logging.getLogger(__name__)

T = TypeVar("T")

# How many dropped items a status names; the count is always complete.
NAMED = 3
NAME_LIMIT = 60


@dataclass(frozen=True)
class Rejected:
    """One dropped item: which (a title, else an id or position) and why, in Russian."""

    store: str
    item: str
    reason: str

    def text(self) -> str:
        name = self.item if len(self.item) <= NAME_LIMIT else self.item[: NAME_LIMIT - 1] + "…"
        return f"«{name}»: {self.reason}"


_current: contextvars.ContextVar[list[Rejected] | None] = contextvars.ContextVar(
    "korzina_rejected", default=None
)


@contextlib.contextmanager
def collect() -> Iterator[list[Rejected]]:
    """Collect the rejections made inside the block (and in tasks it starts)."""
    found: list[Rejected] = []
    token = _current.set(found)
    try:
        yield found
    finally:
        _current.reset(token)


def reject(store: str, item: str, reason: str) -> None:
    """Record that ``item`` of ``store``'s answer was dropped for ``reason`` (Russian)."""
    log.info("%s: dropped %s: %s", store, item, reason)
    found = _current.get()
    if found is not None:
        found.append(Rejected(store, item, reason))


def shape_reason(exc: ShapeChanged) -> str:
    """A Russian reason for an item whose field could not be read."""
    return f"не читается поле {exc.field}"


def each(
    store: str,
    items: Sequence[T],
    build: Callable[[int, T], Offer | None],
    *,
    label: Callable[[int, T], str],
) -> list[Offer]:
    """``build`` every item; an item raising ``ShapeChanged`` (or a value the models
    refuse) is rejected (named by ``label``) and the others kept. When every item fails,
    the first error is raised: a reply none of whose items can be read has changed shape,
    it is not a partial one. ``build`` may return None for an item it skips on purpose
    (e.g. no price shown)."""
    offers: list[Offer] = []
    first: ShapeChanged | None = None
    failed = 0
    for i, item in enumerate(items):
        try:
            built = build(i, item)
        except ShapeChanged as exc:
            failed += 1
            first = first or exc
            reject(store, label(i, item), shape_reason(exc))
            continue
        except (ValidationError, ArithmeticError) as exc:
            # A value the models refuse (an absurd number, a wrong type): the item's data,
            # not a bug of the loop; named like a field that does not read.
            failed += 1
            first = first or ShapeChanged(store, f"{i}", f"{type(exc).__name__}: {exc}")
            reject(store, label(i, item), "значения не читаются")
            continue
        if built is not None:
            offers.append(built)
    if first is not None and failed == len(items):
        raise first
    return offers


def item_label(item: object, *keys: str, fallback: str) -> str:
    """A name for a raw item: its first non-empty ``keys`` value (title, id), else
    ``fallback`` (its position in the reply)."""
    if isinstance(item, dict):
        for key in keys:
            value = item.get(key)
            if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
                return " ".join(str(value).split())
    return fallback


def partial_status(status: StoreStatus, rejected: Sequence[Rejected]) -> StoreStatus:
    """``status`` (an ok answer) marked ``partial`` with the dropped items named."""
    if not rejected or not status.ok:
        return status
    named = "; ".join(r.text() for r in rejected[:NAMED])
    more = f" и ещё {len(rejected) - NAMED}" if len(rejected) > NAMED else ""
    message = f"Отброшено товаров: {len(rejected)} ({named}{more})."
    return status.model_copy(
        update={
            "status": Status.PARTIAL,
            "message": f"{status.message}; {message}" if status.message else message,
            "rejected": status.rejected + len(rejected),
        }
    )
