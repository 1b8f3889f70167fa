"""The offline fixture sites: real-style markup rendered from articles.jsonl, and the fault-injecting server."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import httpx
import pytest
from lxml import etree

from crawlers.extract import extract_article
from crawlers.fixture_render import ARTICLES_PATH, FIXTURE_SITE_IDS, SiteRenderer, load_fixture_articles
from crawlers.fixture_server import Fault, FixtureServer
from crawlers.pdf import extract_pdf_text
from crawlers.registry import default_registry

SMALL = Path(__file__).with_name("fixtures") / "articles_small.jsonl"


@pytest.mark.parametrize("site_id", FIXTURE_SITE_IDS)
def test_every_fixture_article_extracts_to_its_content(site_id: str) -> None:
    """Each article of the shared articles.jsonl, rendered by its site, parses back to the same fields."""
    source = default_registry()[site_id]
    articles = [a for a in load_fixture_articles(ARTICLES_PATH) if a.site == site_id]
    assert articles, f"no fixture articles for {site_id}"
    renderer = SiteRenderer(source, articles)
    pages = renderer.build()
    for art in renderer.articles:
        url = source.base_url + art.path
        result = extract_article(pages[art.path].body.decode("utf-8"), url, source)
        assert result.article is not None, f"{art.key}: {result.rejected}"
        got = result.article
        assert (got.title, got.sapo, got.paragraphs) == (art.title, art.sapo, art.body), art.key
        assert got.authors == ([art.author] if art.author else []), art.key
        assert got.published_at == art.published, art.key
        assert got.canonical_url == url


def test_fixture_articles_file_is_valid() -> None:
    keys = [
        json.loads(line)["key"]
        for line in ARTICLES_PATH.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(keys) == len(set(keys))
    for art in load_fixture_articles(ARTICLES_PATH):
        assert art.key.startswith(art.site + "-") and art.site in FIXTURE_SITE_IDS
        assert art.published.utcoffset() is not None


def test_sites_reproduce_the_real_markup_features() -> None:
    registry = default_registry()
    arts = load_fixture_articles(SMALL)
    for site_id in FIXTURE_SITE_IDS:
        renderer = SiteRenderer(registry[site_id], [a for a in arts if a.site == site_id])
        renderer.per_page = 1
        pages = renderer.build()
        article_html = pages[renderer.articles[0].path].body.decode("utf-8")
        if site_id == "dongnai_portal":
            assert "application/ld+json" not in article_html and "og:title" not in article_html
            assert "Thứ 2, Ngày 10/7/2016" in article_html and "Số lượt truy cập" in article_html
            assert "Xem với cỡ chữ" in article_html
            assert "Trang 2" in pages["/Pages/tintuc.aspx"].body.decode("utf-8")
            assert "/Pages/tintuc.aspx?Page=2" in pages
        else:
            assert '"@type": "NewsArticle"' in article_html and 'property="og:title"' in article_html
            listing = next(p for p in pages if p + "?page=2" in pages)
            assert "Xem thêm" in pages[listing].body.decode("utf-8")
            feed_path = next(p for p in pages if p.startswith("/rss/"))
            feed = feedparser.parse(pages[feed_path].body)
            assert (
                not feed.bozo and feed.entries and feed.entries[0].link.startswith(registry[site_id].base_url)
            )
            index = pages["/sitemaps.xml" if site_id == "nhandan" else "/sitemap.xml"].body
            children = etree.fromstring(index).findall("{*}sitemap/{*}loc")
            assert children
            child = pages[children[0].text.replace(registry[site_id].base_url, "")].body
            assert etree.fromstring(child).findall(".//{*}publication_date")
        pdfs = [p for p in pages if p.endswith(".pdf")]
        for pdf in pdfs:
            assert extract_pdf_text(pages[pdf].body)


def test_server_conditional_get_and_faults() -> None:
    arts = [a for a in load_fixture_articles(SMALL) if a.site == "baodongnai"]
    renderer = SiteRenderer(default_registry()["baodongnai"], arts)
    renderer.build()
    p1, p2, p3, p4 = (a.path for a in renderer.articles[:4])
    faults = [
        Fault("baodongnai", p1, "error_then_ok", status=500, times=2),
        Fault("baodongnai", p2, "truncated"),
        Fault("baodongnai", p3, "charset", charset="windows-1258"),
        Fault("baodongnai", p4, "redirect_loop"),
        Fault("baodongnai", "/kinh-te/*", "robots_disallow"),
        Fault("baodongnai", "/gone", "status", status=410),
    ]
    with FixtureServer(["baodongnai"], articles_path=SMALL, faults=faults) as server:
        base = server.base_urls["baodongnai"]
        with httpx.Client(base_url=base, timeout=5) as client:
            first = client.get("/xa-hoi/")
            assert first.status_code == 200 and first.headers["ETag"]
            again = client.get("/xa-hoi/", headers={"If-None-Match": first.headers["ETag"]})
            assert again.status_code == 304 and again.content == b""
            assert [client.get(p1).status_code for _ in range(3)] == [500, 500, 200]
            with pytest.raises(httpx.HTTPError):
                client.get(p2)
            legacy = client.get(p3)
            assert "windows-1258" in legacy.headers["Content-Type"]
            assert legacy.content.decode("cp1258") != legacy.content.decode("utf-8", "replace")
            loop = client.get(p4)
            assert loop.status_code == 302 and "r=1" in loop.headers["Location"]
            assert client.get(loop.headers["Location"]).headers["Location"] == p4
            assert "Disallow: /kinh-te/" in client.get("/robots.txt").text
            assert client.get("/gone").status_code == 410
            assert client.get("/khong-co-trang-nay").status_code == 404
        assert [r.status for r in server.requests][:2] == [200, 304]
