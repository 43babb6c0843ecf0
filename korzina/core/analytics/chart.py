"""A PNG chart of price histories, drawn with matplotlib's ``Figure`` (no pyplot).

A ``Figure`` made directly has no global state, so the bot can draw charts on several
threads at once, into memory (matplotlib's "embedding in a web server" pattern). The
charts are optional: matplotlib is the ``charts`` extra (``pip install 'korzina[charts]'``);
without it a chart request gets a clear message and everything else works.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from korzina.core.analytics.queries import ProductHistory
from korzina.core.errors import ConfigError, StorageError

NO_CHARTS = "Графики не установлены: pip install 'korzina[charts]'."


def _mdates() -> Any:
    try:
        import matplotlib.dates as mdates
    except ImportError as exc:
        raise ConfigError("matplotlib is not installed", user_message=NO_CHARTS) from exc
    return mdates


def _steps(
    history: ProductHistory, until: datetime, mdates: Any
) -> tuple[list[float], list[float]]:
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


def chart_png(
    histories: Sequence[ProductHistory],
    *,
    title: str,
    store_names: dict[str, str],
    until: datetime,
) -> bytes:
    """Each product's price over time (one step line per store and product), as PNG."""
    mdates = _mdates()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(10, 5.5), dpi=100)
    ax = fig.subplots()
    for h in histories:
        xs, ys = _steps(h, until, mdates)
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
    out = BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def price_chart(
    histories: Sequence[ProductHistory],
    path: str | Path,
    *,
    title: str,
    store_names: dict[str, str],
    until: datetime,
) -> Path:
    """``chart_png`` written to ``path``."""
    png = chart_png(histories, title=title, store_names=store_names, until=until)
    out = Path(path).expanduser()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(png)
    except OSError as exc:
        raise StorageError(
            f"cannot write {out}: {exc}", user_message=f"Не удаётся записать график в {out}."
        ) from exc
    return out
