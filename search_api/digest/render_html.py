"""HTML rendering (Jinja2): an e-mail-safe document and the web page, charts as data: or cid: images."""

from __future__ import annotations

import base64
from functools import lru_cache
from typing import Any, Literal

from jinja2 import Environment, PackageLoader, select_autoescape

from search_api.digest.charts import CHART_TITLES, digest_charts
from search_api.digest.labels import change_text, local_date_text, local_datetime_text
from search_api.digest.models import Digest, DigestEntry, DigestSection

ImageMode = Literal["data", "cid"]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("search_api.digest", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.globals.update(
        change=change_text,
        local_date=local_date_text,
        local_datetime=local_datetime_text,
        roman=lambda n: _ROMAN[n - 1] if 0 < n <= len(_ROMAN) else str(n),
        entry_map=_entry_map,
        chart_titles=CHART_TITLES,
    )
    return env


def _entry_map(section: DigestSection) -> dict[str, DigestEntry]:
    return {e.article_id: e for e in section.entries}


def chart_cid(name: str, digest: Digest) -> str:
    return f"chart-{name}-{digest.week}@lantoa"


def _context(digest: Digest, charts: dict[str, bytes], mode: ImageMode) -> dict[str, Any]:
    if mode == "data":
        sources = [
            (n, "data:image/png;base64," + base64.b64encode(png).decode("ascii")) for n, png in charts.items()
        ]
    else:
        sources = [(n, "cid:" + chart_cid(n, digest)) for n in charts]
    ov = digest.overview
    return {
        "digest": digest,
        "charts": sources,
        "tables": [
            ("Theo loại tin", ov.by_story_type),
            (
                "Theo mô hình (10 mô hình nhiều tin nhất)",
                [r for r in ov.by_model_type if r.count or r.previous][:10],
            ),
            ("Theo địa phương (10 địa phương nhiều tin nhất)", ov.by_province[:10]),
        ],
    }


def render_html(
    digest: Digest, *, images: ImageMode = "data", charts: dict[str, bytes] | None = None
) -> tuple[str, dict[str, bytes]]:
    """The e-mail HTML and its chart PNGs (``images="cid"`` references them as ``cid:`` parts)."""
    charts = digest_charts(digest) if charts is None else charts
    html = environment().get_template("digest_email.html").render(**_context(digest, charts, images))
    return html, charts


def render_page(digest: Digest, *, versions: list[int], query: str = "") -> str:
    """The web page ``/digest/{week}`` (charts inline as data: URIs)."""
    from search_api.digest.week import parse_week

    iso = parse_week(digest.week)
    context = _context(digest, digest_charts(digest), "data")
    context.update(
        versions=versions, query=query, previous_week=str(iso.previous()), next_week=str(iso.next())
    )
    return environment().get_template("digest_page.html").render(**context)
