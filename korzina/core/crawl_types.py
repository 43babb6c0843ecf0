"""A crawl's data: what it is told (options), which categories it plans, how it shows
progress and what it reports. The crawl itself is ``korzina.core.crawl``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from korzina.core.errors import ConfigError
from korzina.core.models import Category, utcnow
from korzina.core.rejects import Rejected

REJECTED_SHOWN = 20  # dropped items named in a report's JSON; the count is complete

CrawlStatus = Literal["running", "done", "partial", "blocked", "unavailable", "interrupted"]


@dataclass
class CategoryFailure:
    category_id: str
    name: str
    message: str


@dataclass
class CrawlReport:
    """What one crawl did; ``status`` says whether it finished and how."""

    store: str
    shop_id: str | None
    status: CrawlStatus = "running"
    message: str | None = None
    categories_total: int = 0
    categories_done: int = 0  # finished by this run
    categories_skipped: int = 0  # finished earlier (resumed)
    offers: int = 0
    new_products: int = 0
    new_prices: int = 0
    batches: int = 0
    errors: list[CategoryFailure] = field(default_factory=list)
    # Items dropped because they could not be read whole or were implausible (issue 15),
    # each once, as «title»: reason.
    rejected: list[str] = field(default_factory=list)
    resumed: bool = False
    started_at: datetime = field(default_factory=utcnow)
    finished_at: datetime | None = None
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "shop_id": self.shop_id,
            "status": self.status,
            "message": self.message,
            "categories": self.categories_total,
            "categories_done": self.categories_done,
            "categories_skipped": self.categories_skipped,
            "offers": self.offers,
            "new_products": self.new_products,
            "new_prices": self.new_prices,
            "batches": self.batches,
            "errors": [e.__dict__ for e in self.errors],
            "rejected": len(self.rejected),
            "rejected_items": self.rejected[:REJECTED_SHOWN],
            "resumed": self.resumed,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "seconds": round(self.seconds, 3),
        }

    def note_rejected(self, rejected: Sequence[Rejected]) -> None:
        """Add dropped items; a retried category names an item once."""
        known = set(self.rejected)
        for r in rejected:
            text = r.text()
            if text not in known:
                known.add(text)
                self.rejected.append(text)


class CrawlProgress(Protocol):
    """What a progress display hears from the crawl (the CLI draws a rich bar)."""

    def planned(self, total: int, already_done: int) -> None: ...

    def category_started(self, category: Category) -> None: ...

    def offers_seen(self, count: int) -> None: ...

    def category_finished(self, category: Category, offers: int, ok: bool) -> None: ...


class NoProgress:
    def planned(self, total: int, already_done: int) -> None:
        return None

    def category_started(self, category: Category) -> None:
        return None

    def offers_seen(self, count: int) -> None:
        return None

    def category_finished(self, category: Category, offers: int, ok: bool) -> None:
        return None


@dataclass(frozen=True)
class CrawlOptions:
    categories: Sequence[str] | None = None  # category ids (a parent means its leaves)
    resume: bool = False
    batch_size: int = 500
    retries: int = 2  # extra tries of a category after a transient failure
    backoff_s: float = 2.0  # the first retry waits 1-2 s, the second 2-4 s (jitter)
    # The longest a store's Retry-After is obeyed; a longer one ends the category's tries.
    max_retry_after_s: float = 120.0
    max_consecutive_failures: int = 3
    # Keep the file open this long after a batch for the next one (0: close every time),
    # and never longer than max_hold_s in one go, so readers wait about a second at most.
    linger_s: float = 0.2
    max_hold_s: float = 1.0


def category_dump(c: Category) -> dict[str, Any]:
    return c.model_dump(mode="json")


def plan_categories(tree: Sequence[Category], wanted: Sequence[str] | None) -> list[Category]:
    """The leaf categories to crawl: all leaves, or the leaves under the ``wanted`` ids.

    An unknown id is a configuration error naming it (a typo must not crawl nothing).
    """
    leaves = [c for c in tree if c.is_leaf]
    if not wanted:
        return leaves
    by_id = {c.category_id: c for c in tree}
    unknown = [w for w in wanted if w not in by_id]
    if unknown:
        raise ConfigError(
            f"unknown categories: {unknown}",
            user_message=f"Нет таких категорий в каталоге магазина: {', '.join(unknown)}.",
        )
    chosen: dict[str, Category] = {}
    wanted_set = set(wanted)
    for leaf in leaves:
        node: Category | None = leaf
        while node is not None:  # a leaf is wanted when it or an ancestor is
            if node.category_id in wanted_set:
                chosen[leaf.category_id] = leaf
                break
            node = by_id.get(node.parent_id) if node.parent_id else None
    return list(chosen.values())
