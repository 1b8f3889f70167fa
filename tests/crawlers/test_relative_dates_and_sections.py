"""Relative Vietnamese dates read against the crawl time, and discovery restricted to relevant sections."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from crawl_support import read_jsonl, run_crawl_subprocess

from crawlers.dates import VN_TZ, parse_date_text, parse_relative
from crawlers.extract import extract_article
from crawlers.fixture_render import SiteRenderer, load_fixture_articles
from crawlers.fixture_server import FixtureServer
from crawlers.registry import SOURCES_DIR, RegistryError, default_registry, load_source_file

PAGES = Path(__file__).with_name("pages")
NOW = datetime(2026, 11, 27, 10, 30, 45, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 giờ trước", "2026-11-27T08:30:00+07:00"),
        ("35 phút trước", "2026-11-27T09:55:00+07:00"),
        ("Cập nhật 3 tiếng trước", "2026-11-27T07:30:00+07:00"),
        ("Hôm qua, 08:15", "2026-11-26T08:15:00+07:00"),
        ("hôm qua lúc 21:05", "2026-11-26T21:05:00+07:00"),
        ("08:15 hôm nay", "2026-11-27T08:15:00+07:00"),
        ("Hôm qua", "2026-11-26T00:00:00+07:00"),
        ("hôm kia 7h30", "2026-11-25T07:30:00+07:00"),
        ("3 ngày trước", "2026-11-24T00:00:00+07:00"),
        ("1 tuần trước", "2026-11-20T00:00:00+07:00"),
        ("Vừa xong", "2026-11-27T10:30:00+07:00"),
    ],
)
def test_relative_date_is_read_against_the_crawl_time(text: str, expected: str) -> None:
    assert parse_relative(text, NOW) == datetime.fromisoformat(expected)


def test_relative_dates_need_the_crawl_time_and_absolute_dates_win() -> None:
    assert parse_relative("Không có ngày tháng", NOW) is None
    assert parse_date_text("2 giờ trước") is None  # no crawl time: no guess
    assert parse_date_text("Cập nhật 2 giờ trước", label="Cập nhật", now=NOW) == datetime(
        2026, 11, 27, 8, 30, tzinfo=VN_TZ
    )
    # An absolute date in the element is used as it is, even with the crawl time given.
    assert parse_date_text("05/09/2024 14:30 (2 giờ trước)", now=NOW) == datetime(
        2024, 9, 5, 14, 30, tzinfo=VN_TZ
    )
    # The label still rules: a relative date before it (a sidebar) is not taken.
    assert parse_date_text("2 giờ trước | Tin khác", label="Cập nhật", now=NOW) is None


def test_article_with_a_relative_date_gets_it_from_the_crawl_time_with_provenance() -> None:
    source = default_registry()["baoangiang"]
    html = (PAGES / "baoangiang.html").read_text(encoding="utf-8")
    assert "Thứ Năm, 05/09/2024, 14:30 (GMT+7)" in html
    html = html.replace("Thứ Năm, 05/09/2024, 14:30 (GMT+7)", "2 giờ trước")
    url = (PAGES / "baoangiang.url").read_text(encoding="utf-8").strip()
    article = extract_article(html, url, source, crawled_at=NOW).article
    assert article is not None
    assert article.published_at == datetime(2026, 11, 27, 8, 30, tzinfo=VN_TZ)
    assert article.published_at_source == "text"


def test_section_of_and_relevance_follow_the_source_file() -> None:
    source = default_registry()["baodongnai"]
    assert source.section_of("https://baodongnai.com.vn/xa-hoi/202403/nuoi-bo-abcdef1/") == "xa-hoi"
    assert source.in_relevant_section("https://baodongnai.com.vn/xa-hoi/202403/nuoi-bo-abcdef1/")
    assert not source.in_relevant_section("https://baodongnai.com.vn/the-thao/202403/bong-da-abcdef1/")
    nhandan = default_registry()["nhandan"]  # section not in the URL: never filtered
    assert nhandan.section_of("https://nhandan.vn/bong-da-post1.html") is None
    assert nhandan.in_relevant_section("https://nhandan.vn/bong-da-post1.html")


def test_section_pattern_without_a_section_group_is_a_clear_error(tmp_path: Path) -> None:
    data = yaml.safe_load((SOURCES_DIR / "baodongnai.yaml").read_text(encoding="utf-8"))
    data["section_pattern"] = "^/([a-z-]+)/"
    path = tmp_path / "baodongnai.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RegistryError, match="section"):
        load_source_file(path)


def test_sitemap_entries_outside_relevant_sections_are_not_fetched(
    tmp_path: Path, small_articles: Path
) -> None:
    """A sports story, only in the sitemap, is skipped; the section listings are still followed."""
    lines = [json.loads(x) for x in small_articles.read_text(encoding="utf-8").splitlines() if x.strip()]
    mine = [x for x in lines if x["site"] == "baodongnai"]
    sport = dict(mine[0], key="baodongnai-9001", section="the-thao", title="Đồng Nai vô địch giải bóng đá")
    content = tmp_path / "articles.jsonl"
    content.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in [*mine, sport]), encoding="utf-8"
    )
    arts = load_fixture_articles(content)
    site = SiteRenderer(default_registry()["baodongnai"], arts)
    site.build()
    sport_path = next(a.path for a in site.articles if a.key == "baodongnai-9001")
    out = tmp_path / "out.jsonl"
    with FixtureServer(["baodongnai"], articles_path=content) as server:
        report = run_crawl_subprocess(tmp_path, out, tmp_path / "state", server.base_urls)
        requested = server.paths_requested("baodongnai")
    stats = report["sources"]["baodongnai"]
    assert stats["rejected"].get("irrelevant_section") == 1
    assert sport_path not in requested
    titles = {a["title"] for a in read_jsonl(out)}
    assert sport["title"] not in titles
    assert {x["title"] for x in mine} <= titles
