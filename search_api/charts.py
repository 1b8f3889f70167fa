"""Server-side inline SVG bar charts (escaped labels, no script, no inline styles)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from markupsafe import Markup

LABEL_WIDTH = 240
BAR_AREA = 300
ROW_HEIGHT = 26
BAR_HEIGHT = 18


def _truncate(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def hbar_chart(rows: Sequence[tuple[str, int]], *, title: str, caption_format: str, chart_id: str) -> Markup:
    """Horizontal bars: one row per ``(label, count)``; ``caption_format`` uses ``{label}`` and ``{count}``."""
    if not rows:
        return Markup("")
    top = max(count for _label, count in rows) or 1
    width = LABEL_WIDTH + BAR_AREA + 60
    height = ROW_HEIGHT * len(rows) + 8
    esc = html.escape
    parts = [
        f'<svg class="chart" id="{esc(chart_id)}" role="img" aria-labelledby="{esc(chart_id)}-title" '
        f'viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{esc(chart_id)}-title">{esc(title)}</title>',
    ]
    for i, (label, count) in enumerate(rows):
        y = 4 + i * ROW_HEIGHT
        bar = max(2, round(BAR_AREA * count / top)) if count else 0
        caption = esc(caption_format.format(label=label, count=count))
        parts.append(f'<g class="bar-row"><title>{caption}</title>')
        parts.append(
            f'<text class="bar-label" x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 4}" text-anchor="end">'
            f"{esc(_truncate(label))}</text>"
        )
        parts.append(
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{bar}" height="{BAR_HEIGHT}" rx="3"/>'
        )
        parts.append(
            f'<text class="bar-value" x="{LABEL_WIDTH + bar + 6}" y="{y + BAR_HEIGHT - 4}">{count}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def column_chart(
    rows: Sequence[tuple[str, int]], *, title: str, caption_format: str, chart_id: str
) -> Markup:
    """Vertical columns (for weeks): short labels under each column."""
    if not rows:
        return Markup("")
    top = max(count for _label, count in rows) or 1
    col_width, gap, plot_height = 34, 8, 160
    width = len(rows) * (col_width + gap) + gap
    height = plot_height + 48
    esc = html.escape
    parts = [
        f'<svg class="chart" id="{esc(chart_id)}" role="img" aria-labelledby="{esc(chart_id)}-title" '
        f'viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{esc(chart_id)}-title">{esc(title)}</title>',
    ]
    for i, (label, count) in enumerate(rows):
        x = gap + i * (col_width + gap)
        bar = round(plot_height * count / top) if count else 0
        y = 18 + plot_height - bar
        caption = esc(caption_format.format(label=label, count=count))
        parts.append(f'<g class="bar-row"><title>{caption}</title>')
        parts.append(f'<rect class="bar" x="{x}" y="{y}" width="{col_width}" height="{bar}" rx="3"/>')
        parts.append(
            f'<text class="bar-value" x="{x + col_width / 2}" y="{y - 4}" text-anchor="middle">{count}</text>'
        )
        parts.append(
            f'<text class="bar-label" x="{x + col_width / 2}" y="{18 + plot_height + 16}" '
            f'text-anchor="middle">{esc(label)}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
