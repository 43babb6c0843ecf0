"""A PNG chart of price histories (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot: draw to files, never to a display
import matplotlib.dates as mdates
import matplotlib.pyplot as plt

from korzina.core.analytics.queries import ProductHistory
from korzina.core.errors import StorageError


def _steps(history: ProductHistory, until: datetime) -> tuple[list[float], list[float]]:
    """Change-only observations as a step line that runs on to ``until``."""
    xs: list[datetime] = []
    ys: list[float] = []
    for row in history.rows:
        xs.append(row.point.observed_at)
        # Float only for drawing; the data stays Decimal.
        ys.append(float(row.point.price))
    if xs:
        xs.append(max(until, xs[-1]))
        ys.append(ys[-1])
    return [float(mdates.date2num(x)) for x in xs], ys


def price_chart(
    histories: Sequence[ProductHistory],
    path: str | Path,
    *,
    title: str,
    store_names: dict[str, str],
    until: datetime,
) -> Path:
    """Draw each product's price over time (one line per store and product) to ``path``."""
    out = Path(path).expanduser()
    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=100)
    try:
        for h in histories:
            xs, ys = _steps(h, until)
            if not xs:
                continue
            label = f"{store_names.get(h.product.store, h.product.store)}: {h.product.name}"
            ax.step(xs, ys, where="post", label=label[:70])
            flagged = [r for r in h.rows if r.outlier]
            if flagged:
                ax.scatter(
                    [float(mdates.date2num(r.point.observed_at)) for r in flagged],
                    [float(r.point.price) for r in flagged],
                    marker="x",
                    color="red",
                    zorder=3,
                )
        ax.set_title(title)
        ax.set_xlabel("Дата")
        ax.set_ylabel("Цена, ₽")
        ax.grid(True, alpha=0.3)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d.%m.%Y"))
        fig.autofmt_xdate()
        if ax.lines:
            ax.legend(fontsize="small", loc="best")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(out, format="png")
        except OSError as exc:
            raise StorageError(
                f"cannot write {out}: {exc}", user_message=f"Не удаётся записать график в {out}."
            ) from exc
    finally:
        plt.close(fig)
    return out
