"""Crawl units and their records: pure data, no Redis, no I/O.

A *crawl* has an id (``20261204T1830-3f2a``: its UTC start and a random tail) and targets,
one per (store, shop). A target's leaf categories are cut into *units* of at most
``categories_per_unit`` categories: small enough that a unit lost with its worker costs
seconds to redo, large enough that the queue is not flooded (a shop of 300 leaves with 8
per unit is 38 jobs).

A unit's record (``UnitRecord``) is what Redis keeps of its progress: the categories
finished (their lake files are in place), the failed ones with the reason, the offers
written, and a status. ``reports`` folds the records of a crawl into the same
``CrawlReport`` a local crawl prints.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from korzina.core.crawl_types import CategoryFailure, CrawlReport

UnitStatus = Literal["queued", "running", "done", "partial", "blocked", "unavailable", "error"]
TERMINAL: frozenset[str] = frozenset({"done", "partial", "blocked", "unavailable", "error"})

_SAFE = re.compile(r"[^0-9A-Za-z_.-]")


def safe_part(text: str) -> str:
    """A value usable in a file name or a hive partition (``/`` or ``=`` would break it)."""
    return _SAFE.sub("_", text) or "_"


def new_crawl_id(now: datetime) -> str:
    return f"{now.astimezone(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"


def crawl_date(crawl_id: str) -> date:
    """The UTC day a crawl started: the lake's ``date`` partition for all its files."""
    return datetime.strptime(crawl_id[:8], "%Y%m%d").date()


@dataclass(frozen=True)
class Target:
    store: str
    shop: str

    @property
    def key(self) -> str:
        return f"{self.store}:{self.shop}"

    @classmethod
    def parse(cls, key: str) -> Target:
        store, _, shop = key.partition(":")
        return cls(store, shop)


@dataclass(frozen=True)
class Unit:
    crawl_id: str
    store: str
    shop: str
    index: int  # the unit's place among its target's units
    categories: tuple[dict[str, Any], ...]  # Category.model_dump(mode="json") each

    @property
    def unit_id(self) -> str:
        return f"{self.store}:{self.shop}:{self.index:05d}"

    @property
    def job_id(self) -> str:
        return f"korzina:unit:{self.crawl_id}:{self.unit_id}"

    def as_json(self) -> dict[str, Any]:
        return {
            "crawl_id": self.crawl_id,
            "store": self.store,
            "shop": self.shop,
            "index": self.index,
            "categories": list(self.categories),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Unit:
        return cls(
            crawl_id=data["crawl_id"],
            store=data["store"],
            shop=data["shop"],
            index=int(data["index"]),
            categories=tuple(data["categories"]),
        )


def plan_job_id(crawl_id: str, target: Target) -> str:
    return f"korzina:plan:{crawl_id}:{target.key}"


def cut_units(
    crawl_id: str, target: Target, leaves: Sequence[dict[str, Any]], per_unit: int
) -> list[Unit]:
    """The target's leaves in units of at most ``per_unit``, in catalog order."""
    size = max(1, per_unit)
    return [
        Unit(crawl_id, target.store, target.shop, i // size, tuple(leaves[i : i + size]))
        for i in range(0, len(leaves), size)
    ]


@dataclass
class UnitRecord:
    """A unit's progress as Redis keeps it (JSON in the crawl's ``units`` hash)."""

    store: str
    shop: str
    categories: list[dict[str, Any]]
    status: str = "queued"
    done: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    offers: int = 0
    rejected: list[str] = field(default_factory=list)  # items dropped at ingest, named
    message: str | None = None
    tries: int = 0
    worker: str | None = None
    egress: str | None = None
    seconds: float = 0.0
    updated_at: str | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UnitRecord:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class TargetRecord:
    """A target's planning as Redis keeps it (JSON in the crawl's ``targets`` hash)."""

    store: str
    shop: str
    status: str = "planning"  # planning | planned | blocked | unavailable | error
    units: int = 0
    categories: int = 0
    message: str | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TargetRecord:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


def is_finished(targets: Iterable[TargetRecord], units: Iterable[UnitRecord]) -> bool:
    """Every target planned (or failed to plan) and every unit in a final state."""
    return all(t.status != "planning" for t in targets) and all(u.status in TERMINAL for u in units)


_WORST = ("blocked", "unavailable", "error")


def reports(
    targets: Sequence[TargetRecord], units: Sequence[UnitRecord], started_at: datetime
) -> list[CrawlReport]:
    """One ``CrawlReport`` per target, as a local crawl of that shop would print it.

    ``new_products``/``new_prices`` stay 0 here: only the merge into a database knows them.
    """
    out: list[CrawlReport] = []
    by_target: dict[tuple[str, str], list[UnitRecord]] = {}
    for u in units:
        by_target.setdefault((u.store, u.shop), []).append(u)
    for t in targets:
        mine = by_target.get((t.store, t.shop), [])
        report = CrawlReport(store=t.store, shop_id=t.shop, started_at=started_at)
        if t.status in _WORST:
            report.status = "blocked" if t.status == "blocked" else "unavailable"
            report.message = t.message
            out.append(report)
            continue
        report.categories_total = sum(len(u.categories) for u in mine)
        report.categories_done = sum(len(u.done) for u in mine)
        report.offers = sum(u.offers for u in mine)
        names = {c["category_id"]: c.get("name", "") for u in mine for c in u.categories}
        for u in mine:
            report.errors.extend(
                CategoryFailure(cid, names.get(cid, ""), msg) for cid, msg in u.failed.items()
            )
            report.rejected.extend(t for t in u.rejected if t not in report.rejected)
        statuses = {u.status for u in mine}
        worst = next((s for s in _WORST if s in statuses), None)
        if t.status == "planning" or statuses - TERMINAL:
            report.status = "running"
        elif worst is not None:
            report.status = "unavailable" if worst == "error" else worst  # type: ignore[assignment]
            report.message = next(u.message for u in mine if u.status == worst)
        elif report.errors:
            report.status = "partial"
        else:
            report.status = "done"
        report.seconds = max((u.seconds for u in mine), default=0.0)
        out.append(report)
    return out
