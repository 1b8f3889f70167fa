"""Pages typed in legacy Vietnamese fonts (TCVN3, VNI) are extracted as proper Unicode."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from viparse.normalize.tcvn3 import TCVN3
from viparse.normalize.vni import VNI

from crawlers.extract import extract_article
from crawlers.registry import default_registry

PAGES = Path(__file__).with_name("pages")


def to_legacy(text: str, charmap) -> str:  # type: ignore[no-untyped-def]
    """Encode Unicode Vietnamese the way a legacy-font page shows it (the inverse of the charmap).

    TCVN3 has no toned capitals (pages used a separate capitals font), so those fall back to the
    small letter's code, as such a page's text reads.
    """
    inverse = {}
    for legacy, uni in charmap.pairs:
        inverse.setdefault(unicodedata.normalize("NFC", uni), legacy)
    return "".join(
        inverse.get(ch) or inverse.get(ch.lower(), ch) for ch in unicodedata.normalize("NFC", text)
    )


@pytest.mark.parametrize("charmap", [TCVN3, VNI], ids=["tcvn3", "vni"])
def test_legacy_font_page_is_converted_to_unicode(charmap) -> None:  # type: ignore[no-untyped-def]
    source = default_registry()["baodongnai"]
    html = (PAGES / "baodongnai.html").read_text(encoding="utf-8")
    url = (PAGES / "baodongnai.url").read_text(encoding="utf-8").strip()
    golden = json.loads((PAGES / "baodongnai.golden.json").read_text(encoding="utf-8"))
    legacy_html = to_legacy(html, charmap)
    assert golden["title"] not in legacy_html  # really re-encoded
    article = extract_article(legacy_html, url, source).article
    assert article is not None
    assert article.title == golden["title"]
    assert article.sapo == golden["sapo"]
    assert golden["paragraphs"][0] in article.body
