"""Every registry source has a fixture site; one whole crawl of them all is checked field by field."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import feedparser
import pytest
from crawl_support import read_jsonl, run_crawl_subprocess
from lxml import etree

from crawlers.dates import parse_date_text
from crawlers.fixture_layouts import (
    ALL_FIXTURE_SITE_IDS,
    LAYOUTS,
    SITES_ARTICLES_PATH,
    LayoutSiteRenderer,
    listing_page_path,
)
from crawlers.fixture_render import FIXTURE_SITE_IDS, load_fixture_articles
from crawlers.fixture_server import FixtureServer
from crawlers.registry import default_registry
from lantoa.schema import article_id

SITE_IDS = [s for s in ALL_FIXTURE_SITE_IDS if s not in FIXTURE_SITE_IDS]


def renderer(site_id: str) -> LayoutSiteRenderer:
    arts = [a for a in load_fixture_articles(SITES_ARTICLES_PATH) if a.site == site_id]
    site = LayoutSiteRenderer(default_registry()[site_id], arts)
    site.build()
    return site


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One crawl of the thirteen layout-driven fixture sites, through the fixture server."""
    tmp = tmp_path_factory.mktemp("all-sites")
    out = tmp / "articles.jsonl"
    with FixtureServer(SITE_IDS) as server:
        report = run_crawl_subprocess(tmp, out, tmp / "state", server.base_urls, timeout=150)
        requested = {sid: server.paths_requested(sid) for sid in SITE_IDS}
    return {
        "report": report,
        "articles": {a["canonical_url"]: a for a in read_jsonl(out)},
        "requested": requested,
    }


def test_every_registry_source_has_a_fixture_site_with_content() -> None:
    registry = default_registry()
    assert sorted(ALL_FIXTURE_SITE_IDS) == sorted(registry)
    assert set(LAYOUTS) == set(registry) - set(FIXTURE_SITE_IDS)
    for site_id in SITE_IDS:
        site = renderer(site_id)
        assert len(site.articles) >= 3, site_id
        for art in site.articles:
            assert art.key.startswith(site_id + "-")
            assert registry[site_id].is_article_url(art.path), (site_id, art.path)


@pytest.mark.parametrize("site_id", SITE_IDS)
def test_fixture_site_reproduces_the_recorded_date_format_feeds_and_paging(site_id: str) -> None:
    source = default_registry()[site_id]
    site = renderer(site_id)
    # The date text the site renders is the one recorded in the source file (for the date given there).
    recorded = [entry for entry in source.date_formats if parse_date_text(entry)]
    assert recorded, site_id
    for entry in recorded:
        when = parse_date_text(entry)
        assert when is not None and site.date_text(when) in entry, (site_id, site.date_text(when), entry)
    for art in site.articles:  # and every article's date element parses back to its time
        html = site.pages[art.path].body.decode("utf-8")
        assert site.date_text(art.published) in html
        assert (
            parse_date_text(site.date_text(art.published), label=source.selectors.date_label) == art.published
        )
    for feed in source.discovery.feeds:
        parsed = feedparser.parse(site.pages[feed].body)
        assert not parsed.bozo, (site_id, feed)
        for entry in parsed.entries:
            assert entry.link.startswith(source.base_url + "/")
    for index in source.discovery.sitemaps:
        children = etree.fromstring(site.pages[index].body).findall("{*}sitemap/{*}loc")
        listed = set()
        for child in children:
            urls = etree.fromstring(site.pages[child.text.replace(source.base_url, "")].body)
            listed |= {loc.text for loc in urls.iter("{*}loc")}
        assert listed == {source.base_url + a.path for a in site.articles}
    for listing in source.discovery.listings:
        first = site.pages[listing.path].body.decode("utf-8")
        assert listing_page_path(listing, 2) in site.pages, (site_id, listing)
        if listing.page_pattern:
            assert f'href="{listing_page_path(listing, 2)}"' in first
        else:
            assert 'class="view-more"' in first and "Xem thêm" in first


@pytest.mark.parametrize("site_id", SITE_IDS)
def test_whole_crawl_extracts_each_site_field_by_field(site_id: str, crawl: dict[str, Any]) -> None:
    source = default_registry()[site_id]
    site = renderer(site_id)
    stats = crawl["report"]["sources"][site_id]
    assert stats["failures"] == {} and stats["selector_failures"] == {}, stats
    assert stats["articles_extracted"] == len(site.articles), stats
    for art in site.articles:
        url = source.base_url + art.path
        got = crawl["articles"].get(url)
        assert got is not None, f"{art.key} not crawled ({url})"
        assert got["id"] == article_id(url) and got["source_id"] == site_id
        assert (got["source_kind"], got["source_province_code"], got["source_current_province_code"]) == (
            source.kind,
            source.province_code,
            source.current_province_code,
        )
        assert got["title"] == art.title, art.key
        assert got["sapo"] == art.sapo, art.key
        assert got["body"] == "\n\n".join(art.body), art.key
        assert got["authors"] == [art.author], art.key
        assert datetime.fromisoformat(got["published_at"]) == art.published, art.key
        assert got["published_at_source"] == ("jsonld" if source.has_jsonld else "text"), art.key
        assert [i["caption"] for i in got["images"]] == [i["caption"] for i in art.images], art.key
        if art.attachment:
            (pdf,) = got["attachments"]
            assert pdf["type"] == "pdf" and pdf["url"] == source.base_url + site.attachment_path(art)
            first_line = art.attachment["text"].splitlines()[0]
            assert first_line in pdf["text"], art.key
        else:
            assert got["attachments"] == [], art.key
    # Discovery went through the source's feeds, sitemaps and every listing's second page.
    requested = set(crawl["requested"][site_id])
    wanted = set(source.discovery.feeds) | set(source.discovery.sitemaps)
    wanted |= {listing_page_path(listing, 2) for listing in source.discovery.listings}
    assert wanted <= requested, wanted - requested


def test_content_file_is_separate_from_the_demo_corpus() -> None:
    demo = Path(SITES_ARTICLES_PATH).with_name("articles.jsonl")
    demo_sites = {a.site for a in load_fixture_articles(demo)}
    assert demo_sites == set(FIXTURE_SITE_IDS)
    assert {a.site for a in load_fixture_articles(SITES_ARTICLES_PATH)} == set(SITE_IDS)
