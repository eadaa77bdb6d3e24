"""Server-rendered SVG bar charts for the reports page: no script, no library, no inline style
(colours are classes of ``app.css``), every label escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

WIDTH = 560
LABEL_WIDTH = 210
BAR_HEIGHT = 20
GAP = 8
TOP = 8
MAX_LABEL = 34


def _clip(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def bar_chart(
    title: str,
    rows: Sequence[tuple[str, int]],
    *,
    classes: Sequence[str] = (),
    unit: str = "",
) -> Markup:
    """A horizontal bar chart of ``rows`` (label, value), one optional CSS class per bar."""
    rows = list(rows)
    height = TOP * 2 + max(1, len(rows)) * (BAR_HEIGHT + GAP)
    peak = max((value for _, value in rows), default=0) or 1
    span = WIDTH - LABEL_WIDTH - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    if not rows:
        parts.append(f'<text x="0" y="{TOP + 14}">Chưa có số liệu</text>')
    for i, (label, value) in enumerate(rows):
        y = TOP + i * (BAR_HEIGHT + GAP)
        width = round(span * value / peak, 1)
        css = f"bar {classes[i]}" if i < len(classes) and classes[i] else "bar"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 14}" text-anchor="end">'
            f"<title>{escape(label)}</title>{escape(_clip(label))}</text>"
            f'<rect class="{escape(css)}" x="{LABEL_WIDTH}" y="{y}" width="{width}" '
            f'height="{BAR_HEIGHT}"></rect>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 14}">{value}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every interpolated text is escaped above
