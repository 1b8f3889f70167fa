"""Bar charts of a digest's top provinces and model types, as PNG (matplotlib, bundled DejaVu Sans)."""

from __future__ import annotations

import io

from search_api.digest.models import CountRow, Digest

#: At most this many bars per chart.
TOP_N = 10
#: DejaVu Sans ships with matplotlib and covers every Vietnamese letter.
FONT = "DejaVu Sans"


def bar_chart_png(rows: list[tuple[str, int]], title: str, *, color: str = "#b5121b") -> bytes:
    """A horizontal bar chart (largest on top) as PNG bytes; deterministic for the same input."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    height = 1.2 + 0.42 * max(len(rows), 1)
    figure = Figure(figsize=(7.5, height), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [label for label, _ in rows][::-1]
    values = [value for _, value in rows][::-1]
    bars = axes.barh(range(len(rows)), values, color=color)
    axes.set_yticks(range(len(rows)), labels, fontfamily=FONT, fontsize=10)
    axes.set_title(title, fontfamily=FONT, fontsize=12, loc="left", fontweight="bold")
    axes.bar_label(bars, labels=[str(v) for v in values], padding=3, fontfamily=FONT, fontsize=9)
    axes.set_xlim(0, max(values or [1]) * 1.15 + 0.5)
    axes.xaxis.set_visible(False)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def _top(rows: list[CountRow]) -> list[tuple[str, int]]:
    """The first ``TOP_N`` rows with a count (overview rows come ranked, as in the tables)."""
    return [(r.label, r.count) for r in rows if r.count > 0][:TOP_N]


def digest_charts(digest: Digest) -> dict[str, bytes]:
    """``{"provinces": png, "model_types": png}``; a chart is left out when it has no data."""
    charts: dict[str, bytes] = {}
    provinces = _top(digest.overview.by_province)
    if provinces:
        charts["provinces"] = bar_chart_png(provinces, "Địa phương có nhiều tin nhất")
    models = _top([r for r in digest.overview.by_model_type if r.key != "other"])
    if models:
        charts["model_types"] = bar_chart_png(models, "Mô hình được nói đến nhiều nhất", color="#1f5fa8")
    return charts


CHART_TITLES = {
    "provinces": "Biểu đồ 1. Số tin theo địa phương",
    "model_types": "Biểu đồ 2. Số tin theo mô hình",
}
