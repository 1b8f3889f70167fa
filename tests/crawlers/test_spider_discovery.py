"""Discovery callbacks of the spider on real Scrapy responses: sitemaps (gzip, index), feeds, listings."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

from scrapy.http import HtmlResponse, Request, XmlResponse

from crawlers.pipelines import JsonlWriter
from crawlers.registry import default_registry
from crawlers.report import CrawlReport
from crawlers.spider import RegistrySpider
from crawlers.state import CrawlState

LOCAL = "http://127.0.0.1:8999"
URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://baodongnai.com.vn/xa-hoi/202401/moi-1111111/</loc>
 <news:news><news:publication_date>2024-01-05T08:00:00+07:00</news:publication_date></news:news></url>
<url><loc>https://baodongnai.com.vn/xa-hoi/201901/cu-2222222/</loc><lastmod>2019-01-05</lastmod></url>
<url><loc>https://baodongnai.com.vn/gioi-thieu/</loc></url>
</urlset>"""


def make_spider(tmp_path: Path, since: date | None = None) -> RegistrySpider:
    source = default_registry()["baodongnai"]
    return RegistrySpider(
        [source],
        base_urls={"baodongnai": LOCAL},
        state=CrawlState(tmp_path),
        report=CrawlReport(),
        since=since,
    )


def response(cls: type, url: str, body: bytes, kind: str, **meta: object) -> XmlResponse | HtmlResponse:
    request = Request(url, meta={"source": "baodongnai", "kind": kind, "real": url, **meta})
    return cls(url=url, body=body, request=request, encoding="utf-8")  # type: ignore[no-any-return]


def test_gzipped_sitemap_yields_article_requests_on_the_local_copy(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    resp = response(XmlResponse, f"{LOCAL}/sitemaps/news-2024-01.xml.gz", gzip.compress(URLSET), "sitemap")
    urls = [r.url for r in spider.parse_sitemap(resp)]
    assert urls == [f"{LOCAL}/xa-hoi/202401/moi-1111111/", f"{LOCAL}/xa-hoi/201901/cu-2222222/"]


def test_since_skips_old_sitemap_entries_and_seen_urls(tmp_path: Path) -> None:
    spider = make_spider(tmp_path, since=date(2023, 1, 1))
    spider.state.mark_seen("https://baodongnai.com.vn/xa-hoi/202401/moi-1111111/", "baodongnai", "article")
    resp = response(XmlResponse, f"{LOCAL}/sitemap.xml", URLSET, "sitemap")
    assert list(spider.parse_sitemap(resp)) == []
    report = spider.report.source("baodongnai")
    assert report.skipped_seen == 1 and report.rejected["older_than_since"] == 1


def test_sitemap_index_and_broken_feed(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://baodongnai.com.vn/sitemaps/a.xml</loc></sitemap></sitemapindex>"""
    children = list(spider.parse_sitemap(response(XmlResponse, f"{LOCAL}/sitemap.xml", index, "sitemap")))
    assert [c.url for c in children] == [f"{LOCAL}/sitemaps/a.xml"] and children[0].meta["kind"] == "sitemap"
    assert list(spider.parse_feed(response(XmlResponse, f"{LOCAL}/rss/x.rss", b"", "feed"))) == []
    assert spider.report.source("baodongnai").rejected["bad_feed"] == 1


def test_atom_feed_and_listing_links(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
    <link href="https://m.baodongnai.com.vn/xa-hoi/202402/a-3333333/?utm_source=rss"/>
    <updated>2024-02-01T08:00:00+07:00</updated></entry></feed>"""
    feed = list(spider.parse_feed(response(XmlResponse, f"{LOCAL}/rss/a.atom", atom, "feed")))
    assert [r.url for r in feed] == [f"{LOCAL}/xa-hoi/202402/a-3333333/"]
    listing = """<html><body><a href="/xa-hoi/202402/b-4444444/">B</a><a href="https://othersite.vn/xa-hoi/202402/c-5555555/">C</a>
    <a href="/xa-hoi/">Xã hội</a><a href="/xa-hoi/202402/a-3333333/">A again</a><a href="/xa-hoi/?page=2">2</a></body></html>"""
    resp = response(HtmlResponse, f"{LOCAL}/xa-hoi/", listing.encode(), "listing", listing=0, page=1)
    urls = [r.url for r in spider.parse_listing(resp)]
    assert urls == [f"{LOCAL}/xa-hoi/202402/b-4444444/", f"{LOCAL}/xa-hoi/?page=2"]


def test_listing_page_limit_is_one_note_per_listing_not_a_failure(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    limit = default_registry()["baodongnai"].discovery.listings[0].max_pages
    for page in (limit, limit):  # the last allowed page, reached twice in one run (e.g. two routes)
        body = f'<html><body><a href="/xa-hoi/?page={page + 1}">Sau</a></body></html>'.encode()
        resp = response(HtmlResponse, f"{LOCAL}/xa-hoi/?page={page}", body, "listing", listing=0, page=page)
        assert list(spider.parse_listing(resp)) == []  # no request beyond max_pages
    report = spider.report.source("baodongnai")
    assert "listing_page_limit" not in report.failures
    assert list(report.limits) == ["/xa-hoi/"]
    note = report.limits["/xa-hoi/"]
    assert (
        f"stopped at page {limit}" in note and f"https://baodongnai.com.vn/xa-hoi/?page={limit + 1}" in note
    )
    assert report.to_dict()["limits"] == report.limits


def _article_response(kind: str = "article") -> HtmlResponse:
    pages = Path(__file__).parent / "pages"
    real = (pages / "baodongnai.url").read_text(encoding="utf-8").strip()
    url = LOCAL + real.removeprefix("https://baodongnai.com.vn")
    request = Request(url, meta={"source": "baodongnai", "kind": kind, "key": real})
    body = (pages / "baodongnai.html").read_bytes()
    return HtmlResponse(
        url=url, body=body, request=request, headers={"Content-Type": "text/html; charset=utf-8"}
    )


def test_article_goes_to_the_writer_then_is_marked_seen(tmp_path: Path) -> None:
    spider = make_spider(tmp_path / "state")
    spider.writer = JsonlWriter(tmp_path / "out.jsonl")
    spider.writer.open()
    assert list(spider.parse_article(_article_response())) == []  # written, not yielded as an item
    assert list(spider.parse_article(_article_response())) == []  # the same id again: not written twice
    spider.writer.close()
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    report = spider.report.source("baodongnai")
    assert len(rows) == 1 and report.articles_extracted == 1 and report.rejected["duplicate_id"] == 1
    assert rows[0]["canonical_url"].startswith("https://baodongnai.com.vn/")
    assert spider.state.is_seen(_article_response().meta["key"])


def test_without_a_writer_the_article_is_yielded(tmp_path: Path) -> None:
    spider = make_spider(tmp_path)
    items = list(spider.parse_article(_article_response()))
    assert len(items) == 1 and items[0]["validated"] and items[0]["article"].title
    assert not spider.state.is_seen(items[0]["key"])  # marked by whoever writes it
