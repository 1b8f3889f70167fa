"""The web UI in a real headless Chromium against a real uvicorn server."""

from __future__ import annotations

import re
from typing import Any

import feedparser
import pytest
from api_support import by_title
from e2e_support import LiveServer, screenshot

from lantoa.schema import Article

pytestmark = pytest.mark.browser


def total(page: Any) -> int:
    return int(page.get_by_test_id("total").get_attribute("data-total"))


def test_search_shows_highlighted_results(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/")
    page.get_by_label("Từ khóa tìm kiếm").fill("bo sinh san")
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url(re.compile(r"q=bo\+sinh\+san"))
    assert total(page) >= 3
    first = page.get_by_test_id("hit").first
    assert "Mường Phăng" in first.locator("h2").inner_text()
    assert page.locator(".card mark").count() > 0
    screenshot(page, "search-desktop")


def test_facet_checkbox_filters_results(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/")
    everything = total(page)
    page.get_by_test_id("facet-story_type-good_deed").check()  # auto-submits (app.js)
    page.wait_for_url(re.compile(r"story_type=good_deed"))
    narrowed = total(page)
    assert 0 < narrowed < everything
    assert page.get_by_test_id("facet-story_type-good_deed").is_checked()
    cards = page.get_by_test_id("hit")
    assert cards.count() == narrowed
    for i in range(cards.count()):
        assert "Người tốt, việc tốt" in cards.nth(i).locator(".card-meta").inner_text()
    screenshot(page, "search-facet-good-deed")


def test_open_article_then_follow_a_similar_story(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/?q=Mường+Phăng")
    title = page.get_by_test_id("hit").first.locator("h2 a")
    expected = title.inner_text()
    title.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{20}$"))
    assert page.locator("h1.reader-title").inner_text() == expected
    assert page.locator("table.localities").inner_text().count("Điện Biên") >= 1
    original = page.get_by_test_id("original")
    assert original.get_attribute("href").startswith("https://")
    screenshot(page, "article-reader")
    similar = page.get_by_test_id("similar").locator("h2 a").first
    similar_title = similar.inner_text()
    similar.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{20}$"))
    assert page.locator("h1.reader-title").inner_text() == similar_title != expected


def test_export_buttons_download_files(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/?story_type=good_deed")
    with page.expect_download() as csv_info:
        page.get_by_test_id("export-csv").click()
    csv_path = csv_info.value.path()
    data = open(csv_path, "rb").read()
    assert data.startswith(b"\xef\xbb\xbf") and "Tiêu đề".encode() in data
    assert csv_info.value.suggested_filename.endswith(".csv")
    with page.expect_download() as xlsx_info:
        page.get_by_test_id("export-xlsx").click()
    assert open(xlsx_info.value.path(), "rb").read(2) == b"PK"


def test_follow_this_search_gives_a_working_feed(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/?q=thoát+nghèo")
    page.get_by_test_id("follow").click()
    rss = page.get_by_test_id("feed-rss")
    assert rss.is_visible()
    response = page.request.get(rss.get_attribute("href"))
    assert response.ok
    feed = feedparser.parse(response.body())
    assert not feed.bozo and len(feed.entries) == min(total(page), 20)


def test_language_switch_sticks_across_pages(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/?q=bò")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.get_by_test_id("lang-switch").click()
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_text("Story type", exact=True).is_visible()
    page.get_by_role("link", name="Statistics").click()
    page.wait_for_url(re.compile(r"/stats"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Article statistics").is_visible()
    screenshot(page, "stats-english")


def test_stats_page_draws_charts(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/stats?lang=vi")
    for chart in ("chart-week", "chart-province", "chart-model-type", "chart-story-type"):
        box = page.locator(f"#{chart}").bounding_box()
        assert box and box["width"] > 200 and box["height"] > 50
    assert page.locator("#chart-province rect.bar").count() >= 10
    screenshot(page, "stats-desktop")


def test_keyboard_users_can_skip_to_results(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/?q=bò")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("width", [360, 412])
def test_phone_width_has_no_horizontal_scroll(browser: Any, live_server: LiveServer, width: int) -> None:
    ctx = browser.new_context(viewport={"width": width, "height": 780}, is_mobile=True, locale="vi-VN")
    try:
        page = ctx.new_page()
        for path in ("/?q=thoát+nghèo", "/stats"):
            page.goto(live_server.url + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        page.goto(f"{live_server.url}/?q=thoát+nghèo")
        assert page.locator("#filters").get_attribute("open") is None  # filters start folded
        screenshot(page, f"search-phone-{width}")
        page.locator("#filters > summary").click()
        assert page.get_by_test_id("facet-story_type-poverty_model").is_visible()
        page.get_by_test_id("hit").first.locator("h2 a").click()
        page.wait_for_url(re.compile(r"/articles/"))
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        screenshot(page, f"article-phone-{width}")
    finally:
        ctx.close()


def test_hostile_articles_cannot_run_script(
    page: Any, live_server: LiveServer, xss_articles: list[Article]
) -> None:
    violations: list[str] = []
    page.on(
        "console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None
    )
    page.goto(f"{live_server.url}/?q=nuôi+ong")
    assert total(page) >= 2
    screenshot(page, "xss-search")
    hostile = by_title(xss_articles, "<script>")
    page.goto(f"{live_server.url}/articles/{hostile.id}")
    assert "<script>" in page.locator("h1.reader-title").inner_text()  # shown as text
    assert page.locator("img[src='x'], svg[onload], iframe").count() == 0
    screenshot(page, "xss-article")
    js_url = next(a for a in xss_articles if a.url.startswith("javascript:"))
    page.goto(f"{live_server.url}/articles/{js_url.id}")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.get_by_test_id("original-unsafe").is_visible()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert violations == []  # nothing even tried to run


def test_place_autocomplete_adds_a_locality_filter(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/")
    everything = total(page)
    page.get_by_test_id("place-input").fill("muong phang")
    option = page.locator("#place-options option").first
    option.wait_for(state="attached")
    label = option.get_attribute("value")
    assert "Mường Phăng" in label
    page.get_by_test_id("place-input").fill(label)  # picking a suggestion
    page.wait_for_url(re.compile(r"commune=\d{5}"))
    narrowed = total(page)
    assert 0 < narrowed < everything
    titles = page.get_by_test_id("hit").locator("h2").all_inner_texts()
    assert any("Mường Phăng" in title for title in titles)
