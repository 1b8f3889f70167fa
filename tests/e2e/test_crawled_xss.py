"""Hostile content that arrives through a real crawl never executes in the web UI."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_support import LiveServer, screenshot

from crawlers.fixture_server import FixtureServer
from lantoa.pipeline import ingest, read_articles
from lantoa.settings import Settings
from lantoa.store.sqlite import SqliteStore
from search_api.app import create_app

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = {
    "title": 'Nuôi bò thoát nghèo <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>',
    "sapo": 'Hộ nghèo vay vốn <svg onload="window.__xss=3"></svg> nuôi bò sinh sản ở xã Xuân Bắc.',
    "author": '<script>window.__xss=4</script>Thiên "Bảo"',
    "paragraph": (
        "Ông A ở xã Xuân Bắc, huyện Xuân Lộc, tỉnh Đồng Nai vay 50 triệu đồng từ Ngân hàng Chính sách xã hội "
        '<a href="javascript:window.__xss=5">bấm vào đây</a> để nuôi bò. Năm nay gia đình ông thoát nghèo.'
    ),
}


def _hostile_article(n: int) -> dict[str, Any]:
    return {
        "key": f"baodongnai-9{n:03d}",
        "site": "baodongnai",
        "section": "xa-hoi",
        "title": f"{PAYLOADS['title']} {n}",
        "sapo": PAYLOADS["sapo"],
        "body": [PAYLOADS["paragraph"]] * 4,
        "author": PAYLOADS["author"],
        "published": f"2026-11-1{n}T08:00:00+07:00",
        "images": [{"caption": '<img src=x onerror="window.__xss=6">'}],
        "expected": {
            "relevant": True,
            "story_type": "poverty_model",
            "model_types": ["livestock"],
            "province_codes": ["75"],
            "places": ["xã Xuân Bắc"],
        },
    }


@pytest.fixture(scope="module")
def crawled_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("xss-crawl")
    content = tmp / "articles.jsonl"
    content.write_text(
        "".join(json.dumps(_hostile_article(n), ensure_ascii=False) + "\n" for n in range(1, 4)),
        encoding="utf-8",
    )
    out = tmp / "crawl.jsonl"
    with FixtureServer(["baodongnai"], articles_path=content) as fixtures:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawlers",
                "crawl",
                "--out",
                str(out),
                "--state-dir",
                str(tmp / "state"),
                "--base-url",
                f"baodongnai={fixtures.base_urls['baodongnai']}",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    articles = list(read_articles(out))
    assert len(articles) == 3
    assert all("onerror" in a.title for a in articles)  # the payload survived extraction as text
    assert all("__xss=4" in " ".join(a.authors) or not a.authors for a in articles)
    store = SqliteStore(tmp / "db.sqlite")
    ingest(store, articles)
    settings = Settings(_env_file=None, data_dir=tmp)  # type: ignore[call-arg]
    with LiveServer(create_app(settings, store, rate_limit_per_minute=0)) as server:
        yield server
    store.close()


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__xss") is None
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.locator("img[src='x']").count() == 0
    scripts = page.evaluate("Array.from(document.scripts).map(s => s.textContent).join(' ')")
    assert "__xss" not in scripts


@pytest.mark.browser
def test_crawled_payloads_stay_inert_in_search_and_article_pages(
    crawled_server: LiveServer, page: Any
) -> None:
    page.goto(f"{crawled_server.url}/?q=nuoi+bo")
    assert page.locator("text=Nuôi bò thoát nghèo").first.is_visible()
    _assert_inert(page)
    screenshot(page, "crawled-xss-search")
    page.locator("main a[href*='/articles/']").first.click()
    page.wait_for_load_state("networkidle")
    heading = page.locator("h1").first.inner_text()
    assert "Nuôi bò thoát nghèo" in heading and (
        "onerror" in heading or "<script>" in heading
    )  # shown as text
    _assert_inert(page)
    screenshot(page, "crawled-xss-article")
