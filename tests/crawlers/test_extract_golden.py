"""Every registry source parsed from its saved page and compared field by field with golden JSON."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from crawlers.extract import extract_article
from crawlers.registry import default_registry
from lantoa.schema import Article, article_id
from lantoa.text import normalize

PAGES = Path(__file__).with_name("pages")
CRAWLED_AT = datetime.fromisoformat("2026-11-27T08:00:00+07:00")
FIELDS = (
    "id",
    "canonical_url",
    "title",
    "sapo",
    "paragraphs",
    "authors",
    "published_at",
    "published_at_source",
    "images",
    "attachments",
    "source_kind",
    "source_province_code",
    "source_current_province_code",
)


def snapshot(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "canonical_url": article.canonical_url,
        "title": article.title,
        "sapo": article.sapo,
        "paragraphs": article.paragraphs,
        "authors": article.authors,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "published_at_source": article.published_at_source,
        "images": [{"url": i.url, "caption": i.caption} for i in article.images],
        "attachments": [{"url": a.url, "type": a.type, "title": a.title} for a in article.attachments],
        "source_kind": article.source_kind,
        "source_province_code": article.source_province_code,
        "source_current_province_code": article.source_current_province_code,
    }


def parse_saved(source_id: str) -> Article:
    source = default_registry()[source_id]
    html = (PAGES / f"{source_id}.html").read_text(encoding="utf-8")
    url = (PAGES / f"{source_id}.url").read_text(encoding="utf-8").strip()
    result = extract_article(html, url, source, crawled_at=CRAWLED_AT)
    assert result.article is not None, f"{source_id}: rejected ({result.rejected})"
    assert result.missing == [], f"{source_id}: selectors matched nothing for {result.missing}"
    return result.article


@pytest.mark.parametrize("source_id", sorted(default_registry()))
def test_saved_page_matches_golden_field_by_field(source_id: str) -> None:
    article = parse_saved(source_id)
    golden_path = PAGES / f"{source_id}.golden.json"
    got = snapshot(article)
    if os.environ.get("LANTOA_UPDATE_GOLDEN") == "1":
        golden_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    golden = json.loads(golden_path.read_text(encoding="utf-8"))
    for field in FIELDS:
        assert got[field] == golden[field], f"{source_id}.{field}"


@pytest.mark.parametrize("source_id", sorted(default_registry()))
def test_saved_page_article_is_consistent(source_id: str) -> None:
    article = parse_saved(source_id)
    assert article.id == article_id(article.canonical_url)
    assert article.published_at is not None and article.published_at.utcoffset() is not None
    assert article.published_at.utcoffset().total_seconds() == 7 * 3600
    assert len(article.paragraphs) >= 3
    for text in (article.title, article.sapo, article.body):
        assert text == normalize(text)
    # Boilerplate never leaks into the body.
    for junk in ("Chia sẻ", "Tin liên quan", "Xem với cỡ chữ", "Số lượt truy cập", "Giấy phép", "Tin mới"):
        assert junk not in article.body
    assert "utm_" not in article.canonical_url and "zarsrc" not in article.canonical_url


def test_portal_header_date_is_never_the_article_date() -> None:
    """The reference page's header "Thứ 2, Ngày 10/7/2016" is today's date, not the article's."""
    html = (PAGES / "dongnai_portal.html").read_text(encoding="utf-8")
    assert "Thứ 2, Ngày 10/7/2016" in html and "10/07/2016" in html
    article = parse_saved("dongnai_portal")
    assert article.published_at == datetime.fromisoformat("2017-11-05T15:33:00+07:00")
    assert article.published_at_source == "text"


def test_page_without_a_trustworthy_date_gets_none_not_a_sidebar_date() -> None:
    source = default_registry()["dongnai_portal"]
    html = (PAGES / "dongnai_portal.html").read_text(encoding="utf-8")
    html = html.replace("Cập nhật 05/11/2017 15:33", "Cập nhật")
    url = (PAGES / "dongnai_portal.url").read_text(encoding="utf-8").strip()
    article = extract_article(html, url, source, crawled_at=CRAWLED_AT).article
    assert article is not None
    assert article.published_at is None and article.published_at_source is None


def test_body_falls_back_to_trafilatura_when_the_selector_breaks() -> None:
    source = default_registry()["baodongnai"]
    html = (
        (PAGES / "baodongnai.html")
        .read_text(encoding="utf-8")
        .replace('class="detail-content"', 'class="noi-dung-moi"')
    )
    url = (PAGES / "baodongnai.url").read_text(encoding="utf-8").strip()
    result = extract_article(html, url, source, crawled_at=CRAWLED_AT)
    assert result.article is not None and result.missing == ["body"]
    golden = json.loads((PAGES / "baodongnai.golden.json").read_text(encoding="utf-8"))
    body = result.article.body
    assert sum(p in body for p in golden["paragraphs"]) >= len(golden["paragraphs"]) - 1
    assert result.article.title == golden["title"] and result.article.published_at_source == "jsonld"


def test_non_article_pages_are_rejected_with_a_reason() -> None:
    source = default_registry()["nhandan"]
    listing = (
        "<html><head><meta property='og:type' content='website'></head><body><h1>Xã hội</h1></body></html>"
    )
    assert extract_article(listing, "https://nhandan.vn/xa-hoi/", source).rejected == "not_article_url"
    stub = "<html><body><div class='article__header'><h1 class='article__title'>Tiêu đề</h1></div><div class='article__body'><p>Ngắn.</p></div></body></html>"
    assert extract_article(stub, "https://nhandan.vn/tieu-de-post1.html", source).rejected == "body_too_short"
    empty = "<html><body><div class='article__body'><p>" + "Nội dung dài. " * 40 + "</p></div></body></html>"
    assert extract_article(empty, "https://nhandan.vn/x-post2.html", source).rejected == "no_title"


def test_canonical_links_to_other_sites_or_the_home_page_are_ignored() -> None:
    source = default_registry()["nhandan"]
    html = (PAGES / "nhandan.html").read_text(encoding="utf-8")
    url = (PAGES / "nhandan.url").read_text(encoding="utf-8").strip()
    canonical = f'<link rel="canonical" href="{url}">'
    assert canonical in html
    for bad in ("https://baodongnai.com.vn/xa-hoi/202401/ban-goc-1234567/", "https://nhandan.vn/"):
        article = extract_article(
            html.replace(canonical, f'<link rel="canonical" href="{bad}">'), url, source
        ).article
        assert article is not None and article.canonical_url == url
    mobile = extract_article(
        html.replace(
            canonical, f'<link rel="canonical" href="{url.replace("https://", "https://m.")}?utm_source=x">'
        ),
        url,
        source,
    ).article
    assert mobile is not None and mobile.canonical_url == url
