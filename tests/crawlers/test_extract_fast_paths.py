"""Shortcuts of the extractor give exactly what the queries they stand in for give."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.extract import _VISIBLE_TEXT, _body_texts, _legacy_sample, _parse_html, _strings
from lantoa.legacy import detect_legacy_encoding

PAGES = sorted((Path(__file__).parent / "pages").glob("*.html")) + sorted(
    (Path(__file__).parent / "fixtures").rglob("*.html")
)
TRICKY = [
    "<html><body>a<!--c-->b<p>x<script>s</script>t<!--d-->u<b>v</b>w</p>z<?pi x?>q</body></html>",
    "<body><style>x</style>y<div><style>a</style>b<!--c-->d<script>e<p>f</p>g</script>h</div></body>",
    "<body><body><p>a</p></body></body>",
    "<p>no body tag</p>",
    "",
    "<html><body><div>" + "<p>Xin chào</p>" * 500 + "</div></body></html>",
]


@pytest.mark.parametrize("html", [p.read_text(encoding="utf-8", errors="replace") for p in PAGES] + TRICKY)
def test_lazy_visible_text_matches_the_query(html: str) -> None:
    root = _parse_html(html)
    assert list(_body_texts(root)) == _strings(root, _VISIBLE_TEXT)


def test_saved_pages_cover_the_lazy_walk() -> None:
    assert len(PAGES) >= 16


@pytest.mark.parametrize(
    "html",
    [
        "<body><nav><a>Trang chủ</a></nav><p>Ch\u00b8u \u00ae\u00b8nh</p></body>",  # Unicode first: surely Unicode
        "<body><p>Ch\u00b8u \u00ae\u00b8nh gi\u00b8 n\u00f4ng th\u00f4n m\u00edi</p></body>",  # TCVN3-looking only
        "<body><p>plain ascii</p></body>",
    ],
)
def test_legacy_sample_gives_the_same_verdict_as_the_full_text(html: str) -> None:
    root = _parse_html(html)
    full = " ".join(_strings(root, _VISIBLE_TEXT)[:400])
    sample = _legacy_sample(root)
    assert (detect_legacy_encoding(sample) if sample is not None else None) == detect_legacy_encoding(full)
