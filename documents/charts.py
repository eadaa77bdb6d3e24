"""Charts of the periodic report as PNG bytes (matplotlib, Agg canvas, no pyplot state).

Labels are Vietnamese, so the font must carry Vietnamese glyphs: DejaVu Sans ships with matplotlib
and covers them (a missing glyph would make matplotlib warn, which the tests turn into errors).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from documents.fmt import clean, clip

__all__ = ["CHART_FONT", "bar_chart_png", "grouped_bar_chart_png"]

CHART_FONT = "DejaVu Sans"
DPI = 150
COLORS = ("#2F5597", "#C55A11", "#BF0000", "#548235")
LABEL_LIMIT = 40
_RC = {
    "font.family": "sans-serif",
    "font.sans-serif": [CHART_FONT],
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _value_labels(values: Sequence[float]) -> list[str]:
    """Bar labels: the count, nothing for zero."""
    return [f"{int(v)}" if v else "" for v in values]


def _labels(labels: Sequence[str]) -> list[str]:
    return [clip(clean(label), LABEL_LIMIT) for label in labels]


def bar_chart_png(
    labels: Sequence[str], values: Sequence[int], title: str, *, horizontal: bool = False
) -> bytes:
    """One series of counts; horizontal bars (largest on top) suit long names such as outlets."""
    with matplotlib.rc_context(_RC):
        height = max(2.6, 0.45 * len(labels) + 1.2) if horizontal else 3.4
        fig = Figure(figsize=(7.0, height), layout="constrained")
        ax = fig.add_subplot()
        names = _labels(labels)
        if horizontal:
            bars = ax.barh(names[::-1], list(values)[::-1], color=COLORS[0])
            ax.set_xlabel("Số lượng")
        else:
            bars = ax.bar(names, values, color=COLORS[: len(values)] or COLORS[0])
            ax.set_ylabel("Số lượng")
            ax.tick_params(axis="x", labelsize=8)
        ax.bar_label(bars, labels=_value_labels(bars.datavalues), padding=2, fontsize=8)
        ax.set_title(clean(title), fontsize=11)
        (ax.xaxis if horizontal else ax.yaxis).set_major_locator(MaxNLocator(integer=True))
        ax.margins(x=0.08, y=0.12)
        return _png(fig)


def grouped_bar_chart_png(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], title: str
) -> bytes:
    """Several series per label as grouped horizontal bars, with a legend."""
    with matplotlib.rc_context(_RC):
        n = max(1, len(series))
        fig = Figure(figsize=(7.0, max(3.0, 0.55 * len(labels) + 1.5)), layout="constrained")
        ax = fig.add_subplot()
        names = _labels(labels)[::-1]
        positions = range(len(names))
        width = 0.8 / n
        for k, (name, values) in enumerate(series):
            offsets = [p + 0.4 - width * (k + 0.5) for p in positions]  # first series on top
            counts = list(values)[::-1]
            bars = ax.barh(offsets, counts, height=width, label=clean(name), color=COLORS[k % 4])
            ax.bar_label(bars, labels=_value_labels(counts), padding=2, fontsize=7)
        ax.set_yticks(list(positions), names, fontsize=8)
        ax.set_xlabel("Số vụ việc")
        ax.set_title(clean(title), fontsize=11)
        ax.legend(fontsize=8, loc="lower right")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.margins(x=0.1)
        return _png(fig)
